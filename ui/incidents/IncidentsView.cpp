#include "incidents/IncidentsView.h"


#include "incidents/IncidentDesk.h"
#include "incidents/IncidentLabels.h"
#include "incidents/IncidentsModel.h"
#include "lists/ListFilter.h"
#include "lists/ListFilterBar.h"

#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori::ui {

IncidentsView::IncidentsView(CaseFile& file, IncidentDesk& desk, QWidget* parent)
    : QWidget(parent), m_file(file), m_desk(desk) {
    setObjectName(QStringLiteral("incidentsView"));
    auto* layout = new QVBoxLayout(this);
    auto* report = new QPushButton(tr("Report an incident…"), this);
    report->setObjectName(QStringLiteral("reportIncidentButton"));
    report->setEnabled(!file.session().isRecovery());
    connect(report, &QPushButton::clicked, this, [this] { m_desk.reportNew(window()); });

    const Session::Scope scope = file.session().scope(Permission::ReadPersonalData);
    if (scope.isEmpty()) {
        auto* denied = new QLabel(tr("Your account may not read leak incidents. You can still report one."), this);
        denied->setObjectName(QStringLiteral("incidentsNoPermissionLabel"));
        denied->setAlignment(Qt::AlignCenter);
        layout->addWidget(denied, 1);
        layout->addWidget(report, 0, Qt::AlignCenter);
        return;
    }

    auto* filterRow = new QHBoxLayout;
    m_filter = new ListFilterBar(ListFilterBar::State | ListFilterBar::Section | ListFilterBar::Text, this);
    m_filter->setStates(IncidentLabels::stateChoices());
    QList<mamori::Section> sections;
    for (const mamori::Section& s : file.sections().list())
        if (scope.all || scope.sections.contains(s.id))
            sections << s;
    m_filter->setSections(sections);
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("incidentsOpenOnly"));
    m_openOnly->setChecked(true);
    filterRow->addWidget(m_openOnly);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_model = new IncidentsModel(file, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(IncidentsModel::IncidentNo, fm.horizontalAdvance(QStringLiteral("IN-0000-000000")) + em);
    header->resizeSection(IncidentsModel::Section, fm.horizontalAdvance(QStringLiteral("保険年金課")) + em * 2);
    header->resizeSection(IncidentsModel::State, fm.horizontalAdvance(QStringLiteral("報告連絡済み")) + em * 2);
    header->resizeSection(IncidentsModel::AwareAt, fm.horizontalAdvance(QStringLiteral("令和00年00月00日 00時00分")) + em);
    header->resizeSection(IncidentsModel::Summary, em * 22);
    header->resizeSection(IncidentsModel::Reportable, fm.horizontalAdvance(QStringLiteral("個人情報保護法、番号法")) + em);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(report);
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("openIncidentButton"));
    buttons->addWidget(m_open);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("incidentsStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_filter, &ListFilterBar::filterChanged, m_model, &IncidentsModel::setFilter);
    connect(m_openOnly, &QCheckBox::toggled, m_model, &IncidentsModel::setOpenOnly);
    connect(m_model, &PagedModelBase::reloaded, this, [this] {
        updateStatus();
        m_open->setEnabled(selectedId() != 0);
    });
    connect(m_model, &PagedModelBase::loadFailed, this, [this](const QString& message) { m_status->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(selectedId() != 0); });
    connect(m_table, &QTableView::activated, this, &IncidentsView::openSelected);
    connect(m_open, &QPushButton::clicked, this, &IncidentsView::openSelected);
    connect(&m_desk, &IncidentDesk::changed, this, [this](qint64 id) {
        refresh();
        select(id);
    });
    updateStatus();
    m_open->setEnabled(false);
}

qint64 IncidentsView::selectedId() const {
    if (!m_table)
        return 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).id;
}

void IncidentsView::select(qint64 id) {
    if (!m_model)
        return;
    const int row = m_model->rowForId(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void IncidentsView::openSelected() {
    if (const qint64 id = selectedId())
        m_desk.openEditor(id, window());
}

void IncidentsView::updateStatus() {
    if (!m_model)
        return;
    const qint64 total = m_model->totalCount();
    m_status->setText(total < 0 ? QString() : tr("%n incident(s)", nullptr, static_cast<int>(total)));
}

QString IncidentsView::statusText() const {
    return m_status ? m_status->text() : QString();
}

void IncidentsView::showStage(std::optional<IncidentState> stage) {
    m_openOnly->setChecked(true);
    ListFilter filter;
    if (stage)
        filter.state = incidentStateKey(*stage);
    m_filter->setFilter(filter);
}

void IncidentsView::refresh() {
    if (!m_model)
        return;
    const qint64 id = selectedId();
    m_model->reload();
    if (id)
        select(id);
}

} // namespace mamori::ui
