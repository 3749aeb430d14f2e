#pragma once

#include "incidents/IncidentPage.h"

class QComboBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mamori::ui {

// Recurrence prevention (000 Art. 37(5)): the measures with owner, due date and status, and the
// sections each was shared with (sections doing similar work). A new measure is added with the
// inputs; the selected one's status and sections are updated with the same inputs.
class PreventionPage : public IncidentPage {
    Q_OBJECT

public:
    explicit PreventionPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;
    mamori::PreventionMeasure draft() const;

public Q_SLOTS:
    void addMeasure();
    void updateSelected();

private:
    void selectionChanged();
    QList<qint64> sharedSections() const;

    QList<mamori::PreventionMeasure> m_measures;
    QTableWidget* m_table;
    QPlainTextEdit* m_description;
    QComboBox* m_owner;
    QDateEdit* m_due;
    QComboBox* m_status;
    QListWidget* m_sections;
    QPushButton* m_add;
    QPushButton* m_update;
    QWidget* m_inputs;
    bool m_may = false;
};

} // namespace mamori::ui
