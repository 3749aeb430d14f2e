#pragma once

#include <QList>
#include <QStringList>
#include <utility>

namespace mamori::cli {

// A plain-text table for terminal output. Columns are padded by display width, so Japanese
// names (two columns per character in a terminal) still line up.
class TextTable {
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Header, then rows; columns two spaces apart, the last one unpadded.
    QString toString() const;

    // "  name  description" lines with the names padded to one width: command lists in --help.
    static QString nameList(const QList<std::pair<QString, QString>>& rows);

    // Terminal columns `text` takes: 2 for East Asian wide and full-width characters.
    static int displayWidth(const QString& text);
    static QString padded(const QString& text, int width);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace mamori::cli
