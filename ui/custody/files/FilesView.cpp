#include "custody/files/FilesView.h"

#include "custody/files/AccessRightNames.h"
#include "custody/files/AccessRightsModel.h"
#include "custody/files/FilesModel.h"
#include "custody/files/PersonalInfoFileDialog.h"
#include "forms/FormRenderer.h"
#include "lists/ListCsvExport.h"
#include "lists/ListFilterBar.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "forms/CustodyForms.h"
#include "organisation/SectionService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
QTableView* makeTable(const char* name, QWidget* parent) {
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

FilesView::FilesView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("filesView"));
    m_filter = new ListFilterBar(
        ListFilterBar::Section | ListFilterBar::OverdueOnly | ListFilterBar::Text, this);
    m_filter->setSections(file.sections().list());
    m_model = new FilesModel(file, this);
    m_table = makeTable("filesTable", this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FilesModel::FileNo, Qt::AscendingOrder);

    auto* registerPage = new QWidget(this);
    auto* rv = new QVBoxLayout(registerPage);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(m_filter);
    rv->addWidget(m_table, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("filesTabs"));
    m_tabs->addTab(registerPage, tr("Register"));
    m_tabs->addTab(buildOverduePage(), tr("Overdue access reviews"));
    reloadOverdue(); // after the tab exists: its title carries the count

    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("Add…"), "addFileButton");
    m_edit = button(tr("Edit…"), "editFileButton");
    m_delete = button(tr("Delete"), "deleteFileButton");
    buttons->addStretch();
    m_print = button(tr("Print register…"), "printFileRegisterButton");
    m_pdf = button(tr("Save register as PDF…"), "saveFileRegisterPdfButton");
    m_export = button(tr("Export CSV…"), "exportFilesButton");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_filter, &ListFilterBar::filterChanged, m_model, &FilesModel::setFilter);
    connect(m_model, &PagedModelBase::loadFailed, this, &FilesView::setStatus);
    connect(m_model, &PagedModelBase::reloaded, this, [this](qint64 total) {
        if (total >= 0)
            setStatus(tr("%n file(s).", nullptr, static_cast<int>(total)));
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });
    connect(m_delete, &QPushButton::clicked, this, &FilesView::confirmDelete);
    connect(m_print, &QPushButton::clicked, this, &FilesView::printRegister);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save file register as PDF"), tr("file-register.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveRegisterPdf(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString status = ListCsvExport(m_file, *m_model, QStringLiteral("file"))
                                   .run(this, tr("file-register.csv"));
        if (!status.isEmpty())
            setStatus(status);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilesView::updateButtons);
    setStatus(m_model->totalCount() >= 0
                  ? tr("%n file(s).", nullptr, static_cast<int>(m_model->totalCount()))
                  : tr("You may not read the file register."));
    m_table->resizeColumnsToContents();
    updateButtons();
}

QWidget* FilesView::buildOverduePage() {
    auto* page = new QWidget(this);
    m_overdueModel = new AccessRightsModel(this);
    m_overdueTable = makeTable("overdueReviewsTable", page);
    m_overdueTable->setModel(m_overdueModel);
    auto* note = new QLabel(tr("Access rights not revoked whose review date has passed. Review "
                               "them in the file's editor (Access rights)."),
                            page);
    note->setWordWrap(true);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(note);
    v->addWidget(m_overdueTable, 1);
    return page;
}

void FilesView::reloadOverdue() {
    try {
        const QDate today = m_file.clock().now().toLocalTime().date();
        m_overdueModel->setRights(m_file.files().overdueReviews(m_file.session(), today),
                                  loadAccessRightNames(m_file, true), today);
    } catch (const Error&) {
        m_overdueModel->setRights({}, {}, QDate());
    }
    m_overdueTable->resizeColumnsToContents();
    const int n = m_overdueModel->rowCount();
    m_tabs->setTabText(1, n > 0 ? tr("Overdue access reviews (%1)").arg(n)
                                : tr("Overdue access reviews"));
}

void FilesView::showOverdueReviews() {
    reloadOverdue();
    m_tabs->setCurrentIndex(1);
}

void FilesView::reload() {
    const std::optional<qint64> selected = selectedFileId();
    m_filter->setSections(m_file.sections().list());
    m_model->reload();
    if (selected)
        selectFile(*selected);
    reloadOverdue();
    updateButtons();
}

std::optional<qint64> FilesView::selectedFileId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->row(rows.first().row()).id;
}

bool FilesView::selectFile(qint64 id) {
    int row = m_model->rowForId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowForId(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString FilesView::statusText() const {
    return m_status->text();
}

void FilesView::setStatus(const QString& text) {
    m_status->setText(text);
}

void FilesView::showError(const QString& text) {
    setStatus(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("File register"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("filesErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FilesView::updateButtons() {
    const Session& s = m_file.session();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::optional<qint64> section;
    if (!rows.isEmpty())
        section = m_model->row(rows.first().row()).sectionId;
    const bool reads = !s.scope(Permission::ReadPersonalData).isEmpty();
    m_add->setEnabled(!s.scope(Permission::WritePersonalData).isEmpty());
    m_edit->setEnabled(section && s.can(Permission::ReadPersonalData, *section));
    m_delete->setEnabled(section && s.can(Permission::WritePersonalData, *section));
    m_print->setEnabled(reads);
    m_pdf->setEnabled(reads);
    m_export->setEnabled(!s.scope(Permission::ExportPersonalData).isEmpty() && m_model->rowCount() > 0);
}

PersonalInfoFileDialog* FilesView::openAddDialog() {
    auto* dialog = new PersonalInfoFileDialog(m_file, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->saved()) {
            selectFile(dialog->saved()->id);
            setStatus(tr("File %1 was added.").arg(dialog->saved()->fileNo));
        }
    });
    dialog->open();
    return dialog;
}

PersonalInfoFileDialog* FilesView::openEditDialog() {
    const std::optional<qint64> id = selectedFileId();
    if (!id)
        return nullptr;
    PersonalInfoFileDialog* dialog = nullptr;
    try {
        dialog = new PersonalInfoFileDialog(m_file, *id, this);
    } catch (const Error& e) {
        showError(e.message());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Rights may have been granted or revoked even when the entry itself is not saved.
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        reload();
        if (result == QDialog::Accepted && dialog->saved())
            setStatus(tr("File %1 was saved.").arg(dialog->saved()->fileNo));
    });
    dialog->open();
    return dialog;
}

void FilesView::confirmDelete() {
    const std::optional<qint64> id = selectedFileId();
    if (!id)
        return;
    const QString no = m_model->row(m_table->selectionModel()->selectedRows().first().row()).fileNo;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Delete file"),
        tr("Delete the file %1 from the register, with its access rights?").arg(no),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDeleteFileBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = *id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && selectFile(id))
            deleteSelected();
    });
    box->open();
}

bool FilesView::deleteSelected() {
    const std::optional<qint64> id = selectedFileId();
    if (!id)
        return false;
    try {
        m_file.files().remove(m_file.session(), *id);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    setStatus(tr("The file was deleted from the register."));
    return true;
}

void FilesView::printRegister() {
    try {
        FormRenderer::preview(
            CustodyForms::fileRegister(m_file, m_file.session(), m_filter->filter().sectionId), this);
    } catch (const Error& e) {
        showError(e.message());
    }
}

bool FilesView::saveRegisterPdf(const QString& path) {
    try {
        QString error;
        if (!FormRenderer::writePdf(
                CustodyForms::fileRegister(m_file, m_file.session(), m_filter->filter().sectionId),
                path, &error)) {
            showError(error);
            return false;
        }
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    setStatus(tr("The file register was saved as %1.").arg(path));
    return true;
}

bool FilesView::exportCsvTo(const QString& path, const QString& reason) {
    try {
        const qint64 n = ListCsvExport(m_file, *m_model, QStringLiteral("file")).writeTo(path, reason);
        setStatus(tr("%n file(s) exported to %1.", nullptr, static_cast<int>(n)).arg(path));
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    return true;
}

} // namespace mamori::ui
