// FormTableSplit and FormSplitPaginator: a body with a long table is taken apart at its rows and
// laid out a page at a time; every row is printed once, in order, on a page it fits, and each
// page's table carries the header rows.
#include "forms/FormBodyDocument.h"
#include "forms/FormSplitPaginator.h"
#include "forms/FormTableRules.h"
#include "forms/FormTableSplit.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using mamori::ui::FormBodyDocument;
using mamori::ui::FormBodyPage;
using mamori::ui::FormSplitPaginator;
using mamori::ui::FormTableRules;
using mamori::ui::FormTableSplit;

namespace {

QString ledgerHtml(int rows, bool widths = true) {
    const QString w1 = widths ? QStringLiteral(" width=\"20%\"") : QString();
    const QString w2 = widths ? QStringLiteral(" width=\"80%\"") : QString();
    QString html = QStringLiteral("<p>前文</p><table border=\"1\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr><th%1>番号</th><th%2>内容</th></tr></thead><tbody>")
                       .arg(w1, w2);
    for (int i = 1; i <= rows; ++i) {
        // Some rows of two lines, so pages hold different numbers of rows.
        const QString text = i % 3 == 0 ? QStringLiteral("行 %1<br/>二行目").arg(i) : QStringLiteral("行 %1").arg(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(i).arg(text);
    }
    return html + QStringLiteral("</tbody></table><p>後文</p>");
}

std::unique_ptr<QTextDocument> layOut(const QString& html, int) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setTextWidth(500);
    doc->setHtml(html);
    return doc;
}

QTextTable* firstTable(const QTextDocument& doc) {
    for (QTextFrame* f : doc.rootFrame()->childFrames())
        if (auto* t = qobject_cast<QTextTable*>(f))
            return t;
    return nullptr;
}

// The numbers in the first column of the body rows that start inside the page's slice.
QList<int> rowsOn(const FormBodyPage& page) {
    QList<int> out;
    QTextTable* table = firstTable(*page.document);
    if (!table)
        return out;
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
        const QTextBlock b = table->cellAt(r, 0).firstCursorPosition().block();
        const qreal top = page.document->documentLayout()->blockBoundingRect(b).top();
        if (top >= page.slice.top && top < page.slice.bottom)
            out.append(b.text().toInt());
    }
    return out;
}

} // namespace

class TstFormTableSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shortTableIsNotSplit();
    void splitsAtTheRows();
    void keepsTheTextAroundTheTable();
    void countsTheTablesBefore();
    void leavesNestedTablesWhole();
    void everyRowOnceInOrder();
    void pagesFitAndCarryTheHeader();
    void columnsWithoutWidthAreNotSplit();
    void rowTallerThanAPageIsNotSplit();
    void spannedCellsAreNotSplit();
    void rulesFallBetweenTheCells();
};

void TstFormTableSplit::shortTableIsNotSplit() {
    QVERIFY(!FormTableSplit::find(ledgerHtml(5), 40));
    QVERIFY(!FormTableSplit::find(QStringLiteral("<p>表なし</p>"), 1));
}

void TstFormTableSplit::splitsAtTheRows() {
    const std::optional<FormTableSplit> s = FormTableSplit::find(ledgerHtml(50), 40);
    QVERIFY(s);
    QCOMPARE(s->rowCount(), 50);
    const QString middle = s->html(10, 2);
    QVERIFY(middle.contains(QStringLiteral("<thead><tr><th width=\"20%\">番号</th>")));
    QVERIFY(middle.contains(QStringLiteral("<tr><td>11</td><td>行 11</td></tr>")));
    QVERIFY(middle.contains(QStringLiteral("<tr><td>12</td><td>行 12<br/>二行目</td></tr>")));
    QVERIFY(!middle.contains(QStringLiteral("<td>10</td>")));
    QVERIFY(!middle.contains(QStringLiteral("<td>13</td>")));
    QVERIFY(middle.startsWith(QStringLiteral("<table border=\"1\"")));
    QVERIFY(middle.endsWith(QStringLiteral("</tbody></table>")));
}

void TstFormTableSplit::keepsTheTextAroundTheTable() {
    const std::optional<FormTableSplit> s = FormTableSplit::find(ledgerHtml(50), 40);
    QVERIFY(s);
    QVERIFY(s->html(0, 5).startsWith(QStringLiteral("<p>前文</p>")));
    QVERIFY(!s->html(0, 5).contains(QStringLiteral("後文")));
    QVERIFY(!s->html(45, 5).contains(QStringLiteral("前文")));
    QVERIFY(s->html(45, 5).endsWith(QStringLiteral("<p>後文</p>")));
    // All rows in one part give the body back, but for the <tbody> tags written anew.
    QTextDocument whole, rebuilt;
    whole.setHtml(ledgerHtml(50));
    rebuilt.setHtml(s->html(0, 50));
    QCOMPARE(rebuilt.toPlainText(), whole.toPlainText());
}

void TstFormTableSplit::countsTheTablesBefore() {
    const QString html = QStringLiteral("<table><tr><td>小</td></tr></TABLE>") + ledgerHtml(45);
    const std::optional<FormTableSplit> s = FormTableSplit::find(html, 40);
    QVERIFY(s);
    QCOMPARE(s->tablesBefore(), 1);
    QCOMPARE(s->rowCount(), 45);
}

void TstFormTableSplit::leavesNestedTablesWhole() {
    QString html = ledgerHtml(45);
    html.replace(QStringLiteral("<td>行 7</td>"),
                 QStringLiteral("<td><table><tr><td>内</td></tr></table></td>"));
    QVERIFY(!FormTableSplit::find(html, 40));
}

void TstFormTableSplit::everyRowOnceInOrder() {
    const int rows = 120;
    const std::optional<FormTableSplit> s = FormTableSplit::find(ledgerHtml(rows), 40);
    QVERIFY(s);
    const std::optional<FormSplitPaginator::Result> r = FormSplitPaginator::paginate(*s, layOut, 400, 500);
    QVERIFY(r);
    QVERIFY(r->pages.size() > 3);
    QList<int> printed;
    for (const FormBodyPage& p : r->pages)
        printed += rowsOn(p);
    QList<int> expected;
    for (int i = 1; i <= rows; ++i)
        expected.append(i);
    QCOMPARE(printed, expected);
    QVERIFY(r->pages.first().document->toPlainText().startsWith(QStringLiteral("前文")));
    QVERIFY(r->pages.last().document->toPlainText().endsWith(QStringLiteral("後文")));
}

void TstFormTableSplit::pagesFitAndCarryTheHeader() {
    const std::optional<FormTableSplit> s = FormTableSplit::find(ledgerHtml(120), 40);
    QVERIFY(s);
    const std::optional<FormSplitPaginator::Result> r = FormSplitPaginator::paginate(*s, layOut, 400, 500);
    QVERIFY(r);
    for (qsizetype i = 0; i < r->pages.size(); ++i) {
        const FormBodyPage& p = r->pages[i];
        QVERIFY2(p.slice.height() <= (i == 0 ? 400 : 500) + 0.001, qPrintable(QString::number(i)));
        QTextTable* table = firstTable(*p.document);
        QVERIFY(table);
        QCOMPARE(table->format().headerRowCount(), 1);
        QCOMPARE(table->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("番号"));
        // The header is part of the page's own table: the slice starts at the document's top.
        QCOMPARE(p.slice.top, 0.0);
        QVERIFY(!p.slice.repeatsHeader());
    }
}

void TstFormTableSplit::columnsWithoutWidthAreNotSplit() {
    const std::optional<FormTableSplit> s = FormTableSplit::find(ledgerHtml(120, false), 40);
    QVERIFY(s);
    QVERIFY(!FormSplitPaginator::paginate(*s, layOut, 400, 500));
}

void TstFormTableSplit::rowTallerThanAPageIsNotSplit() {
    QString html = ledgerHtml(60);
    html.replace(QStringLiteral("<td>行 1</td>"), QStringLiteral("<td>") + QStringLiteral("長<br/>").repeated(60) +
                                                       QStringLiteral("</td>"));
    const std::optional<FormTableSplit> s = FormTableSplit::find(html, 40);
    QVERIFY(s);
    QVERIFY(!FormSplitPaginator::paginate(*s, layOut, 400, 500));
}

void TstFormTableSplit::spannedCellsAreNotSplit() {
    QString html = ledgerHtml(60);
    html.replace(QStringLiteral("<tr><td>30</td><td>行 30<br/>二行目</td></tr>"),
                 QStringLiteral("<tr><td colspan=\"2\">小計</td></tr>"));
    const std::optional<FormTableSplit> s = FormTableSplit::find(html, 40);
    QVERIFY(s);
    QVERIFY(!FormSplitPaginator::paginate(*s, layOut, 400, 500));
}

void TstFormTableSplit::rulesFallBetweenTheCells() {
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(300);
    const FormBodyDocument documents(device, QFont(), 2000);
    const std::unique_ptr<QTextDocument> doc = documents.create(ledgerHtml(10), 0);
    QTextTable* table = firstTable(*doc);
    QVERIFY(table);
    QCOMPARE(table->format().border(), 0.0); // Qt draws no rules of its own
    const FormTableRules rules(*doc, *table);
    QCOMPARE(rules.rows().size(), table->rows() + 1);
    QCOMPARE(rules.columns().size(), table->columns() + 1);
    const QAbstractTextDocumentLayout* layout = doc->documentLayout();
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            QVERIFY2(rules.rows()[r] < first.top() && last.bottom() < rules.rows()[r + 1],
                     qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            QVERIFY2(rules.columns()[c] < first.left() && first.right() <= rules.columns()[c + 1],
                     qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
        }
    }
    // The grid stays within the text width.
    QVERIFY(rules.columns().first() >= -0.5);
    QVERIFY(rules.columns().last() <= 2000.5);
}

QTEST_MAIN(TstFormTableSplit)
#include "tst_form_table_split.moc"
