#pragma once

#include "incidents/IncidentPage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mamori::ui {

// The PPC reports (BRIEF §6): per regime the 速報 and the 確報, what is due when and what was
// filed on which day; and the form for the next report with the nine items (a 速報 may leave
// blank what is not known yet; a 確報 needs all nine), which "Fill from the facts" starts from.
// Core refuses a submission date before the awareness date or in the future.
class ReportsPage : public IncidentPage {
    Q_OBJECT

public:
    explicit ReportsPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;
    mamori::PpcReport draft() const;

public Q_SLOTS:
    void fillFromFacts();
    void fileReport();

private:
    // Chooses the first report still due, so that the form starts where the work is.
    void chooseNextDue(const mamori::Incident& incident);
    QPlainTextEdit* item(QFormLayout* form, const QString& label, const QString& field, const QString& name);

    mamori::Incident m_incident;
    QTableWidget* m_table;
    QComboBox* m_regime;
    QComboBox* m_kind;
    QDateEdit* m_submittedOn;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_dataItems;
    QCheckBox* m_personsKnown;
    QSpinBox* m_persons;
    QPlainTextEdit* m_cause;
    QPlainTextEdit* m_secondaryDamage;
    QPlainTextEdit* m_individualResponse;
    QPlainTextEdit* m_publication;
    QPlainTextEdit* m_prevention;
    QPlainTextEdit* m_other;
    QLineEdit* m_contact;
    QLineEdit* m_otherBodies;
    QPushButton* m_fill;
    QPushButton* m_file;
    QWidget* m_inputs;
};

} // namespace mamori::ui
