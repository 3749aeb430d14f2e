#pragma once

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "accounts/AccountService.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"
#include "crypto/SecureBytes.h"

#include <QTemporaryDir>
#include <memory>

namespace mamori::test {

// The one place tests get passwords and cheap key derivation from.
inline const QString kAdminLogin = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("correct-horse-battery");
inline SecureBytes pw(const QString& s) { return SecureBytes::fromString(s); }

// A fresh case file in a temporary folder, created with the cheap KDF and a fake clock.
// The folder and everything in it is removed when the fixture goes.
class TempCase {
public:
    explicit TempCase(const QString& preset = QStringLiteral("shiraoka"));
    QString dir() const { return m_dir; }
    CaseFile& file() { return *m_file; }
    const Session& admin() const { return m_file->session(); }
    FakeClock& clock() { return m_clock; }
    const SecureBytes& recoveryCode() const { return m_recovery; }
    // Closes the file (releasing the lock) and reopens it as `login`.
    CaseFile& reopen(const QString& login = kAdminLogin, const QString& password = kAdminPassword);
    void close() { m_file.reset(); }
    // Adds a section and an account with one role; returns the account id.
    qint64 addAccount(const QString& login, Role role, std::optional<qint64> section = std::nullopt,
                      const QString& password = kAdminPassword);
    qint64 addSection(const QString& code, const QString& name);
    CaseOpenOptions options() { return CaseOpenOptions{&m_clock}; }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    FakeClock m_clock;
    std::unique_ptr<CaseFile> m_file;
    SecureBytes m_recovery;
};

// Absolute path of a file under tests/fixtures.
QString fixturePath(const QString& relative);

} // namespace mamori::test
