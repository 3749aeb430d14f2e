#pragma once

#include "dashboard/DashboardData.h"

namespace mamori {

class CaseFile;
class Session;

// Computes the start page's figures with aggregate queries, so that the page opens at once on
// a city's case file (bench_dashboard: < 300 ms with 100 000 carry-outs).
//
// Permissions: ReadPersonalData for at least one section (else PermissionDenied); every figure
// is limited to the sections it reaches. Journaled as one view of "dashboard" with the counts;
// the open incidents are read through IncidentService, which journals its list as well.
class DashboardService {
public:
    static constexpr int kReviewWindowDays = 30;
    static constexpr int kMonths = 12;

    explicit DashboardService(CaseFile& file) : m_file(file) {}

    DashboardData compute(const Session& actor);

private:
    void loadIncidents(const Session& actor, DashboardData& data);
    void loadCarryOuts(const QString& scopeTerm, DashboardData& data);
    void loadDisposals(const QString& scopeTerm, DashboardData& data);
    void loadReviews(const QString& scopeTerm, DashboardData& data);
    CaseFile& m_file;
};

} // namespace mamori
