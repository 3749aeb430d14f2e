// FormBodyPaginator: slices cover the body without gaps, fit their pages, never cut a table row
// and repeat the header rows on the pages a table continues on.
#include "forms/FormBodyPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QtTest>

using mamori::ui::FormBodyPaginator;
using mamori::ui::FormBodySlice;

namespace {

QString tableHtml(int rows, bool header) {
    QString html =
        QStringLiteral("<p>前文</p><table border=\"1\" cellpadding=\"4\" width=\"100%\">");
    if (header)
        html += QStringLiteral("<thead><tr><th>番号</th><th>内容</th></tr></thead>");
    html += QStringLiteral("<tbody>");
    for (int i = 1; i <= rows; ++i)
        html += QStringLiteral("<tr><td>%1</td><td>行 %1</td></tr>").arg(i);
    return html + QStringLiteral("</tbody></table><p>後文</p>");
}

// Vertical extent of the content of every table row, in document coordinates.
QList<QPair<qreal, qreal>> rowContent(QTextDocument& doc) {
    QList<QPair<qreal, qreal>> out;
    for (QTextFrame* f : doc.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(f);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            const QTextTableCell cell = table->cellAt(r, 0);
            const QRectF rect =
                doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block());
            out.append({rect.top(), rect.bottom()});
        }
    }
    return out;
}

} // namespace

class TstFormsPaginator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shortBodyIsOneSlice();
    void emptyBodyIsOnePage();
    void slicesCoverTheBodyAndFit_data();
    void slicesCoverTheBodyAndFit();
    void neverCutsARow();
    void repeatsTheHeaderRows();
    void noHeaderNoRepeat();
    void breaksBeforeAForcedPageBreak();
};

void TstFormsPaginator::shortBodyIsOneSlice() {
    QTextDocument doc;
    doc.setHtml(tableHtml(3, true));
    doc.setTextWidth(500);
    const qreal h = doc.documentLayout()->documentSize().height();
    const QList<FormBodySlice> s = FormBodyPaginator::paginate(doc, h + 10, h + 10);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s[0].top, 0.0);
    QCOMPARE(s[0].bottom, h);
    QVERIFY(!s[0].repeatsHeader());
}

void TstFormsPaginator::emptyBodyIsOnePage() {
    QTextDocument doc;
    doc.setTextWidth(500);
    QCOMPARE(FormBodyPaginator::paginate(doc, 100, 100).size(), 1);
}

void TstFormsPaginator::slicesCoverTheBodyAndFit_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("header");
    QTest::addColumn<qreal>("first");
    QTest::addColumn<qreal>("other");
    QTest::newRow("header, small first page") << 120 << true << 150.0 << 400.0;
    QTest::newRow("no header") << 120 << false << 300.0 << 300.0;
    QTest::newRow("tiny pages") << 30 << true << 80.0 << 80.0;
}

void TstFormsPaginator::slicesCoverTheBodyAndFit() {
    QFETCH(int, rows);
    QFETCH(bool, header);
    QFETCH(qreal, first);
    QFETCH(qreal, other);
    QTextDocument doc;
    doc.setHtml(tableHtml(rows, header));
    doc.setTextWidth(400);
    const qreal total = doc.documentLayout()->documentSize().height();
    const QList<FormBodySlice> s = FormBodyPaginator::paginate(doc, first, other);
    QVERIFY(s.size() > 1);
    QCOMPARE(s.first().top, 0.0);
    QCOMPARE(s.last().bottom, total);
    for (qsizetype i = 0; i < s.size(); ++i) {
        QVERIFY(s[i].bottom > s[i].top);
        QVERIFY2(s[i].height() <= (i == 0 ? first : other) + 0.001, qPrintable(QString::number(i)));
        if (i > 0)
            QCOMPARE(s[i].top, s[i - 1].bottom);
    }
}

void TstFormsPaginator::neverCutsARow() {
    QTextDocument doc;
    doc.setHtml(tableHtml(200, true));
    doc.setTextWidth(400);
    const QList<FormBodySlice> s = FormBodyPaginator::paginate(doc, 250, 500);
    const QList<QPair<qreal, qreal>> rows = rowContent(doc);
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        for (const auto& [top, bottom] : rows)
            QVERIFY2(!(top < s[i].bottom && s[i].bottom < bottom),
                     qPrintable(QStringLiteral("break %1 cuts the row %2-%3")
                                    .arg(s[i].bottom)
                                    .arg(top)
                                    .arg(bottom)));
}

void TstFormsPaginator::repeatsTheHeaderRows() {
    QTextDocument doc;
    doc.setHtml(tableHtml(200, true));
    doc.setTextWidth(400);
    const QList<FormBodySlice> s = FormBodyPaginator::paginate(doc, 250, 500);
    QVERIFY(s.size() > 2);
    QVERIFY(!s.first().repeatsHeader());
    const QList<QPair<qreal, qreal>> rows = rowContent(doc);
    const QPair<qreal, qreal> head = rows.first();
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s[i].top >= rows.last().second)
            break; // only the closing paragraph is left
        QVERIFY2(s[i].repeatsHeader(), qPrintable(QString::number(i)));
        // The repeated part is the header row with its rules (cellpadding 4 and the top rule
        // above the text), not a body row.
        QVERIFY2(s[i].repeatTop <= head.first - 5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s[i].repeatTop).arg(head.first)));
        QVERIFY(s[i].repeatBottom >= head.second);
        QVERIFY(s[i].repeatBottom < rows[1].first);
    }
}

void TstFormsPaginator::noHeaderNoRepeat() {
    QTextDocument doc;
    doc.setHtml(tableHtml(200, false));
    doc.setTextWidth(400);
    for (const FormBodySlice& s : FormBodyPaginator::paginate(doc, 250, 500))
        QVERIFY(!s.repeatsHeader());
}

// Letters to several groups each start on a page of their own (page-break-before: always),
// even when everything would fit on one page.
void TstFormsPaginator::breaksBeforeAForcedPageBreak() {
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p>一通目</p><p>本文</p><p style=\"page-break-before:always\">二通目</p><p>本文</p>"
                               "<h3 style=\"page-break-before:always\">三通目</h3><p>本文</p>"));
    doc.setTextWidth(500);
    const qreal h = doc.documentLayout()->documentSize().height();
    const QList<FormBodySlice> s = FormBodyPaginator::paginate(doc, h * 4, h * 4);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[0].top, 0.0);
    QCOMPARE(s[2].bottom, h);
    for (int i = 1; i < s.size(); ++i)
        QCOMPARE(s[i].top, s[i - 1].bottom);
    // Each page starts with its letter's first line.
    const QTextBlock second = doc.findBlockByNumber(2);
    const QTextBlock third = doc.findBlockByNumber(4);
    QCOMPARE(second.text(), QStringLiteral("二通目"));
    QCOMPARE(third.text(), QStringLiteral("三通目"));
    QCOMPARE(s[1].top, doc.documentLayout()->blockBoundingRect(second).top());
    QCOMPARE(s[2].top, doc.documentLayout()->blockBoundingRect(third).top());
}

QTEST_MAIN(TstFormsPaginator)
#include "tst_forms_paginator.moc"
