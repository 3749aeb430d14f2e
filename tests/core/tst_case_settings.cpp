#include "TestCase.h"

#include "journal/Journal.h"
#include "settings/CaseSettings.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        TempCase tc;
        CaseSettings& s = tc.file().settings();
        QCOMPARE(s.autoLockMinutes(), 10);
        QCOMPARE(s.minPasswordLength(), 12);
        QCOMPARE(s.exportWarningThreshold(), 100);
        QCOMPARE(s.dateStyle(), DateStyle::Wareki);
        QVERIFY(!s.adminReadsPersonalData());
        QCOMPARE(s.organisationName(), QStringLiteral("テスト市"));
    }
    void changesPersistAndAreJournaled()
    {
        TempCase tc;
        tc.file().settings().set(tc.admin(), CaseSetting::AutoLockMinutes, 5);
        tc.file().settings().set(tc.admin(), CaseSetting::DateStyle, QStringLiteral("seireki"));
        JournalFilter f;
        f.entity = QStringLiteral("setting");
        QCOMPARE(tc.file().journal().page(f, 0, 10).size(), 2);
        CaseFile& r = tc.reopen();
        QCOMPARE(r.settings().autoLockMinutes(), 5);
        QCOMPARE(r.settings().dateStyle(), DateStyle::Seireki);
    }
    void invalidValues_data()
    {
        QTest::addColumn<CaseSetting>("setting");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("auto-lock 0") << CaseSetting::AutoLockMinutes << QVariant(0);
        QTest::newRow("auto-lock 500") << CaseSetting::AutoLockMinutes << QVariant(500);
        QTest::newRow("auto-lock text") << CaseSetting::AutoLockMinutes << QVariant(QStringLiteral("ten"));
        QTest::newRow("password 4") << CaseSetting::MinPasswordLength << QVariant(4);
        QTest::newRow("date style") << CaseSetting::DateStyle << QVariant(QStringLiteral("heisei"));
        QTest::newRow("preset") << CaseSetting::TitlePreset << QVariant(QStringLiteral("osaka"));
    }
    void invalidValues()
    {
        QFETCH(CaseSetting, setting);
        QFETCH(QVariant, value);
        TempCase tc;
        const QVariant before = tc.file().settings().value(setting);
        try {
            tc.file().settings().set(tc.admin(), setting, value);
            QFAIL("expected InvalidArgument");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        QCOMPARE(tc.file().settings().value(setting), before);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_case_settings.moc"
