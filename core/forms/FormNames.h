#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace mamori {

class CaseFile;

// The names a form prints beside a record the actor was allowed to read: the requester,
// approver or checker of a carry-out, the witnesses of a disposal. They are part of that record,
// so they are looked up directly (one query, not one journaled read per person); the form's own
// print entry in the journal covers them.
class FormNames {
public:
    // People (staff records) by id: 氏名.
    static QHash<qint64, QString> people(CaseFile& file, const QSet<qint64>& ids);
    // Officer accounts by id: display name.
    static QHash<qint64, QString> accounts(CaseFile& file, const QSet<qint64>& ids);
    // Personal-information files by id: "<file no.> <name>".
    static QHash<qint64, QString> piFiles(CaseFile& file, const QSet<qint64>& ids);
    // Every section by id: its name (市民課). Sections are not personal data.
    static QHash<qint64, QString> sections(CaseFile& file);
    // Carry-outs by id: control number (CO-2025-000001).
    static QHash<qint64, QString> carryOuts(CaseFile& file, const QSet<qint64>& ids);
};

} // namespace mamori
