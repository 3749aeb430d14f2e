#include "dates/JapaneseDate.h"

#include <QtTest>

using namespace mamori;

class TestJapaneseDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wareki_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << QDate(2025, 11, 23) << QStringLiteral("令和7年11月23日");
        QTest::newRow("reiwa gannen") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
        QTest::newRow("last day of heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("heisei gannen") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("year end") << QDate(2026, 12, 31) << QStringLiteral("令和8年12月31日");
    }
    void wareki()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(JapaneseDate::format(date, DateStyle::Wareki), expected);
    }
    void seireki() { QCOMPARE(JapaneseDate::format(QDate(2025, 11, 23), DateStyle::Seireki), QStringLiteral("2025年11月23日")); }
    void invalidIsEmpty() { QVERIFY(JapaneseDate::format(QDate(), DateStyle::Wareki).isEmpty()); }
    void era() { QCOMPARE(JapaneseDate::eraName(QDate(2025, 1, 1)), QStringLiteral("令和")); }
};

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanese_date.moc"
