#include "incidents/JapaneseHolidays.h"

#include <QtTest>

using namespace mamori;

// Expected lists: the Cabinet Office's published national holidays (内閣府「国民の祝日について」,
// syukujitsu.csv) for 2020–2027; for 2028–2030, whose equinoxes are announced only the February
// before, the dates the National Astronomical Observatory's formula gives (the same as every
// almanac prints).
class TestJapaneseHolidays : public QObject {
    Q_OBJECT

    static QStringList render(const QList<JapaneseHoliday>& list)
    {
        QStringList out;
        for (const JapaneseHoliday& h : list)
            out << h.date.toString(QStringLiteral("M/d")) + QLatin1Char(' ') + h.name;
        return out;
    }

private Q_SLOTS:
    void publishedYears_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        auto row = [](int year, const char* list) {
            QTest::newRow(QByteArray::number(year).constData())
                << year << QString::fromUtf8(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        row(2020, "1/1 元日,1/13 成人の日,2/11 建国記念の日,2/23 天皇誕生日,2/24 振替休日,3/20 春分の日,4/29 昭和の日,"
                  "5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,5/6 振替休日,7/23 海の日,7/24 スポーツの日,8/10 山の日,"
                  "9/21 敬老の日,9/22 秋分の日,11/3 文化の日,11/23 勤労感謝の日");
        row(2021, "1/1 元日,1/11 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,5/3 憲法記念日,"
                  "5/4 みどりの日,5/5 こどもの日,7/22 海の日,7/23 スポーツの日,8/8 山の日,8/9 振替休日,9/20 敬老の日,"
                  "9/23 秋分の日,11/3 文化の日,11/23 勤労感謝の日");
        row(2022, "1/1 元日,1/10 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/21 春分の日,4/29 昭和の日,5/3 憲法記念日,"
                  "5/4 みどりの日,5/5 こどもの日,7/18 海の日,8/11 山の日,9/19 敬老の日,9/23 秋分の日,10/10 スポーツの日,"
                  "11/3 文化の日,11/23 勤労感謝の日");
        row(2023, "1/1 元日,1/2 振替休日,1/9 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/21 春分の日,4/29 昭和の日,"
                  "5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,7/17 海の日,8/11 山の日,9/18 敬老の日,9/23 秋分の日,"
                  "10/9 スポーツの日,11/3 文化の日,11/23 勤労感謝の日");
        row(2024, "1/1 元日,1/8 成人の日,2/11 建国記念の日,2/12 振替休日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,"
                  "5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,5/6 振替休日,7/15 海の日,8/11 山の日,8/12 振替休日,"
                  "9/16 敬老の日,9/22 秋分の日,9/23 振替休日,10/14 スポーツの日,11/3 文化の日,11/4 振替休日,"
                  "11/23 勤労感謝の日");
        row(2025, "1/1 元日,1/13 成人の日,2/11 建国記念の日,2/23 天皇誕生日,2/24 振替休日,3/20 春分の日,4/29 昭和の日,"
                  "5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,5/6 振替休日,7/21 海の日,8/11 山の日,9/15 敬老の日,"
                  "9/23 秋分の日,10/13 スポーツの日,11/3 文化の日,11/23 勤労感謝の日,11/24 振替休日");
        row(2026, "1/1 元日,1/12 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,5/3 憲法記念日,"
                  "5/4 みどりの日,5/5 こどもの日,5/6 振替休日,7/20 海の日,8/11 山の日,9/21 敬老の日,9/22 国民の休日,"
                  "9/23 秋分の日,10/12 スポーツの日,11/3 文化の日,11/23 勤労感謝の日");
        row(2027, "1/1 元日,1/11 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/21 春分の日,3/22 振替休日,4/29 昭和の日,"
                  "5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,7/19 海の日,8/11 山の日,9/20 敬老の日,9/23 秋分の日,"
                  "10/11 スポーツの日,11/3 文化の日,11/23 勤労感謝の日");
        row(2028, "1/1 元日,1/10 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,5/3 憲法記念日,"
                  "5/4 みどりの日,5/5 こどもの日,7/17 海の日,8/11 山の日,9/18 敬老の日,9/22 秋分の日,10/9 スポーツの日,"
                  "11/3 文化の日,11/23 勤労感謝の日");
        row(2029, "1/1 元日,1/8 成人の日,2/11 建国記念の日,2/12 振替休日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,"
                  "4/30 振替休日,5/3 憲法記念日,5/4 みどりの日,5/5 こどもの日,7/16 海の日,8/11 山の日,9/17 敬老の日,"
                  "9/23 秋分の日,9/24 振替休日,10/8 スポーツの日,11/3 文化の日,11/23 勤労感謝の日");
        row(2030, "1/1 元日,1/14 成人の日,2/11 建国記念の日,2/23 天皇誕生日,3/20 春分の日,4/29 昭和の日,5/3 憲法記念日,"
                  "5/4 みどりの日,5/5 こどもの日,5/6 振替休日,7/15 海の日,8/11 山の日,8/12 振替休日,9/16 敬老の日,"
                  "9/23 秋分の日,10/14 スポーツの日,11/3 文化の日,11/4 振替休日,11/23 勤労感謝の日");
    }
    void publishedYears()
    {
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        QCOMPARE(render(JapaneseHolidays::inYear(year)), expected);
    }

    // Every listed day answers isHoliday and its name; the days around them do not, unless listed.
    void lookupsAgreeWithTheList_data() { publishedYears_data(); }
    void lookupsAgreeWithTheList()
    {
        QFETCH(int, year);
        const QList<JapaneseHoliday> list = JapaneseHolidays::inYear(year);
        QSet<QDate> days;
        for (const JapaneseHoliday& h : list)
            days.insert(h.date);
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            QCOMPARE(JapaneseHolidays::isHoliday(d), days.contains(d));
            QCOMPARE(JapaneseHolidays::nameOf(d).isEmpty(), !days.contains(d));
        }
    }

    void kinds()
    {
        const QList<JapaneseHoliday> y2026 = JapaneseHolidays::inYear(2026);
        auto kindOf = [&](const QDate& d) {
            for (const JapaneseHoliday& h : y2026)
                if (h.date == d)
                    return h.kind;
            return JapaneseHoliday::Kind::National;
        };
        QCOMPARE(kindOf(QDate(2026, 5, 6)), JapaneseHoliday::Kind::Substitute);
        QCOMPARE(kindOf(QDate(2026, 9, 22)), JapaneseHoliday::Kind::Citizens);
        QCOMPARE(kindOf(QDate(2026, 9, 23)), JapaneseHoliday::Kind::National);
    }

    // The 2019 enthronement: 5/1 and 10/22 by special act, and 4/30, 5/2 as 国民の休日 between
    // holidays; no 天皇誕生日 that year.
    void enthronementYear()
    {
        const QStringList y2019 = render(JapaneseHolidays::inYear(2019));
        for (const char* day : {"4/29 昭和の日", "4/30 国民の休日", "5/1 天皇の即位の日", "5/2 国民の休日", "5/6 振替休日",
                                "10/14 体育の日", "10/22 即位礼正殿の儀の行われる日", "11/4 振替休日"})
            QVERIFY2(y2019.contains(QString::fromUtf8(day)), day);
        QVERIFY(!JapaneseHolidays::isHoliday(QDate(2019, 2, 23)));
        QVERIFY(!JapaneseHolidays::isHoliday(QDate(2019, 12, 23)));
        QCOMPARE(y2019.size(), 22);
    }

    // Earlier law: 5/4 was a 国民の休日 when sandwiched (not on Sundays), substitutes only on Monday.
    void earlierRules()
    {
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2005, 5, 4)), QStringLiteral("国民の休日"));
        QVERIFY(!JapaneseHolidays::isHoliday(QDate(2003, 5, 4))); // a Sunday, excluded until 2006
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2006, 4, 29)), QStringLiteral("みどりの日"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2018, 12, 23)), QStringLiteral("天皇誕生日"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2018, 12, 24)), QStringLiteral("振替休日"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(1999, 1, 15)), QStringLiteral("成人の日"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2015, 9, 22)), QStringLiteral("国民の休日")); // シルバーウィーク
    }

    void equinoxes_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("vernal");
        QTest::addColumn<QDate>("autumnal");
        QTest::newRow("1960") << 1960 << QDate(1960, 3, 20) << QDate(1960, 9, 23);
        QTest::newRow("1978") << 1978 << QDate(1978, 3, 21) << QDate(1978, 9, 23);
        QTest::newRow("2012") << 2012 << QDate(2012, 3, 20) << QDate(2012, 9, 22);
        QTest::newRow("2025") << 2025 << QDate(2025, 3, 20) << QDate(2025, 9, 23);
        QTest::newRow("2044") << 2044 << QDate(2044, 3, 20) << QDate(2044, 9, 22);
    }
    void equinoxes()
    {
        QFETCH(int, year);
        QFETCH(QDate, vernal);
        QFETCH(QDate, autumnal);
        QCOMPARE(JapaneseHolidays::vernalEquinox(year), vernal);
        QCOMPARE(JapaneseHolidays::autumnalEquinox(year), autumnal);
    }

    void outsideSupportedRange()
    {
        QVERIFY(JapaneseHolidays::inYear(1900).isEmpty());
        QVERIFY(JapaneseHolidays::inYear(2151).isEmpty());
        QVERIFY(!JapaneseHolidays::isHoliday(QDate(2200, 1, 1)));
        QVERIFY(!JapaneseHolidays::isHoliday(QDate()));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseHolidays)
#include "tst_japanese_holidays.moc"
