#pragma once

#include "incidents/IncidentPage.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mamori::ui {

// The escalation chain of the case file's preset (BRIEF §5.1): each step with whom it informed,
// when, how and who recorded it; and "record the next step" for the one whose turn it is (the
// section's unit manager first, then each recipient in turn, the last informing the mayor).
class EscalationPage : public IncidentPage {
    Q_OBJECT

public:
    explicit EscalationPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;

public Q_SLOTS:
    void recordNextStep();

private:
    QTableWidget* m_table;
    QLabel* m_next;
    QComboBox* m_method;
    QDateTimeEdit* m_informedAt;
    QLineEdit* m_note;
    QPushButton* m_record;
};

} // namespace mamori::ui
