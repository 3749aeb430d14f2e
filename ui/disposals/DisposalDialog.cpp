#include "disposals/DisposalDialog.h"

#include "common/FieldErrorLabel.h"
#include "disposals/DisposalsModel.h"

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
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
template <typename W>
W* named(W* w, const QString& name) {
    w->setObjectName(name);
    return w;
}
} // namespace

DisposalDialog::DisposalDialog(CaseFile& file, std::optional<Disposal> existing, QWidget* parent)
    : QDialog(parent), m_file(file), m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("disposalDialog"));
    setWindowTitle(m_existing ? tr("Disposal %1").arg(m_existing->controlNo) : tr("Plan a disposal"));
    auto* form = new QFormLayout;
    // Adds an input and the line under it that shows core's message for `field`.
    const auto row = [this, form](const QString& label, QWidget* input, const QString& field) {
        form->addRow(label, input);
        form->addRow(QString(), m_errors.add(field, new FieldErrorLabel(field, this)));
    };

    m_section = named(new QComboBox(this), QStringLiteral("section"));
    const Session::Scope scope = m_file.session().scope(Permission::WritePersonalData);
    for (const Section& s : m_file.sections().list())
        if (scope.all || scope.sections.contains(s.id))
            m_section->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    row(tr("&Section:"), m_section, QStringLiteral("section"));
    m_requestedBy = named(new QComboBox(this), QStringLiteral("requested_by"));
    row(tr("&Requested by:"), m_requestedBy, QStringLiteral("requested_by"));
    m_itemKind = named(new QComboBox(this), QStringLiteral("item_kind"));
    for (DisposalItemKind k : allDisposalItemKinds())
        m_itemKind->addItem(DisposalsModel::itemKindText(k), disposalItemKindKey(k));
    row(tr("&What:"), m_itemKind, QStringLiteral("item_kind"));
    m_description = named(new QLineEdit(this), QStringLiteral("description"));
    row(tr("&Description:"), m_description, QStringLiteral("description"));
    m_model = named(new QLineEdit(this), QStringLiteral("model"));
    row(tr("&Model:"), m_model, QStringLiteral("model"));
    m_serials = named(new QPlainTextEdit(this), QStringLiteral("serial_nos"));
    m_serials->setPlaceholderText(tr("One serial number a line"));
    m_serials->setMaximumHeight(80);
    row(tr("Serial &numbers:"), m_serials, QStringLiteral("serial_nos"));
    m_quantity = named(new QSpinBox(this), QStringLiteral("quantity"));
    m_quantity->setRange(0, 1000000);
    m_quantity->setValue(1);
    row(tr("&Quantity:"), m_quantity, QStringLiteral("quantity"));
    m_recordCount = named(new QSpinBox(this), QStringLiteral("record_count"));
    m_recordCount->setRange(0, 100000000);
    row(tr("Records / &persons:"), m_recordCount, QStringLiteral("record_count"));
    m_basis = named(new QLineEdit(this), QStringLiteral("basis"));
    row(tr("&Basis:"), m_basis, QStringLiteral("basis"));
    m_method = named(new QComboBox(this), QStringLiteral("method"));
    for (DisposalMethod m : allDisposalMethods())
        m_method->addItem(DisposalsModel::methodText(m), disposalMethodKey(m));
    row(tr("M&ethod:"), m_method, QStringLiteral("method"));
    m_methodDetail = named(new QLineEdit(this), QStringLiteral("method_detail"));
    m_methodDetail->setPlaceholderText(tr("Tool and standard, shredder class …"));
    row(tr("Method de&tails:"), m_methodDetail, QStringLiteral("method_detail"));
    m_performer = named(new QComboBox(this), QStringLiteral("performer"));
    m_performer->addItem(tr("In-house (staff)"), disposalPerformerKey(DisposalPerformer::InHouse));
    m_performer->addItem(tr("Contractor"), disposalPerformerKey(DisposalPerformer::Contractor));
    row(tr("Performed &by:"), m_performer, QStringLiteral("performer"));
    m_contractor = named(new QLineEdit(this), QStringLiteral("contractor_name"));
    row(tr("&Contractor:"), m_contractor, QStringLiteral("contractor_name"));
    m_tier = named(new QSpinBox(this), QStringLiteral("subcontract_tier"));
    m_tier->setRange(1, 9);
    m_tier->setToolTip(tr("1 for the contractor itself, 2 for its subcontractor, and so on."));
    row(tr("Subcontract &tier:"), m_tier, QStringLiteral("subcontract_tier"));
    m_place = named(new QLineEdit(this), QStringLiteral("place"));
    row(tr("P&lace:"), m_place, QStringLiteral("place"));
    m_plannedOn = named(new QDateEdit(m_file.clock().now().toLocalTime().date(), this), QStringLiteral("planned_on"));
    m_plannedOn->setCalendarPopup(true);
    m_plannedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(tr("&Planned on:"), m_plannedOn, QStringLiteral("planned_on"));
    m_remarks = named(new QPlainTextEdit(this), QStringLiteral("remarks"));
    m_remarks->setMaximumHeight(60);
    row(tr("Remar&ks:"), m_remarks, QStringLiteral("remarks"));
    // Errors of fields without an input of their own (e.g. a file chosen elsewhere).
    form->addRow(QString(), m_errors.add(QStringLiteral("file"), new FieldErrorLabel(QStringLiteral("file"), this)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DisposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisposalDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    if (m_existing) {
        const Disposal& d = *m_existing;
        m_section->setCurrentIndex(m_section->findData(d.sectionId));
        m_section->setEnabled(false); // a plan stays with its section
        fillPeople();
        m_requestedBy->setCurrentIndex(m_requestedBy->findData(d.requestedBy));
        m_itemKind->setCurrentIndex(m_itemKind->findData(disposalItemKindKey(d.itemKind)));
        m_description->setText(d.description);
        m_model->setText(d.model);
        m_serials->setPlainText(d.serialNos.join(QLatin1Char('\n')));
        m_quantity->setValue(static_cast<int>(d.quantity));
        m_recordCount->setValue(static_cast<int>(d.recordCount));
        m_basis->setText(d.basis);
        m_method->setCurrentIndex(m_method->findData(disposalMethodKey(d.method)));
        m_methodDetail->setText(d.methodDetail);
        m_performer->setCurrentIndex(m_performer->findData(disposalPerformerKey(d.performer)));
        m_contractor->setText(d.contractorName);
        m_tier->setValue(d.subcontractTier.value_or(1));
        m_place->setText(d.place);
        m_plannedOn->setDate(d.plannedOn);
        m_remarks->setPlainText(d.remarks);
    } else {
        fillPeople();
    }
    updateContractorInputs();
    connect(m_section, &QComboBox::currentIndexChanged, this, &DisposalDialog::fillPeople);
    connect(m_performer, &QComboBox::currentIndexChanged, this, &DisposalDialog::updateContractorInputs);
}

void DisposalDialog::fillPeople() {
    m_requestedBy->clear();
    const QVariant section = m_section->currentData();
    if (!section.isValid())
        return;
    try {
        for (const Person& p : m_file.people().list(m_file.session(), section.toLongLong()))
            if (p.active)
                m_requestedBy->addItem(QStringLiteral("%1 %2").arg(p.staffNo, p.name), p.id);
    } catch (const Error& e) {
        m_errors.show(QStringLiteral("requested_by"), e.message());
    }
}

void DisposalDialog::updateContractorInputs() {
    const bool contractor = m_performer->currentData().toString() == disposalPerformerKey(DisposalPerformer::Contractor);
    m_contractor->setEnabled(contractor);
    m_tier->setEnabled(contractor);
}

Disposal DisposalDialog::fromInputs() const {
    Disposal d = m_existing ? *m_existing : Disposal();
    d.sectionId = m_section->currentData().toLongLong();
    d.requestedBy = m_requestedBy->currentData().toLongLong();
    d.itemKind = disposalItemKindFromKey(m_itemKind->currentData().toString()).value_or(DisposalItemKind::Documents);
    d.description = m_description->text();
    d.model = m_model->text();
    d.serialNos = m_serials->toPlainText().split(QLatin1Char('\n'));
    d.quantity = m_quantity->value();
    d.recordCount = m_recordCount->value();
    d.basis = m_basis->text();
    d.method = disposalMethodFromKey(m_method->currentData().toString()).value_or(DisposalMethod::Shredding);
    d.methodDetail = m_methodDetail->text();
    d.performer = disposalPerformerFromKey(m_performer->currentData().toString()).value_or(DisposalPerformer::InHouse);
    const bool contractor = d.performer == DisposalPerformer::Contractor;
    d.contractorName = contractor ? m_contractor->text() : QString();
    d.subcontractTier = contractor ? std::optional<int>(m_tier->value()) : std::nullopt;
    d.place = m_place->text();
    d.plannedOn = m_plannedOn->date();
    d.remarks = m_remarks->toPlainText();
    return d;
}

bool DisposalDialog::save() {
    m_errors.clear();
    try {
        const Disposal d = fromInputs();
        m_saved = m_existing ? m_file.disposals().update(m_file.session(), d) : m_file.disposals().plan(m_file.session(), d);
        m_existing = m_saved;
        return true;
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("disposalErrorBox"));
        return false;
    }
}

void DisposalDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace mamori::ui
