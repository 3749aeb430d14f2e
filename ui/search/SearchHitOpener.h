#pragma once

#include "search/SearchService.h"

#include <QObject>

#include <functional>

class QWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AreasView;
class CarryOutWorkflow;
class DisposalsView;
class FilesView;
class IncidentDesk;
class OrganisationView;

// Where the main window keeps what a search hit can open. Any of them may be null when the
// session has no such screen; a hit of that kind then opens nothing.
struct SearchDestinations {
    // Brings an area of the navigation to the front ("people", "areas", …).
    std::function<void(const QString& areaKey)> showArea;
    OrganisationView* people = nullptr;
    AreasView* areas = nullptr;
    FilesView* files = nullptr;
    DisposalsView* disposals = nullptr;
    CarryOutWorkflow* carryOuts = nullptr;
    IncidentDesk* incidents = nullptr;
};

// Opens the record behind a search hit through the paths the screens already have: the
// carry-out's detail and the incident's editor as windows; a person, handling area or register
// file as its row in its list, unfiltered, with its editor opened where the list would open it;
// a disposal as its row in the ledger (its certificate panel shows it). Core reads, journals and
// refuses as it does for those screens, which show their own refusals.
class SearchHitOpener : public QObject {
    Q_OBJECT

public:
    SearchHitOpener(mamori::CaseFile& file, QWidget* window, SearchDestinations destinations);

public Q_SLOTS:
    // Whether the record was found and shown.
    bool open(const mamori::SearchHit& hit);

private:
    bool openPerson(qint64 id);
    bool openArea(qint64 id);
    bool openFile(qint64 id);
    bool openDisposal(qint64 id);

    mamori::CaseFile& m_file;
    QWidget* m_window;
    SearchDestinations m_to;
};

} // namespace mamori::ui
