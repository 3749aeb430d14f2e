#pragma once

#include "common/FieldErrors.h"
#include "custody/DisposalService.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Records a contractor's disposal certificate (廃棄証明書) received for one disposal. The dates
// are checked by core against the hand-over; errors show under their input.
class CertificateDialog : public QDialog {
    Q_OBJECT

public:
    CertificateDialog(mamori::CaseFile& file, const mamori::Disposal& disposal, QWidget* parent = nullptr);
    bool save();
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    mamori::CaseFile& m_file;
    mamori::Disposal m_disposal;
    FieldErrors m_errors;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_issuer = nullptr;
    QDateEdit* m_issuedOn = nullptr;
    QLineEdit* m_responsible = nullptr;
    QDateEdit* m_receivedOn = nullptr;
};

} // namespace mamori::ui
