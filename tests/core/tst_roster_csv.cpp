// Reading staff rosters (encodings, RFC 4180 quoting, refused rows) and importing them.
#include "TestCase.h"

#include "organisation/PersonService.h"
#include "organisation/RosterCsv.h"
#include "organisation/RosterImport.h"
#include "store/Database.h"

#include <QFile>
#include <QtTest>
#include <unicode/ucnv.h>

using namespace mamori;
using namespace mamori::test;

namespace {
QByteArray fixture(const QString& name)
{
    QFile f(fixturePath(QStringLiteral("roster/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

// CP932 bytes made by ICU, independent of the decoder under test's code path.
QByteArray toCp932(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open("windows-31j", &status);
    QByteArray out(text.size() * 2 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()),
                                      reinterpret_cast<const UChar*>(text.constData()), static_cast<int32_t>(text.size()), &status);
    ucnv_close(cnv);
    if (U_FAILURE(status))
        qFatal("ICU could not encode the test text");
    out.truncate(n);
    return out;
}

qint64 count(CaseFile& file, const char* sql)
{
    Statement s = file.db().prepare(sql);
    return s.next() ? s.int64(0) : -1;
}

Error parseError(const QByteArray& bytes, RosterEncoding enc = RosterEncoding::Auto)
{
    try {
        RosterCsv::parse(bytes, enc);
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorCode::Internal, QStringLiteral("no error"));
}

const QString kHeader = QStringLiteral("職員番号,氏名,氏名カナ,所属,雇用区分,メール\n");
} // namespace

class TestRosterCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formulaCellsAreGuardedOnExportAndRestoredOnImport()
    {
        QCOMPARE(RosterCsv::quoted(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(RosterCsv::quoted(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(RosterCsv::quoted(QStringLiteral("山田")), QStringLiteral("山田"));
        QCOMPARE(RosterCsv::unguardFormula(QStringLiteral("'=1+2")), QStringLiteral("=1+2"));
        QCOMPARE(RosterCsv::unguardFormula(QStringLiteral("'abc")), QStringLiteral("'abc"));
    }
    void cp932FixtureIsDetected()
    {
        const RosterParseResult r = RosterCsv::parse(fixture(QStringLiteral("cp932.csv")));
        QCOMPARE(r.encoding, RosterEncoding::Cp932);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).name, QStringLiteral("山田 太郎"));
        QCOMPARE(r.rows.at(0).email, QStringLiteral("yamada@example.jp"));
        QCOMPARE(r.rows.at(1).employment, EmploymentType::FiscalYear);
        QCOMPARE(r.rows.at(2).name, QStringLiteral("髙橋 一郎")); // a CP932 (IBM extension) character
        QCOMPARE(r.rows.at(2).employment, EmploymentType::Dispatched);
        QCOMPARE(r.rows.at(2).line, 4);
    }
    void cp932CanBeForcedAndUtf8Refused()
    {
        const QByteArray bytes = fixture(QStringLiteral("cp932.csv"));
        QCOMPARE(RosterCsv::parse(bytes, RosterEncoding::Cp932).rows.size(), 3);
        const Error e = parseError(bytes, RosterEncoding::Utf8);
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY(e.message().contains(QStringLiteral("UTF-8")));
    }
    void generatedCp932RoundTrips()
    {
        const QString text = kHeader + QStringLiteral("X1,渡邉 ①子,ワタナベ マルコ,市民課,臨時,\r\n");
        const RosterParseResult r = RosterCsv::parse(toCp932(text));
        QCOMPARE(r.encoding, RosterEncoding::Cp932);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.at(0).name, QStringLiteral("渡邉 ①子"));
    }
    void bytesInNoEncodingAreRefused()
    {
        // 0x80 alone and 0xFF are neither UTF-8 nor CP932.
        const QByteArray bytes = kHeader.toUtf8() + QByteArrayLiteral("Z1,\x80\xFF\xFF,x,y,正規,\n");
        const Error e = parseError(bytes);
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), QStringLiteral("file"));
    }
    void utf8BomAndAnyColumnOrder()
    {
        const RosterParseResult r = RosterCsv::parse(fixture(QStringLiteral("utf8-bom.csv")));
        QCOMPARE(r.encoding, RosterEncoding::Utf8);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).staffNo, QStringLiteral("B001")); // the BOM is not part of the first header
        QCOMPARE(r.rows.at(0).name, QStringLiteral("BOM 太郎"));
        QCOMPARE(r.rows.at(0).kana, QStringLiteral("ボム タロウ"));
        QCOMPARE(r.rows.at(0).employment, EmploymentType::Temporary);
        QVERIFY(r.rows.at(0).email.isEmpty());
    }
    void quotedFieldsNewlinesAndEnglishHeader()
    {
        const RosterParseResult r = RosterCsv::parse(fixture(QStringLiteral("quoted-newlines.csv")));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).name, QStringLiteral("田中, 一郎"));
        QCOMPARE(r.rows.at(0).kana, QStringLiteral("タナカ\r\nイチロウ"));
        QCOMPARE(r.rows.at(0).line, 2);
        QCOMPARE(r.rows.at(1).name, QStringLiteral("木村 \"キム\" 二郎"));
        QCOMPARE(r.rows.at(1).line, 4); // physical line: the quoted break counts
        QCOMPARE(r.rows.at(2).line, 5);
    }
    void brokenRowsAreReportedWithLines_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("missing name") << 3 << QStringLiteral("name") << QStringLiteral("氏名");
        QTest::newRow("unknown employment") << 4 << QStringLiteral("employment") << QStringLiteral("契約");
        QTest::newRow("duplicate staff number") << 5 << QStringLiteral("staff_no") << QStringLiteral("line 2");
        QTest::newRow("bad email") << 6 << QStringLiteral("email") << QStringLiteral("e-mail");
        QTest::newRow("too few columns") << 7 << QString() << QStringLiteral("4 columns instead of 6");
        QTest::newRow("too many columns") << 8 << QString() << QStringLiteral("7 columns instead of 6");
    }
    void brokenRowsAreReportedWithLines()
    {
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, reasonPart);
        const RosterParseResult r = RosterCsv::parse(fixture(QStringLiteral("broken-rows.csv")));
        QCOMPARE(r.errors.size(), 6);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1).line, 10); // the blank line 9 is skipped, not refused
        for (const RosterRowError& e : r.errors) {
            if (e.line != line)
                continue;
            QCOMPARE(e.field, field);
            QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.reason));
            return;
        }
        QFAIL("no error on that line");
    }
    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unterminated quote") << fixture(QStringLiteral("unterminated-quote.csv")) << QStringLiteral("Line 2");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("unknown column") << QStringLiteral("職員番号,氏名,氏名カナ,所属,雇用区分,電話\n").toUtf8() << QStringLiteral("電話");
        QTest::newRow("missing column") << QStringLiteral("職員番号,氏名,所属,雇用区分\n").toUtf8() << QStringLiteral("氏名カナ");
        QTest::newRow("column twice") << QStringLiteral("職員番号,氏名,氏名カナ,所属,雇用区分,name\n").toUtf8() << QStringLiteral("twice");
    }
    void malformedFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        const Error e = parseError(bytes);
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
    }

    void importCreatesSectionsPeopleAndUpdates()
    {
        TempCase tc;
        tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        RosterImport import(tc.file());
        const RosterParseResult parsed = RosterCsv::parse(fixture(QStringLiteral("broken-rows.csv")));
        const qint64 journalBefore = tc.file().journal().count();

        const RosterImportReport preview = import.preview(tc.admin(), parsed);
        QCOMPARE(preview.created, 2);
        QCOMPARE(preview.updated, 0);
        QCOMPARE(preview.refused.size(), 6);
        QCOMPARE(preview.newSections, QStringList{QStringLiteral("税務課")});
        QVERIFY(!preview.written);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people"), 0);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM sections"), 1);
        QCOMPARE(tc.file().journal().count(), journalBefore); // a preview writes nothing at all

        const RosterImportReport done = import.importRows(tc.admin(), parsed, false);
        QVERIFY(done.written);
        QCOMPARE(done.created, 2);
        QCOMPARE(done.refused.size(), 6);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people"), 2);
        const std::optional<Section> tax = tc.file().sections().byName(QStringLiteral("税務課"));
        QVERIFY(tax);
        QCOMPARE(tax->code, QStringLiteral("AUTO-001"));

        // The same staff number again updates the record instead of adding one.
        const RosterParseResult again = RosterCsv::parse(
            (kHeader + QStringLiteral("C001,正しい 人,タダシイ ヒト,税務課,派遣,\nC009,新しい 人,アタラシイ ヒト,企画課,正規,\n")).toUtf8());
        const qint64 c001 = *tc.file().people().idByStaffNo(QStringLiteral("C001"));
        tc.file().people().linkAccount(tc.admin(), c001, tc.admin().accountId());
        const RosterImportReport second = import.importRows(tc.admin(), again, false);
        QCOMPARE(second.created, 1);
        QCOMPARE(second.updated, 1);
        Statement s = tc.file().db().prepare("SELECT employment, section_id, account_id FROM people WHERE staff_no = 'C001'");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("DISPATCHED"));
        QCOMPARE(s.int64(1), tax->id);
        QCOMPARE(s.int64(2), tc.admin().accountId()); // the roster knows no accounts and keeps the link
        QCOMPARE(tc.file().sections().byName(QStringLiteral("企画課"))->code, QStringLiteral("AUTO-002"));
        // The journal names fields and ids, never the people's names.
        for (const JournalEntry& e : tc.file().journal().page(JournalFilter{}, 0, 100))
            QVERIFY2(!e.summary.contains(QStringLiteral("正しい")), qPrintable(e.summary));
    }
    void allOrNothingWritesNothing()
    {
        TempCase tc;
        const RosterParseResult parsed = RosterCsv::parse(fixture(QStringLiteral("broken-rows.csv")));
        const qint64 journalBefore = tc.file().journal().count();
        try {
            RosterImport(tc.file()).importRows(tc.admin(), parsed, true);
            QFAIL("expected InvalidArgument");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people"), 0);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM sections"), 0);
        QCOMPARE(tc.file().journal().count(), journalBefore);
        // Without refused rows, all-or-nothing imports everything.
        const RosterImportReport r = RosterImport(tc.file()).importRows(
            tc.admin(), RosterCsv::parse(fixture(QStringLiteral("cp932.csv"))), true);
        QCOMPARE(r.created, 3);
    }
    void staffCannotImport()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        const qint64 id = tc.addAccount(QStringLiteral("staff1"), Role::Staff, section);
        const Session staff(id, QStringLiteral("staff1"), QStringLiteral("staff1"), {{Role::Staff, section}}, false);
        const RosterParseResult parsed = RosterCsv::parse(fixture(QStringLiteral("cp932.csv")));
        for (bool preview : {true, false}) {
            try {
                if (preview)
                    RosterImport(tc.file()).preview(staff, parsed);
                else
                    RosterImport(tc.file()).importRows(staff, parsed, false);
                QFAIL("expected PermissionDenied");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::PermissionDenied);
            }
        }
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people"), 0);
    }
    void tenThousandRows()
    {
        QString text = QStringLiteral("staff_no,name,kana,section,employment\r\n");
        const QStringList sections = {QStringLiteral("市民課"), QStringLiteral("税務課"), QStringLiteral("福祉課")};
        const QStringList types = {QStringLiteral("正規"), QStringLiteral("会計年度任用"), QStringLiteral("派遣"), QStringLiteral("臨時")};
        for (int i = 1; i <= 10000; ++i)
            text += QStringLiteral("N%1,職員 %1,ショクイン %1,%2,%3\r\n").arg(i, 5, 10, QLatin1Char('0')).arg(sections.at(i % 3), types.at(i % 4));
        const RosterParseResult parsed = RosterCsv::parse(toCp932(text));
        QCOMPARE(parsed.encoding, RosterEncoding::Cp932);
        QCOMPARE(parsed.rows.size(), 10000);
        QVERIFY(parsed.errors.isEmpty());
        QCOMPARE(parsed.rows.last().line, 10001);
        TempCase tc;
        const RosterImportReport r = RosterImport(tc.file()).importRows(tc.admin(), parsed, true);
        QCOMPARE(r.created, 10000);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people"), 10000);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM people WHERE employment = 'FISCAL_YEAR'"), 2500);
        QCOMPARE(count(tc.file(), "SELECT COUNT(*) FROM sections"), 3);
    }
    void exportReadsBackAndIsGuarded()
    {
        TempCase tc;
        tc.file().settings().set(tc.admin(), CaseSetting::AdminReadsPersonalData, true);
        tc.file().refreshSession();
        RosterImport import(tc.file());
        import.importRows(tc.admin(), RosterCsv::parse(fixture(QStringLiteral("quoted-newlines.csv"))), true);
        const QByteArray csv = import.exportCsv(tc.admin(), std::nullopt, QString());
        QVERIFY(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
        QVERIFY(csv.contains(QStringLiteral("職員番号,氏名,氏名カナ,所属,雇用区分,メール\r\n").toUtf8()));
        const RosterParseResult back = RosterCsv::parse(csv);
        QVERIFY(back.errors.isEmpty());
        QCOMPARE(back.rows.size(), 3);
        QCOMPARE(back.rows.at(0).kana, QStringLiteral("タナカ\r\nイチロウ"));
        QCOMPARE(back.rows.at(1).name, QStringLiteral("木村 \"キム\" 二郎"));
        QCOMPARE(tc.file().journal().page(JournalFilter{}, 0, 1).first().action, JournalAction::Export);
    }
};

QTEST_GUILESS_MAIN(TestRosterCsv)
#include "tst_roster_csv.moc"
