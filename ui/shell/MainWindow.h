#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AreasView;
class CarryOutWorkflow;
class CarryOutsView;
class DashboardView;
class DisposalsView;
class FilesView;
struct DashboardLink;
class CaseStatusBar;
class IncidentDesk;
class IncidentsView;
class OverdueBadge;
class OrganisationView;
class ScanField;
class SearchBox;

// The window of an open case file: a navigation list of the areas the session may use, the
// area's page, and the status bar. It shows only what the session's permissions allow (core
// refuses the rest anyway). Locking, closing and language changes are Application's business;
// the window only asks for them through its signals.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(CaseFile& file, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Keys of the areas in the navigation, in order ("accounts", "journal").
    QStringList areaKeys() const;
    QString currentArea() const;
    void showArea(const QString& key);
    CaseStatusBar* caseStatusBar() const { return m_status; }
    // The navigation entry's text (with its badge, e.g. the overdue carry-outs).
    QString areaTitle(const QString& key) const;
    // The records room's scan field (Ctrl+J); null when the session can open no scanned record.
    ScanField* scanField() const { return m_scan; }
    // The search box (Ctrl+F); null when the session reads no section's personal data.
    SearchBox* searchBox() const { return m_search; }
    // The carry-out workflow shared by the list and the scan field; null without carry-outs.
    CarryOutWorkflow* carryOutWorkflow() const { return m_carryOutWorkflow; }
    // The start page; null when the session reads no section's personal data.
    DashboardView* dashboard() const { return m_dashboard; }
    // Shows the list behind a dashboard chart, filtered to the bar that was clicked.
    void followDashboardLink(const DashboardLink& link);
    // Reporting and opening leak incidents; every session has it (anyone may report).
    IncidentDesk* incidentDesk() const { return m_incidentDesk; }

public Q_SLOTS:
    void refreshStatus();
    void openSettings();
    void openAbout();
    void openChangePassword();

Q_SIGNALS:
    void lockRequested();
    void closeCaseRequested();
    void quitRequested();
    void languageChanged(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildAreas();
    void buildMenus();
    void addArea(const QString& key, const QString& title, QWidget* page);
    void setAreaTitle(const QString& key, const QString& title);
    void addCarryOutsArea();
    // People and sections, handling areas and the file register (issue 3).
    void addRegisterAreas();
    // The toolbar with the scan field, when some area registered a ScanResolver.
    void buildScanBar();
    // The search box beside the scan field, for sessions that read personal data.
    void buildSearchBar();

    CaseFile& m_file;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    CaseStatusBar* m_status;
    ScanField* m_scan = nullptr;
    SearchBox* m_search = nullptr;
    CarryOutWorkflow* m_carryOutWorkflow = nullptr;
    OverdueBadge* m_overdueBadge = nullptr;
    DashboardView* m_dashboard = nullptr;
    CarryOutsView* m_carryOutsView = nullptr;
    DisposalsView* m_disposalsView = nullptr;
    FilesView* m_filesView = nullptr;
    AreasView* m_areasView = nullptr;
    OrganisationView* m_organisationView = nullptr;
    IncidentDesk* m_incidentDesk = nullptr;
    IncidentsView* m_incidentsView = nullptr;
};

} // namespace mamori::ui
