#include "custody/CarryOutScanResolver.h"

#include "custody/CarryOutWorkflow.h"

#include "casefile/CaseFile.h"
#include "custody/CarryOutService.h"

namespace mamori::ui {

bool CarryOutScanResolver::accepts(const QString& code) const {
    return code.startsWith(QLatin1String("CO-"));
}

void CarryOutScanResolver::open(const QString& code, QWidget* window) {
    const CarryOut c = m_file.carryOuts().findByControlNo(m_file.session(), code);
    m_workflow.openScanned(c, window);
}

QString CarryOutScanResolver::example() const {
    return QStringLiteral("CO-2025-000123");
}

} // namespace mamori::ui
