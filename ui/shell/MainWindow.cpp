#include "shell/MainWindow.h"

#include "accounts/AccountsView.h"
#include "custody/CarryOutScanResolver.h"
#include "custody/CarryOutWorkflow.h"
#include "custody/CarryOutsView.h"
#include "custody/OverdueBadge.h"
#include "custody/areas/AreasView.h"
#include "custody/files/FilesView.h"
#include "dashboard/DashboardView.h"
#include "disposals/DisposalScanResolver.h"
#include "disposals/DisposalsView.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentsView.h"
#include "journal/JournalView.h"
#include "lists/ListFilter.h"
#include "lists/ListFilterBar.h"
#include "organisation/OrganisationView.h"
#include "scan/ScanField.h"
#include "search/SearchBox.h"
#include "search/SearchHitOpener.h"
#include "settings/SettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/CaseStatusBar.h"
#include "shell/ChangePasswordDialog.h"

#include "casefile/CaseFile.h"
#include "custody/CarryOutService.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>

namespace mamori::ui {

MainWindow::MainWindow(CaseFile& file, QWidget* parent) : QMainWindow(parent), m_file(file) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Mamori — %1").arg(QFileInfo(file.dir()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mamori.svg")));

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 6px 8px; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_status = new CaseStatusBar(file, this);
    setStatusBar(m_status);

    m_scan = new ScanField(this);
    m_incidentDesk = new IncidentDesk(file, this);
    buildAreas();
    buildScanBar();
    buildSearchBar();
    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    if (m_nav->count() > 0)
        m_nav->setCurrentRow(0);
    // The navigation never gives way to a wide page (the dashboard's charts): a clipped
    // 「個人情報フ…」 says nothing.
    const int navWidth = qMax(180, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 24);
    m_nav->setMinimumWidth(navWidth);
    splitter->setSizes({navWidth, 900});
    // Pages may journal what they showed while being built: read the head after them.
    m_status->refresh();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString& key, const QString& title, QWidget* page) {
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, key);
    m_pages->addWidget(page);
}

void MainWindow::buildAreas() {
    const Session& s = m_file.session();
    const bool reads = !s.scope(Permission::ReadPersonalData).isEmpty();
    if (reads) {
        // The start page: the state of the city at a glance (issue 4).
        m_dashboard = new DashboardView(m_file, m_pages);
        addArea(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
        connect(m_dashboard, &DashboardView::linkActivated, this, &MainWindow::followDashboardLink);
    }
    if (s.can(Permission::ViewAccounts) || s.can(Permission::ManageAccounts))
        addArea(QStringLiteral("accounts"), tr("Accounts"), new AccountsView(m_file, m_pages));
    if (s.can(Permission::ViewJournal))
        addArea(QStringLiteral("journal"), tr("Journal"), new JournalView(m_file, m_pages));
    if (reads) {
        addCarryOutsArea();
        m_disposalsView = new DisposalsView(m_file, m_pages);
        addArea(QStringLiteral("disposals"), tr("Disposals"), m_disposalsView);
        m_scan->addResolver(std::make_unique<DisposalScanResolver>(m_file, *m_disposalsView,
                                                                   [this] { showArea(QStringLiteral("disposals")); }));
        m_incidentsView = new IncidentsView(m_file, *m_incidentDesk, m_pages);
        addArea(QStringLiteral("incidents"), tr("Incidents"), m_incidentsView);
    }
    addRegisterAreas();
    if (m_nav->count() == 0) {
        // An honest empty state rather than a blank window: a staff member's areas arrive with
        // later versions, and the File menu still works.
        auto* none = new QLabel(tr("Your account has no screens in this version of Mamori yet.\n"
                                   "You can report a leak incident or change your password from the File menu."),
                                m_pages);
        none->setObjectName(QStringLiteral("noAreasLabel"));
        none->setAlignment(Qt::AlignCenter);
        none->setWordWrap(true);
        m_pages->addWidget(none);
        m_nav->hide();
    }
}

void MainWindow::addRegisterAreas() {
    const Session& s = m_file.session();
    const bool reads = !s.scope(Permission::ReadPersonalData).isEmpty();
    // The administrator keeps the organisation (sections, roster import) without reading people.
    if (reads || s.can(Permission::ManageOrganisation)) {
        m_organisationView = new OrganisationView(m_file, m_pages);
        addArea(QStringLiteral("people"), tr("People"), m_organisationView);
    }
    if (reads) {
        m_areasView = new AreasView(m_file, m_pages);
        addArea(QStringLiteral("areas"), tr("Handling areas"), m_areasView);
        m_filesView = new FilesView(m_file, m_pages);
        addArea(QStringLiteral("files"), tr("File register"), m_filesView);
    }
}

void MainWindow::setAreaTitle(const QString& key, const QString& title) {
    const int row = static_cast<int>(areaKeys().indexOf(key));
    if (row >= 0)
        m_nav->item(row)->setText(title);
}

QString MainWindow::areaTitle(const QString& key) const {
    const int row = static_cast<int>(areaKeys().indexOf(key));
    return row >= 0 ? m_nav->item(row)->text() : QString();
}

void MainWindow::addCarryOutsArea() {
    m_carryOutWorkflow = new CarryOutWorkflow(m_file, this);
    m_overdueBadge = new OverdueBadge(m_file, this);
    const QString key = QStringLiteral("carryouts");
    m_carryOutsView = new CarryOutsView(m_file, *m_carryOutWorkflow, m_pages);
    addArea(key, m_overdueBadge->decorate(tr("Carry-outs")), m_carryOutsView);
    connect(m_overdueBadge, &OverdueBadge::changed, this,
            [this, key] { setAreaTitle(key, m_overdueBadge->decorate(tr("Carry-outs"))); });
    connect(m_carryOutWorkflow, &CarryOutWorkflow::changed, m_overdueBadge, &OverdueBadge::refresh);
    m_scan->addResolver(std::make_unique<CarryOutScanResolver>(m_file, *m_carryOutWorkflow));
}

void MainWindow::followDashboardLink(const DashboardLink& link) {
    switch (link.target) {
    case DashboardLink::Target::CarryOuts: {
        if (!m_carryOutsView)
            return;
        ListFilter filter;
        filter.sectionId = link.sectionId;
        filter.overdueOnly = link.overdueOnly;
        if (!link.overdueOnly)
            filter.state = carryOutStateKey(CarryOutState::Out); // out and not yet due back
        showArea(QStringLiteral("carryouts"));
        m_carryOutsView->filterBar()->setFilter(filter);
        return;
    }
    case DashboardLink::Target::Disposals:
        if (!m_disposalsView)
            return;
        showArea(QStringLiteral("disposals"));
        m_disposalsView->showPeriod(link.from, link.to);
        return;
    case DashboardLink::Target::AccessReviews:
        if (!m_filesView)
            return;
        showArea(QStringLiteral("files"));
        m_filesView->showOverdueReviews();
        return;
    case DashboardLink::Target::Incidents:
        if (!m_incidentsView)
            return;
        showArea(QStringLiteral("incidents"));
        m_incidentsView->showStage(link.state);
        return;
    case DashboardLink::Target::Incident:
        m_incidentDesk->openEditor(link.incidentId, this); // opened window-modal, or core's refusal shown
        return;
    }
}

void MainWindow::buildScanBar() {
    if (!m_scan->hasResolvers()) {
        delete m_scan;
        m_scan = nullptr;
        return;
    }
    auto* bar = addToolBar(tr("Records room"));
    bar->setObjectName(QStringLiteral("scanToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_scan);
}

void MainWindow::buildSearchBar() {
    // Core refuses a search to an account that reads no personal data; such an account gets
    // no box rather than one that can only say no.
    if (m_file.session().scope(Permission::ReadPersonalData).isEmpty())
        return;
    m_search = new SearchBox(m_file, this);
    SearchDestinations to;
    to.showArea = [this](const QString& key) { showArea(key); };
    to.people = m_organisationView;
    to.areas = m_areasView;
    to.files = m_filesView;
    to.disposals = m_disposalsView;
    to.carryOuts = m_carryOutWorkflow;
    to.incidents = m_incidentDesk;
    auto* opener = new SearchHitOpener(m_file, this, to);
    connect(m_search, &SearchBox::hitActivated, opener, &SearchHitOpener::open);
    auto* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_search);
}

void MainWindow::buildMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    if (m_scan) {
        // Ctrl+J: the scan field takes what a USB barcode/QR scanner types (README, "Records room").
        QAction* scan = fileMenu->addAction(tr("&Scan a control number"));
        scan->setObjectName(QStringLiteral("scanAction"));
        scan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        connect(scan, &QAction::triggered, m_scan, &ScanField::focusScan);
    }
    if (m_search) {
        // Ctrl+F: the search box beside the scan field (README, "Search").
        QAction* find = fileMenu->addAction(tr("&Find records"));
        find->setObjectName(QStringLiteral("searchAction"));
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        connect(find, &QAction::triggered, m_search, &SearchBox::focusSearch);
    }
    if (m_scan || m_search)
        fileMenu->addSeparator();
    // Anyone may report a leak (000 Art. 37(1)), also an account with no screen at all.
    QAction* report = fileMenu->addAction(tr("&Report a leak incident…"));
    report->setObjectName(QStringLiteral("reportIncidentAction"));
    report->setEnabled(!m_file.session().isRecovery());
    connect(report, &QAction::triggered, this, [this] { m_incidentDesk->reportNew(this); });
    fileMenu->addSeparator();
    QAction* lock = fileMenu->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* password = fileMenu->addAction(tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setEnabled(!m_file.session().isRecovery());
    connect(password, &QAction::triggered, this, &MainWindow::openChangePassword);
    QAction* closeCase = fileMenu->addAction(tr("&Close case file"));
    closeCase->setObjectName(QStringLiteral("closeCaseAction"));
    connect(closeCase, &QAction::triggered, this, &MainWindow::closeCaseRequested);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    QAction* settings = settingsMenu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = helpMenu->addAction(tr("&About Mamori…"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::openAbout);
}

QStringList MainWindow::areaKeys() const {
    QStringList keys;
    for (int i = 0; i < m_nav->count(); ++i)
        keys.append(m_nav->item(i)->data(Qt::UserRole).toString());
    return keys;
}

QString MainWindow::currentArea() const {
    const QListWidgetItem* item = m_nav->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::showArea(const QString& key) {
    const int row = static_cast<int>(areaKeys().indexOf(key));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

void MainWindow::refreshStatus() {
    m_status->refresh();
}

// Dialogs are opened window-modal with open(), not exec(): no nested event loop holds a frame
// of this window, so locking can close them and delete the window safely.
void MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::caseSettingsChanged, this, &MainWindow::refreshStatus);
    connect(dialog, &SettingsDialog::languageChanged, this, &MainWindow::languageChanged);
    dialog->open();
}

void MainWindow::openAbout() {
    auto* dialog = new AboutDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openChangePassword() {
    auto* dialog = new ChangePasswordDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshStatus();
        statusBar()->showMessage(tr("Your password has been changed."), 8000);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing the window is quitting: Application saves drafts and closes the file first.
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace mamori::ui
