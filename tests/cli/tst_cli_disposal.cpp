// `disposal list | attach | attachment get` run as a separate process on disposals prepared
// through core.
#include "CliRunner.h"
#include "TestCase.h"

#include "custody/DisposalService.h"
#include "demo/DemoImages.h"
#include "organisation/PersonService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
CliResult run(TempCase& tc, const QStringList& args, const QString& user = QStringLiteral("mgr"))
{
    tc.close(); // the CLI needs the lock
    const QStringList session{QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), user,
                              QStringLiteral("--password-stdin")};
    return runCli(session + args, {kAdminPassword});
}

QStringList controlNos(const CliResult& r)
{
    QStringList out;
    for (const QJsonValue& v : r.outJson().array())
        out << v.toObject().value(QStringLiteral("control_no")).toString();
    return out;
}

// Section 0101: DS-2025-000001 PLANNED (in-house, 2025-11-20), DS-2025-000002 handed to a
// contractor with a certificate (2025-12-01); section 0102: DS-2025-000003 PLANNED (not the
// manager's to read).
void prepare(TempCase& tc)
{
    const qint64 own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
    const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, other);
    const Session manager(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
    const Session handler(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, own}}, false);
    const Session otherManager(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, other}}, false);
    CaseFile& file = tc.file();
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = own;
    const qint64 person = file.people().add(tc.admin(), p).id;
    p.staffNo = QStringLiteral("P002");
    p.sectionId = other;
    const qint64 otherPerson = file.people().add(tc.admin(), p).id;

    DisposalService& s = file.disposals();
    Disposal d;
    d.sectionId = own;
    d.requestedBy = person;
    d.description = QStringLiteral("住民票交付申請書");
    d.quantity = 2;
    d.recordCount = 800;
    d.method = DisposalMethod::Shredding;
    d.plannedOn = QDate(2025, 11, 20);
    s.plan(handler, d);
    d.performer = DisposalPerformer::Contractor;
    d.method = DisposalMethod::Dissolution;
    d.contractorName = QStringLiteral("株式会社北関東リサイクル");
    d.subcontractTier = 1;
    d.plannedOn = QDate(2025, 12, 1);
    const qint64 c = s.approve(manager, s.plan(handler, d).id).id;
    s.markHandedOver(handler, c, {tc.clock().now(), person, QString()});
    DisposalCertificate cert;
    cert.certificateNo = QStringLiteral("KR-77");
    cert.issuer = d.contractorName;
    cert.issuedOn = tc.clock().now().toLocalTime().date();
    cert.receivedOn = cert.issuedOn;
    s.addCertificate(handler, c, cert);
    d.sectionId = other;
    d.requestedBy = otherPerson;
    s.plan(otherManager, d);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

class TestCliDisposal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listJson()
    {
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, {QStringLiteral("disposal"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(controlNos(r), (QStringList{QStringLiteral("DS-2025-000001"), QStringLiteral("DS-2025-000002")}));
        const QJsonObject c = r.outJson().array().at(1).toObject();
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("CERTIFICATE_RECEIVED"));
        QCOMPARE(c.value(QStringLiteral("performer")).toString(), QStringLiteral("CONTRACTOR"));
        QCOMPARE(c.value(QStringLiteral("subcontract_tier")).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("section")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("0101"));
        QCOMPARE(c.value(QStringLiteral("certificates")).toArray().first().toObject().value(QStringLiteral("certificate_no")).toString(),
                 QStringLiteral("KR-77"));
        const CliResult text = run(tc, {QStringLiteral("disposal"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("株式会社北関東リサイクル")), qPrintable(text.outText()));
        QVERIFY(text.outText().contains(QStringLiteral("DS-2025-000001")));
        CaseFile& file = tc.reopen();
        JournalFilter views;
        views.entity = QStringLiteral("disposal");
        views.action = JournalAction::View;
        views.login = QStringLiteral("mgr");
        QCOMPARE(file.journal().page(views, 0, 100).size(), 2);
    }
    void filters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("planned") << QStringList{QStringLiteral("--state"), QStringLiteral("planned")}
                                 << QStringList{QStringLiteral("DS-2025-000001")};
        QTest::addRow("certificate received")
            << QStringList{QStringLiteral("--state"), QStringLiteral("CERTIFICATE_RECEIVED")} << QStringList{QStringLiteral("DS-2025-000002")};
        QTest::addRow("section") << QStringList{QStringLiteral("--section"), QStringLiteral("0101")}
                                 << QStringList{QStringLiteral("DS-2025-000001"), QStringLiteral("DS-2025-000002")};
        QTest::addRow("from") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-11-21")}
                              << QStringList{QStringLiteral("DS-2025-000002")};
        QTest::addRow("to") << QStringList{QStringLiteral("--to"), QStringLiteral("2025-11-30")}
                            << QStringList{QStringLiteral("DS-2025-000001")};
        QTest::addRow("recorded") << QStringList{QStringLiteral("--state"), QStringLiteral("RECORDED")} << QStringList{};
    }
    void filters()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringList{QStringLiteral("disposal"), QStringLiteral("list")} + options + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(controlNos(r), expected);
    }
    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("unknown state") << QStringList{QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("BURNT")} << 2;
        QTest::addRow("other section") << QStringList{QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("0102")} << 5;
        QTest::addRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("20251121")} << 1;
        QTest::addRow("get without --out") << QStringList{QStringLiteral("attachment"), QStringLiteral("get"), QStringLiteral("1")} << 1;
        QTest::addRow("attachment without get") << QStringList{QStringLiteral("attachment"), QStringLiteral("1")} << 1;
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        TempCase tc;
        prepare(tc);
        const CliResult r = run(tc, QStringList{QStringLiteral("disposal")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.errText().isEmpty());
    }
    void attachAndGet()
    {
        TempCase tc;
        prepare(tc);
        QTemporaryDir tmp;
        const QByteArray photo = DemoImages::certificatePhoto(64, 48);
        const QString in = writeFile(tmp, QStringLiteral("証明書.png"), photo);
        QVERIFY(!in.isEmpty());
        // The handler attaches to the certificate.
        const CliResult a = run(tc, {QStringLiteral("disposal"), QStringLiteral("attach"), QStringLiteral("DS-2025-000002"), in,
                                     QStringLiteral("--certificate"), QStringLiteral("KR-77"), QStringLiteral("--caption"),
                                     QStringLiteral("証明書"), QStringLiteral("--json")},
                                QStringLiteral("handler"));
        QCOMPARE(a.exitCode, 0);
        const QJsonObject info = a.outJson().object();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QCOMPARE(info.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(info.value(QStringLiteral("media_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(info.value(QStringLiteral("file_name")).toString(), QStringLiteral("証明書.png"));
        const QString id = QString::number(info.value(QStringLiteral("id")).toInteger());
        // A handler may not export it; the manager may, to the file named.
        const QString out = tmp.filePath(QStringLiteral("copy.png"));
        const CliResult denied = run(tc, {QStringLiteral("disposal"), QStringLiteral("attachment"), QStringLiteral("get"), id,
                                          QStringLiteral("--out"), out},
                                     QStringLiteral("handler"));
        QCOMPARE(denied.exitCode, 5);
        QVERIFY(!QFileInfo::exists(out));
        const CliResult got = run(tc, {QStringLiteral("disposal"), QStringLiteral("attachment"), QStringLiteral("get"), id,
                                       QStringLiteral("--out"), out});
        QCOMPARE(got.exitCode, 0);
        QVERIFY2(got.outText().contains(sha), qPrintable(got.outText()));
        QFile copy(out);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), photo);
        CaseFile& file = tc.reopen();
        JournalFilter exports;
        exports.entity = QStringLiteral("disposal_attachment");
        exports.action = JournalAction::Export;
        QCOMPARE(file.journal().page(exports, 0, 10).size(), 1);
    }
    void attachRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::addRow("not an image") << QByteArray("name,address\n") << QStringLiteral("JPEG or PNG");
        QTest::addRow("corrupt png") << DemoImages::certificatePhoto(20, 20).left(60) << QStringLiteral("PNG");
    }
    void attachRefusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        TempCase tc;
        prepare(tc);
        QTemporaryDir tmp;
        const QString in = writeFile(tmp, QStringLiteral("x.png"), bytes);
        const CliResult r = run(tc, {QStringLiteral("disposal"), QStringLiteral("attach"), QStringLiteral("DS-2025-000001"), in},
                                QStringLiteral("handler"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        const CliResult missing = run(tc, {QStringLiteral("disposal"), QStringLiteral("attach"), QStringLiteral("DS-2025-000001"),
                                           tmp.filePath(QStringLiteral("nope.png"))},
                                      QStringLiteral("handler"));
        QCOMPARE(missing.exitCode, 6);
    }
};

QTEST_GUILESS_MAIN(TestCliDisposal)
#include "tst_cli_disposal.moc"
