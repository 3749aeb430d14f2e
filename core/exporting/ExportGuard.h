#pragma once

#include <QString>

namespace mamori {

class CaseFile;
class Session;

// Seed 000 Art. 19: taking many records of personal data out of the system needs a reason on
// record. Every export is journaled; above the case file's threshold (default 100 records) the
// reason is mandatory.
class ExportGuard {
public:
    explicit ExportGuard(CaseFile& file) : m_file(file) {}
    bool needsReason(int recordCount) const;
    int threshold() const;
    // Throws InvalidArgument (field "reason") when a needed reason is missing. Journals the
    // export with the count and the reason.
    void recordExport(const Session& actor, const QString& entity, int recordCount, const QString& reason);

private:
    CaseFile& m_file;
};

} // namespace mamori
