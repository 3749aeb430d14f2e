#pragma once

#include "dashboard/DashboardData.h"
#include "dashboard/DashboardLink.h"

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The start page: the state of the city at a glance (issue 4). Four figures on top (open
// incidents, the next PPC deadline, overdue carry-outs, overdue access reviews) and five charts
// below; a click on a bar emits linkActivated() with the list behind it. The figures are
// computed in core (DashboardService) each time the page is shown or refreshed.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(mamori::CaseFile& file, QWidget* parent = nullptr);

    const mamori::DashboardData& data() const { return m_data; }
    // The chart views, by the chart's object name (incidentsChart, deadlinesChart, ...).
    QChartView* chartView(const QString& chartName) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void linkActivated(const mamori::ui::DashboardLink& link);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addFigure(QGridLayout* grid, int column, const char* objectName, const QString& caption);
    void showFigures();
    void setChart(int index, QChart* chart);

    mamori::CaseFile& m_file;
    mamori::DashboardData m_data;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_openIncidents = nullptr;
    QLabel* m_nextDeadline = nullptr;
    QLabel* m_overdueCarryOuts = nullptr;
    QLabel* m_overdueReviews = nullptr;
    QList<QChartView*> m_views;
    bool m_loaded = false;
};

} // namespace mamori::ui
