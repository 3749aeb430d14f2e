#pragma once

#include "journal/JournalEntry.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class JournalModel;

// The journal screen: a filter bar, the entries newest first (JournalModel pages them in as the
// table scrolls), checking the hash chain, and exporting the filtered entries as CSV.
// Needs Permission::ViewJournal; without it the screen says so and reads nothing.
class JournalView : public QWidget {
    Q_OBJECT

public:
    explicit JournalView(mamori::CaseFile& file, QWidget* parent = nullptr);

    // Null when the session may not view the journal.
    JournalModel* model() const { return m_model; }
    // The filter the inputs describe (dates are local days, converted to UTC bounds).
    mamori::JournalFilter filterFromInputs() const;
    // What the last verification or export reported (also shown in the status line).
    QString statusText() const;

    // The export itself, without dialogs: writes the entries matching the applied filter to
    // `path` through a temporary file and records the export (ExportGuard). Returns false, shows
    // the error and leaves no file when the guard wants a reason and `reason` is empty, or when
    // writing fails.
    bool exportCsvTo(const QString& path, const QString& reason = {});

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    // Recomputes the whole hash chain (Journal::verify) and shows the result.
    void verifyJournal();
    // Asks for a file name (and a reason when the guard needs one), then exports.
    void exportCsv();

protected:
    // Coming back to the screen shows what was journaled meanwhile (one page, cheap).
    void showEvent(QShowEvent* event) override;

private:
    void buildFilterBar(QWidget* bar);
    bool exportCsvImpl(const QString& path, QString reason, bool askForReason);
    void showMessage(const QString& objectName, const QString& title, const QString& text,
                     bool warning);
    void setStatus(const QString& text);

    mamori::CaseFile& m_file;
    JournalModel* m_model = nullptr;
    QLineEdit* m_login = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_entity = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    bool m_shownOnce = false; // the constructor already read the first page
};

} // namespace mamori::ui
