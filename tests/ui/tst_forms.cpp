// FormRenderer: the PDF is written whole or not at all, paginates long bodies, and embeds the
// Japanese font (a PDF whose Japanese text fell back to a font without the glyphs prints tofu).
#include "TestCase.h"

#include "forms/FormRenderer.h"
#include "forms/StandardForms.h"

#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using mamori::ui::FormRenderer;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Page objects in the PDF ("/Type /Page", not the "/Type /Pages" tree node).
int pdfPageObjects(const QByteArray& pdf) {
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = re.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

FormSpec longForm(int rows) {
    FormSpec f;
    f.title = QStringLiteral("試験用帳票");
    f.documentNumber = QStringLiteral("MAMORI-TST-1");
    f.date = QDate(2025, 11, 23);
    f.organisation = QStringLiteral("テスト市");
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {QStringLiteral("課長"), QStringLiteral("担当")};
    f.journalHead = QStringLiteral("00112233445566778899aabbccddeeff");
    QString html = QStringLiteral(
        "<p>長い本文の試験。</p><table border=\"1\" width=\"100%\"><thead><tr><th>No.</th>"
        "<th>氏名</th></tr></thead><tbody>");
    for (int i = 1; i <= rows; ++i)
        html += QStringLiteral("<tr><td>%1</td><td>職員 %1 号</td></tr>").arg(i);
    f.bodyHtml = html + QStringLiteral("</tbody></table>");
    return f;
}

} // namespace

class TstForms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountListPdf();
    void recoverySheetIsOnePage();
    void longBodyHasSeveralPages();
    void pageCountGrowsWithTheBody();
    void unwritablePathLeavesNothing();
    void failedWriteKeepsTheEarlierFile();
    void printsOnAPrinterWithMargins();
};

void TstForms::accountListPdf() {
    TempCase c;
    c.addAccount(QStringLiteral("tanaka"), Role::Auditor);
    const FormSpec form = StandardForms::accountList(c.file(), c.admin());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("accounts.pdf"));
    QString error;
    QVERIFY2(FormRenderer::writePdf(form, path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(pdf.contains("NotoSansCJK"), "the Japanese font is not embedded");
    QCOMPARE(pdfPageObjects(pdf), FormRenderer::pageCount(form));
    // Nothing but the PDF is left in the folder (no temporary file).
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("accounts.pdf")});
}

void TstForms::recoverySheetIsOnePage() {
    TempCase c;
    const FormSpec form = StandardForms::recoverySheet(c.file(), c.recoveryCode());
    QCOMPARE(FormRenderer::pageCount(form), 1);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("recovery.pdf"));
    QVERIFY(FormRenderer::writePdf(form, path));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageObjects(pdf), 1);
}

void TstForms::longBodyHasSeveralPages() {
    const FormSpec form = longForm(300);
    const int pages = FormRenderer::pageCount(form);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("long.pdf"));
    QVERIFY(FormRenderer::writePdf(form, path));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("NotoSansCJK"));
    QCOMPARE(pdfPageObjects(pdf), pages);
}

void TstForms::pageCountGrowsWithTheBody() {
    FormSpec empty = longForm(0);
    empty.bodyHtml.clear();
    QCOMPARE(FormRenderer::pageCount(empty), 1);
    QCOMPARE(FormRenderer::pageCount(longForm(5)), 1);
    const int p100 = FormRenderer::pageCount(longForm(100));
    const int p400 = FormRenderer::pageCount(longForm(400));
    QVERIFY(p100 >= 2);
    QVERIFY(p400 > p100);
}

void TstForms::unwritablePathLeavesNothing() {
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("missing-folder/form.pdf"));
    QString error;
    QVERIFY(!FormRenderer::writePdf(longForm(3), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TstForms::failedWriteKeepsTheEarlierFile() {
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("form.pdf"));
    QVERIFY(FormRenderer::writePdf(longForm(3), path));
    const QByteArray before = readAll(path);
    // A folder that cannot take the temporary file: the write fails and the old PDF stays.
    QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(out.path()).isWritable()) // running as root: permissions do not bind
        QSKIP("the folder stays writable for this user");
    QString error;
    const bool ok = FormRenderer::writePdf(longForm(50), path, &error);
    QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(path), before);
}

void TstForms::printsOnAPrinterWithMargins() {
    // What the print preview and the print dialog hand over: a printer with its own margins.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    const FormSpec form = longForm(120);
    FormRenderer::print(form, &printer);
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("NotoSansCJK"));
    QCOMPARE(pdfPageObjects(pdf), FormRenderer::pageCount(form));
    FormRenderer::print(form, nullptr); // nothing to print on: nothing happens
}

QTEST_MAIN(TstForms)
#include "tst_forms.moc"
