#include "exporting/ExportGuard.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace mamori {

int ExportGuard::threshold() const
{
    return m_file.settings().exportWarningThreshold();
}

bool ExportGuard::needsReason(int recordCount) const
{
    return recordCount > threshold();
}

void ExportGuard::recordExport(const Session& actor, const QString& entity, int recordCount, const QString& reason)
{
    if (needsReason(recordCount) && reason.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::ExportGuard",
                                                "You are exporting %1 records of personal data (more than %2). "
                                                "Enter the reason; it is kept in the journal.")
                        .arg(recordCount)
                        .arg(threshold()))
            .withField(QStringLiteral("reason"));
    Transaction tx(m_file.db());
    m_file.journal().append(actor, JournalAction::Export, entity, QString(),
                            reason.trimmed().isEmpty()
                                ? QStringLiteral("%1 records").arg(recordCount)
                                : QStringLiteral("%1 records; reason: %2").arg(recordCount).arg(reason.trimmed()));
    tx.commit();
}

} // namespace mamori
