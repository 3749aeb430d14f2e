#include "TestCase.h"

#include "forms/StandardForms.h"
#include "journal/Journal.h"
#include "settings/CaseSettings.h"

#include <QRegularExpression>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

// Golden tests: the body of each form, with the parts that vary per run (case id, recovery
// code, login of nobody) masked, must equal tests/fixtures/golden/<form>.html. To accept a
// deliberate change, run with MAMORI_UPDATE_GOLDEN=1 and review the diff.
class TestStandardForms : public QObject {
    Q_OBJECT
private:
    static void compareGolden(const QString& name, QString actual)
    {
        actual.replace(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")),
                       QStringLiteral("<case-id>"));
        actual.replace(QRegularExpression(QStringLiteral("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}")), QStringLiteral("<recovery-code>"));
        actual.replace(QStringLiteral("</tr>"), QStringLiteral("</tr>\n"));
        actual.replace(QStringLiteral("</p>"), QStringLiteral("</p>\n"));
        const QString path = fixturePath(QStringLiteral("golden/%1.html").arg(name));
        if (qEnvironmentVariableIntValue("MAMORI_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(actual, QString::fromUtf8(in.readAll()));
    }

private Q_SLOTS:
    void accountList()
    {
        TempCase tc;
        const qint64 shimin = tc.addSection(QStringLiteral("0201"), QStringLiteral("市民課"));
        tc.addAccount(QStringLiteral("shimin.kacho"), Role::UnitManager, shimin);
        tc.addAccount(QStringLiteral("kansa"), Role::Auditor);
        const qint64 gone = tc.addAccount(QStringLiteral("taishoku"), Role::Staff, shimin);
        tc.file().accounts().disable(tc.admin(), gone);
        const qint64 before = tc.file().journal().count();
        const FormSpec f = StandardForms::accountList(tc.file(), tc.admin());
        QCOMPARE(f.title, QStringLiteral("職員アカウント一覧"));
        QCOMPARE(f.formattedDate(), QStringLiteral("令和7年11月23日"));
        QCOMPARE(f.sealBoxes.size(), 3);
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-ACC-20251123-")));
        // Printing is journaled (list view + print) and the footer carries the new head.
        QCOMPARE(tc.file().journal().count(), before + 2);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
        compareGolden(QStringLiteral("account-list"), f.bodyHtml);
    }
    void accountListNeedsPermission()
    {
        TempCase tc;
        const qint64 s = tc.addSection(QStringLiteral("01"), QStringLiteral("課"));
        tc.addAccount(QStringLiteral("handler"), Role::Handler, s);
        CaseFile& f = tc.reopen(QStringLiteral("handler"));
        QVERIFY_THROWS_EXCEPTION(Error, StandardForms::accountList(f, f.session()));
    }
    void recoverySheet()
    {
        TempCase tc;
        const FormSpec f = StandardForms::recoverySheet(tc.file(), tc.recoveryCode());
        QVERIFY(f.bodyHtml.contains(QString::fromLatin1(reinterpret_cast<const char*>(tc.recoveryCode().data()), 39)));
        QCOMPARE(f.classification, QStringLiteral("厳秘"));
        compareGolden(QStringLiteral("recovery-sheet"), f.bodyHtml);
    }
    void sealBoxesUseTheCitysTitles()
    {
        TempCase muko(QStringLiteral("muko"));
        QCOMPARE(StandardForms::accountList(muko.file(), muko.admin()).sealBoxes.first(), QStringLiteral("最高総括責任者"));
        const FormSpec sheet = StandardForms::recoverySheet(muko.file(), muko.recoveryCode());
        QCOMPARE(sheet.sealBoxes.first(), QStringLiteral("最高総括責任者"));
        QVERIFY(sheet.bodyHtml.contains(QStringLiteral("最高総括責任者に報告する")));
        TempCase shiraoka;
        QCOMPARE(StandardForms::accountList(shiraoka.file(), shiraoka.admin()).sealBoxes.first(), QStringLiteral("総括保護管理者"));
    }
    void seirekiWhenTheCaseSaysSo()
    {
        TempCase tc;
        tc.file().settings().set(tc.admin(), CaseSetting::DateStyle, QStringLiteral("seireki"));
        QCOMPARE(StandardForms::accountList(tc.file(), tc.admin()).formattedDate(), QStringLiteral("2025年11月23日"));
    }
};

QTEST_GUILESS_MAIN(TestStandardForms)
#include "tst_standard_forms.moc"
