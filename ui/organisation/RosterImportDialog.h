#pragma once

#include "organisation/RosterCsv.h"
#include "organisation/RosterImport.h"

#include <QByteArray>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class FieldErrorLabel;
class RosterPreviewModel;

// Imports a staff roster CSV (what the personnel section's Excel writes): choose the file, read
// it as detected (a BOM or valid UTF-8, else CP932) or as chosen, and see every row with what
// will happen to it and every refused row with its line number and reason. Nothing is written
// until "Import"; then only the valid rows are imported, or nothing at all when "all or
// nothing" is ticked and a row is refused. Cancel leaves the case file as it was.
class RosterImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit RosterImportDialog(mamori::CaseFile& file, QWidget* parent = nullptr);

    // Reads the file and shows the preview; false (message under the file field) when it cannot
    // be read as a roster.
    bool setFilePath(const QString& path);
    void setEncoding(mamori::RosterEncoding encoding);
    void setAllOrNothing(bool on);
    // The encoding the file was read as (after auto-detection).
    std::optional<mamori::RosterEncoding> usedEncoding() const;
    const mamori::RosterImportReport& previewReport() const { return m_preview; }
    // What the import wrote; set once accept() succeeded.
    const std::optional<mamori::RosterImportReport>& imported() const { return m_imported; }
    RosterPreviewModel* previewModel() const { return m_model; }
    QString countsText() const;
    QString fileError() const;
    QString importError() const;

    // Imports (the "Import" button) and closes on success.
    void accept() override;

private:
    void browse();
    void reparse();
    void showPreview();
    void updateImportButton();

    mamori::CaseFile& m_file;
    QByteArray m_bytes;
    std::optional<mamori::RosterParseResult> m_parsed;
    mamori::RosterImportReport m_preview;
    std::optional<mamori::RosterImportReport> m_imported;
    QLineEdit* m_path = nullptr;
    FieldErrorLabel* m_fileError = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_detected = nullptr;
    QCheckBox* m_allOrNothing = nullptr;
    RosterPreviewModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_counts = nullptr;
    FieldErrorLabel* m_importError = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace mamori::ui
