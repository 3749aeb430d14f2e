// bench_ledger_pdf: a 持出簿 (carry-out ledger) of 1,000 rows, from the case file to the finished
// A4 landscape PDF, as `mamori-cli form carryout-ledger` and the GUI's print produce it: reading
// the carry-outs through core (permission, journal), building the form, laying it out and
// writing the PDF (Japanese font embedded). Target: < 1,500 ms. The first render (Qt's font
// loading) is done before timing, as in the application; the median of 3 runs is reported.
#include "BenchOutput.h"
#include "Metric.h"

#include "accounts/AccountService.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "custody/CarryOutService.h"
#include "forms/CarryOutForms.h"
#include "forms/FormRenderer.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>

using namespace mamori;
using namespace mamori::bench;

namespace {
constexpr int kRows = 1000;
constexpr int kRounds = 3;
const QString kPassword = QStringLiteral("bench-password-not-secret");

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct Ledger {
    std::unique_ptr<CaseFile> file;
    Session manager;
    qint64 section = 0;
};

// One section with 20 people and 1,000 carry-outs over a year: a third still requested or
// approved, the rest out, returned and checked, or closed. Free texts of realistic length.
Ledger build(const QString& dir, FakeClock& clock)
{
    CaseFile::CreateOptions o;
    o.dir = dir;
    o.adminLogin = QStringLiteral("benchadmin");
    o.adminName = QStringLiteral("ベンチ 管理者");
    o.organisationName = QStringLiteral("ベンチ市");
    o.clock = &clock;
    o.kdf = Argon2Kdf::cheapForTests();
    CaseFile::Created created = CaseFile::create(o, SecureBytes::fromString(kPassword));
    Ledger l;
    l.file = std::move(created.file);
    CaseFile& file = *l.file;
    const Session& admin = file.session();
    l.section = file.sections().add(admin, QStringLiteral("0201"), QStringLiteral("市民課")).id;
    NewAccount a;
    a.login = QStringLiteral("kacho");
    a.displayName = QStringLiteral("市民 課長");
    a.sectionId = l.section;
    a.roles = {{Role::UnitManager, l.section}};
    const qint64 manager = file.accounts().add(admin, a, SecureBytes::fromString(kPassword)).id;
    a.login = QStringLiteral("tanto");
    a.displayName = QStringLiteral("市民 担当");
    a.roles = {{Role::Handler, l.section}};
    const qint64 handlerAccount = file.accounts().add(admin, a, SecureBytes::fromString(kPassword)).id;
    l.manager = Session(manager, QStringLiteral("kacho"), QStringLiteral("市民 課長"), {{Role::UnitManager, l.section}}, false);
    const Session handler(handlerAccount, QStringLiteral("tanto"), QStringLiteral("市民 担当"),
                          {{Role::Handler, l.section}}, false);
    QList<qint64> people;
    for (int i = 0; i < 20; ++i) {
        Person p;
        p.sectionId = l.section;
        p.staffNo = QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0'));
        p.name = QStringLiteral("職員 %1郎").arg(i);
        p.kana = QStringLiteral("ショクイン");
        people << file.people().add(admin, p).id;
    }
    CarryOutService& s = file.carryOuts();
    Transaction tx(file.db());
    for (int i = 0; i < kRows; ++i) {
        const QDate out = QDate(2025, 4, 1).addDays(i * 365 / kRows);
        clock.set(QDateTime(out.addDays(-2), QTime(9, 0), Qt::UTC));
        CarryOut c;
        c.sectionId = l.section;
        c.requestedBy = people.at(i % people.size());
        c.itemType = i % 3 == 0 ? CarryOutItemType::Usb : CarryOutItemType::Paper;
        c.description = QStringLiteral("訪問調査票 第%1地区分（世帯台帳の写しを含む）").arg(i % 40 + 1);
        c.recordCount = 5 + i % 200;
        c.purpose = QStringLiteral("訪問調査及び申請書の受付");
        c.destination = QStringLiteral("第%1地区 公民館").arg(i % 12 + 1);
        c.plannedOutOn = out;
        c.plannedReturnOn = out.addDays(3);
        c.appliedMeasures = {CarryOutMeasure::LockedCase, CarryOutMeasure::Sealing, CarryOutMeasure::Encryption};
        const qint64 id = s.request(handler, c).id;
        if (i % 6 == 0)
            continue; // requested
        s.approve(l.manager, id);
        if (i % 6 == 1)
            continue; // approved
        s.markOut(handler, id, QDateTime(out, QTime(10, 0), Qt::UTC));
        if (i % 6 == 2)
            continue; // out (overdue by now)
        s.markReturned(l.manager, id,
                       CarryOutReturn{QDateTime(out.addDays(2), QTime(16, 0), Qt::UTC), people.at((i + 1) % people.size()),
                                      true, true, QString()});
        if (i % 6 == 3)
            continue; // returned
        s.close(l.manager, id);
    }
    tx.commit();
    clock.set(QDateTime(QDate(2026, 4, 10), QTime(9, 0), Qt::UTC));
    return l;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        QTemporaryDir tmp;
        if (!tmp.isValid())
            throw Error(ErrorCode::IoError, QStringLiteral("no temporary folder"));
        FakeClock clock;
        QElapsedTimer prep;
        prep.start();
        const Ledger l = build(QDir(tmp.path()).filePath(QStringLiteral("bench.mamori")), clock);
        printProgress(QStringLiteral("built %1 carry-outs in %2 s").arg(kRows).arg(msSince(prep) / 1000, 0, 'f', 1));
        CarryOutFilter filter;
        filter.sectionId = l.section;
        const QString pdf = QDir(tmp.path()).filePath(QStringLiteral("ledger.pdf"));

        // Warm-up: fonts, the PDF engine and the statement cache, as in a running application.
        QString error;
        if (!ui::FormRenderer::writePdf(CarryOutForms::carryOutLedger(*l.file, l.manager, filter), pdf, &error))
            throw Error(ErrorCode::IoError, error);

        QList<double> totals, builds;
        int pages = 0;
        for (int round = 0; round < kRounds; ++round) {
            QElapsedTimer t;
            t.start();
            const FormSpec form = CarryOutForms::carryOutLedger(*l.file, l.manager, filter);
            builds << msSince(t);
            if (!ui::FormRenderer::writePdf(form, pdf, &error, &pages))
                throw Error(ErrorCode::IoError, error);
            totals << msSince(t);
        }
        // --save FILE.pdf keeps the ledger to look at.
        if (const qsizetype i = app.arguments().indexOf(QStringLiteral("--save")); i > 0 && i + 1 < app.arguments().size())
            QFile::copy(pdf, app.arguments().at(i + 1));
        std::sort(totals.begin(), totals.end());
        std::sort(builds.begin(), builds.end());
        const double total = totals.at(kRounds / 2);
        const double buildMs = builds.at(kRounds / 2);
        printLine(QStringLiteral("%1 rows: build %2 ms, layout and PDF %3 ms, %4 pages, %5 KiB (median of %6)")
                      .arg(kRows)
                      .arg(buildMs, 0, 'f', 1)
                      .arg(total - buildMs, 0, 'f', 1)
                      .arg(pages)
                      .arg(QFileInfo(pdf).size() / 1024)
                      .arg(kRounds));
        Metric(QStringLiteral("carryout_ledger_build_ms"), buildMs, QStringLiteral("ms"), 1).printInfo();
        Metric(QStringLiteral("carryout_ledger_pdf_pages"), pages, QStringLiteral("pages"), 0).printInfo();
        Metric(QStringLiteral("carryout_ledger_pdf_1000"), total, QStringLiteral("ms"), 1).requireBelow(1500);
    } catch (const Error& e) {
        printProgress(QStringLiteral("bench_ledger_pdf could not run: %1 %2").arg(e.message(), e.detail()));
        return 1;
    }
    return 0;
}
