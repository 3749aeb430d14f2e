#include "incidents/ReportsPage.h"

#include "common/FieldErrorLabel.h"
#include "common/OptionalDateEdit.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::ui {

QPlainTextEdit* ReportsPage::item(QFormLayout* form, const QString& label, const QString& field, const QString& name) {
    QPlainTextEdit* box = makeTextBox(2, m_inputs);
    addRow(form, label, box, field, name);
    return box;
}

ReportsPage::ReportsPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("reportsPage"));
    m_table = makeTable({tr("Law"), tr("Report"), tr("Due"), tr("Submitted on"), tr("Grounds ticked")},
                        QStringLiteral("reportsTable"));
    // Exactly the four reports (two laws, 速報 and 確報).
    m_table->setFixedHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                            m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_inputs = new QWidget(this);
    auto* form = new QFormLayout(m_inputs);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* which = new QWidget(m_inputs);
    auto* whichRow = new QHBoxLayout(which);
    whichRow->setContentsMargins(0, 0, 0, 0);
    m_regime = new QComboBox(which);
    m_regime->setObjectName(QStringLiteral("reportRegime"));
    for (Regime r : {Regime::Appi, Regime::MyNumber})
        m_regime->addItem(IncidentLabels::regime(r), regimeKey(r));
    m_kind = new QComboBox(which);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind k : {ReportKind::Preliminary, ReportKind::Final})
        m_kind->addItem(IncidentLabels::reportKind(k), reportKindKey(k));
    m_submittedOn = makeDateEdit(m_ctx.today(), which);
    m_submittedOn->setObjectName(QStringLiteral("reportSubmittedOn"));
    whichRow->addWidget(m_regime);
    whichRow->addWidget(m_kind);
    whichRow->addSpacing(12);
    whichRow->addWidget(new QLabel(tr("Submitted on:"), which));
    whichRow->addWidget(m_submittedOn);
    whichRow->addStretch();
    form->addRow(tr("Report:"), which);
    // Errors about the choice of report and its date go under the row.
    auto* whichErrors = new QWidget(m_inputs);
    auto* errorsRow = new QVBoxLayout(whichErrors);
    errorsRow->setContentsMargins(0, 0, 0, 0);
    for (const auto& [field, name] : {std::pair{"regime", "reportRegime"}, std::pair{"kind", "reportKind"},
                                      std::pair{"submitted_on", "reportSubmittedOn"}})
        errorsRow->addWidget(m_errors.add(QLatin1String(field), new FieldErrorLabel(QLatin1String(name), whichErrors)));
    form->addRow(QString(), whichErrors);

    m_summary = item(form, tr("1 Summary:"), QStringLiteral("summary"), QStringLiteral("reportSummary"));
    m_dataItems = item(form, tr("2 Data items:"), QStringLiteral("data_items"), QStringLiteral("reportDataItems"));
    auto* personsRow = new QWidget(m_inputs);
    auto* pr = new QHBoxLayout(personsRow);
    pr->setContentsMargins(0, 0, 0, 0);
    m_personsKnown = new QCheckBox(tr("known"), personsRow);
    m_personsKnown->setObjectName(QStringLiteral("reportPersonsKnown"));
    m_persons = new QSpinBox(personsRow);
    m_persons->setObjectName(QStringLiteral("reportPersonsValue"));
    m_persons->setRange(0, 100000000);
    m_persons->setGroupSeparatorShown(true);
    m_persons->setEnabled(false);
    pr->addWidget(m_personsKnown);
    pr->addWidget(m_persons, 1);
    connect(m_personsKnown, &QCheckBox::toggled, m_persons, &QWidget::setEnabled);
    addRow(form, tr("3 Persons:"), personsRow, QStringLiteral("persons"), QStringLiteral("reportPersons"));
    m_cause = item(form, tr("4 Cause:"), QStringLiteral("cause"), QStringLiteral("reportCause"));
    m_secondaryDamage = item(form, tr("5 Secondary damage:"), QStringLiteral("secondary_damage"),
                             QStringLiteral("reportSecondaryDamage"));
    m_individualResponse = item(form, tr("6 Response to individuals:"), QStringLiteral("individual_response"),
                                QStringLiteral("reportIndividualResponse"));
    m_publication = item(form, tr("7 Publication:"), QStringLiteral("publication"), QStringLiteral("reportPublication"));
    m_prevention = item(form, tr("8 Prevention:"), QStringLiteral("prevention"), QStringLiteral("reportPrevention"));
    m_other = item(form, tr("9 Other:"), QStringLiteral("other"), QStringLiteral("reportOther"));
    m_contact = new QLineEdit(m_inputs);
    m_contact->setMaxLength(500);
    addRow(form, tr("Contact:"), m_contact, QStringLiteral("contact"), QStringLiteral("reportContact"));
    m_otherBodies = new QLineEdit(m_inputs);
    m_otherBodies->setMaxLength(2000);
    m_otherBodies->setPlaceholderText(tr("e.g. reported to the police on …"));
    addRow(form, tr("Reports to other bodies:"), m_otherBodies, QStringLiteral("other_bodies"),
           QStringLiteral("reportOtherBodies"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    // The inputs wrap and stretch to the width; only the height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fill = new QPushButton(tr("Fill from the facts"), this);
    m_fill->setObjectName(QStringLiteral("reportFillButton"));
    m_file = new QPushButton(tr("File this report"), this);
    m_file->setObjectName(QStringLiteral("fileReportButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fill);
    buttons->addStretch();
    buttons->addWidget(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_fill, &QPushButton::clicked, this, &ReportsPage::fillFromFacts);
    connect(m_file, &QPushButton::clicked, this, &ReportsPage::fileReport);
}

void ReportsPage::setIncident(const Incident& i, const IncidentActions& can) {
    const bool first = m_id != i.id;
    m_id = i.id;
    m_incident = i;
    const IncidentAssessment* latest = i.latestAssessment();
    QList<QStringList> rows;
    for (Regime r : {Regime::Appi, Regime::MyNumber}) {
        const RegimeAssessment* verdict =
            latest ? (r == Regime::Appi ? &latest->result.appi : &latest->result.myNumber) : nullptr;
        for (ReportKind k : {ReportKind::Preliminary, ReportKind::Final}) {
            QString due = latest ? tr("not required") : tr("not assessed");
            const PpcReport* filed = i.report(r, k);
            if (verdict && verdict->reportable) {
                const QDate d = k == ReportKind::Preliminary ? verdict->preliminaryDue : verdict->finalDue;
                // Once filed, the days left no longer matter.
                due = filed ? m_ctx.date(d) : IncidentLabels::withDaysLeft(m_ctx.date(d), d, m_ctx.today());
            }
            rows << QStringList{IncidentLabels::regime(r), IncidentLabels::reportKind(k), due,
                                filed ? m_ctx.date(filed->submittedOn) : QString(),
                                filed ? filed->grounds.join(QStringLiteral(", ")) : QString()};
        }
    }
    setRows(m_table, rows);
    if (first)
        fillFromFacts();
    chooseNextDue(i);
    m_inputs->setEnabled(can.fileReport);
    m_fill->setEnabled(can.fileReport);
    m_file->setEnabled(can.fileReport);
}

void ReportsPage::chooseNextDue(const Incident& i) {
    if (const std::optional<DueReport> due = IncidentService::nextReportDue(i)) {
        m_regime->setCurrentIndex(m_regime->findData(regimeKey(due->regime)));
        m_kind->setCurrentIndex(m_kind->findData(reportKindKey(due->kind)));
    }
}

void ReportsPage::fillFromFacts() {
    const IncidentDetails& d = m_incident.details;
    m_summary->setPlainText(d.summary);
    m_dataItems->setPlainText(d.dataItems);
    m_personsKnown->setChecked(d.persons > 0);
    m_persons->setValue(static_cast<int>(qMin<qint64>(d.persons, m_persons->maximum())));
    m_cause->setPlainText(d.cause);
    m_secondaryDamage->setPlainText(d.secondaryDamage ? d.secondaryDamageDetails : tr("None known."));
}

PpcReport ReportsPage::draft() const {
    PpcReport r;
    r.regime = regimeFromKey(m_regime->currentData().toString()).value_or(Regime::Appi);
    r.kind = reportKindFromKey(m_kind->currentData().toString()).value_or(ReportKind::Preliminary);
    r.submittedOn = m_submittedOn->date();
    r.items.summary = m_summary->toPlainText();
    r.items.dataItems = m_dataItems->toPlainText();
    if (m_personsKnown->isChecked())
        r.items.persons = m_persons->value();
    r.items.cause = m_cause->toPlainText();
    r.items.secondaryDamage = m_secondaryDamage->toPlainText();
    r.items.individualResponse = m_individualResponse->toPlainText();
    r.items.publication = m_publication->toPlainText();
    r.items.prevention = m_prevention->toPlainText();
    r.items.other = m_other->toPlainText();
    r.contact = m_contact->text();
    r.otherBodies = m_otherBodies->text();
    return r;
}

void ReportsPage::fileReport() {
    const PpcReport r = draft();
    apply([&] { return m_ctx.service.fileReport(m_ctx.session(), m_id, r); });
}

} // namespace mamori::ui
