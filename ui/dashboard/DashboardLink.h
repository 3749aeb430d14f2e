#pragma once

#include "incidents/IncidentWorkflow.h"

#include <QDate>
#include <optional>

namespace mamori::ui {

// Where a click on the start page leads: the list a chart summarises, filtered to the bar that
// was clicked. MainWindow turns it into "show that screen with this filter".
struct DashboardLink {
    enum class Target { Incidents, Incident, CarryOuts, Disposals, AccessReviews };
    Target target = Target::Incidents;
    std::optional<mamori::IncidentState> state; // Incidents: the stage clicked
    qint64 incidentId = 0;                      // Incident
    std::optional<qint64> sectionId;            // CarryOuts, AccessReviews
    bool overdueOnly = false;                   // CarryOuts: the "overdue" bar
    QDate from, to;                             // Disposals: the month clicked
};

} // namespace mamori::ui
