#include "journal/JournalCsvWriter.h"

#include "common/Error.h"
#include "journal/Journal.h"
#include "lists/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace mamori::ui {

namespace {
constexpr int kBatch = 2000;

void put(QIODevice& out, const QByteArray& bytes) {
    if (out.write(bytes) != bytes.size())
        throw Error(ErrorCode::IoError,
                    QCoreApplication::translate("mamori::ui::JournalCsvWriter",
                                                "The CSV file could not be written: %1")
                        .arg(out.errorString()));
}
} // namespace

QByteArray JournalCsvWriter::header() {
    return QByteArrayLiteral("seq,at_utc,login,action,entity,entity_id,summary,hash\r\n");
}

QByteArray JournalCsvWriter::row(const JournalEntry& e) {
    QByteArray line;
    line += QByteArray::number(e.seq) + ',';
    line += e.at.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ',';
    line += CsvWriter::field(e.login) + ',';
    line += CsvWriter::field(e.action) + ',';
    line += CsvWriter::field(e.entity) + ',';
    line += CsvWriter::field(e.entityId) + ',';
    line += CsvWriter::field(e.summary) + ',';
    line += e.hash.toHex() + "\r\n";
    return line;
}

qint64 JournalCsvWriter::write(Journal& journal, const JournalFilter& filter, QIODevice& out) {
    put(out, CsvWriter::byteOrderMark() + header());
    qint64 count = 0;
    qint64 after = 0;
    for (;;) {
        const QList<JournalEntry> page = journal.pageAscending(filter, after, kBatch);
        QByteArray chunk;
        for (const JournalEntry& e : page)
            chunk += row(e);
        put(out, chunk);
        count += page.size();
        if (page.size() < kBatch)
            break;
        after = page.constLast().seq;
    }
    return count;
}

} // namespace mamori::ui
