// `form NAME --out FILE.pdf`: every printable form comes out as a PDF with its Japanese text (read
// back with pdftotext from poppler-utils), labels scan back to their control numbers (pdftoppm +
// zbarimg), and bad command lines are refused before anything is read or written.
#include "CarryOutWorld.h"
#include "CliRunner.h"
#include "TestCase.h"

#include "custody/DisposalService.h"
#include "custody/HandlingAreaService.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
CliResult run(TempCase& tc, const QString& user, const QStringList& args)
{
    tc.close(); // the CLI needs the lock
    const QStringList session{QStringLiteral("--case"), tc.dir(), QStringLiteral("--user"), user,
                              QStringLiteral("--password-stdin")};
    return runCli(session + args, {kAdminPassword});
}

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

// Standard output of a helper program, "" when it failed.
QString output(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray head(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
}

void prepare(TempCase& tc)
{
    const CarryOutWorld w = makeCarryOutWorld(tc);
    HandlingArea a;
    a.areaCode = QStringLiteral("SH-1F-01");
    a.sectionId = w.own;
    a.building = QStringLiteral("本庁舎");
    a.floor = QStringLiteral("1階");
    a.room = QStringLiteral("市民課 住民記録係");
    tc.file().areas().create(w.manager, a);
    // DS-2025-000001 shredded in-house by ichiro, watched by hanako; DS-2025-000002 a plan for a
    // contractor.
    DisposalService& ds = tc.file().disposals();
    Disposal d;
    d.sectionId = w.own;
    d.requestedBy = w.ichiro;
    d.description = QStringLiteral("住民票写し交付請求書（令和元年度分）");
    d.recordCount = 800;
    d.basis = QStringLiteral("保存期間満了");
    d.place = QStringLiteral("本庁舎1階");
    d.plannedOn = QDate(2025, 11, 21);
    const qint64 shredded = ds.plan(w.handler, d).id;
    ds.approve(w.manager, shredded);
    tc.clock().advanceSeconds(60);
    ds.markExecuted(w.handler, shredded, {tc.clock().now(), w.ichiro, QString()});
    ds.addWitness(w.handler, shredded, w.hanako, tc.clock().now());
    d.description = QStringLiteral("旧端末のディスク");
    d.itemKind = DisposalItemKind::BuiltInDisk;
    d.serialNos = {QStringLiteral("SN-1")};
    d.method = DisposalMethod::PhysicalDestruction;
    d.performer = DisposalPerformer::Contractor;
    d.contractorName = QStringLiteral("株式会社試験リサイクル");
    d.subcontractTier = 1;
    ds.plan(w.handler, d);
}

qsizetype printsBy(TempCase& tc, const QString& login)
{
    CaseFile& file = tc.reopen();
    JournalFilter f;
    f.action = JournalAction::Print;
    f.login = login;
    const qsizetype n = file.journal().page(f, 0, 100).size();
    tc.close();
    return n;
}
} // namespace

class TestCliForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFormIsAPdf_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected"); // text pdftotext must find
        const QString mgr = QStringLiteral("shimin.kacho");
        QTest::addRow("accounts") << kAdminLogin << QStringList{QStringLiteral("accounts")}
                                  << QStringList{QStringLiteral("職員アカウント一覧"), QStringLiteral("shimin.kacho")};
        QTest::addRow("area-sheet by code")
            << mgr << QStringList{QStringLiteral("area-sheet"), QStringLiteral("--id"), QStringLiteral("SH-1F-01")}
            << QStringList{QStringLiteral("取扱区域指定書"), QStringLiteral("SH-1F-01")};
        QTest::addRow("file-register") << mgr
                                       << QStringList{QStringLiteral("file-register"), QStringLiteral("--section"),
                                                      QStringLiteral("0201")}
                                       << QStringList{QStringLiteral("個人情報ファイル簿"), QStringLiteral("MAMORI-PIF-")};
        QTest::addRow("carryout-ledger")
            << mgr
            << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--section"), QStringLiteral("0201"),
                           QStringLiteral("--from"), QStringLiteral("2025-11-01"), QStringLiteral("--to"),
                           QStringLiteral("2025-11-30")}
            // Narrow ledger and register cells wrap identifiers and words (a known layout issue), so
            // only the header is read back whole here; the approval form and labels check a control number.
            << QStringList{QStringLiteral("持出簿"), QStringLiteral("MAMORI-COL-"), QStringLiteral("令和7年11月")};
        QTest::addRow("carryout-approval by control number")
            << mgr << QStringList{QStringLiteral("carryout-approval"), QStringLiteral("--id"), QStringLiteral("CO-2025-000001")}
            << QStringList{QStringLiteral("持出承認申請書"), QStringLiteral("CO-2025-000001"), QStringLiteral("必須")};
        QTest::addRow("labels of a section")
            << mgr << QStringList{QStringLiteral("labels"), QStringLiteral("--section"), QStringLiteral("0201")}
            << QStringList{QStringLiteral("CO-2025-000005"), QStringLiteral("持出管理")};
        QTest::addRow("disposal-ledger")
            << mgr << QStringList{QStringLiteral("disposal-ledger"), QStringLiteral("--section"), QStringLiteral("0201")}
            << QStringList{QStringLiteral("廃棄記録簿"), QStringLiteral("MAMORI-DSL-"), QStringLiteral("自庁発行")};
        QTest::addRow("disposal-certificate by control number")
            << mgr << QStringList{QStringLiteral("disposal-certificate"), QStringLiteral("--id"), QStringLiteral("DS-2025-000001")}
            // Qt's PDF maps the middle dot of 廃棄・消去 to U+2027 for pdftotext: look for the words.
            << QStringList{QStringLiteral("消去証明書"), QStringLiteral("DS-2025-000001"), QStringLiteral("交付請求書")};
        QTest::addRow("label of a disposal batch")
            << mgr << QStringList{QStringLiteral("labels"), QStringLiteral("--id"), QStringLiteral("ds-2025-000002")}
            << QStringList{QStringLiteral("DS-2025-000002"), QStringLiteral("廃棄管理")};
        QTest::addRow("disposal-labels")
            << mgr << QStringList{QStringLiteral("disposal-labels"), QStringLiteral("--section"), QStringLiteral("0201")}
            << QStringList{QStringLiteral("DS-2025-000001"), QStringLiteral("DS-2025-000002")};
    }
    void everyFormIsAPdf()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        TempCase tc;
        prepare(tc);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("form.pdf"));
        const CliResult r = run(tc, user, QStringList{QStringLiteral("form")} + args +
                                              QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QCOMPARE(head(pdf), QByteArray("%PDF-"));
        // To look at the forms: MAMORI_KEEP_FORMS=DIR keeps a copy of each PDF there.
        if (const QString keep = qEnvironmentVariable("MAMORI_KEEP_FORMS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf")));
        const QJsonObject json = r.outJson().object();
        QCOMPARE(json.value(QStringLiteral("form")).toString(), args.constFirst());
        QVERIFY(json.value(QStringLiteral("pages")).toInt() >= 1);
        QCOMPARE(printsBy(tc, user), 1);
        if (tool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: only the PDF header was checked");
        // NFKC: Qt's PDF writer maps some kanji back to their look-alike Kangxi radicals (⽉ for 月).
        const QString text = output(tool(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC);
        // Narrow table cells wrap long identifiers (CO-2025-00000 / 1): compare without white space.
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& e : expected)
            QVERIFY2(flat.contains(QString(e).remove(QLatin1Char(' '))), qPrintable(e + QStringLiteral(" not in:\n") + text.left(2000)));
    }
    void labelsScanBack()
    {
        const QString pdftoppm = tool(QStringLiteral("pdftoppm"));
        const QString zbarimg = tool(QStringLiteral("zbarimg"));
        if (pdftoppm.isEmpty() || zbarimg.isEmpty())
            QSKIP("pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed; see tools/debian-deps.sh");
        TempCase tc;
        prepare(tc);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("labels.pdf"));
        const CliResult r = run(tc, QStringLiteral("shimin.kacho"),
                                {QStringLiteral("form"), QStringLiteral("labels"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        // 150 dpi is a coarse office scan: the modules must still come out clean.
        QVERIFY(QProcess::execute(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
                                             out.filePath(QStringLiteral("page"))}) == 0);
        const QString png = out.filePath(QStringLiteral("page-1.png"));
        QVERIFY(QFile::exists(png));
        QStringList codes = output(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png})
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("CO-2025-000001"), QStringLiteral("CO-2025-000002"),
                                     QStringLiteral("CO-2025-000003"), QStringLiteral("CO-2025-000004"),
                                     QStringLiteral("CO-2025-000005")}));
    }
    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--out");
        const QString pdf = QStringLiteral("x.pdf");
        QTest::addRow("unknown form") << QStringList{QStringLiteral("ledger"), out, pdf} << 1 << QStringLiteral("ledger");
        QTest::addRow("no form") << QStringList{out, pdf} << 1 << QStringLiteral("NAME");
        QTest::addRow("no --out") << QStringList{QStringLiteral("accounts")} << 1 << QStringLiteral("--out");
        QTest::addRow("approval without --id") << QStringList{QStringLiteral("carryout-approval"), out, pdf} << 1
                                               << QStringLiteral("--id");
        QTest::addRow("certificate without --id") << QStringList{QStringLiteral("disposal-certificate"), out, pdf} << 1
                                                  << QStringLiteral("--id");
        QTest::addRow("area-sheet without --id") << QStringList{QStringLiteral("area-sheet"), out, pdf} << 1
                                                 << QStringLiteral("--id");
        QTest::addRow("bad --from") << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--from"),
                                                   QStringLiteral("2025-13-01"), out, pdf}
                                    << 1 << QStringLiteral("2025-13-01");
        QTest::addRow("Japanese date") << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--to"),
                                                      QStringLiteral("令和7年11月30日"), out, pdf}
                                       << 1 << QStringLiteral("YYYY-MM-DD");
        QTest::addRow("--from after --to")
            << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--from"), QStringLiteral("2025-12-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-11-01"), out, pdf}
            << 1 << QStringLiteral("after");
        QTest::addRow("option the form does not take")
            << QStringList{QStringLiteral("accounts"), QStringLiteral("--section"), QStringLiteral("0201"), out, pdf} << 1
            << QStringLiteral("--section");
        QTest::addRow("--id with a period")
            << QStringList{QStringLiteral("labels"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--from"),
                           QStringLiteral("2025-11-01"), out, pdf}
            << 1 << QStringLiteral("--id");
        QTest::addRow("recovery sheet") << QStringList{QStringLiteral("recovery-sheet"), out, pdf} << 12
                                        << QStringLiteral("init --recovery-sheet");
        QTest::addRow("missing folder") << QStringList{QStringLiteral("accounts"), out, QStringLiteral("no/such/dir/x.pdf")}
                                        << 10 << QStringLiteral("does not exist");
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // No case file is needed: each is refused before the password is read.
        QTemporaryDir dir;
        const CliResult r = runCli(QStringList{QStringLiteral("--case"), dir.filePath(QStringLiteral("none")),
                                               QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("form")} +
                                   args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }
    void refusedByCore_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString mgr = QStringLiteral("shimin.kacho");
        QTest::addRow("unknown control number")
            << mgr << QStringList{QStringLiteral("carryout-approval"), QStringLiteral("--id"), QStringLiteral("CO-2099-000001")} << 6;
        QTest::addRow("unknown section") << mgr
                                         << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--section"),
                                                        QStringLiteral("9999")}
                                         << 6;
        QTest::addRow("another section's ledger")
            << QStringLiteral("zeimu.kacho")
            << QStringList{QStringLiteral("carryout-ledger"), QStringLiteral("--section"), QStringLiteral("0201")} << 5;
        QTest::addRow("certificate of a contractor's disposal")
            << mgr << QStringList{QStringLiteral("disposal-certificate"), QStringLiteral("--id"), QStringLiteral("DS-2025-000002")}
            << 2;
        QTest::addRow("unknown disposal")
            << mgr << QStringList{QStringLiteral("disposal-certificate"), QStringLiteral("--id"), QStringLiteral("DS-2099-000001")}
            << 6;
        QTest::addRow("another section's disposal ledger")
            << QStringLiteral("zeimu.kacho")
            << QStringList{QStringLiteral("disposal-ledger"), QStringLiteral("--section"), QStringLiteral("0201")} << 5;
        QTest::addRow("no labels in the period")
            << mgr << QStringList{QStringLiteral("labels"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2024-01-31")} << 6;
    }
    void refusedByCore()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        TempCase tc;
        prepare(tc);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("form.pdf"));
        const CliResult r = run(tc, user, QStringList{QStringLiteral("form")} + args + QStringList{QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(printsBy(tc, user), 0);
    }
    void helpListsTheForms()
    {
        const CliResult r = runCli({QStringLiteral("form"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* name : {"accounts", "recovery-sheet", "area-sheet", "file-register", "carryout-ledger",
                                 "carryout-approval", "labels", "disposal-ledger", "disposal-certificate", "disposal-labels"})
            QVERIFY2(r.outText().contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestCliForm)
#include "tst_cli_form.moc"
