#include "forms/LabelSheetPage.h"

#include "forms/FormPage.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mamori::ui {

namespace {
// Millimetres, after the common 12-up A4 label stock (86.4 x 42.3 mm labels).
constexpr qreal kMarginX = 18.6;
constexpr qreal kMarginY = 21.6;
constexpr qreal kPadding = 2.5;
constexpr qreal kGap = 2.5;         // between the QR code and the text
constexpr qreal kMaxQrSide = 34;    // with its quiet zone; larger does not scan better
constexpr qreal kQrShareOfWidth = 0.45;
constexpr qreal kFootRoom = 6;      // header and footer lines sit this far inside the margins

// Cuts `text` into at most `maxLines` lines of `width`, breaking anywhere (Japanese has no
// spaces to break at) and ending the last line with "…" when text is left over.
QStringList fitLines(const QString& text, const QFontMetricsF& fm, qreal width, int maxLines)
{
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString next = line + text.at(i);
        if (fm.horizontalAdvance(next) <= width || line.isEmpty()) {
            line = next;
            continue;
        }
        if (lines.size() + 1 == maxLines) {
            lines << fm.elidedText(line + text.mid(i), Qt::ElideRight, width);
            return lines;
        }
        lines << line;
        line = QString(text.at(i));
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}
} // namespace

LabelSheetPage::LabelSheetPage(const FormSpec& form, QPagedPaintDevice& device, QSizeF paper)
    : m_form(form), m_device(device), m_paper(paper)
{
    m_dotsPerMm = device.logicalDpiY() / 25.4;
    m_columns = std::clamp(form.labelColumns, 1, 4);
    m_rows = std::clamp(form.labelRows, 1, 12);
}

int LabelSheetPage::pageCount() const
{
    const auto n = static_cast<int>(m_form.labels.size());
    return std::max(1, (n + perPage() - 1) / perPage());
}

QFont LabelSheetPage::font(qreal points, bool bold) const
{
    QFont f(FormPage::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping); // see FormPage::font: keeps digits searchable
    return f;
}

QRectF LabelSheetPage::labelRect(int index) const
{
    const qreal width = (m_paper.width() - 2 * mm(kMarginX)) / m_columns;
    const qreal height = (m_paper.height() - 2 * mm(kMarginY)) / m_rows;
    const int slot = index % perPage();
    return QRectF(mm(kMarginX) + (slot % m_columns) * width, mm(kMarginY) + (slot / m_columns) * height, width, height);
}

QRectF LabelSheetPage::qrRect(const QRectF& label) const
{
    const qreal side = std::min({label.height() - 2 * mm(kPadding), label.width() * kQrShareOfWidth, mm(kMaxQrSide)});
    return QRectF(label.left() + mm(kPadding), label.center().y() - side / 2, side, side);
}

void LabelSheetPage::paint(QPainter& painter)
{
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            m_device.newPage();
        paintMargins(painter, page);
        const auto first = static_cast<qsizetype>(page) * perPage();
        for (qsizetype i = first; i < std::min(first + perPage(), m_form.labels.size()); ++i)
            paintLabel(painter, m_form.labels.at(i), labelRect(static_cast<int>(i)));
    }
}

void LabelSheetPage::paintMargins(QPainter& p, int page) const
{
    const qreal left = mm(kMarginX);
    const qreal width = m_paper.width() - 2 * mm(kMarginX);
    const QFont small = font(8);
    const qreal line = QFontMetricsF(small, &m_device).height();
    p.setPen(Qt::black);
    p.setFont(small);
    const QRectF head(left, mm(kMarginY - kFootRoom) - line, width, line);
    const QString title = m_form.organisation.isEmpty() ? m_form.title
                                                         : QStringLiteral("%1　%2").arg(m_form.organisation, m_form.title);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.drawText(head, Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("文書番号: %1　%2").arg(m_form.documentNumber, m_form.formattedDate()));
    const QRectF foot(left, m_paper.height() - mm(kMarginY - kFootRoom), width, line);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("ジャーナル: %1").arg(m_form.journalHead));
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2 ページ").arg(page + 1).arg(pageCount()));
    p.setPen(Qt::darkGray);
    p.setFont(font(6.5));
    p.drawText(foot, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("Mamori"));
}

void LabelSheetPage::paintLabel(QPainter& p, const FormLabel& label, const QRectF& rect) const
{
    QPen guide(Qt::lightGray, mm(0.2), Qt::DashLine);
    p.setPen(guide);
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.drawRect(rect);

    const QRectF square = qrRect(rect);
    paintQr(p, label.qr, square);

    const qreal left = square.right() + mm(kGap);
    const qreal width = rect.right() - mm(kPadding) - left;
    qreal y = rect.top() + mm(kPadding);
    auto draw = [&](const QString& text, const QFont& f, const QColor& colour) {
        const QFontMetricsF fm(f, &m_device);
        p.setFont(f);
        p.setPen(colour);
        p.drawText(QRectF(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += fm.height();
    };
    draw(label.kind, font(7), Qt::darkGray);
    // The control number as large as the width allows (it is what a person reads and types
    // when the scanner fails), between 6.5 and 14 pt: whole on the narrow labels of a 3 x 8 sheet.
    qreal points = 14;
    QFont codeFont = font(points, true);
    while (points > 6.5 && QFontMetricsF(codeFont, &m_device).horizontalAdvance(label.code) > width) {
        points -= 0.5;
        codeFont = font(points, true);
    }
    draw(label.code, codeFont, Qt::black);
    y += mm(0.8);
    const QFont text = font(8);
    const QFontMetricsF fm(text, &m_device);
    const qreal bottom = rect.bottom() - mm(kPadding);
    for (qsizetype i = 0; i < label.lines.size(); ++i) {
        // The description (the middle lines) may take several lines; the last line one.
        const int linesLeft = static_cast<int>((bottom - y) / fm.height());
        const int reserve = static_cast<int>(label.lines.size() - 1 - i);
        const int allowed = std::max(1, linesLeft - reserve);
        for (const QString& part : fitLines(label.lines.at(i), fm, width, allowed)) {
            if (y + fm.height() > bottom + mm(0.1))
                return;
            draw(part, text, Qt::black);
        }
    }
}

void LabelSheetPage::paintQr(QPainter& p, const QrCode& qr, const QRectF& square) const
{
    if (qr.isNull())
        return;
    const qreal module = square.width() / (qr.size() + 2 * QrCode::kQuietZone);
    const QPointF origin = square.topLeft() + QPointF(module, module) * QrCode::kQuietZone;
    // One path of rectangles, filled once without antialiasing: a PDF viewer then draws no
    // hairline seams between neighbouring modules, and a printer gets exact vector edges.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QrCode::Run& run : qr.darkRuns())
        path.addRect(QRectF(origin.x() + run.column * module, origin.y() + run.row * module, run.length * module, module));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillPath(path, Qt::black);
    p.restore();
}

} // namespace mamori::ui
