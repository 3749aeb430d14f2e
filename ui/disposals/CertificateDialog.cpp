#include "disposals/CertificateDialog.h"

#include "common/FieldErrorLabel.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mamori::ui {

CertificateDialog::CertificateDialog(CaseFile& file, const Disposal& disposal, QWidget* parent)
    : QDialog(parent), m_file(file), m_disposal(disposal) {
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Certificate for %1").arg(disposal.controlNo));
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, QWidget* input, const QString& field) {
        input->setObjectName(field);
        form->addRow(label, input);
        form->addRow(QString(), m_errors.add(field, new FieldErrorLabel(field, this)));
    };
    const QDate today = m_file.clock().now().toLocalTime().date();
    m_number = new QLineEdit(this);
    row(tr("Certificate &number:"), m_number, QStringLiteral("certificate_no"));
    m_issuer = new QLineEdit(disposal.contractorName, this);
    row(tr("&Issued by:"), m_issuer, QStringLiteral("issuer"));
    m_issuedOn = new QDateEdit(today, this);
    m_issuedOn->setCalendarPopup(true);
    m_issuedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(tr("Issued &on:"), m_issuedOn, QStringLiteral("issued_on"));
    m_responsible = new QLineEdit(this);
    row(tr("&Responsible person:"), m_responsible, QStringLiteral("responsible_person"));
    m_receivedOn = new QDateEdit(today, this);
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(tr("Re&ceived on:"), m_receivedOn, QStringLiteral("received_on"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool CertificateDialog::save() {
    m_errors.clear();
    DisposalCertificate c;
    c.certificateNo = m_number->text();
    c.issuer = m_issuer->text();
    c.issuedOn = m_issuedOn->date();
    c.responsiblePerson = m_responsible->text();
    c.receivedOn = m_receivedOn->date();
    try {
        m_file.disposals().addCertificate(m_file.session(), m_disposal.id, c);
        return true;
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, QStringLiteral("certificateErrorBox"));
        return false;
    }
}

void CertificateDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace mamori::ui
