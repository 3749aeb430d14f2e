#pragma once

#include "incidents/IncidentPage.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mamori::ui {

// The notices to individuals, per group (method, date and time, by whom; for My Number cases
// the guidance on asking for a new number, 番号法 Art. 7(2)), or the substitute measure where a
// notice is impracticable (publication and an inquiry desk).
class NoticesPage : public IncidentPage {
    Q_OBJECT

public:
    explicit NoticesPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;
    mamori::IndividualNotice draft() const;

public Q_SLOTS:
    void addNotice();

private:
    void kindChanged();

    QTableWidget* m_table;
    QComboBox* m_kind;
    QLineEdit* m_group;
    QSpinBox* m_persons;
    QComboBox* m_method;
    QDateTimeEdit* m_notifiedAt;
    QComboBox* m_by;
    QCheckBox* m_numberChange;
    QPlainTextEdit* m_description;
    QPushButton* m_add;
    QWidget* m_inputs;
    bool m_myNumber = false;
};

} // namespace mamori::ui
