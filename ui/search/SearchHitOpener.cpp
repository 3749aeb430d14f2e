#include "search/SearchHitOpener.h"

#include "custody/CarryOutWorkflow.h"
#include "custody/areas/AreasView.h"
#include "custody/files/FilesView.h"
#include "disposals/DisposalsView.h"
#include "incidents/IncidentDesk.h"
#include "lists/ListFilterBar.h"
#include "organisation/OrganisationView.h"
#include "organisation/PeopleView.h"

#include "accounts/Session.h"
#include "casefile/CaseFile.h"

#include <QTableView>

namespace mamori::ui {

namespace {
// A row selected while its page was hidden is not scrolled to; do it once the page shows.
void reveal(QTableView* table) {
    table->scrollTo(table->currentIndex());
    table->setFocus(Qt::OtherFocusReason);
}
} // namespace

SearchHitOpener::SearchHitOpener(CaseFile& file, QWidget* window, SearchDestinations destinations)
    : QObject(window), m_file(file), m_window(window), m_to(std::move(destinations)) {}

bool SearchHitOpener::open(const SearchHit& hit) {
    if (hit.entity == QLatin1String("carry_out"))
        return m_to.carryOuts && m_to.carryOuts->openDetail(hit.entityId, m_window);
    if (hit.entity == QLatin1String("incident"))
        return m_to.incidents && m_to.incidents->openEditor(hit.entityId, m_window);
    if (hit.entity == QLatin1String("person"))
        return openPerson(hit.entityId);
    if (hit.entity == QLatin1String("area"))
        return openArea(hit.entityId);
    if (hit.entity == QLatin1String("file"))
        return openFile(hit.entityId);
    if (hit.entity == QLatin1String("disposal"))
        return openDisposal(hit.entityId);
    return false;
}

// The list's filter is cleared first: a hit hidden by yesterday's filter is still the hit.
bool SearchHitOpener::openPerson(qint64 id) {
    if (!m_to.people)
        return false;
    PeopleView* view = m_to.people->people();
    m_to.people->setCurrentWidget(view);
    m_to.showArea(QStringLiteral("people"));
    view->filterBar()->clear();
    if (!view->selectPerson(id))
        return false;
    reveal(view->table());
    // The people list opens its editor only for those who keep the organisation; a reader
    // sees the selected row.
    if (m_file.session().can(Permission::ManageOrganisation))
        view->openEditDialog();
    return true;
}

bool SearchHitOpener::openArea(qint64 id) {
    if (!m_to.areas)
        return false;
    m_to.showArea(QStringLiteral("areas"));
    m_to.areas->filterBar()->clear();
    if (!m_to.areas->selectArea(id))
        return false;
    reveal(m_to.areas->table());
    m_to.areas->openEditDialog();
    return true;
}

bool SearchHitOpener::openFile(qint64 id) {
    if (!m_to.files)
        return false;
    m_to.showArea(QStringLiteral("files"));
    m_to.files->filterBar()->clear();
    if (!m_to.files->selectFile(id))
        return false;
    reveal(m_to.files->table());
    m_to.files->openEditDialog();
    return true;
}

bool SearchHitOpener::openDisposal(qint64 id) {
    if (!m_to.disposals)
        return false;
    // Listed before the page shows, so that showing it does not read the ledger a second time.
    const bool shown = m_to.disposals->showDisposal(id);
    m_to.showArea(QStringLiteral("disposals"));
    if (shown)
        reveal(m_to.disposals->table());
    return shown;
}

} // namespace mamori::ui
