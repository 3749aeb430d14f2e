#include "disposals/DisposalScanResolver.h"

#include "disposals/DisposalsView.h"

#include "casefile/CaseFile.h"
#include "custody/DisposalService.h"

namespace mamori::ui {

bool DisposalScanResolver::accepts(const QString& code) const {
    return code.startsWith(QLatin1String("DS-"));
}

void DisposalScanResolver::open(const QString& code, QWidget*) {
    const Disposal d = m_file.disposals().findByControlNo(m_file.session(), code);
    m_showView();
    m_view.showDisposal(d);
    if (m_file.session().can(Permission::WritePersonalData, d.sectionId))
        m_view.openNextStep();
}

QString DisposalScanResolver::example() const {
    return QStringLiteral("DS-2025-000123");
}

} // namespace mamori::ui
