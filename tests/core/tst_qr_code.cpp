// QR codes for the records-room labels: the symbol libqrencode chooses for our control numbers,
// a golden matrix, refusals, and (with zbarimg from Debian's zbar-tools) that a decoder reads
// back exactly the text that went in.
#include "Golden.h"
#include "TestCase.h"

#include "common/Error.h"
#include "labels/QrCode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// zbarimg's decoding of one image, "" when it finds no code.
QString decode(const QString& zbarimg, const QString& image)
{
    QProcess p;
    p.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), image});
    if (!p.waitForFinished(60000))
        return QStringLiteral("<zbarimg did not finish>");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TestQrCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionForText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("version");
        // Alphanumeric mode: version 1-M holds 20 characters, 2-M 38.
        QTest::addRow("carry-out control number") << QStringLiteral("CO-2025-000001") << 1;
        QTest::addRow("20 alphanumerics") << QStringLiteral("DS-2025-000001-ABCDE") << 1;
        QTest::addRow("21 alphanumerics") << QStringLiteral("DS-2025-000001-ABCDEF") << 2;
        // Byte mode (lower case letters): version 1-M holds 14 bytes.
        QTest::addRow("14 bytes") << QStringLiteral("abcdefghijklmn") << 1;
        QTest::addRow("15 bytes") << QStringLiteral("abcdefghijklmno") << 2;
    }
    void versionForText()
    {
        QFETCH(QString, text);
        QFETCH(int, version);
        const QrCode qr = QrCode::encode(text);
        QCOMPARE(qr.version(), version);
        QCOMPARE(qr.size(), 17 + 4 * version);
        QVERIFY(!qr.isNull());
    }
    void matrixIsStable()
    {
        const QrCode qr = QrCode::encode(QStringLiteral("CO-2025-000001"));
        const QString text = qr.toText();
        // The three finder patterns: 7x7 dark rings in three corners.
        for (const auto& [x, y] : {std::pair{0, 0}, std::pair{qr.size() - 7, 0}, std::pair{0, qr.size() - 7}}) {
            for (int i = 0; i < 7; ++i) {
                QVERIFY(qr.dark(x + i, y) && qr.dark(x + i, y + 6) && qr.dark(x, y + i) && qr.dark(x + 6, y + i));
                QVERIFY(i == 0 || i == 6 || qr.dark(x + 3, y + 3));
            }
            QVERIFY(!qr.dark(x + 1, y + 1));
        }
        QVERIFY(!qr.dark(-1, 0) && !qr.dark(0, qr.size()));
        compareGolden(QStringLiteral("qr-CO-2025-000001.txt"), text);
    }
    void runsCoverExactlyTheDarkModules()
    {
        const QrCode qr = QrCode::encode(QStringLiteral("CO-2025-123456"));
        QList<QByteArray> painted(qr.size(), QByteArray(qr.size(), '.'));
        for (const QrCode::Run& r : qr.darkRuns()) {
            QVERIFY(r.length > 0);
            for (int c = r.column; c < r.column + r.length; ++c) {
                QCOMPARE(painted[r.row][c], '.');
                painted[r.row][c] = '#';
            }
        }
        QByteArray joined;
        for (const QByteArray& row : painted)
            joined += row + '\n';
        QCOMPARE(QString::fromLatin1(joined), qr.toText());
    }
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("NUL inside") << (QStringLiteral("CO-2025") + QChar(u'\0') + QStringLiteral("-1"));
        QTest::addRow("too long for version 40") << QString(8000, QLatin1Char('x'));
    }
    void refused()
    {
        QFETCH(QString, text);
        try {
            QrCode::encode(text);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
    }
    void pbmHasTheQuietZone()
    {
        const QrCode qr = QrCode::encode(QStringLiteral("CO-2025-000001"));
        const QByteArray pbm = qr.toPbm(1);
        const int side = qr.size() + 2 * QrCode::kQuietZone; // 29
        const QByteArray header = QStringLiteral("P4\n%1 %1\n").arg(side).toLatin1();
        QVERIFY(pbm.startsWith(header));
        const int rowBytes = (side + 7) / 8;
        QCOMPARE(pbm.size(), header.size() + rowBytes * side);
        // Row 4 (the first of the symbol) starts with 4 light pixels and then the finder's 7 dark.
        const auto row4 = static_cast<unsigned char>(pbm.at(header.size() + 4 * rowBytes));
        QCOMPARE(row4, 0x0F);
    }
    void decodesRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("carry-out") << QStringLiteral("CO-2025-000001");
        QTest::addRow("disposal batch") << QStringLiteral("DS-2026-000123");
        QTest::addRow("byte mode") << QStringLiteral("co-2025-000001/shelf 3");
    }
    void decodesRoundTrip()
    {
        QFETCH(QString, text);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (Debian package zbar-tools, in tools/debian-deps.sh) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.pbm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QrCode::encode(text).toPbm(4));
        f.close();
        QCOMPARE(decode(zbarimg, path), text);
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qr_code.moc"
