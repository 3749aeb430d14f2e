// Label sheets for the records room: one label per carry-out with its control number as text and
// QR code, its section and a short description, never a person's name; journaled as a print.
#include "CarryOutWorld.h"
#include "PrintCount.h"
#include "TestCase.h"

#include "forms/LabelForms.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
qsizetype prints(CaseFile& file)
{
    return printsOf(file, QStringLiteral("carry_out"));
}
} // namespace

class TestLabelForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelsOfASection()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        CarryOutFilter filter;
        filter.sectionId = w.own;
        const FormSpec f = LabelForms::carryOutLabels(tc.file(), w.manager, filter);
        QVERIFY(f.bodyHtml.isEmpty());
        QCOMPARE(f.labels.size(), 5);
        QVERIFY(f.documentNumber.startsWith(QStringLiteral("MAMORI-LBL-20251123-")));
        const FormLabel& usb = f.labels.at(1);
        QCOMPARE(usb.code, QStringLiteral("CO-2025-000002"));
        QCOMPARE(usb.kind, QStringLiteral("持出管理"));
        QCOMPARE(usb.lines,
                 (QStringList{QStringLiteral("市民課"), QStringLiteral("USBメモリ：訪問調査データ（USBメモリ 管理番号U-07）"),
                              QStringLiteral("返却予定 令和7年11月20日")}));
        for (const FormLabel& l : f.labels) {
            QCOMPARE(l.qr.toText(), QrCode::encode(l.code).toText());
            const QString all = l.lines.join(QLatin1Char('|'));
            QVERIFY2(!all.contains(QStringLiteral("白岡")) && !all.contains(QStringLiteral("向 花子")), qPrintable(all));
        }
        QCOMPARE(prints(tc.file()), 1);
        QCOMPARE(f.journalHead, Journal::shortHash(tc.file().journal().headHash()));
    }
    void oneLabelAndLongDescriptions()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        CarryOut c = tc.file().carryOuts().get(w.manager, w.ids.at(2));
        c.description = QString(60, QChar(u'資'));
        c.id = 0;
        const qint64 id = tc.file().carryOuts().request(w.handler, c).id;
        const FormSpec f = LabelForms::carryOutLabel(tc.file(), w.manager, id);
        QCOMPARE(f.labels.size(), 1);
        const QString description = f.labels.first().lines.at(1);
        QCOMPARE(description.size(), 2 + LabelForms::kDescriptionLength); // "紙：" + 39 + "…"
        QVERIFY(description.endsWith(QStringLiteral("…")));
    }
    void nothingToPrint()
    {
        TempCase tc;
        const CarryOutWorld w = makeCarryOutWorld(tc);
        CarryOutFilter filter;
        filter.from = QDate(2024, 1, 1);
        filter.to = QDate(2024, 1, 2);
        try {
            LabelForms::carryOutLabels(tc.file(), w.manager, filter);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
        }
        QVERIFY_THROWS_EXCEPTION(Error, LabelForms::carryOutLabel(tc.file(), w.otherManager, w.ids.at(0)));
        QCOMPARE(prints(tc.file()), 0);
    }
};

QTEST_GUILESS_MAIN(TestLabelForms)
#include "tst_label_forms.moc"
