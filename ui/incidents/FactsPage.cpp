#include "incidents/FactsPage.h"

#include "common/OptionalDateEdit.h"
#include "incidents/IncidentContext.h"
#include "incidents/IncidentInputs.h"
#include "incidents/IncidentLabels.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "custody/PersonalInfoFileService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::ui {

QCheckBox* FactsPage::flag(const QString& text, const QString& name) {
    auto* box = new QCheckBox(text, m_inputs);
    box->setObjectName(name);
    return box;
}

FactsPage::FactsPage(IncidentContext& context, QWidget* parent) : IncidentPage(context, parent) {
    setObjectName(QStringLiteral("factsPage"));
    m_inputs = new QWidget(this);
    auto* form = new QFormLayout(m_inputs);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_summary = makeTextBox(3, m_inputs);
    addRow(form, tr("&Summary:"), m_summary, QStringLiteral("summary"), QStringLiteral("factsSummary"));
    auto* kindRow = new QWidget(m_inputs);
    auto* kind = new QHBoxLayout(kindRow);
    kind->setContentsMargins(0, 0, 0, 0);
    m_leakType = new QComboBox(kindRow);
    m_leakType->setObjectName(QStringLiteral("factsLeakType"));
    for (LeakType t : allLeakTypes())
        m_leakType->addItem(IncidentLabels::leakType(t), leakTypeKey(t));
    m_suspected = flag(tr("Suspected, not confirmed"), QStringLiteral("factsSuspected"));
    m_medium = new QComboBox(kindRow);
    m_medium->setObjectName(QStringLiteral("factsMedium"));
    for (LeakMedium m : allLeakMedia())
        m_medium->addItem(IncidentLabels::medium(m), leakMediumKey(m));
    kind->addWidget(m_leakType);
    kind->addWidget(m_suspected);
    kind->addSpacing(12);
    kind->addWidget(new QLabel(tr("Medium:"), kindRow));
    kind->addWidget(m_medium);
    kind->addStretch();
    form->addRow(tr("Kind:"), kindRow);
    m_dataItems = new QLineEdit(m_inputs);
    m_dataItems->setMaxLength(2000);
    m_dataItems->setPlaceholderText(tr("e.g. name, address, My Number (never the data itself)"));
    addRow(form, tr("&Data items:"), m_dataItems, QStringLiteral("data_items"), QStringLiteral("factsDataItems"));
    m_persons = new QSpinBox(m_inputs);
    m_persons->setRange(0, 100000000);
    m_persons->setGroupSeparatorShown(true);
    addRow(form, tr("&Persons concerned:"), m_persons, QStringLiteral("persons"), QStringLiteral("factsPersons"));

    // The flags the rules look at (BRIEF §3), in two columns.
    auto* flags = new QGroupBox(tr("What the reportability rules look at"), m_inputs);
    auto* grid = new QGridLayout(flags);
    m_sensitive = flag(tr("Sensitive personal information (要配慮)"), QStringLiteral("factsSensitive"));
    m_ordinanceSensitive = flag(tr("Ordinance-sensitive information"), QStringLiteral("factsOrdinanceSensitive"));
    m_propertyDamageRisk = flag(tr("Risk of property damage"), QStringLiteral("factsPropertyDamageRisk"));
    m_improperPurpose = flag(tr("Improper purpose (e.g. theft, unauthorised access)"), QStringLiteral("factsImproperPurpose"));
    m_advancedEncryption = flag(tr("Protected by advanced encryption"), QStringLiteral("factsAdvancedEncryption"));
    m_myNumber = flag(tr("My Numbers involved"), QStringLiteral("factsMyNumber"));
    m_myNumberSystem = flag(tr("From the information-provision network or a number-use system"),
                            QStringLiteral("factsMyNumberSystem"));
    m_publicExposure = flag(tr("Viewable electronically by unspecified persons"), QStringLiteral("factsPublicExposure"));
    const QList<QCheckBox*> left{m_sensitive, m_ordinanceSensitive, m_propertyDamageRisk, m_improperPurpose,
                                 m_advancedEncryption};
    const QList<QCheckBox*> right{m_myNumber, m_myNumberSystem, m_publicExposure};
    for (int r = 0; r < left.size(); ++r)
        grid->addWidget(left.at(r), r, 0);
    for (int r = 0; r < right.size(); ++r)
        grid->addWidget(right.at(r), r, 1);
    form->addRow(flags);

    m_contractorInvolved = flag(tr("A contractor was involved"), QStringLiteral("factsContractorInvolved"));
    form->addRow(QString(), m_contractorInvolved);
    m_secondaryDamage = flag(tr("Secondary damage occurred"), QStringLiteral("factsSecondaryDamage"));
    form->addRow(QString(), m_secondaryDamage);
    m_secondaryDamageDetails = makeTextBox(2, m_inputs);
    addRow(form, tr("Secondary damage:"), m_secondaryDamageDetails, QStringLiteral("secondary_damage_details"),
           QStringLiteral("factsSecondaryDamageDetails"));
    m_cause = makeTextBox(2, m_inputs);
    addRow(form, tr("&Cause:"), m_cause, QStringLiteral("cause"), QStringLiteral("factsCause"));
    m_occurredOn = new OptionalDateEdit(tr("known"), m_ctx.today(), m_inputs);
    addRow(form, tr("&Occurred on:"), m_occurredOn, QStringLiteral("occurred_on"), QStringLiteral("factsOccurredOn"));
    m_howDetected = new QLineEdit(m_inputs);
    m_howDetected->setMaxLength(2000);
    addRow(form, tr("How it was &detected:"), m_howDetected, QStringLiteral("how_detected"),
           QStringLiteral("factsHowDetected"));
    m_awareAt = makeDateTimeEdit(m_ctx.nowToTheMinute(), m_inputs);
    addRow(form, tr("City became &aware on:"), m_awareAt, QStringLiteral("aware_at"), QStringLiteral("factsAwareAt"));
    m_awarePerson = new QComboBox(m_inputs);
    addRow(form, tr("&Who became aware:"), m_awarePerson, QStringLiteral("aware_person"),
           QStringLiteral("factsAwarePerson"));
    m_files = new QListWidget(m_inputs);
    m_files->setFixedHeight(m_files->fontMetrics().lineSpacing() * 5 + 12);
    addRow(form, tr("&Files of the register:"), m_files, QStringLiteral("files"), QStringLiteral("factsFiles"));
    m_carryOut = new QLabel(m_inputs);
    m_carryOut->setObjectName(QStringLiteral("factsCarryOut"));
    form->addRow(tr("Carry-out:"), m_carryOut);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    // The inputs wrap and stretch to the width; only the height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_save = new QPushButton(tr("Save facts"), this);
    m_save->setObjectName(QStringLiteral("saveFactsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_secondaryDamage, &QCheckBox::toggled, m_secondaryDamageDetails, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &FactsPage::save);
}

void FactsPage::load(const Incident& i) {
    const IncidentDetails& d = i.details;
    m_summary->setPlainText(d.summary);
    m_leakType->setCurrentIndex(qMax(0, m_leakType->findData(leakTypeKey(d.leakType))));
    m_suspected->setChecked(d.suspected);
    m_medium->setCurrentIndex(qMax(0, m_medium->findData(leakMediumKey(d.medium))));
    m_dataItems->setText(d.dataItems);
    m_persons->setValue(static_cast<int>(qMin<qint64>(d.persons, m_persons->maximum())));
    m_sensitive->setChecked(d.sensitive);
    m_ordinanceSensitive->setChecked(d.ordinanceSensitive);
    m_myNumber->setChecked(d.myNumber);
    m_myNumberSystem->setChecked(d.myNumberSystem);
    m_publicExposure->setChecked(d.publicExposure);
    m_propertyDamageRisk->setChecked(d.propertyDamageRisk);
    m_improperPurpose->setChecked(d.improperPurpose);
    m_advancedEncryption->setChecked(d.advancedEncryption);
    m_contractorInvolved->setChecked(d.contractorInvolved);
    m_secondaryDamage->setChecked(d.secondaryDamage);
    m_secondaryDamageDetails->setPlainText(d.secondaryDamageDetails);
    m_secondaryDamageDetails->setEnabled(d.secondaryDamage);
    m_cause->setPlainText(d.cause);
    m_occurredOn->setDate(d.occurredOn.isValid() ? std::optional<QDate>(d.occurredOn) : std::nullopt);
    m_howDetected->setText(d.howDetected);
    m_awareAt->setDateTime(i.awareAt.toLocalTime());
    fillPeople(m_awarePerson, m_ctx.names, tr("(not named)"));
    if (i.awarePerson) {
        if (m_awarePerson->findData(*i.awarePerson) < 0)
            m_awarePerson->addItem(m_ctx.names.person(i.awarePerson), *i.awarePerson);
        m_awarePerson->setCurrentIndex(m_awarePerson->findData(*i.awarePerson));
    }

    // The files of the incident's section, plus any linked file of another section.
    m_files->clear();
    QList<qint64> listed;
    try {
        for (const PersonalInfoFile& f : m_ctx.file.files().list(m_ctx.session(), i.sectionId)) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 %2").arg(f.fileNo, f.name), m_files);
            item->setData(Qt::UserRole, f.id);
            item->setCheckState(d.fileIds.contains(f.id) ? Qt::Checked : Qt::Unchecked);
            listed << f.id;
        }
    } catch (const Error&) {
        // Not readable: the linked files are still listed, by id.
    }
    for (qint64 id : d.fileIds)
        if (!listed.contains(id)) {
            auto* item = new QListWidgetItem(tr("File #%1").arg(id), m_files);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Checked);
        }

    m_carryOut->setText(tr("none"));
    if (i.carryOutId) {
        QString text = tr("Carry-out #%1").arg(*i.carryOutId);
        try {
            const CarryOut c = m_ctx.file.carryOuts().get(m_ctx.session(), *i.carryOutId);
            text = tr("%1 — %2 (%3 records)").arg(c.controlNo, c.description).arg(c.recordCount);
        } catch (const Error&) {
        }
        m_carryOut->setText(text);
    }
    m_loadedId = i.id;
    m_loadedVersion = i.factsVersion;
    m_loadedAwareAt = i.awareAt;
}

void FactsPage::setIncident(const Incident& i, const IncidentActions& can) {
    m_id = i.id;
    if (i.id != m_loadedId || i.factsVersion != m_loadedVersion || i.awareAt != m_loadedAwareAt)
        load(i);
    m_inputs->setEnabled(can.recordFacts);
    m_save->setEnabled(can.recordFacts);
}

IncidentDetails FactsPage::details() const {
    IncidentDetails d;
    d.summary = m_summary->toPlainText();
    d.leakType = leakTypeFromKey(m_leakType->currentData().toString()).value_or(LeakType::Leak);
    d.suspected = m_suspected->isChecked();
    d.medium = leakMediumFromKey(m_medium->currentData().toString()).value_or(LeakMedium::Paper);
    d.dataItems = m_dataItems->text();
    d.persons = m_persons->value();
    d.sensitive = m_sensitive->isChecked();
    d.ordinanceSensitive = m_ordinanceSensitive->isChecked();
    d.myNumber = m_myNumber->isChecked();
    d.myNumberSystem = m_myNumberSystem->isChecked();
    d.publicExposure = m_publicExposure->isChecked();
    d.propertyDamageRisk = m_propertyDamageRisk->isChecked();
    d.improperPurpose = m_improperPurpose->isChecked();
    d.advancedEncryption = m_advancedEncryption->isChecked();
    d.contractorInvolved = m_contractorInvolved->isChecked();
    d.secondaryDamage = m_secondaryDamage->isChecked();
    d.secondaryDamageDetails = m_secondaryDamageDetails->toPlainText();
    d.cause = m_cause->toPlainText();
    d.occurredOn = m_occurredOn->date().value_or(QDate());
    d.howDetected = m_howDetected->text();
    for (int r = 0; r < m_files->count(); ++r)
        if (m_files->item(r)->checkState() == Qt::Checked)
            d.fileIds << m_files->item(r)->data(Qt::UserRole).toLongLong();
    return d;
}

void FactsPage::save() {
    const QVariant person = m_awarePerson->currentData();
    const std::optional<qint64> awarePerson = person.isValid() ? std::optional<qint64>(person.toLongLong()) : std::nullopt;
    const IncidentDetails d = details();
    // The input shows minutes: an awareness time kept to the second is left alone unless edited.
    const auto toMinute = [](const QDateTime& t) {
        const QDateTime local = t.toLocalTime();
        return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()));
    };
    const QDateTime shown = toMinute(m_awareAt->dateTime());
    const QDateTime awareAt = shown == toMinute(m_loadedAwareAt) ? QDateTime() : shown;
    apply([&] { return m_ctx.service.recordFacts(m_ctx.session(), m_id, d, awareAt, awarePerson); });
}

} // namespace mamori::ui
