#include "forms/FormPage.h"

#include "forms/FormBodyDocument.h"
#include "forms/FormTableSplit.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace mamori::ui {

namespace {
// Millimetres. Japanese municipal forms keep 15-20 mm margins; the seal squares are the size
// of a personal seal (認印, up to about 18 mm) with some room around it.
constexpr qreal kMarginLeft = 18;
constexpr qreal kMarginRight = 18;
constexpr qreal kMarginTop = 15;
constexpr qreal kMarginBottom = 15;
constexpr qreal kHeaderHeight = 14;
constexpr qreal kSealWidth = 21;
constexpr qreal kSealCaptionHeight = 6;
constexpr qreal kSealSquare = 21;
constexpr qreal kFooterHeight = 7;
constexpr qreal kRuleWidth = 0.3;

const QColor kClassificationRed(200, 0, 0);

// Tables of at least this many body rows are laid out a page at a time.
constexpr int kSplitTableRows = 40;
} // namespace

FormPage::FormPage(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper)
    : m_form(form), m_device(device), m_paper(paper) {
    m_dotsPerMm = device.logicalDpiY() / 25.4;
    const FormBodyDocument documents(device, font(10), m_paper.width() - mm(kMarginLeft + kMarginRight));
    const QString html = FormBodyDocument::keepIdeographicSpaces(form.bodyHtml);
    const qreal firstHeight = bodyBottom() - bodyTop(0);
    const qreal otherHeight = bodyBottom() - bodyTop(1);
    if (const std::optional<FormTableSplit> split = FormTableSplit::find(html, kSplitTableRows)) {
        std::optional<FormSplitPaginator::Result> pages = FormSplitPaginator::paginate(
            *split,
            [&documents](const QString& part, int selfRuledTable) {
                return documents.create(part, selfRuledTable);
            },
            firstHeight, otherHeight);
        if (pages) {
            m_documents = std::move(pages->documents);
            m_rules = std::move(pages->rules);
            m_pages = pages->pages;
            return;
        }
    }
    m_documents.push_back(documents.create(html));
    QTextDocument& body = *m_documents.front();
    for (const FormBodySlice& s : FormBodyPaginator::paginate(body, firstHeight, otherHeight))
        m_pages.append({&body, s});
}

QFont FormPage::font(qreal points, bool bold) const {
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // print geometry, not screen pixels
    // Without shaping, every glyph is the font's own glyph for its character. Shaped Latin runs
    // in Noto Sans CJK use substitute digit glyphs that Qt's PDF writer cannot map back to
    // characters, so "CO-2025-000001" came out of a PDF viewer's search and copy as "CO--".
    // Japanese and Latin need no shaping to be drawn right.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

qreal FormPage::lineHeight(const QFont& f) const {
    return QFontMetricsF(f, &m_device).height();
}

qreal FormPage::titleTop(int page) const {
    // Page 1 puts the title under the seal boxes, the others right under the header.
    const bool seals = page == 0 && !m_form.sealBoxes.isEmpty();
    return seals ? mm(kMarginTop + kHeaderHeight + 1 + kSealCaptionHeight + kSealSquare + 4)
                 : mm(kMarginTop + kHeaderHeight + 3);
}

qreal FormPage::bodyTop(int page) const {
    return titleTop(page) + lineHeight(titleFont()) + mm(5);
}

qreal FormPage::bodyBottom() const {
    return m_paper.height() - mm(kMarginBottom + kFooterHeight + 3);
}

void FormPage::paint(QPainter& painter) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            m_device.newPage();
        paintHeader(painter, page);
        if (page == 0)
            paintSealBoxes(painter);
        paintBody(painter, page);
        paintFooter(painter, page);
    }
}

void FormPage::paintHeader(QPainter& p, int page) const {
    const qreal left = mm(kMarginLeft);
    const qreal width = m_paper.width() - mm(kMarginLeft + kMarginRight);
    const qreal row1 = mm(kMarginTop);
    const qreal row2 = mm(kMarginTop + 6.5);
    p.setPen(Qt::black);

    p.setFont(font(10));
    p.drawText(QRectF(left, row1, width * 0.6, lineHeight(font(10))),
               Qt::AlignLeft | Qt::AlignVCenter, m_form.organisation);
    p.setFont(font(9));
    p.drawText(QRectF(left, row1, width, lineHeight(font(10))), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("文書番号: %1").arg(m_form.documentNumber));

    const QFont classFont = font(10, true);
    const qreal boxHeight = lineHeight(classFont) + mm(1.2);
    if (!m_form.classification.isEmpty()) {
        const qreal textWidth =
            QFontMetricsF(classFont, &m_device).horizontalAdvance(m_form.classification);
        const QRectF box(left, row2, textWidth + mm(4), boxHeight);
        p.setPen(QPen(kClassificationRed, mm(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.setFont(classFont);
        p.drawText(box, Qt::AlignCenter, m_form.classification);
    }
    p.setPen(Qt::black);
    p.setFont(font(9));
    p.drawText(QRectF(left, row2, width, boxHeight), Qt::AlignRight | Qt::AlignVCenter,
               m_form.formattedDate());

    p.setFont(titleFont());
    p.drawText(QRectF(left, titleTop(page), width, lineHeight(titleFont())),
               Qt::AlignHCenter | Qt::AlignVCenter, m_form.title);
}

void FormPage::paintSealBoxes(QPainter& p) const {
    const qsizetype n = m_form.sealBoxes.size();
    if (n == 0)
        return;
    const qreal w = mm(kSealWidth);
    const qreal top = mm(kMarginTop + kHeaderHeight + 1);
    qreal x = m_paper.width() - mm(kMarginRight) - w * static_cast<qreal>(n);
    p.setPen(QPen(Qt::black, mm(kRuleWidth)));
    p.setBrush(Qt::NoBrush);
    for (const QString& caption : m_form.sealBoxes) {
        const QRectF captionRect(x, top, w, mm(kSealCaptionHeight));
        const QRectF square(x, captionRect.bottom(), w, mm(kSealSquare));
        p.drawRect(captionRect);
        p.drawRect(square);
        // Titles such as 情報システム管理者 do not fit the column at 7 pt: shrink rather than clip.
        qreal points = 7;
        QFont f = font(points);
        while (points > 4.5 && QFontMetricsF(f, &m_device).horizontalAdvance(caption) > w - mm(1)) {
            points -= 0.25;
            f = font(points);
        }
        p.setFont(f);
        p.drawText(captionRect.adjusted(mm(0.5), 0, -mm(0.5), 0),
                   Qt::AlignCenter | Qt::TextWrapAnywhere, caption);
        x += w;
    }
}

void FormPage::paintFooter(QPainter& p, int page) const {
    const qreal left = mm(kMarginLeft);
    const qreal width = m_paper.width() - mm(kMarginLeft + kMarginRight);
    const qreal top = m_paper.height() - mm(kMarginBottom + kFooterHeight);
    p.setPen(QPen(Qt::gray, mm(0.2)));
    p.drawLine(QPointF(left, top), QPointF(left + width, top));

    const QFont small = font(8);
    const QRectF row(left, top + mm(1.5), width, lineHeight(small));
    p.setPen(Qt::black);
    p.setFont(small);
    p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("ジャーナル: %1").arg(m_form.journalHead));
    p.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("%1 / %2 ページ").arg(page + 1).arg(pageCount()));
    p.setPen(Qt::darkGray);
    p.setFont(font(6.5));
    p.drawText(row, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("Mamori"));
}

void FormPage::paintBody(QPainter& p, int page) {
    const QTextDocument& doc = *m_pages[page].document;
    const FormBodySlice& s = m_pages[page].slice;
    qreal y = bodyTop(page);
    if (s.repeatsHeader()) {
        paintDocumentPart(p, doc, s.repeatTop, s.repeatBottom, y);
        y += s.repeatBottom - s.repeatTop;
    }
    paintDocumentPart(p, doc, s.top, s.bottom, y, m_pages[page].rules);
}

void FormPage::paintDocumentPart(QPainter& p, const QTextDocument& doc, qreal docTop,
                                 qreal docBottom, qreal y, const FormTableRules* rules) {
    // Breaks fall on the centre of a table rule (1 CSS px = 0.26 mm): reach just over half its
    // width past them so the rule shows whole on both pages, but not so far that the next row's
    // column rules stick out under it.
    const qreal bleed = mm(0.15);
    p.save();
    p.translate(mm(kMarginLeft), y - docTop);
    const QRectF clip(-bleed, docTop - bleed, doc.textWidth() + 2 * bleed,
                      docBottom - docTop + 2 * bleed);
    p.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&p, ctx);
    if (rules)
        rules->paint(p, docTop, docBottom);
    p.restore();
}

} // namespace mamori::ui
