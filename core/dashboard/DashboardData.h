#pragma once

#include "incidents/IncidentService.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mamori {

// What the start page shows (issue 4, "Dashboard"): counts and dates only, never the
// personal data behind them, each limited to the sections the officer may read. Every figure
// carries the ids a screen needs to open the list it summarises.
struct DashboardData {
    QDate today;

    struct StageCount {
        IncidentState state = IncidentState::UnitNotified;
        int count = 0;
    };
    // Open incidents by stage, in workflow order; stages with none are listed with 0.
    QList<StageCount> openIncidentsByStage;

    struct Deadline {
        qint64 incidentId = 0;
        QString incidentNo;
        qint64 sectionId = 0;
        Regime regime = Regime::Appi;
        ReportKind kind = ReportKind::Preliminary;
        QDate due;
        qint64 daysLeft = 0; // negative when overdue
        // The brief's red line: two days or less to go.
        bool urgent() const { return daysLeft <= 2; }
    };
    // The next PPC report due of every open incident that has one, soonest first.
    QList<Deadline> deadlines;

    struct SectionRow {
        qint64 sectionId = 0;
        QString code;
        QString name;
    };
    struct CarryOutsOut : SectionRow {
        int out = 0;     // out and not yet due back
        int overdue = 0; // out past the planned return
    };
    // Sections with something out, by section code.
    QList<CarryOutsOut> carryOutsBySection;

    struct DisposalMonth {
        QDate month;          // the first day of the month
        int inHouse = 0;      // destroyed by the section: no certificate is expected
        int certified = 0;    // by a contractor, certificate kept
        int awaitingCertificate = 0; // by a contractor, no certificate yet
        int total() const { return inHouse + certified + awaitingCertificate; }
    };
    // The last twelve months, oldest first, by the disposal's planned date; cancelled ones left out.
    QList<DisposalMonth> disposalsByMonth;

    struct ReviewsDue : SectionRow {
        int overdue = 0; // review date passed
        int dueSoon = 0; // due within DashboardService::kReviewWindowDays
    };
    // Access rights (not revoked) whose review is overdue or due soon, by section code.
    QList<ReviewsDue> reviewsBySection;

    int openIncidents() const;
    int carryOutsOverdue() const;
    int reviewsOverdue() const;
};

} // namespace mamori
