#pragma once

#include "incidents/IncidentPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace mamori::ui {

class RegimeVerdictBox;

// The reportability assessment (BRIEF §3): "Assess" evaluates Rule A and Rule B on the current
// facts; the latest verdicts stand side by side, and every earlier assessment stays listed,
// since facts change and each re-assessment is kept.
class AssessmentPage : public IncidentPage {
    Q_OBJECT

public:
    explicit AssessmentPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;

public Q_SLOTS:
    void assess();

private:
    QLabel* m_basis;
    QPushButton* m_assess;
    RegimeVerdictBox* m_appi;
    RegimeVerdictBox* m_myNumber;
    QTableWidget* m_history;
};

} // namespace mamori::ui
