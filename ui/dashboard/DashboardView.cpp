#include "dashboard/DashboardView.h"

#include "dashboard/DashboardCharts.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "dashboard/DashboardService.h"
#include "dates/JapaneseDate.h"
#include "settings/CaseSettings.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
constexpr int kCharts = 5;
}

DashboardView::DashboardView(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    top->addWidget(m_heading, 1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("dashboardRefreshButton"));
    connect(refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* figures = new QGridLayout;
    m_openIncidents = addFigure(figures, 0, "openIncidentsFigure", tr("Open incidents"));
    m_nextDeadline = addFigure(figures, 1, "nextDeadlineFigure", tr("Next PPC deadline"));
    m_overdueCarryOuts = addFigure(figures, 2, "overdueCarryOutsFigure", tr("Carry-outs overdue"));
    m_overdueReviews = addFigure(figures, 3, "overdueReviewsFigure", tr("Access reviews overdue"));
    layout->addLayout(figures);

    auto* charts = new QGridLayout;
    for (int i = 0; i < kCharts; ++i) {
        auto* view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 240);
        charts->addWidget(view, i / 3, i % 3);
        m_views << view;
    }
    layout->addLayout(charts, 1);
}

QLabel* DashboardView::addFigure(QGridLayout* grid, int column, const char* objectName, const QString& caption) {
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* v = new QVBoxLayout(frame);
    auto* title = new QLabel(caption, frame);
    auto* value = new QLabel(frame);
    value->setObjectName(QString::fromLatin1(objectName));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    v->addWidget(title);
    v->addWidget(value);
    grid->addWidget(frame, 0, column);
    return value;
}

QChartView* DashboardView::chartView(const QString& chartName) const {
    for (QChartView* view : m_views)
        if (view->chart() && view->chart()->objectName() == chartName)
            return view;
    return nullptr;
}

void DashboardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void DashboardView::refresh() {
    m_loaded = true;
    try {
        m_data = DashboardService(m_file).compute(m_file.session());
        m_error->hide();
    } catch (const Error& e) {
        m_data = DashboardData();
        m_error->setText(e.message());
        m_error->show();
    }
    const DateStyle style = m_file.settings().dateStyle();
    m_heading->setText(m_data.today.isValid()
                           ? tr("The city on %1").arg(JapaneseDate::format(m_data.today, style))
                           : tr("The city"));
    showFigures();
    const DashboardCharts::Open open = [this](const DashboardLink& link) { Q_EMIT linkActivated(link); };
    setChart(0, DashboardCharts::incidentsByStage(m_data, open));
    setChart(1, DashboardCharts::deadlines(m_data, open));
    setChart(2, DashboardCharts::carryOutsBySection(m_data, open));
    setChart(3, DashboardCharts::disposalsByMonth(m_data, open));
    setChart(4, DashboardCharts::reviewsBySection(m_data, open));
}

void DashboardView::setChart(int index, QChart* chart) {
    QChartView* view = m_views.at(index);
    QChart* old = view->chart();
    view->setChart(chart); // the view owns the new chart, not the old one
    delete old;
}

void DashboardView::showFigures() {
    const QString alert = QStringLiteral("color: %1;").arg(DashboardCharts::alertColor().name());
    m_openIncidents->setText(QString::number(m_data.openIncidents()));
    if (m_data.deadlines.isEmpty()) {
        m_nextDeadline->setText(tr("none due"));
        m_nextDeadline->setStyleSheet(QString());
    } else {
        const DashboardData::Deadline& d = m_data.deadlines.first();
        m_nextDeadline->setText(d.daysLeft >= 0 ? tr("%n day(s) left", nullptr, int(d.daysLeft))
                                                : tr("%n day(s) overdue", nullptr, int(-d.daysLeft)));
        m_nextDeadline->setToolTip(DashboardCharts::deadlineLabel(d));
        m_nextDeadline->setStyleSheet(d.urgent() ? alert : QString());
    }
    m_overdueCarryOuts->setText(QString::number(m_data.carryOutsOverdue()));
    m_overdueCarryOuts->setStyleSheet(m_data.carryOutsOverdue() > 0 ? alert : QString());
    m_overdueReviews->setText(QString::number(m_data.reviewsOverdue()));
    m_overdueReviews->setStyleSheet(m_data.reviewsOverdue() > 0 ? alert : QString());
}

} // namespace mamori::ui
