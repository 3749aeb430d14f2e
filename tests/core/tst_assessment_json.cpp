#include "common/Error.h"
#include "incidents/AssessmentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mamori;

namespace {
const QDate kToday(2025, 11, 23);
}

class TestAssessmentJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryKey()
    {
        const IncidentFacts f = AssessmentJson::parseFacts(
            R"({"aware_at": "2025-06-02", "persons": 120, "sensitive": true, "ordinance_sensitive": true,
                "ordinance_defines_sensitive": true, "property_damage_risk": true, "improper_purpose": true,
                "advanced_encryption": true, "my_number": true, "my_number_system": true, "public_exposure": true})",
            kToday);
        QCOMPARE(f.awareOn, QDate(2025, 6, 2));
        QCOMPARE(f.persons, 120);
        QVERIFY(f.sensitive && f.ordinanceSensitive && f.ordinanceDefinesSensitive && f.propertyDamageRisk
                && f.improperPurpose && f.advancedEncryption && f.myNumber && f.myNumberSystem && f.publicExposure);
    }

    void booleansDefaultToFalse()
    {
        const IncidentFacts f = AssessmentJson::parseFacts(R"({"aware_at": "2025-11-23", "persons": 0})", kToday);
        IncidentFacts expected;
        expected.awareOn = kToday;
        QCOMPARE(f, expected);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("aware_at=2025-06-02") << QStringLiteral("input");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("input");
        QTest::newRow("an array") << QByteArray(R"([{"aware_at": "2025-06-02", "persons": 1}])") << QStringLiteral("input");
        QTest::newRow("aware_at missing") << QByteArray(R"({"persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("aware_at a number") << QByteArray(R"({"aware_at": 20250602, "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("aware_at null") << QByteArray(R"({"aware_at": null, "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("aware_at with time") << QByteArray(R"({"aware_at": "2025-06-02T10:00", "persons": 1})")
                                            << QStringLiteral("aware_at");
        QTest::newRow("aware_at slashes") << QByteArray(R"({"aware_at": "2025/06/02", "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("impossible date") << QByteArray(R"({"aware_at": "2025-02-30", "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("month 13") << QByteArray(R"({"aware_at": "2025-13-01", "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("future") << QByteArray(R"({"aware_at": "2025-11-24", "persons": 1})") << QStringLiteral("aware_at");
        QTest::newRow("persons missing") << QByteArray(R"({"aware_at": "2025-06-02"})") << QStringLiteral("persons");
        QTest::newRow("persons a string") << QByteArray(R"({"aware_at": "2025-06-02", "persons": "12"})") << QStringLiteral("persons");
        QTest::newRow("persons negative") << QByteArray(R"({"aware_at": "2025-06-02", "persons": -1})") << QStringLiteral("persons");
        QTest::newRow("persons fractional") << QByteArray(R"({"aware_at": "2025-06-02", "persons": 1.5})") << QStringLiteral("persons");
        QTest::newRow("persons huge") << QByteArray(R"({"aware_at": "2025-06-02", "persons": 1e300})") << QStringLiteral("persons");
        QTest::newRow("persons null") << QByteArray(R"({"aware_at": "2025-06-02", "persons": null})") << QStringLiteral("persons");
        QTest::newRow("boolean as string") << QByteArray(R"({"aware_at": "2025-06-02", "persons": 1, "sensitive": "yes"})")
                                           << QStringLiteral("sensitive");
        QTest::newRow("boolean as number") << QByteArray(R"({"aware_at": "2025-06-02", "persons": 1, "my_number": 1})")
                                           << QStringLiteral("my_number");
        QTest::newRow("unknown key") << QByteArray(R"({"aware_at": "2025-06-02", "persons": 1, "sensitiv": true})")
                                     << QStringLiteral("sensitiv");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        try {
            AssessmentJson::parseFacts(json, kToday);
            QFAIL("accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QCOMPARE(e.field(), field);
            if (field != QLatin1String("input"))
                QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
    }

    void output()
    {
        IncidentFacts f;
        f.awareOn = QDate(2025, 6, 2);
        f.persons = 101;
        const QJsonObject o = AssessmentJson::toJson(Reportability::assess(f));
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "appi": {"reportable": true, "grounds": ["appi-43-4"], "preliminary_due": "2025-06-06",
                     "final_due": "2025-07-01", "notify_individuals": true},
            "my_number": {"reportable": false, "grounds": [], "preliminary_due": null, "final_due": null,
                          "notify_individuals": false}})")
                                         .object();
        QCOMPARE(o, expected);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentJson)
#include "tst_assessment_json.moc"
