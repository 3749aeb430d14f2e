#include "organisation/RosterImport.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "exporting/ExportGuard.h"
#include "journal/Journal.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace mamori {

namespace {
Person toPerson(const RosterRow& row, qint64 sectionId)
{
    Person p;
    p.staffNo = row.staffNo;
    p.name = row.name;
    p.kana = row.kana;
    p.sectionId = sectionId;
    p.employment = row.employment;
    p.email = row.email;
    return p;
}
} // namespace

RosterImportReport RosterImport::plan(const Session& actor, const RosterParseResult& parsed)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("person"));
    RosterImportReport report;
    report.refused = parsed.errors;
    QSet<QString> newSections;
    for (const RosterRow& row : parsed.rows) {
        if (!m_file.sections().byName(row.section) && !newSections.contains(row.section)) {
            newSections.insert(row.section);
            report.newSections.append(row.section);
        }
        if (m_file.people().idByStaffNo(row.staffNo))
            ++report.updated;
        else
            ++report.created;
    }
    return report;
}

RosterImportReport RosterImport::preview(const Session& actor, const RosterParseResult& parsed)
{
    return plan(actor, parsed);
}

QString RosterImport::nextAutoSectionCode(int& counter)
{
    QString code;
    do {
        code = QStringLiteral("AUTO-%1").arg(++counter, 3, 10, QLatin1Char('0'));
    } while (m_file.sections().byCode(code));
    return code;
}

RosterImportReport RosterImport::importRows(const Session& actor, const RosterParseResult& parsed, bool allOrNothing)
{
    RosterImportReport report = plan(actor, parsed);
    if (allOrNothing && !report.refused.isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::RosterImport", "Rows refused: %1. Nothing was imported.")
                        .arg(report.refused.size()));
    report.created = 0;
    report.updated = 0;
    // Everything was validated above and in the parse, so no call below should refuse; if one
    // does anyway, the whole import rolls back rather than stopping half-way.
    Transaction tx(m_file.db());
    QHash<QString, qint64> sectionIds;
    int autoCounter = 0;
    for (const RosterRow& row : parsed.rows) {
        qint64 sectionId = sectionIds.value(row.section, 0);
        if (sectionId == 0) {
            if (std::optional<Section> s = m_file.sections().byName(row.section))
                sectionId = s->id;
            else
                sectionId = m_file.sections().add(actor, nextAutoSectionCode(autoCounter), row.section).id;
            sectionIds.insert(row.section, sectionId);
        }
        Person p = toPerson(row, sectionId);
        if (const std::optional<qint64> id = m_file.people().idByStaffNo(row.staffNo)) {
            p.id = *id;
            m_file.people().update(actor, p);
            ++report.updated;
        } else {
            m_file.people().add(actor, p);
            ++report.created;
        }
    }
    m_file.journal().append(actor, JournalAction::Create, QStringLiteral("person"), QString(),
                            QStringLiteral("roster import: %1 created, %2 updated, %3 refused, %4 new sections")
                                .arg(report.created)
                                .arg(report.updated)
                                .arg(report.refused.size())
                                .arg(report.newSections.size()));
    tx.commit();
    report.written = true;
    return report;
}

QByteArray RosterImport::exportCsv(const Session& actor, std::optional<qint64> section, const QString& reason)
{
    QHash<qint64, QString> sectionNames;
    for (const Section& s : m_file.sections().list())
        sectionNames.insert(s.id, s.name);
    Transaction tx(m_file.db());
    const QList<Person> people = m_file.people().list(actor, section);
    ExportGuard(m_file).recordExport(actor, QStringLiteral("person"), static_cast<int>(people.size()), reason);
    QString text = QStringLiteral("職員番号,氏名,氏名カナ,所属,雇用区分,メール\r\n");
    for (const Person& p : people) {
        text += QStringList{RosterCsv::quoted(p.staffNo), RosterCsv::quoted(p.name), RosterCsv::quoted(p.kana),
                            RosterCsv::quoted(sectionNames.value(p.sectionId)), employmentLabel(p.employment),
                            RosterCsv::quoted(p.email)}
                    .join(u',');
        text += QStringLiteral("\r\n");
    }
    tx.commit();
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace mamori
