#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace mamori::ui {

// CSV as spreadsheet software in Japan expects it: RFC 4180, CRLF line ends, UTF-8 with a
// byte-order mark (without it Excel reads UTF-8 as Shift_JIS and garbles the Japanese).
class CsvWriter {
public:
    // Writes the byte-order mark and `header`. Throws Error(IoError) when the device refuses.
    CsvWriter(QIODevice& out, const QStringList& header);
    void writeRow(const QStringList& cells);
    qint64 rowsWritten() const { return m_rows; }

    // One field, quoted when needed; a leading =, +, - or @ is neutralised with an apostrophe
    // so that a spreadsheet never evaluates a field as a formula (CSV injection).
    static QByteArray field(const QString& text);
    static QByteArray line(const QStringList& cells);
    static const QByteArray& byteOrderMark();

private:
    void put(const QByteArray& bytes);
    QIODevice& m_out;
    qint64 m_rows = 0;
};

} // namespace mamori::ui
