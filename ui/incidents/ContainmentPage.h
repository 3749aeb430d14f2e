#pragma once

#include "incidents/IncidentPage.h"

class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mamori::ui {

// Containment (000 Art. 37(2)): what the section did to stop the damage, each with the time it
// was done, and the input for one more action.
class ContainmentPage : public IncidentPage {
    Q_OBJECT

public:
    explicit ContainmentPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;

public Q_SLOTS:
    void addAction();

private:
    QTableWidget* m_table;
    QLineEdit* m_action;
    QDateTimeEdit* m_doneAt;
    QPushButton* m_add;
};

} // namespace mamori::ui
