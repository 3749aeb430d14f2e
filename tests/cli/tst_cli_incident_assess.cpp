// `incident assess` runs without a case file: JSON in, JSON out, exit 2 naming the key for bad
// input. The CLI uses the real clock, so "the future" is the year 2999.
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mamori::test;

namespace {
const QStringList kAssess{QStringLiteral("incident"), QStringLiteral("assess")};

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestCliIncidentAssess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void success_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("not reportable") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 100})")
                                        << json(R"({"appi": {"reportable": false, "grounds": [], "preliminary_due": null,
                                                    "final_due": null, "notify_individuals": false},
                                                    "my_number": {"reportable": false, "grounds": [], "preliminary_due": null,
                                                    "final_due": null, "notify_individuals": false}})");
        QTest::newRow("101 persons") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 101})")
                                     << json(R"({"appi": {"reportable": true, "grounds": ["appi-43-4"],
                                                 "preliminary_due": "2025-06-06", "final_due": "2025-07-01",
                                                 "notify_individuals": true},
                                                 "my_number": {"reportable": false, "grounds": [], "preliminary_due": null,
                                                 "final_due": null, "notify_individuals": false}})");
        QTest::newRow("both regimes, improper purpose, year end")
            << QStringLiteral(R"({"aware_at": "2025-11-01", "persons": 3, "my_number": true, "improper_purpose": true,
                                 "my_number_system": true, "sensitive": true})")
            << json(R"({"appi": {"reportable": true, "grounds": ["appi-43-1", "appi-43-3"],
                        "preliminary_due": "2025-11-05", "final_due": "2026-01-05", "notify_individuals": true},
                        "my_number": {"reportable": true, "grounds": ["mynumber-2-1", "mynumber-2-2"],
                        "preliminary_due": "2025-11-05", "final_due": "2026-01-05", "notify_individuals": true}})");
        QTest::newRow("advanced encryption")
            << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 5000, "sensitive": true, "my_number": true,
                                 "advanced_encryption": true})")
            << json(R"({"appi": {"reportable": false, "grounds": [], "preliminary_due": null,
                        "final_due": null, "notify_individuals": false},
                        "my_number": {"reportable": false, "grounds": [], "preliminary_due": null,
                        "final_due": null, "notify_individuals": false}})");
    }
    void success()
    {
        QFETCH(QString, input);
        QFETCH(QJsonObject, expected);
        const CliResult r = runCli(kAssess, {input});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.outJson().object(), expected);
        QCOMPARE(r.out.count('\n'), 1); // one JSON object, one line
    }

    void inputFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("facts.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"aware_at": "2025-06-03", "persons": 1, "my_number": true, "public_exposure": true})");
        f.close();
        const CliResult r = runCli(kAssess + QStringList{QStringLiteral("--input"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject myNumber = r.outJson().object().value(QStringLiteral("my_number")).toObject();
        QCOMPARE(myNumber.value(QStringLiteral("preliminary_due")).toString(), QStringLiteral("2025-06-09"));
        QCOMPARE(myNumber.value(QStringLiteral("final_due")).toString(), QStringLiteral("2025-07-02"));
    }

    // Needs no case file, and ignores none given.
    void noCaseFileNeeded()
    {
        const CliResult r = runCli(kAssess, {QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 0})")});
        QCOMPARE(r.exitCode, 0);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("missing aware_at") << QStringLiteral(R"({"persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("missing persons") << QStringLiteral(R"({"aware_at": "2025-06-02"})") << QStringLiteral("persons");
        QTest::newRow("mistyped persons") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": "ten"})")
                                          << QStringLiteral("persons");
        QTest::newRow("fractional persons") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 2.5})")
                                            << QStringLiteral("persons");
        QTest::newRow("negative persons") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": -3})")
                                          << QStringLiteral("persons");
        QTest::newRow("mistyped aware_at") << QStringLiteral(R"({"aware_at": true, "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("impossible date") << QStringLiteral(R"({"aware_at": "2025-02-29", "persons": 1})")
                                         << QStringLiteral("aware_at");
        QTest::newRow("future date") << QStringLiteral(R"({"aware_at": "2999-01-01", "persons": 1})")
                                     << QStringLiteral("aware_at");
        QTest::newRow("mistyped boolean") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 1, "my_number": "no"})")
                                          << QStringLiteral("my_number");
        QTest::newRow("unknown key") << QStringLiteral(R"({"aware_at": "2025-06-02", "persons": 1, "persons_count": 1})")
                                     << QStringLiteral("persons_count");
        QTest::newRow("not JSON") << QStringLiteral("aware_at: 2025-06-02") << QStringLiteral("JSON");
        QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("empty input") << QString() << QStringLiteral("JSON");
    }
    void invalidInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        const CliResult r = runCli(kAssess, input.isNull() ? QStringList() : QStringList{input});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(QStringLiteral("mamori-cli: ")), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(key), qPrintable(r.errText()));

        const CliResult j = runCli(kAssess + QStringList{QStringLiteral("--json")},
                                   input.isNull() ? QStringList() : QStringList{input});
        QCOMPARE(j.exitCode, 2);
        QCOMPARE(j.errJson().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid-argument"));
        QVERIFY(j.errJson().object().value(QStringLiteral("message")).toString().contains(key));
    }

    void missingInputFile()
    {
        const CliResult r = runCli(kAssess + QStringList{QStringLiteral("--input"), QStringLiteral("/nonexistent/facts.json")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.errText().contains(QStringLiteral("facts.json")));
    }

    void usageErrors()
    {
        QCOMPARE(runCli(kAssess + QStringList{QStringLiteral("--bogus")}).exitCode, 1);
        QCOMPARE(runCli(kAssess + QStringList{QStringLiteral("extra")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("incident"), QStringLiteral("nosuch")}).exitCode, 1);
    }

    void help()
    {
        const CliResult r = runCli(kAssess + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("aware_at")));
    }
};

QTEST_GUILESS_MAIN(TestCliIncidentAssess)
#include "tst_cli_incident_assess.moc"
