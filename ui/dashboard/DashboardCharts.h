#pragma once

#include "dashboard/DashboardData.h"
#include "dashboard/DashboardService.h"
#include "dashboard/DashboardLink.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QChart;
class QColor;

namespace mamori::ui {

// Builds the five charts of the start page from DashboardData. Each chart is a fresh QChart
// whose bars call `open` with the link to the list behind them; nothing here reads the case
// file, so the charts can be tested from hand-made data.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    using Open = std::function<void(const DashboardLink&)>;

    // The colour of a deadline at two days or less, of overdue carry-outs and reviews.
    static QColor alertColor();

    static QChart* incidentsByStage(const mamori::DashboardData& data, const Open& open);
    static QChart* deadlines(const mamori::DashboardData& data, const Open& open);
    static QChart* carryOutsBySection(const mamori::DashboardData& data, const Open& open);
    static QChart* disposalsByMonth(const mamori::DashboardData& data, const Open& open);
    static QChart* reviewsBySection(const mamori::DashboardData& data, const Open& open);

    // "速報 (APPI)" and the like, for a deadline.
    static QString deadlineLabel(const mamori::DashboardData::Deadline& d);
    // How many deadlines the chart shows: the soonest ones.
    static constexpr int kDeadlinesShown = 8;
};

} // namespace mamori::ui
