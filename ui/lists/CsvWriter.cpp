#include "lists/CsvWriter.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace mamori::ui {

CsvWriter::CsvWriter(QIODevice& out, const QStringList& header) : m_out(out) {
    put(byteOrderMark() + line(header));
}

const QByteArray& CsvWriter::byteOrderMark() {
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    return bom;
}

QByteArray CsvWriter::field(const QString& text) {
    QString t = text;
    if (!t.isEmpty() && (t.front() == QLatin1Char('=') || t.front() == QLatin1Char('+') ||
                         t.front() == QLatin1Char('-') || t.front() == QLatin1Char('@')))
        t.prepend(QLatin1Char('\''));
    const bool quote = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) ||
                       t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')) || t != text;
    if (!quote)
        return t.toUtf8();
    t.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + t.toUtf8() + '"';
}

QByteArray CsvWriter::line(const QStringList& cells) {
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells.at(i));
    }
    return out + "\r\n";
}

void CsvWriter::writeRow(const QStringList& cells) {
    put(line(cells));
    ++m_rows;
}

void CsvWriter::put(const QByteArray& bytes) {
    if (m_out.write(bytes) != bytes.size())
        throw Error(ErrorCode::IoError,
                    QCoreApplication::translate("mamori::ui::CsvWriter", "The CSV file could not be written: %1")
                        .arg(m_out.errorString()));
}

} // namespace mamori::ui
