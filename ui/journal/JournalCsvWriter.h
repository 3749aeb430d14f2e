#pragma once

#include "journal/JournalEntry.h"

class QIODevice;

namespace mamori {
class Journal;
}

namespace mamori::ui {

// The journal as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet software in
// Japan opens it correctly). Journal rows carry field names and ids, never personal data.
class JournalCsvWriter {
public:
    // Writes the entries matching `filter`, oldest first, a page at a time; returns how many.
    // Throws Error(IoError) when the device refuses the bytes.
    static qint64 write(mamori::Journal& journal, const mamori::JournalFilter& filter,
                        QIODevice& out);
    static QByteArray header();
    // Fields are written by CsvWriter::field (quoting, formula neutralising).
    static QByteArray row(const mamori::JournalEntry& entry);
};

} // namespace mamori::ui
