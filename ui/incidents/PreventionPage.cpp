#include "incidents/PreventionPage.h"

#include "common/FieldErrorLabel.h"
#include "common/OptionalDateEdit.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

PreventionPage::PreventionPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("preventionPage"));
    m_table = makeTable({tr("Measure"), tr("Owner"), tr("Due"), tr("Status"), tr("Shared with")},
                        QStringLiteral("measuresTable"));
    auto* box = new QGroupBox(tr("Measure"), this);
    m_inputs = box;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_description = makeTextBox(2, box);
    addRow(form, tr("&Measure:"), m_description, QStringLiteral("description"), QStringLiteral("measureDescription"));
    m_owner = new QComboBox(box);
    fillPeople(m_owner, m_ctx.names, tr("(choose)"));
    addRow(form, tr("&Owner:"), m_owner, QStringLiteral("owner"), QStringLiteral("measureOwner"));
    m_due = makeDateEdit(m_ctx.today().addMonths(1), box);
    addRow(form, tr("&Due on:"), m_due, QStringLiteral("due_on"), QStringLiteral("measureDue"));
    m_status = new QComboBox(box);
    for (MeasureStatus s : {MeasureStatus::Planned, MeasureStatus::InProgress, MeasureStatus::Done})
        m_status->addItem(IncidentLabels::measureStatus(s), measureStatusKey(s));
    addRow(form, tr("&Status:"), m_status, QStringLiteral("status"), QStringLiteral("measureStatus"));
    m_sections = new QListWidget(box);
    m_sections->setFixedHeight(m_sections->fontMetrics().lineSpacing() * 4 + 12);
    for (const mamori::Section& s : m_ctx.names.sections) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2").arg(s.code, s.name), m_sections);
        item->setData(Qt::UserRole, s.id);
        item->setCheckState(Qt::Unchecked);
    }
    addRow(form, tr("Shared &with:"), m_sections, QStringLiteral("shared_with"), QStringLiteral("measureShared"));
    m_add = new QPushButton(tr("Add measure"), box);
    m_add->setObjectName(QStringLiteral("addMeasureButton"));
    m_update = new QPushButton(tr("Update the selected measure"), box);
    m_update->setObjectName(QStringLiteral("updateMeasureButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_update);
    buttons->addStretch();
    form->addRow(QString(), buttons);
    // Errors about the measure picked in the table (e.g. it is gone) appear under the buttons.
    auto* measureError = new FieldErrorLabel(QStringLiteral("measureSelected"), box);
    form->addRow(QString(), m_errors.add(QStringLiteral("measure"), measureError));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    connect(m_add, &QPushButton::clicked, this, &PreventionPage::addMeasure);
    connect(m_update, &QPushButton::clicked, this, &PreventionPage::updateSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PreventionPage::selectionChanged);
}

void PreventionPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    m_measures = i.measures;
    QList<QStringList> rows;
    for (const PreventionMeasure& m : i.measures) {
        QStringList shared;
        for (qint64 s : m.sharedWithSections)
            shared << m_ctx.names.section(s);
        rows << QStringList{m.description.simplified(), m_ctx.names.person(m.ownerPerson), m_ctx.date(m.dueOn),
                            IncidentLabels::measureStatus(m.status), shared.join(QStringLiteral(", "))};
    }
    setRows(m_table, rows);
    m_may = can.recordPrevention;
    m_inputs->setEnabled(m_may);
    selectionChanged();
}

void PreventionPage::selectionChanged() {
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_measures.size() && !m_table->selectedItems().isEmpty();
    m_update->setEnabled(m_may && selected);
    if (!selected)
        return;
    const PreventionMeasure& m = m_measures.at(row);
    m_status->setCurrentIndex(m_status->findData(measureStatusKey(m.status)));
    for (int r = 0; r < m_sections->count(); ++r) {
        QListWidgetItem* item = m_sections->item(r);
        item->setCheckState(m.sharedWithSections.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
}

QList<qint64> PreventionPage::sharedSections() const {
    QList<qint64> out;
    for (int r = 0; r < m_sections->count(); ++r)
        if (m_sections->item(r)->checkState() == Qt::Checked)
            out << m_sections->item(r)->data(Qt::UserRole).toLongLong();
    return out;
}

PreventionMeasure PreventionPage::draft() const {
    PreventionMeasure m;
    m.description = m_description->toPlainText();
    m.ownerPerson = m_owner->currentData().isValid() ? m_owner->currentData().toLongLong() : 0;
    m.dueOn = m_due->date();
    m.status = measureStatusFromKey(m_status->currentData().toString()).value_or(MeasureStatus::Planned);
    m.sharedWithSections = sharedSections();
    return m;
}

void PreventionPage::addMeasure() {
    const PreventionMeasure m = draft();
    if (apply([&] { return m_ctx.service.addPreventionMeasure(m_ctx.session(), m_id, m); }))
        m_description->clear();
}

void PreventionPage::updateSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_measures.size())
        return;
    const qint64 measureId = m_measures.at(row).id;
    const MeasureStatus status = measureStatusFromKey(m_status->currentData().toString()).value_or(MeasureStatus::Planned);
    const QList<qint64> shared = sharedSections();
    apply([&] { return m_ctx.service.updatePreventionMeasure(m_ctx.session(), m_id, measureId, status, shared); });
}

} // namespace mamori::ui
