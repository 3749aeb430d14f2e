#include "disposals/DisposalStepDialog.h"

#include "common/FieldErrorLabel.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "organisation/PersonService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mamori::ui {

std::optional<DisposalStepDialog::Step> DisposalStepDialog::nextStep(const Disposal& d) {
    switch (d.state) {
    case DisposalState::Approved:
        return d.performer == DisposalPerformer::InHouse ? Step::Executed : Step::HandedOver;
    case DisposalState::ExecutedInHouse:
    case DisposalState::HandedToContractor:
    case DisposalState::Witnessed:
        return Step::Witness;
    default:
        return std::nullopt;
    }
}

DisposalStepDialog::DisposalStepDialog(CaseFile& file, const Disposal& disposal, Step step, QWidget* parent)
    : QDialog(parent), m_file(file), m_disposal(disposal), m_step(step) {
    setObjectName(QStringLiteral("disposalStepDialog"));
    switch (step) {
    case Step::Executed: setWindowTitle(tr("Destroyed in-house: %1").arg(disposal.controlNo)); break;
    case Step::HandedOver: setWindowTitle(tr("Handed to the contractor: %1").arg(disposal.controlNo)); break;
    case Step::Witness: setWindowTitle(tr("Witness of %1").arg(disposal.controlNo)); break;
    }
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, QWidget* input, const QString& field) {
        input->setObjectName(field);
        form->addRow(label, input);
        form->addRow(QString(), m_errors.add(field, new FieldErrorLabel(field, this)));
    };
    auto* what = new QLabel(QStringLiteral("%1　%2").arg(disposal.controlNo, disposal.description), this);
    what->setWordWrap(true);
    form->addRow(tr("Disposal"), what);

    m_at = new QDateTimeEdit(m_file.clock().now().toLocalTime(), this);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_person = new QComboBox(this);
    try {
        for (const Person& p : m_file.people().list(m_file.session(), disposal.sectionId))
            if (p.active)
                m_person->addItem(QStringLiteral("%1 %2").arg(p.staffNo, p.name), p.id);
    } catch (const Error&) {
        // Core refuses the step below with its own message if the list cannot be read.
    }
    if (step == Step::Witness) {
        row(tr("Witnessed at"), m_at, QStringLiteral("witnessed_at"));
        row(tr("Witness"), m_person, QStringLiteral("witness"));
    } else {
        row(step == Step::Executed ? tr("Destroyed at") : tr("Handed over at"), m_at, QStringLiteral("executed_at"));
        row(step == Step::Executed ? tr("Destroyed by") : tr("Handed over by"), m_person, QStringLiteral("performed_by"));
        m_place = new QLineEdit(disposal.place, this);
        row(tr("Place"), m_place, QStringLiteral("place"));
        // The person who asked for the disposal usually carries it out: start with them.
        m_person->setCurrentIndex(std::max(0, m_person->findData(disposal.requestedBy)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DisposalStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisposalStepDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool DisposalStepDialog::save() {
    m_errors.clear();
    try {
        DisposalService& service = m_file.disposals();
        const Session& actor = m_file.session();
        const QDateTime at = m_at->dateTime();
        const qint64 person = m_person->currentData().toLongLong(); // 0 when none: core names the field
        switch (m_step) {
        case Step::Executed: m_saved = service.markExecuted(actor, m_disposal.id, {at, person, m_place->text()}); break;
        case Step::HandedOver: m_saved = service.markHandedOver(actor, m_disposal.id, {at, person, m_place->text()}); break;
        case Step::Witness: m_saved = service.addWitness(actor, m_disposal.id, person, at); break;
        }
        return true;
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("disposalStepErrorBox"));
        return false;
    }
}

void DisposalStepDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace mamori::ui
