// bench_city_lists: the lists and the search box of issue 3 on the city-sized case file
// (bench/CityCaseCache). Targets: each list opens with its first page in < 150 ms; a filter
// or a search answers in < 100 ms. Each figure is the median of five runs, measured from the
// call a screen makes to the rows in hand (journaling of the view included), on a case file
// that is already open, as it is when an officer moves between screens. For context, the same
// first page of carry-outs read with one raw SQL statement is the baseline of the ratio line.
#include "BenchOutput.h"
#include "CityCaseCache.h"
#include "Median.h"
#include "Metric.h"

#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "search/SearchService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <functional>
#include <vector>

using namespace mamori;
using namespace mamori::bench;

namespace {

constexpr int kPage = 100;
constexpr int kRuns = 5;

double medianMs(const std::function<void()>& work)
{
    return bench::medianMs(kRuns, work);
}

void require(bool ok, const QString& what)
{
    if (!ok)
        throw Error(ErrorCode::Internal, QStringLiteral("unexpected result: %1").arg(what));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("MAMORI_INSECURE_FAST_KDF", "1");
    try {
        CityCaseCache::ensure();
        auto file = CityCaseCache::open(CityCaseCache::managerLogin());
        const Session& me = file->session();
        CarryOutService& carryOuts = file->carryOuts();

        // The first page as a screen asks for it: newest departures first, and the count for
        // the scroll bar.
        const double firstPage = medianMs([&] {
            const QList<CarryOut> rows = carryOuts.page(me, {}, CarryOutSortKey::PlannedOut, true, 0, kPage);
            require(rows.size() == kPage, QStringLiteral("carry-out page"));
            require(carryOuts.count(me, {}) == CityCaseCache::kCarryOuts, QStringLiteral("carry-out count"));
        });
        const double rawPage = medianMs([&] {
            Statement s = file->db().prepare(
                "SELECT * FROM carry_outs ORDER BY planned_out_at DESC, control_no DESC LIMIT 100");
            int n = 0;
            while (s.next())
                ++n;
            Statement c = file->db().prepare("SELECT count(*) FROM carry_outs");
            require(c.next() && n == kPage, QStringLiteral("raw page"));
        });
        Metric(QStringLiteral("city_carryout_list_first_page"), firstPage, QStringLiteral("ms"), 1).requireBelow(150);
        Metric(QStringLiteral("city_carryout_list_raw_sql_first_page"), rawPage, QStringLiteral("ms"), 1).printInfo();

        CarryOutFilter overdue;
        overdue.overdueOnly = true;
        Metric(QStringLiteral("city_carryout_filter_overdue"), medianMs([&] {
                   carryOuts.page(me, overdue, CarryOutSortKey::PlannedOut, true, 0, kPage);
                   carryOuts.count(me, overdue);
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);

        CarryOutFilter sectionAndDates;
        sectionAndDates.sectionId = 5;
        sectionAndDates.from = QDate(2025, 4, 1);
        sectionAndDates.to = QDate(2026, 3, 31);
        sectionAndDates.state = CarryOutState::Closed;
        Metric(QStringLiteral("city_carryout_filter_section_year_state"), medianMs([&] {
                   carryOuts.page(me, sectionAndDates, CarryOutSortKey::PlannedOut, true, 0, kPage);
                   carryOuts.count(me, sectionAndDates);
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);

        CarryOutFilter words;
        words.text = QStringLiteral("税務調査");
        Metric(QStringLiteral("city_carryout_filter_text"), medianMs([&] {
                   carryOuts.page(me, words, CarryOutSortKey::PlannedOut, true, 0, kPage);
                   carryOuts.count(me, words);
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);

        Metric(QStringLiteral("city_people_list"), medianMs([&] {
                   require(file->people().list(me).size() == CityCaseCache::kPeople, QStringLiteral("people"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(150);
        Metric(QStringLiteral("city_area_list"), medianMs([&] {
                   require(file->areas().list(me).size() == CityCaseCache::kAreas, QStringLiteral("areas"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(150);
        Metric(QStringLiteral("city_file_list"), medianMs([&] {
                   require(file->files().list(me).size() == CityCaseCache::kFiles, QStringLiteral("files"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(150);

        SearchService search(*file);
        Metric(QStringLiteral("city_search_common_word"), medianMs([&] {
                   require(!search.search(me, QStringLiteral("調査")).isEmpty(), QStringLiteral("search"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);
        Metric(QStringLiteral("city_search_control_no"), medianMs([&] {
                   require(search.search(me, QStringLiteral("CO-2024-000123")).size() == 1, QStringLiteral("control no"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);
        Metric(QStringLiteral("city_search_person"), medianMs([&] {
                   require(!search.search(me, QStringLiteral("タカハシ")).isEmpty(), QStringLiteral("person"));
               }),
               QStringLiteral("ms"), 1)
            .requireBelow(100);
        return 0;
    } catch (const Error& e) {
        printProgress(QStringLiteral("bench_city_lists: %1 %2").arg(e.message(), e.detail()));
        return 1;
    }
}
