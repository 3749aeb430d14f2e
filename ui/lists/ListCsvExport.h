#pragma once

#include <QString>

class QWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class PagedModelBase;

// Exports what a list shows (every row matching its filter, in its order, not only the loaded
// pages) as CSV through ExportGuard (seed 000 Art. 19): above the case file's threshold a reason
// is required, and every export is journaled with its count and reason. The file is written to a
// temporary name and renamed into place only once the export is on record, so a refused or
// failed export leaves nothing behind.
//
// Permission to export is the caller's to check (it knows the section); reading goes through
// the model, i.e. through the core service and its permission checks.
class ListCsvExport {
public:
    // `entity` is the journal's record type of the list ("carry_out", "person"…).
    ListCsvExport(mamori::CaseFile& file, PagedModelBase& model, QString entity);

    // Whether the list as filtered now needs a reason (from the model's total).
    bool needsReason() const;
    int threshold() const;

    // Writes the CSV to `path`; returns the rows written. Throws mamori::Error: InvalidArgument
    // with field "reason" when a needed reason is missing, IoError when writing fails.
    qint64 writeTo(const QString& path, const QString& reason);

    // The interactive export for a list's "Export CSV…" button: asks for the file (suggesting
    // `suggestedName`) and, when needed, the reason; shows errors in a message box over
    // `parent`. Returns a status line for the view ("" when cancelled).
    QString run(QWidget* parent, const QString& suggestedName);

private:
    static constexpr int kBatch = 2000;
    mamori::CaseFile& m_file;
    PagedModelBase& m_model;
    QString m_entity;
};

} // namespace mamori::ui
