#pragma once

#include "organisation/RosterCsv.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

struct RosterImportReport {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList newSections; // names of the sections the import creates
    QList<RosterRowError> refused;
    bool written = false; // false for a preview
};

// Brings a parsed roster into the case file. Nothing is written until importRows(); a preview
// or a cancelled import leaves the case file as it was. Needs ManageOrganisation.
class RosterImport {
public:
    explicit RosterImport(CaseFile& file) : m_file(file) {}
    // What importRows would do, writing nothing.
    RosterImportReport preview(const Session& actor, const RosterParseResult& parsed);
    // One transaction: new sections (by name, coded AUTO-001, ...), new people, updates of
    // people whose staff number exists. Refused rows never stop the valid ones, unless
    // allOrNothing: then any refused row throws InvalidArgument and nothing is written.
    RosterImportReport importRows(const Session& actor, const RosterParseResult& parsed, bool allOrNothing);
    // The people the actor may read (of one section, or all), as UTF-8 CSV with a BOM and the
    // Japanese header: what Excel opens and importRows reads back. Goes through ExportGuard.
    QByteArray exportCsv(const Session& actor, std::optional<qint64> section, const QString& reason);

private:
    RosterImportReport plan(const Session& actor, const RosterParseResult& parsed);
    QString nextAutoSectionCode(int& counter);
    CaseFile& m_file;
};

} // namespace mamori
