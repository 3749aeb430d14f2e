#pragma once

#include "incidents/IncidentService.h"

#include <QDialog>
#include <memory>

class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AssessmentPage;
class ContainmentPage;
class EscalationPage;
class FactsPage;
class FormPrintButton;
class IncidentPage;
class NoticesPage;
class PreventionPage;
class PublicationPage;
class ReportsPage;
struct IncidentContext;

// One leak incident from report to close: a header with its number, section, stage, the next
// PPC deadline and what is still missing before it can be closed (IncidentService::
// missingForClose), and a tab per part of the workflow (containment, escalation, facts,
// assessment, PPC reports, notices, publication, prevention). Each step goes through
// IncidentService; the incident it returns is shown everywhere at once and announced with
// changed(). Buttons the session may not use are disabled, but core decides: its refusal is
// shown in a message box named "incidentErrorBox".
class IncidentEditor : public QDialog {
    Q_OBJECT

public:
    IncidentEditor(mamori::CaseFile& file, const mamori::Incident& incident, QWidget* parent = nullptr);
    ~IncidentEditor() override;

    const mamori::Incident& incident() const { return m_incident; }
    QTabWidget* tabs() const { return m_tabs; }
    ContainmentPage* containmentPage() const { return m_containment; }
    EscalationPage* escalationPage() const { return m_escalation; }
    FactsPage* factsPage() const { return m_facts; }
    AssessmentPage* assessmentPage() const { return m_assessment; }
    ReportsPage* reportsPage() const { return m_reports; }
    NoticesPage* noticesPage() const { return m_notices; }
    PublicationPage* publicationPage() const { return m_publication; }
    PreventionPage* preventionPage() const { return m_prevention; }
    // The incident report, the PPC reports once filed and the notice letters.
    FormPrintButton* printButton() const { return m_print; }
    // The sentences of the "still missing" list as shown.
    QStringList missingShown() const { return m_missingShown; }

public Q_SLOTS:
    void setIncident(const mamori::Incident& incident);
    // Asks first ("confirmCloseIncidentBox"); Yes closes.
    QMessageBox* confirmClose();
    // Closes the incident; false (and core's refusal, listing what is missing) when refused.
    bool closeIncident();

Q_SIGNALS:
    void changed(qint64 id);

private:
    void addPage(IncidentPage* page, const QString& title);
    void updateHeader();

    std::unique_ptr<IncidentContext> m_ctx;
    mamori::Incident m_incident;
    QLabel* m_title;
    QLabel* m_due;
    QLabel* m_missing;
    QTabWidget* m_tabs;
    QList<IncidentPage*> m_pages;
    ContainmentPage* m_containment;
    EscalationPage* m_escalation;
    FactsPage* m_facts;
    AssessmentPage* m_assessment;
    ReportsPage* m_reports;
    NoticesPage* m_notices;
    PublicationPage* m_publication;
    PreventionPage* m_prevention;
    QPushButton* m_close;
    FormPrintButton* m_print;
    QStringList m_missingShown;
};

} // namespace mamori::ui
