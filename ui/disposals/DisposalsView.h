#pragma once

#include "custody/DisposalService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class CertificatePanel;
class DisposalStepDialog;
class DisposalsModel;
class FormPrintButton;

// The disposal ledger screen (廃棄記録簿): a filter bar (state, section, planned-date range), the
// sortable list, the workflow steps (approve, destroyed or handed over, witnesses, verify,
// record, cancel), the plan editor, the printed forms (ledger, in-house certificate, labels), the certificate panel of the selected disposal, and CSV export through the
// ExportGuard. Reads on first show, not when the main window is built, so that opening the
// case journals no list nobody looked at.
class DisposalsView : public QWidget {
    Q_OBJECT

public:
    explicit DisposalsView(mamori::CaseFile& file, QWidget* parent = nullptr);

    DisposalsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CertificatePanel* certificatePanel() const { return m_panel; }
    mamori::DisposalFilter filterFromInputs() const;
    std::optional<mamori::Disposal> selectedDisposal() const;
    // Selects the row of `id` (after a reload), if shown.
    void select(qint64 id);
    QString statusText() const;
    // Lists every disposal planned from `from` to `to` (the dashboard's month), any state or section.
    void showPeriod(const QDate& from, const QDate& to);
    // Lists the day `d` is planned for (any state or section) and selects it: a scanned DS-…
    // label, a search hit. Listing one day, not every disposal, keeps this quick in a city file.
    void showDisposal(const mamori::Disposal& d);
    // The same by id (reads it through core); false when the session cannot see it.
    bool showDisposal(qint64 id);
    FormPrintButton* printButton() const { return m_print; }
    // Writes the listed disposals as CSV (UTF-8 with BOM) through a temporary file, after the
    // ExportGuard recorded the export; false (message shown, no file) when refused or failed.
    bool exportCsvTo(const QString& path, const QString& reason = {});

public Q_SLOTS:
    void reload();
    void newDisposal();
    void editSelected();
    void approveSelected();
    void verifySelected();
    void recordSelected();
    // Opens the step that comes next for the selected disposal (destroyed, handed over, a
    // witness) window-modal; null when there is none.
    DisposalStepDialog* openNextStep();
    // Asks why, then cancels the selected plan.
    void cancelSelected();
    // Cancels the selected plan; false (message shown) when core refused, e.g. an empty reason.
    bool cancelWithReason(const QString& reason);
    void exportCsv();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Runs one workflow step on the selected disposal; false (message shown) when none is
    // selected or core refused.
    bool runStep(const std::function<mamori::Disposal(qint64)>& step);
    void selectionChanged();
    void setStatus(const QString& text);
    void showMessage(const QString& text);

    mamori::CaseFile& m_file;
    DisposalsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_section = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    FormPrintButton* m_print = nullptr;
    CertificatePanel* m_panel = nullptr;
    QLabel* m_status = nullptr;
    bool m_loaded = false;
};

} // namespace mamori::ui
