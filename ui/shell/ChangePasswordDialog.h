#pragma once

#include "common/FieldErrors.h"

#include <QDialog>

class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The signed-in officer changes their own password (AccountService::changeOwnPassword checks
// the current one again). Deliberately not a DraftSource: when the application locks, the
// fields are cleared, never kept.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(CaseFile& file, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void clearFields();
    CaseFile& m_file;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_confirm;
    FieldErrors m_errors;
};

} // namespace mamori::ui
