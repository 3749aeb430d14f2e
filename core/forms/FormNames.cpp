#include "forms/FormNames.h"

#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

namespace mamori {

namespace {
// One cached statement per table, stepped once per distinct id: a ledger of 1,000 rows names a
// few dozen people, and statements with id lists would each fill the statement cache.
QHash<qint64, QString> lookup(CaseFile& file, const char* sql, const QSet<qint64>& ids)
{
    QHash<qint64, QString> out;
    for (qint64 id : ids) {
        Statement s = file.db().prepare(sql);
        s.bind(1, id);
        if (s.next())
            out.insert(id, s.text(0));
    }
    return out;
}
} // namespace

QHash<qint64, QString> FormNames::people(CaseFile& file, const QSet<qint64>& ids)
{
    return lookup(file, "SELECT name FROM people WHERE id = ?", ids);
}

QHash<qint64, QString> FormNames::accounts(CaseFile& file, const QSet<qint64>& ids)
{
    return lookup(file, "SELECT display_name FROM accounts WHERE id = ?", ids);
}

QHash<qint64, QString> FormNames::piFiles(CaseFile& file, const QSet<qint64>& ids)
{
    return lookup(file, "SELECT file_no || ' ' || name FROM pi_files WHERE id = ?", ids);
}

QHash<qint64, QString> FormNames::sections(CaseFile& file)
{
    QHash<qint64, QString> out;
    for (const Section& s : file.sections().list())
        out.insert(s.id, s.name);
    return out;
}

QHash<qint64, QString> FormNames::carryOuts(CaseFile& file, const QSet<qint64>& ids)
{
    return lookup(file, "SELECT control_no FROM carry_outs WHERE id = ?", ids);
}

} // namespace mamori
