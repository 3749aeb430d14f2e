#include "custody/CarryOutsView.h"

#include "custody/CarryOutActions.h"
#include "custody/CarryOutLabels.h"
#include "custody/CarryOutListModel.h"
#include "custody/CarryOutWorkflow.h"
#include "forms/FormPrintButton.h"
#include "lists/ListCsvExport.h"
#include "lists/ListFilterBar.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "forms/CarryOutForms.h"
#include "forms/LabelForms.h"
#include "organisation/SectionService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kEntity = QStringLiteral("carry_out");
}

CarryOutsView::CarryOutsView(CaseFile& file, CarryOutWorkflow& workflow, QWidget* parent)
    : QWidget(parent), m_file(file), m_workflow(workflow) {
    setObjectName(QStringLiteral("carryOutsView"));
    auto* layout = new QVBoxLayout(this);
    const Session::Scope scope = file.session().scope(Permission::ReadPersonalData);
    if (scope.isEmpty()) {
        auto* denied = new QLabel(tr("Your account may not read the carry-out ledger."), this);
        denied->setObjectName(QStringLiteral("carryOutsNoPermissionLabel"));
        denied->setAlignment(Qt::AlignCenter);
        layout->addWidget(denied);
        return;
    }

    m_filter = new ListFilterBar(ListFilterBar::All, this);
    m_filter->setStates(CarryOutLabels::stateChoices());
    QList<mamori::Section> sections;
    for (const mamori::Section& s : file.sections().list())
        if (scope.all || scope.sections.contains(s.id))
            sections << s;
    m_filter->setSections(sections);
    m_filter->setDateRangeLabel(tr("&Departure from:"));
    layout->addWidget(m_filter);

    m_model = new CarryOutListModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("carryOutsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Fixed widths: ResizeToContents would measure every loaded row on each fetch.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(CarryOutListModel::ControlNo, fm.horizontalAdvance(QStringLiteral("CO-0000-000000")) + em);
    header->resizeSection(CarryOutListModel::State, fm.horizontalAdvance(QStringLiteral("返却期限超過")) + em * 2);
    header->resizeSection(CarryOutListModel::Section, fm.horizontalAdvance(QStringLiteral("保険年金課")) + em * 2);
    header->resizeSection(CarryOutListModel::ItemType, fm.horizontalAdvance(QStringLiteral("USBメモリ")) + em * 2);
    header->resizeSection(CarryOutListModel::Description, em * 14);
    header->resizeSection(CarryOutListModel::RecordCount, fm.horizontalAdvance(QStringLiteral("記録数")) + em * 2);
    header->resizeSection(CarryOutListModel::PlannedOut, fm.horizontalAdvance(QStringLiteral("令和00年00月00日")) + em);
    header->resizeSection(CarryOutListModel::PlannedReturn, fm.horizontalAdvance(QStringLiteral("令和00年00月00日")) + em);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    m_buttonRow = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_new = addButton(tr("New request…"), QStringLiteral("newCarryOutButton"));
    m_new->setEnabled(CarryOutActions::canRequest(file.session()));
    m_open = addButton(tr("Open…"), QStringLiteral("openCarryOutButton"));
    m_decide = addButton(tr("Approve or reject…"), QStringLiteral("decideCarryOutButton"));
    m_out = addButton(tr("Mark out…"), QStringLiteral("markOutCarryOutButton"));
    m_return = addButton(tr("Record return…"), QStringLiteral("returnCarryOutButton"));
    m_lost = addButton(tr("Report lost…"), QStringLiteral("lostCarryOutButton"));
    m_close = addButton(tr("Close entry…"), QStringLiteral("closeCarryOutButton"));
    buttons->addStretch();
    // The ledger and labels print what the filter lists (the ledger whole, not only the loaded page).
    m_print = new FormPrintButton(m_buttonRow);
    m_print->addForm(QStringLiteral("carryout-ledger"), tr("Carry-out ledger (持出簿) of the listed carry-outs"),
                     [this] { return CarryOutForms::carryOutLedger(m_file, m_file.session(), m_model->coreFilter()); });
    m_print->addForm(QStringLiteral("carryout-approval"), tr("Approval form (持出承認申請書) of the selected carry-out"),
                     [this] { return CarryOutForms::carryOutApproval(m_file, m_file.session(), selected()->id); },
                     [this] { return selected() != nullptr; });
    m_print->addForm(QStringLiteral("label"), tr("Label of the selected carry-out"),
                     [this] { return LabelForms::carryOutLabel(m_file, m_file.session(), selected()->id); },
                     [this] { return selected() != nullptr; });
    m_print->addForm(QStringLiteral("labels"), tr("Labels of the listed carry-outs"),
                     [this] { return LabelForms::carryOutLabels(m_file, m_file.session(), m_model->coreFilter()); });
    buttons->addWidget(m_print);
    m_export = addButton(tr("Export CSV…"), QStringLiteral("exportCarryOutsButton"));
    m_export->setEnabled(!file.session().scope(Permission::ExportPersonalData).isEmpty());
    layout->addWidget(m_buttonRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("carryOutsStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_filter, &ListFilterBar::filterChanged, m_model, &CarryOutListModel::setFilter);
    connect(m_model, &PagedModelBase::reloaded, this, [this] {
        updateStatus();
        updateButtons();
    });
    connect(m_model, &PagedModelBase::loadFailed, this, [this](const QString& message) { m_status->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CarryOutsView::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.openDetail(c->id, window());
    });
    connect(m_new, &QPushButton::clicked, this, [this] { m_workflow.newRequest(window()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.openDetail(c->id, window());
    });
    connect(m_decide, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.decide(*c, window());
    });
    connect(m_out, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.confirmMarkOut(*c, window());
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.recordReturn(*c, window());
    });
    connect(m_lost, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.reportLost(*c, window());
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (const CarryOut* c = selected())
            m_workflow.confirmClose(*c, window());
    });
    connect(m_export, &QPushButton::clicked, this, &CarryOutsView::exportCsv);
    connect(&m_workflow, &CarryOutWorkflow::changed, this, [this](qint64 id) {
        refresh();
        select(id);
    });
    updateStatus();
    updateButtons();
}

QPushButton* CarryOutsView::addButton(const QString& text, const QString& name) {
    auto* b = new QPushButton(text, m_buttonRow);
    b->setObjectName(name);
    m_buttonRow->layout()->addWidget(b);
    return b;
}

const CarryOut* CarryOutsView::selected() const {
    if (!m_table)
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->row(rows.first().row());
}

void CarryOutsView::select(qint64 id) {
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void CarryOutsView::updateButtons() {
    if (!m_model)
        return;
    const CarryOut* c = selected();
    const CarryOutActions can = c ? CarryOutActions::of(m_file.session(), *c) : CarryOutActions();
    m_open->setEnabled(c != nullptr);
    m_decide->setEnabled(can.decide);
    m_out->setEnabled(can.markOut);
    m_return->setEnabled(can.markReturned);
    m_lost->setEnabled(can.markLost);
    m_close->setEnabled(can.close);
    m_print->refresh();
}

void CarryOutsView::updateStatus() {
    if (!m_model)
        return;
    const qint64 total = m_model->totalCount();
    m_status->setText(total < 0 ? QString() : tr("%n carry-out(s)", nullptr, static_cast<int>(total)));
}

QString CarryOutsView::statusText() const {
    return m_status ? m_status->text() : QString();
}

void CarryOutsView::refresh() {
    if (!m_model)
        return;
    const CarryOut* c = selected();
    const qint64 id = c ? c->id : 0;
    m_model->reload();
    if (id)
        select(id);
}

void CarryOutsView::exportCsv() {
    if (!m_model)
        return;
    try {
        // The list holds the sections the session reads: each of them must be exportable too.
        const Session& actor = m_file.session();
        const Session::Scope exportable = actor.scope(Permission::ExportPersonalData);
        const Session::Scope readable = actor.scope(Permission::ReadPersonalData);
        bool covered = exportable.all;
        if (!covered && !readable.all) {
            covered = true;
            for (qint64 section : readable.sections)
                covered = covered && exportable.sections.contains(section);
        }
        if (m_model->filter().sectionId)
            m_file.require(actor, Permission::ExportPersonalData, m_model->filter().sectionId, kEntity);
        else if (!covered)
            m_file.require(actor, Permission::ExportPersonalData, std::nullopt, kEntity);
    } catch (const Error& e) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export CSV"), e.message(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("carryOutErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    ListCsvExport exporter(m_file, *m_model, kEntity);
    const QString status = exporter.run(this, QStringLiteral("carry-outs.csv"));
    if (!status.isEmpty())
        m_status->setText(status);
}

} // namespace mamori::ui
