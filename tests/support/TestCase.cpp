#include "TestCase.h"

#include "accounts/AccountService.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QtTest>

namespace mamori::test {

TempCase::TempCase(const QString& preset)
{
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    m_dir = QDir(m_tmp.path()).filePath(QStringLiteral("test.mamori"));
    CaseFile::CreateOptions o;
    o.dir = m_dir;
    o.adminLogin = kAdminLogin;
    o.adminName = QStringLiteral("管理 太郎");
    o.preset = preset;
    o.organisationName = QStringLiteral("テスト市");
    o.clock = &m_clock;
    o.kdf = Argon2Kdf::cheapForTests();
    CaseFile::Created c = CaseFile::create(o, pw(kAdminPassword));
    m_file = std::move(c.file);
    m_recovery = std::move(c.recoveryCode);
}

CaseFile& TempCase::reopen(const QString& login, const QString& password)
{
    m_file.reset();
    m_file = CaseFile::open(m_dir, login, pw(password), options());
    return *m_file;
}

qint64 TempCase::addSection(const QString& code, const QString& name)
{
    return m_file->sections().add(m_file->session(), code, name).id;
}

qint64 TempCase::addAccount(const QString& login, Role role, std::optional<qint64> section, const QString& password)
{
    NewAccount a;
    a.login = login;
    a.displayName = login;
    a.sectionId = section;
    a.roles = {{role, isSectionScoped(role) ? section : std::nullopt}};
    return m_file->accounts().add(m_file->session(), a, pw(password)).id;
}

QString fixturePath(const QString& relative)
{
    return QDir(qEnvironmentVariable("MAMORI_SOURCE_DIR")).filePath(QStringLiteral("tests/fixtures/") + relative);
}

} // namespace mamori::test
