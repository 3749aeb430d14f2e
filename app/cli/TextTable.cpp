#include "TextTable.h"

#include <algorithm>

namespace mamori::cli {

namespace {
// The East Asian Wide and Fullwidth ranges (UAX #11) that occur in Japanese text.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString TextTable::nameList(const QList<std::pair<QString, QString>>& rows)
{
    int width = 0;
    for (const auto& row : rows)
        width = std::max(width, displayWidth(row.first));
    QString out;
    for (const auto& row : rows)
        out += QStringLiteral("  ") + padded(row.first, width) + QStringLiteral("  ") + row.second + QLatin1Char('\n');
    return out;
}

QString TextTable::toString() const
{
    QList<int> widths;
    for (const QString& h : m_headers)
        widths.append(displayWidth(h));
    for (const QStringList& row : m_rows)
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    auto format = [&](const QStringList& cells) {
        QString line;
        for (int i = 0; i < widths.size(); ++i)
            line += i + 1 < widths.size() ? padded(cells.at(i), widths[i]) + QStringLiteral("  ") : cells.at(i);
        return line + QLatin1Char('\n');
    };
    QString out = format(m_headers);
    for (const QStringList& row : m_rows)
        out += format(row);
    return out;
}

} // namespace mamori::cli
