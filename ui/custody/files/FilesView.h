#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AccessRightsModel;
class FilesModel;
class ListFilterBar;
class PersonalInfoFileDialog;

// The personal-information file register (個人情報ファイル簿): the files with a filter by
// section, text and "overdue only"; add, edit and delete entries; print or save the register
// form; export the list as CSV. A second page lists every access right whose review is
// overdue, across the files the session may read.
class FilesView : public QWidget {
    Q_OBJECT

public:
    explicit FilesView(mamori::CaseFile& file, QWidget* parent = nullptr);

    FilesModel* model() const { return m_model; }
    AccessRightsModel* overdueModel() const { return m_overdueModel; }
    QTableView* table() const { return m_table; }
    ListFilterBar* filterBar() const { return m_filter; }
    QTabWidget* tabs() const { return m_tabs; }
    std::optional<qint64> selectedFileId() const;
    bool selectFile(qint64 id);
    QString statusText() const;
    // Brings the tab of overdue access reviews to the front (the dashboard's link).
    void showOverdueReviews();

    PersonalInfoFileDialog* openAddDialog();
    PersonalInfoFileDialog* openEditDialog();
    bool deleteSelected();
    // The register form of the filtered section (or all readable ones) as a PDF.
    bool saveRegisterPdf(const QString& path);
    bool exportCsvTo(const QString& path, const QString& reason = {});

public Q_SLOTS:
    void reload();
    void printRegister();

private:
    QWidget* buildOverduePage();
    void reloadOverdue();
    void confirmDelete();
    void updateButtons();
    void setStatus(const QString& text);
    void showError(const QString& text);

    mamori::CaseFile& m_file;
    FilesModel* m_model = nullptr;
    AccessRightsModel* m_overdueModel = nullptr;
    ListFilterBar* m_filter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_overdueTable = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui
