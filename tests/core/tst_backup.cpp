#include "TestCase.h"

#include "backup/Backup.h"
#include "journal/Journal.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// An output device that fails after `limit` bytes, like a disk that fills up.
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        if (written + len > m_limit) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        written += len;
        return len;
    }

private:
    qint64 m_limit;
};
} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0101"), QStringLiteral("総務課"));
        const QString out = QDir(tc.dir()).filePath(QStringLiteral("../backup.mamori-backup"));
        Backup::writeToFile(tc.file(), tc.admin(), out);
        const QByteArray head = tc.file().journal().headHash();
        QVERIFY(QFileInfo(out).size() > 4096);
        // Nothing readable of the data inside.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("総務課").toUtf8()));
        QVERIFY(!bytes.contains("admin"));
        tc.close();
        QTemporaryDir tmp;
        const QString restored = tmp.filePath(QStringLiteral("restored.mamori"));
        Backup::restore(out, restored);
        auto cf = CaseFile::open(restored, kAdminLogin, pw(kAdminPassword), tc.options());
        QVERIFY(cf->journal().verify().ok);
        QCOMPARE(cf->journal().page({}, 0, 10).at(1).hash, head); // entry before our "open"
        QVERIFY(cf->sections().byCode(QStringLiteral("0101")).has_value());
    }
    void diskFullLeavesNoFile()
    {
        TempCase tc;
        FailingDevice dev(10000);
        try {
            Backup::write(tc.file(), tc.admin(), dev);
            QFAIL("expected IoError");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::IoError);
        }
        // Into a folder that cannot take it: no file, no temp file.
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("missing/b.bak"));
        QVERIFY_THROWS_EXCEPTION(Error, Backup::writeToFile(tc.file(), tc.admin(), target));
        QVERIFY(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        // The case file is still fine.
        QVERIFY(tc.file().journal().verify().ok);
    }
    void truncatedOrForeignBackupIsRefusedAndLeavesNothing()
    {
        TempCase tc;
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("b.bak"));
        Backup::writeToFile(tc.file(), tc.admin(), out);
        QFile::resize(out, QFileInfo(out).size() - 10);
        const QString target = tmp.filePath(QStringLiteral("r.mamori"));
        try {
            Backup::restore(out, target);
            QFAIL("expected Damaged");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Damaged);
        }
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("b.bak")});
        QFile foreign(tmp.filePath(QStringLiteral("photo.jpg")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("\xff\xd8\xff\xe0 not a backup");
        foreign.close();
        try {
            Backup::restore(foreign.fileName(), target);
            QFAIL("expected NotACaseFile");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotACaseFile);
        }
    }
    void restoreRefusesNonEmptyTarget()
    {
        TempCase tc;
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("b.bak"));
        Backup::writeToFile(tc.file(), tc.admin(), out);
        try {
            Backup::restore(out, tc.dir());
            QFAIL("expected AlreadyExists");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::AlreadyExists);
        }
    }
    void backupNeedsPermission()
    {
        TempCase tc;
        tc.addAccount(QStringLiteral("kansa"), Role::Auditor);
        CaseFile& f = tc.reopen(QStringLiteral("kansa"));
        QTemporaryDir tmp;
        QVERIFY_THROWS_EXCEPTION(Error, Backup::writeToFile(f, f.session(), tmp.filePath(QStringLiteral("x"))));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
