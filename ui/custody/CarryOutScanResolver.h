#pragma once

#include "scan/ScanResolver.h"

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class CarryOutWorkflow;

// Scanned "CO-…" control numbers: finds the carry-out (CarryOutService::findByControlNo, a
// journaled view) and opens what the records room needs next (CarryOutWorkflow::openScanned).
class CarryOutScanResolver : public ScanResolver {
public:
    CarryOutScanResolver(mamori::CaseFile& file, CarryOutWorkflow& workflow) : m_file(file), m_workflow(workflow) {}
    bool accepts(const QString& code) const override;
    void open(const QString& code, QWidget* window) override;
    QString example() const override;

private:
    mamori::CaseFile& m_file;
    CarryOutWorkflow& m_workflow;
};

} // namespace mamori::ui
