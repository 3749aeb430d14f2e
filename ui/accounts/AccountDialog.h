#pragma once

#include "accounts/AccountService.h"
#include "common/FieldErrors.h"
#include "organisation/SectionService.h"
#include "shell/DraftSource.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class RoleRowEditor;

// Adds an officer's account: login, name, own section, roles (each with its section when the
// role is section-scoped) and the first password, typed twice. Problems are shown under the
// field they concern (Error::field()); the dialog stays open until core accepts the account.
// Unsaved input other than the passwords survives an auto-lock as a draft.
class AccountDialog : public QDialog, public DraftSource {
    Q_OBJECT

public:
    explicit AccountDialog(mamori::CaseFile& file, QWidget* parent = nullptr);

    // Validates, asks core to add the account and closes on success.
    void accept() override;
    // The account core created; set once accept() succeeded.
    const std::optional<mamori::Account>& created() const { return m_created; }
    // The message shown under `field` ("login", "name", "roles", "password", "passwordRepeat"),
    // empty when none.
    QString fieldError(const QString& field) const;
    RoleRowEditor* addRoleRow();
    QList<RoleRowEditor*> roleRows() const { return m_roleRows; }

    QString draftKey() const override;
    QByteArray saveDraft() override;
    void restoreDraft(const QByteArray& draft) override;

private:
    void removeRoleRow(RoleRowEditor* row);
    std::optional<qint64> chosenSection() const;
    mamori::NewAccount newAccount() const;
    void clearPasswords();

    mamori::CaseFile& m_file;
    QMap<mamori::Role, QString> m_titles;
    QList<mamori::Section> m_sections;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_section = nullptr;
    QVBoxLayout* m_rolesLayout = nullptr;
    QList<RoleRowEditor*> m_roleRows;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrors m_errors;
    std::optional<mamori::Account> m_created;
};

} // namespace mamori::ui
