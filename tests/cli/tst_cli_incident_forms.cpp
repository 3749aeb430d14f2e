// `form incident-report|ppc-preliminary|ppc-final|notice-letter --id ID`: the forms of a leak
// incident come out as PDFs whose Japanese text pdftotext reads back; an incident is found by id
// or number; unknown incidents, other sections' incidents and unfiled reports are refused with
// their documented exit codes and nothing is written.
#include "CliRunner.h"
#include "IncidentWorld.h"
#include "TestCase.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

// The text of a PDF without white space, NFKC-normalised (Qt's PDF writer maps some kanji back to
// look-alike radicals, and full-width brackets come out as ASCII); "" without pdftotext. Radicals
// of the CJK supplement have no NFKC form (長 reads back as ⻑), so expected text avoids them.
QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
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

class TestCliIncidentForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFormIsAPdf_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<QStringList>("expected"); // text pdftotext must find
        const QString id = QStringLiteral("--id");
        const QString number = QStringLiteral("IN-2025-000001");
        QTest::addRow("incident-report by number")
            << QStringLiteral("hoken.kacho") << QStringList{QStringLiteral("incident-report"), id, number} << 1
            << QStringList{QStringLiteral("個人情報の漏えい等事案報告書"), number, QStringLiteral("事案の概要"),
                           QStringLiteral("総括保護管理者"), QStringLiteral("再発防止策")};
        QTest::addRow("ppc-preliminary, both regimes")
            << QStringLiteral("somu.bucho") << QStringList{QStringLiteral("ppc-preliminary"), id, number} << 2
            << QStringList{QStringLiteral("個人情報保護委員会への漏えい等報告（速報）"), QStringLiteral("個人情報保護委員会　御中"),
                           QStringLiteral("令和7年11月21日"), QStringLiteral("番号法に基づく報告（特定個人情報）"),
                           QStringLiteral("二次被害又はそのおそれの有無及びその内容"), QStringLiteral("その他参考となる事項")};
        QTest::addRow("ppc-final by id")
            << QStringLiteral("fuku.shicho") << QStringList{QStringLiteral("ppc-final"), id, QStringLiteral("1")} << 1
            << QStringList{QStringLiteral("個人情報保護委員会への漏えい等報告（確報）"), QStringLiteral("再発防止のための措置"),
                           QStringLiteral("個人番号を含むファイルのメール送信を禁止")};
        QTest::addRow("notice-letter")
            << QStringLiteral("hoken.kacho") << QStringList{QStringLiteral("notice-letter"), id, number} << 2
            << QStringList{QStringLiteral("（対象者）様"), QStringLiteral("個人情報の漏えいに関するお知らせ"),
                           QStringLiteral("第7条第2項"), QStringLiteral("お問い合わせ先")};
    }
    void everyFormIsAPdf()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, minPages);
        QFETCH(QStringList, expected);
        TempCase tc;
        makeIncidentWorld(tc);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("form.pdf"));
        const CliResult r = run(tc, user, QStringList{QStringLiteral("form")} + args +
                                              QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // To look at the forms: MAMORI_KEEP_FORMS=DIR keeps a copy of each PDF there.
        if (const QString keep = qEnvironmentVariable("MAMORI_KEEP_FORMS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(args.constFirst() + QStringLiteral(".pdf")));
        const QJsonObject json = r.outJson().object();
        QCOMPARE(json.value(QStringLiteral("form")).toString(), args.constFirst());
        QVERIFY2(json.value(QStringLiteral("pages")).toInt() >= minPages, qPrintable(r.outText()));
        QCOMPARE(printsBy(tc, user), 1);
        const QString text = pdfText(pdf);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: only the PDF header was checked");
        for (const QString& e : expected) {
            const QString want = QString(e).normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(text.contains(want), qPrintable(e + QStringLiteral(" not in:\n") + text.left(2000)));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        const QString id = QStringLiteral("--id");
        QTest::addRow("unknown number") << QStringLiteral("hoken.kacho")
                                        << QStringList{QStringLiteral("incident-report"), id, QStringLiteral("IN-2099-000001")}
                                        << 6 << QStringLiteral("not-found");
        QTest::addRow("unknown id") << QStringLiteral("hoken.kacho")
                                    << QStringList{QStringLiteral("notice-letter"), id, QStringLiteral("9999")} << 6
                                    << QStringLiteral("not-found");
        QTest::addRow("another section's incident")
            << QStringLiteral("zeimu.kacho") << QStringList{QStringLiteral("incident-report"), id, QStringLiteral("IN-2025-000001")}
            << 5 << QStringLiteral("permission-denied");
        QTest::addRow("administrator") << kAdminLogin
                                       << QStringList{QStringLiteral("ppc-preliminary"), id, QStringLiteral("IN-2025-000001")}
                                       << 5 << QStringLiteral("permission-denied");
        QTest::addRow("preliminary not filed")
            << QStringLiteral("fuku.shicho") << QStringList{QStringLiteral("ppc-preliminary"), id, QStringLiteral("IN-2025-000002")}
            << 2 << QStringLiteral("conflict");
        QTest::addRow("without --id") << QStringLiteral("hoken.kacho") << QStringList{QStringLiteral("ppc-final")} << 1
                                      << QStringLiteral("usage");
    }
    void refused()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        TempCase tc;
        makeIncidentWorld(tc);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("form.pdf"));
        const CliResult r = run(tc, user, QStringList{QStringLiteral("form")} + args +
                                              QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errJson().object().value(QStringLiteral("error")).toString(), error);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(printsBy(tc, user), 0);
    }

    void unfiledReportIsExplained()
    {
        TempCase tc;
        makeIncidentWorld(tc);
        QTemporaryDir out;
        const CliResult r = run(tc, QStringLiteral("fuku.shicho"),
                                {QStringLiteral("form"), QStringLiteral("ppc-final"), QStringLiteral("--id"),
                                 QStringLiteral("IN-2025-000002"), QStringLiteral("--out"), out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("final report (確報) of this incident has not been filed")),
                 qPrintable(r.errText()));
    }

    void helpListsTheForms()
    {
        const CliResult r = runCli({QStringLiteral("form"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* name : {"incident-report", "ppc-preliminary", "ppc-final", "notice-letter"})
            QVERIFY2(r.outText().contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestCliIncidentForms)
#include "tst_cli_incident_forms.moc"
