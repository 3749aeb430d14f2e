#include "TestCase.h"

#include "accounts/AccountService.h"
#include "backup/Backup.h"
#include "organisation/SectionService.h"

#include <QDirIterator>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// Nothing readable of the data may appear in the case folder (database, WAL, shared memory,
// key slots, counters, lock), in a backup, or in the system temp folder.
class TestNoPlaintext : public QObject {
    Q_OBJECT
private:
    static QList<QByteArray> needles()
    {
        return {QStringLiteral("平文検出用課").toUtf8(), QStringLiteral("平文チェック太郎").toUtf8(),
                QByteArrayLiteral("plaintext.canary"), QByteArrayLiteral("SQLite format 3"),
                QByteArrayLiteral("CREATE TABLE")};
    }
    static QStringList filesContainingNeedles(const QString& root)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray& n : needles())
                if (bytes.contains(n))
                    hits << QStringLiteral("%1 contains %2").arg(f.fileName(), QString::fromUtf8(n));
        }
        return hits;
    }

private Q_SLOTS:
    void caseFolderWalAndBackupHoldNoPlaintext()
    {
        const QStringList tempBefore = QDir(QDir::tempPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        TempCase tc;
        const qint64 sec = tc.addSection(QStringLiteral("9999"), QStringLiteral("平文検出用課"));
        NewAccount a{QStringLiteral("plaintext.canary"), QStringLiteral("平文チェック太郎"), sec, {{Role::Handler, sec}}};
        tc.file().accounts().add(tc.admin(), a, pw(QStringLiteral("canary-password-1")));
        for (int i = 0; i < 300; ++i)
            tc.addSection(QStringLiteral("C%1").arg(i), QStringLiteral("平文検出用課%1").arg(i));
        // While open: the WAL holds the recent pages.
        QVERIFY(QFileInfo::exists(tc.file().databasePath() + QStringLiteral("-wal")));
        QCOMPARE(filesContainingNeedles(tc.dir()), QStringList());
        const QString backup = QDir(tc.dir()).filePath(QStringLiteral("../b.bak"));
        Backup::writeToFile(tc.file(), tc.admin(), backup);
        tc.close();
        QCOMPARE(filesContainingNeedles(QFileInfo(tc.dir()).absolutePath()), QStringList());
        // No new file in the system temp folder carries our data either.
        const QStringList tempAfter = QDir(QDir::tempPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString& name : tempAfter) {
            if (tempBefore.contains(name))
                continue;
            const QString path = QDir(QDir::tempPath()).filePath(name);
            if (QFileInfo(path).isDir() && QFileInfo(tc.dir()).absolutePath().startsWith(path))
                continue; // the fixture's own folder, checked above
            QCOMPARE(filesContainingNeedles(path), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "tst_no_plaintext.moc"
