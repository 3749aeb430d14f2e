#pragma once

#include "scan/ScanResolver.h"

#include <functional>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class DisposalsView;

// Scanned "DS-…" control numbers (the label on a disposal batch): finds the disposal
// (DisposalService::findByControlNo, a journaled view), brings up the disposal screen with it
// selected and opens the step that comes next (destroyed, handed over, a witness) when the
// account may record it, so that the records room needs one scan and one confirmation.
class DisposalScanResolver : public ScanResolver {
public:
    DisposalScanResolver(mamori::CaseFile& file, DisposalsView& view, std::function<void()> showView)
        : m_file(file), m_view(view), m_showView(std::move(showView)) {}
    bool accepts(const QString& code) const override;
    void open(const QString& code, QWidget* window) override;
    QString example() const override;

private:
    mamori::CaseFile& m_file;
    DisposalsView& m_view;
    std::function<void()> m_showView;
};

} // namespace mamori::ui
