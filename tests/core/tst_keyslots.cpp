#include "TestCase.h"

#include "casefile/KeySlotFile.h"
#include "crypto/Crypto.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestKeySlots : public QObject {
    Q_OBJECT
private:
    SecureBytes dataKey = crypto::randomSecureBytes(32);
    KeySlotFile make()
    {
        KeySlotFile f = KeySlotFile::createNew(QStringLiteral("case-1"));
        f.putSlot(f.slotIdForLogin(QStringLiteral("alice")), KeySlotFile::SlotKind::Account, pw(QStringLiteral("alice-password")),
                  dataKey, Argon2Kdf::cheapForTests());
        return f;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const KeySlotFile f = make();
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(f.serialize(dataKey), g), KeySlotFile::LoadStatus::Ok);
        const auto* slot = g.find(g.slotIdForLogin(QStringLiteral("  ALICE ")));
        QVERIFY(slot);
        SecureBytes key;
        QVERIFY(g.unwrap(*slot, pw(QStringLiteral("alice-password")), key));
        QVERIFY(key == dataKey);
        QVERIFY(g.macMatches(dataKey));
    }
    void wrongPasswordFails()
    {
        const KeySlotFile f = make();
        SecureBytes key;
        QVERIFY(!f.unwrap(*f.find(f.slotIdForLogin(QStringLiteral("alice"))), pw(QStringLiteral("wrong-password")), key));
        QVERIFY(key.isEmpty());
    }
    void holdsNoLoginInTheClear()
    {
        const QByteArray bytes = make().serialize(dataKey);
        QVERIFY(!bytes.contains("alice"));
    }
    void truncatedIsDamaged()
    {
        const QByteArray bytes = make().serialize(dataKey);
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(bytes.left(bytes.size() / 2), g), KeySlotFile::LoadStatus::Damaged);
    }
    void editedWithoutChecksumIsDamaged()
    {
        QByteArray bytes = make().serialize(dataKey);
        bytes.replace("\"t\": 1", "\"t\": 2");
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(bytes, g), KeySlotFile::LoadStatus::Damaged);
    }
    void tamperedParametersDoNotUnwrap()
    {
        // An attacker who rewrites the checksum too still cannot change the KDF parameters:
        // they are authenticated data of the slot.
        QByteArray bytes = make().serialize(dataKey);
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QJsonArray slots = o[QStringLiteral("slots")].toArray();
        QJsonObject s0 = slots[0].toObject();
        QJsonObject kdf = s0[QStringLiteral("kdf")].toObject();
        kdf[QStringLiteral("t")] = 2;
        s0[QStringLiteral("kdf")] = kdf;
        slots[0] = s0;
        o[QStringLiteral("slots")] = slots;
        o.remove(QStringLiteral("checksum"));
        o[QStringLiteral("checksum")] = QString::fromLatin1(crypto::sha256(QJsonDocument(o).toJson(QJsonDocument::Compact)).toHex());
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(QJsonDocument(o).toJson(), g), KeySlotFile::LoadStatus::Ok);
        SecureBytes key;
        QVERIFY(!g.unwrap(*g.find(g.slotIdForLogin(QStringLiteral("alice"))), pw(QStringLiteral("alice-password")), key));
    }
    void foreignJsonIsNotOurs()
    {
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(QByteArrayLiteral("{\"format\":\"something-else\"}"), g), KeySlotFile::LoadStatus::NotOurs);
        QCOMPARE(KeySlotFile::parse(QByteArrayLiteral("hello world"), g), KeySlotFile::LoadStatus::NotOurs);
    }
    void newerVersionIsTooNew()
    {
        QByteArray bytes = make().serialize(dataKey);
        bytes.replace("\"version\": 1", "\"version\": 9");
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(bytes, g), KeySlotFile::LoadStatus::TooNew);
    }
    void removingASlotKeepsOthers()
    {
        KeySlotFile f = make();
        f.putSlot(f.slotIdForLogin(QStringLiteral("bob")), KeySlotFile::SlotKind::Account, pw(QStringLiteral("bob-password-1")),
                  dataKey, Argon2Kdf::cheapForTests());
        QCOMPARE(f.slotCount(), 2);
        QVERIFY(f.removeSlot(f.slotIdForLogin(QStringLiteral("alice"))));
        QCOMPARE(f.slotCount(), 1);
        KeySlotFile g;
        QCOMPARE(KeySlotFile::parse(f.serialize(dataKey), g), KeySlotFile::LoadStatus::Ok);
        QVERIFY(g.macMatches(dataKey));
        SecureBytes key;
        QVERIFY(f.unwrap(*f.find(f.slotIdForLogin(QStringLiteral("bob"))), pw(QStringLiteral("bob-password-1")), key));
    }
    void saveIsAtomicAndFailureKeepsOldFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(KeySlotFile::fileName());
        KeySlotFile f = make();
        f.save(path, dataKey);
        const QByteArray before = [&] { QFile x(path); x.open(QIODevice::ReadOnly); return x.readAll(); }();
        // Saving into a folder that does not exist fails without touching the real file.
        QVERIFY_THROWS_EXCEPTION(Error, f.save(tmp.filePath(QStringLiteral("missing/dir/slots")), dataKey));
        QFile x(path);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.readAll(), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
