#include "custody/areas/AreasView.h"

#include "custody/areas/AreaDialog.h"
#include "custody/areas/AreasModel.h"
#include "forms/FormRenderer.h"
#include "lists/ListCsvExport.h"
#include "lists/ListFilterBar.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "forms/CustodyForms.h"
#include "organisation/SectionService.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

AreasView::AreasView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("areasView"));
    m_filter = new ListFilterBar(ListFilterBar::Section | ListFilterBar::Text, this);
    m_filter->setSections(file.sections().list());
    m_model = new AreasModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("areasTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AreasModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    m_add = button(tr("Add…"), "addAreaButton");
    m_edit = button(tr("Edit…"), "editAreaButton");
    m_delete = button(tr("Delete"), "deleteAreaButton");
    buttons->addStretch();
    m_print = button(tr("Print designation sheet…"), "printAreaSheetButton");
    m_pdf = button(tr("Save sheet as PDF…"), "saveAreaSheetPdfButton");
    m_export = button(tr("Export CSV…"), "exportAreasButton");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("areasStatusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_filter, &ListFilterBar::filterChanged, m_model, &AreasModel::setFilter);
    connect(m_model, &PagedModelBase::loadFailed, this, &AreasView::setStatus);
    connect(m_model, &PagedModelBase::reloaded, this, [this](qint64 total) {
        if (total >= 0)
            setStatus(tr("%n area(s).", nullptr, static_cast<int>(total)));
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });
    connect(m_delete, &QPushButton::clicked, this, &AreasView::confirmDelete);
    connect(m_print, &QPushButton::clicked, this, &AreasView::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save designation sheet as PDF"), tr("area-sheet.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveSheetPdf(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString status = ListCsvExport(m_file, *m_model, QStringLiteral("area"))
                                   .run(this, tr("handling-areas.csv"));
        if (!status.isEmpty())
            setStatus(status);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AreasView::updateButtons);
    setStatus(m_model->totalCount() >= 0
                  ? tr("%n area(s).", nullptr, static_cast<int>(m_model->totalCount()))
                  : tr("You may not read the handling areas."));
    m_table->resizeColumnsToContents();
    updateButtons();
}

void AreasView::reload() {
    const std::optional<qint64> selected = selectedAreaId();
    m_filter->setSections(m_file.sections().list());
    m_model->reload();
    if (selected)
        selectArea(*selected);
    updateButtons();
}

std::optional<qint64> AreasView::selectedAreaId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->row(rows.first().row()).id;
}

bool AreasView::selectArea(qint64 id) {
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

QString AreasView::statusText() const {
    return m_status->text();
}

void AreasView::setStatus(const QString& text) {
    m_status->setText(text);
}

void AreasView::showError(const QString& text) {
    setStatus(text);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Handling areas"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("areasErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AreasView::updateButtons() {
    const Session& s = m_file.session();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::optional<qint64> section;
    if (!rows.isEmpty())
        section = m_model->row(rows.first().row()).sectionId;
    m_add->setEnabled(!s.scope(Permission::WritePersonalData).isEmpty());
    m_edit->setEnabled(section && s.can(Permission::ReadPersonalData, *section));
    m_delete->setEnabled(section && s.can(Permission::WritePersonalData, *section));
    m_print->setEnabled(section.has_value());
    m_pdf->setEnabled(section.has_value());
    m_export->setEnabled(!s.scope(Permission::ExportPersonalData).isEmpty() && m_model->rowCount() > 0);
}

AreaDialog* AreasView::openAddDialog() {
    auto* dialog = new AreaDialog(m_file, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->saved()) {
            selectArea(dialog->saved()->id);
            setStatus(tr("Area %1 was added.").arg(dialog->saved()->areaCode));
        }
    });
    dialog->open();
    return dialog;
}

AreaDialog* AreasView::openEditDialog() {
    const std::optional<qint64> id = selectedAreaId();
    if (!id)
        return nullptr;
    AreaDialog* dialog = nullptr;
    try {
        dialog = new AreaDialog(m_file, *id, this);
    } catch (const Error& e) {
        showError(e.message());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->saved())
            setStatus(tr("Area %1 was saved.").arg(dialog->saved()->areaCode));
    });
    dialog->open();
    return dialog;
}

void AreasView::confirmDelete() {
    const std::optional<qint64> id = selectedAreaId();
    if (!id)
        return;
    const QString code = m_model->row(m_table->selectionModel()->selectedRows().first().row()).areaCode;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete handling area"),
                                tr("Delete the handling area %1 with its measures and handlers?")
                                    .arg(code),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDeleteAreaBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = *id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && selectArea(id))
            deleteSelected();
    });
    box->open();
}

bool AreasView::deleteSelected() {
    const std::optional<qint64> id = selectedAreaId();
    if (!id)
        return false;
    try {
        m_file.areas().remove(m_file.session(), *id);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    setStatus(tr("The area was deleted."));
    return true;
}

void AreasView::printSheet() {
    const std::optional<qint64> id = selectedAreaId();
    if (!id)
        return;
    try {
        FormRenderer::preview(CustodyForms::areaSheet(m_file, m_file.session(), *id), this);
    } catch (const Error& e) {
        showError(e.message());
    }
}

bool AreasView::saveSheetPdf(const QString& path) {
    const std::optional<qint64> id = selectedAreaId();
    if (!id)
        return false;
    try {
        QString error;
        if (!FormRenderer::writePdf(CustodyForms::areaSheet(m_file, m_file.session(), *id), path,
                                    &error)) {
            showError(error);
            return false;
        }
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    setStatus(tr("The designation sheet was saved as %1.").arg(path));
    return true;
}

bool AreasView::exportCsvTo(const QString& path, const QString& reason) {
    try {
        const qint64 n = ListCsvExport(m_file, *m_model, QStringLiteral("area")).writeTo(path, reason);
        setStatus(tr("%n area(s) exported to %1.", nullptr, static_cast<int>(n)).arg(path));
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    return true;
}

} // namespace mamori::ui
