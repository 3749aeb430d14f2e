#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// An administrator (or the recovery session) sets a new password for an account; core also
// re-enables it. The new password is typed twice and checked against the case file's rules.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT

public:
    ResetPasswordDialog(mamori::CaseFile& file, qint64 accountId, const QString& login,
                        QWidget* parent = nullptr);

    void accept() override;
    // The message under "password" or "passwordRepeat", empty when none.
    QString fieldError(const QString& field) const;

private:
    void clearPasswords();

    mamori::CaseFile& m_file;
    qint64 m_accountId;
    QString m_login;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrors m_errors;
};

} // namespace mamori::ui
