#pragma once

#include "incidents/IncidentWorkflow.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class IncidentDesk;
class IncidentsModel;
class ListFilterBar;

// The 漏えい等事案 screen: the filter bar (state, section, text, "open only"), the list with each
// incident's reportability and next PPC deadline, "Report an incident…" and "Open…".
// Double-click or Enter opens the editor. Needs ReadPersonalData for some section; without it
// the screen says so, reads nothing, and still offers the report.
class IncidentsView : public QWidget {
    Q_OBJECT

public:
    IncidentsView(mamori::CaseFile& file, IncidentDesk& desk, QWidget* parent = nullptr);

    // Null when the session may read no incident.
    IncidentsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    // Selects the row of incident `id` if it is listed.
    void select(qint64 id);
    // The incident of the selected row, 0 when none.
    qint64 selectedId() const;
    ListFilterBar* filterBar() const { return m_filter; }
    // Open incidents at `stage` (any stage when none): the dashboard's link.
    void showStage(std::optional<mamori::IncidentState> stage);

public Q_SLOTS:
    // Re-reads the list with the same filter, keeping the selection when possible.
    void refresh();
    void openSelected();

private:
    void updateStatus();

    mamori::CaseFile& m_file;
    IncidentDesk& m_desk;
    IncidentsModel* m_model = nullptr;
    ListFilterBar* m_filter = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui
