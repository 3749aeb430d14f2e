#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class AreaDialog;
class AreasModel;
class ListFilterBar;

// The handling areas (取扱区域): filter by section and text, add, edit and delete areas, print
// the area designation sheet (取扱区域指定書) of the selected one, and export the list as CSV.
class AreasView : public QWidget {
    Q_OBJECT

public:
    explicit AreasView(mamori::CaseFile& file, QWidget* parent = nullptr);

    AreasModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ListFilterBar* filterBar() const { return m_filter; }
    std::optional<qint64> selectedAreaId() const;
    bool selectArea(qint64 id);
    QString statusText() const;

    AreaDialog* openAddDialog();
    AreaDialog* openEditDialog();
    // Deletes the selected area without asking; false (message shown) when core refuses, e.g.
    // while a file of the register names it.
    bool deleteSelected();
    // The selected area's designation sheet as a PDF (journaled as a print by core).
    bool saveSheetPdf(const QString& path);
    // Writes the filtered list as CSV through ExportGuard.
    bool exportCsvTo(const QString& path, const QString& reason = {});

public Q_SLOTS:
    void reload();
    void printSheet();

private:
    void confirmDelete();
    void updateButtons();
    void setStatus(const QString& text);
    void showError(const QString& text);

    mamori::CaseFile& m_file;
    AreasModel* m_model = nullptr;
    ListFilterBar* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mamori::ui
