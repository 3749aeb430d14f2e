#pragma once

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class ListFilterBar;
class PeopleModel;
class PersonDialog;
class RosterImportDialog;

// The staff list (職員): filter by section, employment type and free text; add and edit people
// (PersonDialog), import the roster CSV (RosterImportDialog) and export it in the same format
// (through ExportGuard). Writing needs ManageOrganisation, reading ReadPersonalData: the
// buttons follow the session, core refuses anyway.
class PeopleView : public QWidget {
    Q_OBJECT

public:
    explicit PeopleView(mamori::CaseFile& file, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ListFilterBar* filterBar() const { return m_filter; }
    QComboBox* employmentFilter() const { return m_employment; }
    std::optional<qint64> selectedPersonId() const;
    bool selectPerson(qint64 id);
    QString statusText() const;

    PersonDialog* openAddDialog();
    PersonDialog* openEditDialog();
    RosterImportDialog* openImportDialog();
    // Writes the roster of the filtered section (or all) as CSV; false (message shown) when the
    // guard wants a reason and none is given, or writing fails. Leaves no partial file.
    bool exportRosterTo(const QString& path, const QString& reason = {});

public Q_SLOTS:
    void reload();
    void exportRoster();

private:
    void updateButtons();
    void setStatus(const QString& text);

    mamori::CaseFile& m_file;
    PeopleModel* m_model = nullptr;
    ListFilterBar* m_filter = nullptr;
    QComboBox* m_employment = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui
