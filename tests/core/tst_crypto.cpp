#include "casefile/RecoveryCode.h"
#include "crypto/Argon2Kdf.h"
#include "crypto/Crypto.h"

#include <QtTest>

using namespace mamori;

class TestCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gcmRoundTripAndTamper()
    {
        const SecureBytes key = crypto::randomSecureBytes(32);
        const SecureBytes plain = SecureBytes::fromString(QStringLiteral("データ鍵"));
        const crypto::Sealed s = crypto::aesGcmSeal(key, plain, QByteArrayLiteral("aad"));
        SecureBytes out;
        QVERIFY(crypto::aesGcmOpen(key, s.nonce, s.ciphertextAndTag, QByteArrayLiteral("aad"), out));
        QVERIFY(out == plain);
        QVERIFY(!crypto::aesGcmOpen(key, s.nonce, s.ciphertextAndTag, QByteArrayLiteral("other"), out));
        QVERIFY(out.isEmpty());
        QByteArray flipped = s.ciphertextAndTag;
        flipped[0] = static_cast<char>(flipped[0] ^ 1);
        QVERIFY(!crypto::aesGcmOpen(key, s.nonce, flipped, QByteArrayLiteral("aad"), out));
        QVERIFY(!crypto::aesGcmOpen(crypto::randomSecureBytes(32), s.nonce, s.ciphertextAndTag, QByteArrayLiteral("aad"), out));
    }
    void sha256KnownAnswer()
    {
        QCOMPARE(crypto::sha256(QByteArrayLiteral("abc")).toHex(),
                 QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        crypto::Sha256 h;
        h.update("a", 1);
        h.update("bc", 2);
        QCOMPARE(h.finish(), crypto::sha256(QByteArrayLiteral("abc")));
    }
    void argon2IsDeterministicPerSalt()
    {
        KdfParams p = Argon2Kdf::cheapForTests();
        p.salt = QByteArray(16, 'x');
        const SecureBytes pw = SecureBytes::fromString(QStringLiteral("password-1234"));
        QVERIFY(Argon2Kdf::derive(pw, p) == Argon2Kdf::derive(pw, p));
        KdfParams q = p;
        q.salt = QByteArray(16, 'y');
        QVERIFY(!(Argon2Kdf::derive(pw, p) == Argon2Kdf::derive(pw, q)));
    }
    void kdfParamsRejectHostileValues()
    {
        KdfParams p;
        QJsonObject o = Argon2Kdf::cheapForTests().toJson();
        o[QStringLiteral("salt")] = QString::fromLatin1(QByteArray(16, 's').toBase64());
        QVERIFY(KdfParams::fromJson(o, p));
        o[QStringLiteral("m")] = 1LL << 40;
        QVERIFY(!KdfParams::fromJson(o, p));
    }
    void secureBytesWipesOnClear()
    {
        SecureBytes b = SecureBytes::fromString(QStringLiteral("secret"));
        QCOMPARE(b.utf8Length(), 6);
        b.clear();
        QVERIFY(b.isEmpty());
        QCOMPARE(SecureBytes::fromString(QStringLiteral("パスワード")).utf8Length(), 5);
    }
    void recoveryCodeFormatAndNormalisation()
    {
        const SecureBytes code = RecoveryCode::generate();
        QCOMPARE(code.size(), std::size_t(39));
        QVERIFY(RecoveryCode::looksValid(code));
        // Lower case, spaces instead of hyphens and full-width digits still match.
        QString typed = QString::fromLatin1(reinterpret_cast<const char*>(code.data()), 39).toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('2'), QChar(0xFF12));
        QVERIFY(RecoveryCode::normalise(SecureBytes::fromString(typed)) == code);
        QVERIFY(!RecoveryCode::looksValid(SecureBytes::fromString(QStringLiteral("ABCD-EFGH"))));
        QVERIFY(!(RecoveryCode::generate() == code));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
