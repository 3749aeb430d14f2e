#include "incidents/Reportability.h"

#include <QtTest>

using namespace mamori;

namespace {
const QDate kAware(2025, 6, 2); // a Monday: day 5 is Fri 6/6, day 30 Tue 7/1, day 60 Thu 7/31

// "persons=101 sensitive my_number" → facts aware on kAware.
IncidentFacts facts(const QString& spec)
{
    IncidentFacts f;
    f.awareOn = kAware;
    for (const QString& word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1String("persons=")))
            f.persons = word.mid(8).toLongLong();
        else if (word == QLatin1String("sensitive"))
            f.sensitive = true;
        else if (word == QLatin1String("ordinance_sensitive"))
            f.ordinanceSensitive = true;
        else if (word == QLatin1String("ordinance_defines_sensitive"))
            f.ordinanceDefinesSensitive = true;
        else if (word == QLatin1String("property_damage_risk"))
            f.propertyDamageRisk = true;
        else if (word == QLatin1String("improper_purpose"))
            f.improperPurpose = true;
        else if (word == QLatin1String("advanced_encryption"))
            f.advancedEncryption = true;
        else if (word == QLatin1String("my_number"))
            f.myNumber = true;
        else if (word == QLatin1String("my_number_system"))
            f.myNumberSystem = true;
        else if (word == QLatin1String("public_exposure"))
            f.publicExposure = true;
        else
            qFatal("unknown word in test spec");
    }
    return f;
}

QStringList ids(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestReportability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grounds_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("appi");
        QTest::addColumn<QStringList>("myNumber");
        auto row = [](const char* name, const char* spec, const char* appi, const char* myNumber) {
            QTest::newRow(name) << QString::fromLatin1(spec) << ids(appi) << ids(myNumber);
        };
        row("nothing", "persons=1", "", "");
        row("zero persons", "persons=0", "", "");
        // Rule A, each ground alone
        row("A1 sensitive, one person", "persons=1 sensitive", "appi-43-1", "");
        row("A2 property damage", "persons=1 property_damage_risk", "appi-43-2", "");
        row("A3 improper purpose", "persons=1 improper_purpose", "appi-43-3", "");
        row("A4 100 persons: not more than 100", "persons=100", "", "");
        row("A4 101 persons", "persons=101", "appi-43-4", "");
        row("A4 a million", "persons=1000000", "appi-43-4", "");
        row("A5 ordinance-sensitive and defined", "persons=1 ordinance_sensitive ordinance_defines_sensitive", "appi-43-5", "");
        row("A5 ordinance-sensitive without a definition", "persons=1 ordinance_sensitive", "", "");
        row("A5 definition alone", "persons=1 ordinance_defines_sensitive", "", "");
        // Rule A combined, in item order
        row("A all five", "persons=101 sensitive property_damage_risk improper_purpose ordinance_sensitive "
                          "ordinance_defines_sensitive",
            "appi-43-1 appi-43-2 appi-43-3 appi-43-4 appi-43-5", "");
        row("A1 + A4", "persons=500 sensitive", "appi-43-1 appi-43-4", "");
        row("A2 + A5", "persons=3 property_damage_risk ordinance_sensitive ordinance_defines_sensitive",
            "appi-43-2 appi-43-5", "");
        // Rule B needs My Numbers
        row("B flags without my_number", "persons=101 my_number_system public_exposure", "appi-43-4", "");
        row("my_number alone, few persons", "persons=5 my_number", "", "");
        row("B1 number-use system", "persons=1 my_number my_number_system", "", "mynumber-2-1");
        row("B2 improper purpose (both regimes)", "persons=1 my_number improper_purpose", "appi-43-3", "mynumber-2-2");
        row("B3 public exposure", "persons=1 my_number public_exposure", "", "mynumber-2-3");
        row("B4 100 persons", "persons=100 my_number", "", "");
        row("B4 101 persons (both regimes)", "persons=101 my_number", "appi-43-4", "mynumber-2-4");
        row("B all four", "persons=101 my_number my_number_system improper_purpose public_exposure",
            "appi-43-3 appi-43-4", "mynumber-2-1 mynumber-2-2 mynumber-2-3 mynumber-2-4");
        row("both regimes, different grounds", "persons=2 sensitive my_number public_exposure", "appi-43-1", "mynumber-2-3");
        // 高度な暗号化等 excludes the data from both rules
        row("encrypted, sensitive", "persons=1 sensitive advanced_encryption", "", "");
        row("encrypted, 101 persons", "persons=101 advanced_encryption", "", "");
        row("encrypted, everything",
            "persons=5000 sensitive property_damage_risk improper_purpose ordinance_sensitive ordinance_defines_sensitive "
            "my_number my_number_system public_exposure advanced_encryption",
            "", "");
    }
    void grounds()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, appi);
        QFETCH(QStringList, myNumber);
        const Assessment a = Reportability::assess(facts(spec));
        QCOMPARE(a.appi.groundIds(), appi);
        QCOMPARE(a.myNumber.groundIds(), myNumber);
        QCOMPARE(a.appi.reportable, !appi.isEmpty());
        QCOMPARE(a.myNumber.reportable, !myNumber.isEmpty());
        QCOMPARE(a.appi.notifyIndividuals, a.appi.reportable);
        QCOMPARE(a.myNumber.notifyIndividuals, a.myNumber.reportable);
        QCOMPARE(a.anyReportable(), !appi.isEmpty() || !myNumber.isEmpty());
        QCOMPARE(a.appi.regime, Regime::Appi);
        QCOMPARE(a.myNumber.regime, Regime::MyNumber);
        for (const RegimeAssessment* r : {&a.appi, &a.myNumber}) {
            QCOMPARE(r->preliminaryDue.isValid(), r->reportable);
            QCOMPARE(r->finalDue.isValid(), r->reportable);
            for (const ReportGround& g : r->grounds)
                QCOMPARE(g.legalBasis, Reportability::legalBasis(g.id));
        }
    }

    // 30 days, or 60 when the regime's own improper-purpose ground applies.
    void dueDates_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDate>("appiFinal");
        QTest::addColumn<QDate>("myNumberFinal");
        QTest::newRow("30 / none") << QStringLiteral("persons=101") << QDate(2025, 7, 1) << QDate();
        QTest::newRow("60 / 60") << QStringLiteral("persons=1 my_number improper_purpose") << QDate(2025, 7, 31)
                                 << QDate(2025, 7, 31);
        QTest::newRow("30 / 30") << QStringLiteral("persons=101 my_number") << QDate(2025, 7, 1) << QDate(2025, 7, 1);
        QTest::newRow("60 with other grounds") << QStringLiteral("persons=101 sensitive improper_purpose")
                                               << QDate(2025, 7, 31) << QDate();
        QTest::newRow("none / 30") << QStringLiteral("persons=1 my_number my_number_system") << QDate()
                                   << QDate(2025, 7, 1);
    }
    void dueDates()
    {
        QFETCH(QString, spec);
        QFETCH(QDate, appiFinal);
        QFETCH(QDate, myNumberFinal);
        const Assessment a = Reportability::assess(facts(spec));
        QCOMPARE(a.appi.finalDue, appiFinal);
        QCOMPARE(a.myNumber.finalDue, myNumberFinal);
        QCOMPARE(a.appi.preliminaryDue, appiFinal.isValid() ? QDate(2025, 6, 6) : QDate());
        QCOMPARE(a.myNumber.preliminaryDue, myNumberFinal.isValid() ? QDate(2025, 6, 6) : QDate());
    }

    void dueDatesMoveOffClosedDays()
    {
        IncidentFacts f = facts(QStringLiteral("persons=1 sensitive"));
        f.awareOn = QDate(2025, 12, 1); // day 5 Fri 12/5; day 30 12/30 → 2026-01-05
        const RegimeAssessment a = Reportability::assessAppi(f);
        QCOMPARE(a.preliminaryDue, QDate(2025, 12, 5));
        QCOMPARE(a.finalDue, QDate(2026, 1, 5));
    }

    void thresholdsAreConfigurable()
    {
        ReportRules r;
        r.appiPersonsThreshold = 1000; // the private-sector number, as a city might test it
        QVERIFY(!Reportability::assessAppi(facts(QStringLiteral("persons=1000")), r).reportable);
        QVERIFY(Reportability::assessAppi(facts(QStringLiteral("persons=1001")), r).reportable);
        QVERIFY(Reportability::assessMyNumber(facts(QStringLiteral("persons=101 my_number")), r).reportable);
        r.finalDay = 20;
        QCOMPARE(Reportability::assessAppi(facts(QStringLiteral("persons=1 sensitive")), r).finalDue, QDate(2025, 6, 23));
    }

    void legalBasis_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("basis");
        for (int i = 1; i <= 5; ++i)
            QTest::newRow(qPrintable(QStringLiteral("appi-43-%1").arg(i)))
                << QStringLiteral("appi-43-%1").arg(i)
                << QStringLiteral("個人情報の保護に関する法律第68条第1項・施行規則第43条第%1号").arg(i);
        for (int i = 1; i <= 4; ++i)
            QTest::newRow(qPrintable(QStringLiteral("mynumber-2-%1").arg(i)))
                << QStringLiteral("mynumber-2-%1").arg(i)
                << QStringLiteral("行政手続における特定の個人を識別するための番号の利用等に関する法律第29条の4第1項・"
                                  "特定個人情報の漏えい等に関する報告等に関する規則第2条第%1号")
                       .arg(i);
        QTest::newRow("unknown") << QStringLiteral("appi-43-6") << QString();
    }
    void legalBasis()
    {
        QFETCH(QString, id);
        QFETCH(QString, basis);
        QCOMPARE(Reportability::legalBasis(id), basis);
        QCOMPARE(Reportability::describe(id).isEmpty(), basis.isEmpty());
    }

    void groundLists()
    {
        QCOMPARE(Reportability::groundIds(Regime::Appi),
                 ids("appi-43-1 appi-43-2 appi-43-3 appi-43-4 appi-43-5"));
        QCOMPARE(Reportability::groundIds(Regime::MyNumber),
                 ids("mynumber-2-1 mynumber-2-2 mynumber-2-3 mynumber-2-4"));
        QCOMPARE(regimeKey(Regime::Appi), QStringLiteral("appi"));
        QCOMPARE(regimeKey(Regime::MyNumber), QStringLiteral("my_number"));
    }
};

QTEST_GUILESS_MAIN(TestReportability)
#include "tst_reportability.moc"
