// LabelSheetPage: the label grid on A4, QR codes big enough to scan (>= 15 mm), pages that follow
// the number of labels, and printed codes that a decoder reads back (pdftoppm + zbarimg). Also
// the landscape page of wide ledgers.
#include "TestCase.h"

#include "forms/FormRenderer.h"
#include "forms/LabelSheetPage.h"

#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;
using mamori::ui::FormRenderer;
using mamori::ui::LabelSheetPage;

namespace {
FormSpec sheet(int labels, int columns, int rows)
{
    FormSpec f;
    f.title = QStringLiteral("管理番号ラベル（持出し）");
    f.documentNumber = QStringLiteral("MAMORI-LBL-1");
    f.date = QDate(2025, 11, 23);
    f.organisation = QStringLiteral("テスト市");
    f.journalHead = QStringLiteral("0011223344556677");
    f.labelColumns = columns;
    f.labelRows = rows;
    for (int i = 1; i <= labels; ++i) {
        FormLabel l;
        l.code = QStringLiteral("CO-2025-%1").arg(i, 6, 10, QLatin1Char('0'));
        l.kind = QStringLiteral("持出管理");
        l.lines = {QStringLiteral("市民課"), QStringLiteral("紙：訪問調査票 一式（東町・西町・南町の各地区分、説明資料を含む）"),
                   QStringLiteral("返却予定 令和7年11月25日")};
        l.qr = QrCode::encode(l.code);
        f.labels << l;
    }
    return f;
}

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

// The codes zbarimg reads in one region of a page (device pixels of a 300 dpi layout), rendered
// at `dpi`: each label is scanned on its own, as a hand scanner sees it.
QStringList decodeRegion(const QString& pdf, int page, const QRectF& region300, int dpi, const QString& dir)
{
    const QString prefix = QDir(dir).filePath(QStringLiteral("p"));
    const QRect r = QRectF(region300.topLeft() * dpi / 300.0, region300.size() * dpi / 300.0).toAlignedRect();
    QProcess::execute(tool(QStringLiteral("pdftoppm")),
                      {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-l"), QString::number(page), QStringLiteral("-x"), QString::number(r.x()),
                       QStringLiteral("-y"), QString::number(r.y()), QStringLiteral("-W"), QString::number(r.width()),
                       QStringLiteral("-H"), QString::number(r.height()), QStringLiteral("-singlefile"),
                       QStringLiteral("-png"), pdf, prefix});
    QProcess z;
    z.start(tool(QStringLiteral("zbarimg")), {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")});
    z.waitForFinished(120000);
    QStringList codes = QString::fromUtf8(z.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}
} // namespace

class TstLabelSheet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void geometry_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qreal>("width");  // mm
        QTest::addColumn<qreal>("height"); // mm
        QTest::addRow("2 x 6") << 2 << 6 << 86.4 << 42.3;
        QTest::addRow("3 x 8") << 3 << 8 << 57.6 << 31.725;
    }
    void geometry()
    {
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(qreal, width);
        QFETCH(qreal, height);
        const FormSpec f = sheet(1, columns, rows);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        const QSizeF paper = writer.pageLayout().fullRectPixels(300).size().toSizeF();
        const LabelSheetPage page(f, writer, paper);
        const qreal perMm = 300 / 25.4;
        const QRectF first = page.labelRect(0);
        QVERIFY(qAbs(first.width() / perMm - width) < 0.1);
        QVERIFY(qAbs(first.height() / perMm - height) < 0.1);
        QVERIFY(qAbs(first.left() / perMm - 18.6) < 0.1);
        // The last label of the page ends at the bottom-right margin; the next one starts a page.
        const QRectF last = page.labelRect(columns * rows - 1);
        QVERIFY(qAbs((paper.width() - last.right()) / perMm - 18.6) < 0.1);
        QVERIFY(qAbs((paper.height() - last.bottom()) / perMm - 21.6) < 0.1);
        QCOMPARE(page.labelRect(columns * rows), first);
        // The symbol itself (without its quiet zone) is at least 15 mm wide, inside the label.
        const QRectF qr = page.qrRect(first);
        QVERIFY(first.contains(qr));
        const QrCode& code = f.labels.first().qr;
        const qreal symbol = qr.width() * code.size() / (code.size() + 2 * QrCode::kQuietZone) / perMm;
        QVERIFY2(symbol >= 15, qPrintable(QString::number(symbol)));
    }
    void pagesFollowTheLabels_data()
    {
        QTest::addColumn<int>("labels");
        QTest::addColumn<int>("pages");
        QTest::addRow("one") << 1 << 1;
        QTest::addRow("a full page") << 12 << 1;
        QTest::addRow("one more") << 13 << 2;
        QTest::addRow("three pages") << 36 << 3;
    }
    void pagesFollowTheLabels()
    {
        QFETCH(int, labels);
        QFETCH(int, pages);
        QCOMPARE(FormRenderer::pageCount(sheet(labels, 2, 6)), pages);
    }
    void printedCodesScanBack_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dpi");
        // 150 dpi is a coarse office scan; the 24-up sheet's smaller codes need a 300 dpi one
        // (zbar found only 11 of 24 at 150 dpi).
        QTest::addRow("2 x 6") << 2 << 6 << 150;
        QTest::addRow("3 x 8") << 3 << 8 << 300;
    }
    void printedCodesScanBack()
    {
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(int, dpi);
        if (tool(QStringLiteral("pdftoppm")).isEmpty() || tool(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed; see tools/debian-deps.sh");
        const int perPage = columns * rows;
        const FormSpec f = sheet(perPage + 1, columns, rows);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        int pages = 0;
        QVERIFY(FormRenderer::writePdf(f, pdf, nullptr, &pages));
        QCOMPARE(pages, 2);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        const LabelSheetPage layout(f, writer, writer.pageLayout().fullRectPixels(300).size().toSizeF());
        for (int i = 0; i < f.labels.size(); ++i)
            QCOMPARE(decodeRegion(pdf, 1 + i / perPage, layout.labelRect(i), dpi, dir.path()), QStringList{f.labels.at(i).code});
    }
    void landscapeLedger()
    {
        if (tool(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is needed");
        FormSpec f = sheet(0, 2, 6);
        f.title = QStringLiteral("持出簿");
        f.orientation = FormOrientation::Landscape;
        f.bodyHtml = QStringLiteral("<table border=\"1\"><tr><td>CO-2025-000001</td></tr></table>");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
        QVERIFY(FormRenderer::writePdf(f, pdf));
        QProcess p;
        p.start(tool(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY(p.waitForFinished(60000));
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts \\(A4\\)"))),
                 qPrintable(info));
    }
};

QTEST_MAIN(TstLabelSheet)
#include "tst_label_sheet.moc"
