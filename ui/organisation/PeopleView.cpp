#include "organisation/PeopleView.h"

#include "lists/ListFilterBar.h"
#include "organisation/PeopleModel.h"
#include "organisation/PersonDialog.h"
#include "organisation/RosterImportDialog.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "exporting/ExportGuard.h"
#include "organisation/RosterImport.h"
#include "organisation/SectionService.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

PeopleView::PeopleView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("peopleView"));
    m_filter = new ListFilterBar(ListFilterBar::Section | ListFilterBar::Text, this);
    m_filter->setSections(file.sections().list());
    m_employment = new QComboBox(this);
    m_employment->setObjectName(QStringLiteral("employmentFilter"));
    m_employment->addItem(tr("Any employment"), QVariant());
    for (EmploymentType t : allEmploymentTypes())
        m_employment->addItem(employmentLabel(t), static_cast<int>(t));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_employment);

    m_model = new PeopleModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::StaffNo, Qt::AscendingOrder);
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
    m_add = button(tr("Add…"), "addPersonButton");
    m_edit = button(tr("Edit…"), "editPersonButton");
    buttons->addStretch();
    m_import = button(tr("Import roster…"), "importRosterButton");
    m_export = button(tr("Export roster CSV…"), "exportRosterButton");
    m_export->setToolTip(tr("Everyone of the chosen section (or of all sections), in the "
                            "roster format the import reads."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("peopleStatusLabel"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_filter, &ListFilterBar::filterChanged, m_model, &PeopleModel::setFilter);
    connect(m_employment, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_employment->currentData();
        m_model->setEmployment(v.isValid() ? std::optional<EmploymentType>(
                                                 static_cast<EmploymentType>(v.toInt()))
                                           : std::nullopt);
    });
    connect(m_model, &PagedModelBase::loadFailed, this, &PeopleView::setStatus);
    connect(m_model, &PagedModelBase::reloaded, this, [this](qint64 total) {
        if (total >= 0 && m_model->readable())
            setStatus(tr("%n person(s).", nullptr, static_cast<int>(total)));
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });
    connect(m_import, &QPushButton::clicked, this, [this] { openImportDialog(); });
    connect(m_export, &QPushButton::clicked, this, &PeopleView::exportRoster);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeopleView::updateButtons);
    if (!m_model->readable())
        setStatus(tr("Your roles do not let you read staff records; you can still add people "
                     "and import the roster."));
    else if (m_model->totalCount() >= 0)
        setStatus(tr("%n person(s).", nullptr, static_cast<int>(m_model->totalCount())));
    m_table->resizeColumnsToContents();
    updateButtons();
}

void PeopleView::reload() {
    const std::optional<qint64> selected = selectedPersonId();
    m_filter->setSections(m_file.sections().list());
    m_model->reload();
    if (selected)
        selectPerson(*selected);
    updateButtons();
}

std::optional<qint64> PeopleView::selectedPersonId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->row(rows.first().row()).id;
}

bool PeopleView::selectPerson(qint64 id) {
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

QString PeopleView::statusText() const {
    return m_status->text();
}

void PeopleView::setStatus(const QString& text) {
    m_status->setText(text);
}

void PeopleView::updateButtons() {
    const Session& s = m_file.session();
    const bool manage = s.can(Permission::ManageOrganisation);
    m_add->setEnabled(manage);
    m_import->setEnabled(manage);
    m_edit->setEnabled(manage && selectedPersonId().has_value());
    m_export->setEnabled(!s.scope(Permission::ExportPersonalData).isEmpty());
}

PersonDialog* PeopleView::openAddDialog() {
    auto* dialog = new PersonDialog(m_file, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->saved()) {
            selectPerson(dialog->saved()->id);
            setStatus(tr("%1 was added.").arg(dialog->saved()->staffNo));
        }
    });
    dialog->open();
    return dialog;
}

PersonDialog* PeopleView::openEditDialog() {
    const std::optional<qint64> id = selectedPersonId();
    if (!id)
        return nullptr;
    PersonDialog* dialog = nullptr;
    try {
        dialog = new PersonDialog(m_file, *id, this);
    } catch (const Error& e) {
        setStatus(e.message());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (dialog->saved())
            setStatus(tr("%1 was saved.").arg(dialog->saved()->staffNo));
    });
    dialog->open();
    return dialog;
}

RosterImportDialog* PeopleView::openImportDialog() {
    auto* dialog = new RosterImportDialog(m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        if (const auto& r = dialog->imported())
            setStatus(tr("Roster imported: %1 new, %2 updated, %3 refused.")
                          .arg(r->created)
                          .arg(r->updated)
                          .arg(r->refused.size()));
    });
    dialog->open();
    return dialog;
}

void PeopleView::exportRoster() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export roster"),
                                                      tr("roster.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString reason;
    ExportGuard guard(m_file);
    // Seed 000 Art. 19: a large export needs its reason on record before anything is written.
    // The roster holds everyone of the filtered section (the other filters only narrow the
    // screen), as many as the last reading found.
    const auto count = static_cast<int>(m_model->snapshotSize());
    if (guard.needsReason(count)) {
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Reason for the export"),
            tr("You are exporting %1 staff records. An export of more than %2 records needs a "
               "reason on record.\nReason:")
                .arg(count)
                .arg(guard.threshold()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    exportRosterTo(path, reason);
}

bool PeopleView::exportRosterTo(const QString& path, const QString& reason) {
    try {
        const QByteArray csv =
            RosterImport(m_file).exportCsv(m_file.session(), m_filter->filter().sectionId, reason);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
            throw Error(ErrorCode::IoError, tr("The file could not be written: %1").arg(out.errorString()));
    } catch (const Error& e) {
        setStatus(e.message());
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export roster"), e.message(),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("peopleErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    setStatus(tr("The roster was exported to %1.").arg(path));
    return true;
}

} // namespace mamori::ui
