#include "custody/CarryOutRequestDialog.h"

#include "common/FieldErrorLabel.h"
#include "custody/CarryOutLabels.h"
#include "custody/MeasureChecklist.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
CarryOutSensitivity sensitivityOf(const PersonalInfoFile* f) {
    if (!f)
        return CarryOutSensitivity::Normal;
    if (f->containsMyNumber)
        return CarryOutSensitivity::MyNumber;
    return f->containsSensitive ? CarryOutSensitivity::Sensitive : CarryOutSensitivity::Normal;
}
} // namespace

CarryOutRequestDialog::CarryOutRequestDialog(CaseFile& file, QWidget* parent) : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("carryOutRequestDialog"));
    setWindowTitle(tr("New carry-out request"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto row = [this, form](const QString& label, QWidget* input, const QString& field, const QString& name) {
        input->setObjectName(name);
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(input);
        v->addWidget(m_errors.add(field, new FieldErrorLabel(name, box)));
        form->addRow(label, box);
    };

    m_section = new QComboBox(this);
    const Session::Scope scope = file.session().scope(Permission::WritePersonalData);
    for (const mamori::Section& s : file.sections().list())
        if (scope.all || scope.sections.contains(s.id))
            m_section->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    row(tr("&Section:"), m_section, QStringLiteral("section"), QStringLiteral("requestSection"));
    m_fileBox = new QComboBox(this);
    row(tr("&File of the register:"), m_fileBox, QStringLiteral("file"), QStringLiteral("requestFile"));
    m_person = new QComboBox(this);
    row(tr("Carried out &by:"), m_person, QStringLiteral("requested_by"), QStringLiteral("requestPerson"));
    m_itemType = new QComboBox(this);
    for (CarryOutItemType t : allCarryOutItemTypes())
        m_itemType->addItem(CarryOutLabels::itemType(t), carryOutItemTypeKey(t));
    row(tr("&Item:"), m_itemType, QStringLiteral("item_type"), QStringLiteral("requestItemType"));
    m_description = new QLineEdit(this);
    m_description->setMaxLength(500);
    row(tr("&Description:"), m_description, QStringLiteral("description"), QStringLiteral("requestDescription"));
    m_recordCount = new QSpinBox(this);
    m_recordCount->setRange(0, 100000000);
    row(tr("&Records (persons):"), m_recordCount, QStringLiteral("record_count"), QStringLiteral("requestRecordCount"));
    m_purpose = new QLineEdit(this);
    m_purpose->setMaxLength(1000);
    row(tr("&Purpose:"), m_purpose, QStringLiteral("purpose"), QStringLiteral("requestPurpose"));
    m_destination = new QLineEdit(this);
    m_destination->setMaxLength(500);
    row(tr("D&estination:"), m_destination, QStringLiteral("destination"), QStringLiteral("requestDestination"));
    const QDate today = file.clock().now().toLocalTime().date();
    m_plannedOut = new QDateEdit(today, this);
    m_plannedOut->setCalendarPopup(true);
    m_plannedOut->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(tr("Planned &departure:"), m_plannedOut, QStringLiteral("planned_out_at"), QStringLiteral("requestPlannedOut"));
    m_plannedReturn = new QDateEdit(today, this);
    m_plannedReturn->setCalendarPopup(true);
    m_plannedReturn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(tr("Planned &return:"), m_plannedReturn, QStringLiteral("planned_return_at"),
        QStringLiteral("requestPlannedReturn"));
    m_measures = new MeasureChecklist(this);
    row(tr("Protective measures:"), m_measures, QStringLiteral("measures"), QStringLiteral("requestMeasures"));
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setTabChangesFocus(true);
    m_remarks->setFixedHeight(m_remarks->fontMetrics().height() * 3 + 12);
    row(tr("Re&marks:"), m_remarks, QStringLiteral("remarks"), QStringLiteral("requestRemarks"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Submit request"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("requestSubmitButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CarryOutRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_section, &QComboBox::currentIndexChanged, this, &CarryOutRequestDialog::sectionChanged);
    connect(m_fileBox, &QComboBox::currentIndexChanged, this, &CarryOutRequestDialog::updateRequired);
    connect(m_itemType, &QComboBox::currentIndexChanged, this, &CarryOutRequestDialog::updateRequired);
    sectionChanged();
    resize(sizeHint().width() + 120, sizeHint().height());
}

void CarryOutRequestDialog::sectionChanged() {
    m_fileBox->clear();
    m_person->clear();
    m_files.clear();
    m_fileBox->addItem(tr("(no file of the register)"), QVariant());
    const QVariant section = m_section->currentData();
    if (section.isValid()) {
        try {
            const Session& actor = m_file.session();
            m_files = m_file.files().list(actor, section.toLongLong());
            for (const PersonalInfoFile& f : std::as_const(m_files))
                m_fileBox->addItem(QStringLiteral("%1 %2").arg(f.fileNo, f.name), f.id);
            for (const Person& p : m_file.people().list(actor, section.toLongLong()))
                if (p.active)
                    m_person->addItem(QStringLiteral("%1 %2").arg(p.staffNo, p.name), p.id);
        } catch (const Error& e) {
            m_errors.show(QStringLiteral("section"), e.message());
        }
    }
    updateRequired();
}

void CarryOutRequestDialog::updateRequired() {
    const QVariant fileId = m_fileBox->currentData();
    const PersonalInfoFile* chosen = nullptr;
    for (const PersonalInfoFile& f : std::as_const(m_files))
        if (fileId.isValid() && f.id == fileId.toLongLong())
            chosen = &f;
    const auto type = carryOutItemTypeFromKey(m_itemType->currentData().toString()).value_or(CarryOutItemType::Other);
    m_measures->setRequired(m_file.carryOuts().requiredMeasures(sensitivityOf(chosen), type));
}

CarryOut CarryOutRequestDialog::draft() const {
    CarryOut c;
    c.sectionId = m_section->currentData().toLongLong();
    if (m_fileBox->currentData().isValid())
        c.fileId = m_fileBox->currentData().toLongLong();
    c.requestedBy = m_person->currentData().toLongLong();
    c.itemType = carryOutItemTypeFromKey(m_itemType->currentData().toString()).value_or(CarryOutItemType::Other);
    c.description = m_description->text();
    c.recordCount = m_recordCount->value();
    c.purpose = m_purpose->text();
    c.destination = m_destination->text();
    c.plannedOutOn = m_plannedOut->date();
    c.plannedReturnOn = m_plannedReturn->date();
    c.appliedMeasures = m_measures->applied();
    c.remarks = m_remarks->toPlainText();
    return c;
}

void CarryOutRequestDialog::submit() {
    m_errors.clear();
    try {
        m_created = m_file.carryOuts().request(m_file.session(), draft());
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("requestErrorBox"));
        return;
    }
    Q_EMIT requested(m_created);
    accept();
}

} // namespace mamori::ui
