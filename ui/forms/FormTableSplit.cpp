#include "forms/FormTableSplit.h"

#include <QRegularExpression>

#include <algorithm>

namespace mamori::ui {

namespace {
// The tags that give the table its structure; everything else is cell content and is copied
// as it is. <tbody> tags are dropped and written anew around each page's rows.
const QRegularExpression& structureTag() {
    static const QRegularExpression tag(QStringLiteral("<(/?)(table|thead|tr)\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    return tag;
}
} // namespace

std::optional<FormTableSplit> FormTableSplit::find(const QString& html, int minRows) {
    qsizetype tableStart = -1;
    qsizetype openEnd = -1;
    qsizetype headStart = -1;
    qsizetype headEnd = -1;
    qsizetype rowStart = -1;
    int depth = 0;
    bool unsplittable = false; // holds a table, or a row without its end tag
    int tablesBefore = 0;
    bool inHead = false;
    FormTableSplit split;
    QRegularExpressionMatchIterator it = structureTag().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("table")) {
            if (!closing) {
                if (++depth == 1) {
                    tableStart = m.capturedStart();
                    openEnd = m.capturedEnd();
                    headStart = headEnd = rowStart = -1;
                    inHead = false;
                    unsplittable = false;
                    split.m_rows.clear();
                } else {
                    unsplittable = true;
                }
                continue;
            }
            if (depth == 0)
                return std::nullopt; // unbalanced: leave the body to Qt as it is
            if (--depth > 0)
                continue;
            if (!unsplittable && rowStart < 0 && split.m_rows.size() >= minRows) {
                split.m_before = html.left(tableStart);
                split.m_open = html.mid(tableStart, openEnd - tableStart);
                if (headStart >= 0 && headEnd > headStart)
                    split.m_head = html.mid(headStart, headEnd - headStart);
                split.m_after = html.mid(m.capturedEnd());
                split.m_tablesBefore = tablesBefore;
                return split;
            }
            ++tablesBefore;
            continue;
        }
        if (depth != 1)
            continue;
        if (name == QLatin1String("thead")) {
            inHead = !closing;
            if (closing)
                headEnd = m.capturedEnd();
            else
                headStart = m.capturedStart();
        } else if (!inHead) { // a body row
            if (!closing) {
                if (rowStart >= 0)
                    unsplittable = true;
                rowStart = m.capturedStart();
            } else if (rowStart >= 0) {
                split.m_rows.append(html.mid(rowStart, m.capturedEnd() - rowStart));
                rowStart = -1;
            }
        }
    }
    return std::nullopt;
}

QString FormTableSplit::html(int first, int count) const {
    first = std::clamp(first, 0, rowCount());
    count = std::clamp(count, 0, rowCount() - first);
    QString out;
    if (first == 0)
        out += m_before;
    out += m_open + m_head + QStringLiteral("<tbody>");
    for (int i = first; i < first + count; ++i)
        out += m_rows.at(i);
    out += QStringLiteral("</tbody></table>");
    if (first + count == rowCount())
        out += m_after;
    return out;
}

} // namespace mamori::ui
