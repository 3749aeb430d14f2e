#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
struct CarryOut;
}

namespace mamori::ui {

class CarryOutListModel;
class CarryOutWorkflow;
class FormPrintButton;
class ListFilterBar;

// The carry-out screen (持出簿): the filter bar (state, section, planned departure range,
// overdue only, text), the paged ledger, and the workflow steps for the selected entry, each
// enabled per state and per the session's permissions (core decides in the end). Double-click
// or Enter opens an entry. "Print" prints the ledger of what is listed, the approval form or
// the label of the selected entry, or the labels of the list. "Export CSV…" writes the filtered ledger through ExportGuard.
// Needs ReadPersonalData for some section; without it the screen says so and reads nothing.
class CarryOutsView : public QWidget {
    Q_OBJECT

public:
    CarryOutsView(mamori::CaseFile& file, CarryOutWorkflow& workflow, QWidget* parent = nullptr);

    // Null when the session may read no carry-out.
    CarryOutListModel* model() const { return m_model; }
    ListFilterBar* filterBar() const { return m_filter; }
    QTableView* table() const { return m_table; }
    // The 持出簿, approval form and labels (null when the session may read no carry-out).
    FormPrintButton* printButton() const { return m_print; }
    QString statusText() const;
    // Selects the row of carry-out `id` if it is loaded.
    void select(qint64 id);

public Q_SLOTS:
    // Re-reads the list with the same filter, keeping the selection when possible.
    void refresh();
    void exportCsv();

private:
    const mamori::CarryOut* selected() const;
    void updateButtons();
    void updateStatus();
    QPushButton* addButton(const QString& text, const QString& name);

    mamori::CaseFile& m_file;
    CarryOutWorkflow& m_workflow;
    CarryOutListModel* m_model = nullptr;
    ListFilterBar* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QWidget* m_buttonRow = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_out = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_lost = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_export = nullptr;
    FormPrintButton* m_print = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui
