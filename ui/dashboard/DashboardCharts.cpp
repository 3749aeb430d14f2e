#include "dashboard/DashboardCharts.h"

#include "incidents/IncidentLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mamori::ui {

using mamori::DashboardData;

namespace {

const QColor kCalm(0x3b, 0x6e, 0xa5);    // the ordinary bars
const QColor kWarning(0xe0, 0x9a, 0x1e); // due soon, awaiting a certificate
const QColor kDone(0x4c, 0x9a, 0x5a);    // certificate kept
const QColor kQuiet(0x8c, 0x99, 0xa6);   // in-house disposals: nothing is awaited

QChart* newChart(const QString& title, const char* objectName)
{
    auto* chart = new QChart;
    chart->setObjectName(QString::fromLatin1(objectName));
    chart->setTitle(title);
    // Animations would cost the first paint and say nothing an officer needs.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet* newSet(const QString& label, const QColor& color, const char* objectName)
{
    auto* set = new QBarSet(label);
    set->setObjectName(QString::fromLatin1(objectName));
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    return set;
}

// Ticks on whole numbers only (a count of 1 must not read 0, 0.2, 0.4 ... printed as "0"): the
// smallest of 1, 2, 5, 10, 20, 50 ... that needs at most six steps.
qreal wholeStep(qreal span)
{
    for (qreal magnitude = 1;; magnitude *= 10)
        for (qreal m : {1, 2, 5})
            if (span / (m * magnitude) <= 6)
                return m * magnitude;
}

// A whole-number axis from `low` (0 for counts) to just above `high`.
QValueAxis* wholeAxis(qreal low, qreal high)
{
    const qreal step = wholeStep(std::max<qreal>(high - low, 1));
    auto* axis = new QValueAxis;
    axis->setRange(std::floor(low / step) * step, std::max(std::ceil(high / step), 1.0) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QValueAxis* countAxis(qreal max)
{
    return wholeAxis(0, max);
}

void attach(QChart* chart, QAbstractBarSeries* series, QAbstractAxis* categories, Qt::Alignment categoryAt,
            QAbstractAxis* values, Qt::Alignment valueAt)
{
    chart->addSeries(series);
    chart->addAxis(categories, categoryAt);
    chart->addAxis(values, valueAt);
    series->attachAxis(categories);
    series->attachAxis(values);
}

// Sections are shown by name, by code when a section has none.
QString sectionLabel(const DashboardData::SectionRow& row)
{
    return row.name.isEmpty() ? row.code : row.name;
}

} // namespace

QColor DashboardCharts::alertColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QString DashboardCharts::deadlineLabel(const DashboardData::Deadline& d)
{
    const QString kind = d.kind == ReportKind::Preliminary ? tr("preliminary") : tr("final");
    const QString regime = d.regime == Regime::Appi ? tr("APPI") : tr("My Number");
    return tr("%1 %2 (%3)").arg(d.incidentNo, kind, regime);
}

QChart* DashboardCharts::incidentsByStage(const DashboardData& data, const Open& open)
{
    QChart* chart = newChart(tr("Open incidents by stage: %n", nullptr, data.openIncidents()), "incidentsChart");
    auto* set = newSet(tr("Open incidents"), kCalm, "incidentsSet");
    QStringList stages;
    int max = 0;
    // Horizontal bars, drawn bottom up: the first stage is listed last so that it is on top.
    const QList<DashboardData::StageCount> bottomUp(data.openIncidentsByStage.crbegin(),
                                                    data.openIncidentsByStage.crend());
    for (const DashboardData::StageCount& s : bottomUp) {
        stages << IncidentLabels::state(s.state);
        set->append(s.count);
        max = std::max(max, s.count);
    }
    QObject::connect(set, &QBarSet::clicked, chart, [open, states = bottomUp](int index) {
        DashboardLink link;
        link.target = DashboardLink::Target::Incidents;
        if (index >= 0 && index < states.size())
            link.state = states.at(index).state;
        open(link);
    });
    auto* series = new QHorizontalStackedBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* axis = new QBarCategoryAxis;
    axis->append(stages);
    attach(chart, series, axis, Qt::AlignLeft, countAxis(max), Qt::AlignBottom);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardCharts::deadlines(const DashboardData& data, const Open& open)
{
    const QList<DashboardData::Deadline> shown = data.deadlines.mid(0, kDeadlinesShown);
    QChart* chart = newChart(shown.isEmpty() ? tr("Days to the next PPC deadline: no report is due")
                                             : tr("Days to the next PPC deadline"),
                             "deadlinesChart");
    if (shown.isEmpty())
        return chart;
    auto* urgent = newSet(tr("2 days or less"), alertColor(), "urgentDeadlineSet");
    auto* later = newSet(tr("3 days or more"), kCalm, "laterDeadlineSet");
    QStringList labels;
    qreal low = 0, high = 1;
    // Horizontal bars are drawn bottom up: list the soonest last so that it is on top.
    QList<DashboardData::Deadline> bottomUp(shown.crbegin(), shown.crend());
    for (const DashboardData::Deadline& d : bottomUp) {
        labels << d.incidentNo; // the kind and regime are in the tooltip: a longer label is cut off
        urgent->append(d.urgent() ? qreal(d.daysLeft) : 0);
        later->append(d.urgent() ? 0 : qreal(d.daysLeft));
        low = std::min(low, qreal(d.daysLeft));
        high = std::max(high, qreal(d.daysLeft));
    }
    auto clicked = [open, bottomUp](int index) {
        if (index < 0 || index >= bottomUp.size())
            return;
        DashboardLink link;
        link.target = DashboardLink::Target::Incident;
        link.incidentId = bottomUp.at(index).incidentId;
        open(link);
    };
    QObject::connect(urgent, &QBarSet::clicked, chart, clicked);
    QObject::connect(later, &QBarSet::clicked, chart, clicked);
    auto* series = new QHorizontalStackedBarSeries;
    QObject::connect(series, &QAbstractBarSeries::hovered, chart, [bottomUp, chart](bool on, int index) {
        chart->setToolTip(on && index >= 0 && index < bottomUp.size()
                              ? tr("%1: due %2").arg(deadlineLabel(bottomUp.at(index)),
                                                     bottomUp.at(index).due.toString(Qt::ISODate))
                              : QString());
    });
    series->append(urgent);
    series->append(later);
    series->setLabelsVisible(true);
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    QValueAxis* days = wholeAxis(low, high);
    days->setTitleText(tr("days left (negative: overdue)"));
    attach(chart, series, axis, Qt::AlignLeft, days, Qt::AlignBottom);
    return chart;
}

QChart* DashboardCharts::carryOutsBySection(const DashboardData& data, const Open& open)
{
    QChart* chart = newChart(data.carryOutsBySection.isEmpty() ? tr("Carry-outs out: none")
                                                               : tr("Carry-outs out and overdue by section"),
                             "carryOutsChart");
    auto* out = newSet(tr("Out"), kCalm, "carryOutsOutSet");
    auto* overdue = newSet(tr("Overdue"), alertColor(), "carryOutsOverdueSet");
    QStringList sections;
    int max = 0;
    for (const DashboardData::CarryOutsOut& row : data.carryOutsBySection) {
        sections << sectionLabel(row);
        out->append(row.out);
        overdue->append(row.overdue);
        max = std::max(max, row.out + row.overdue);
    }
    const QList<DashboardData::CarryOutsOut> rows = data.carryOutsBySection;
    auto linkTo = [open, rows](int index, bool overdueOnly) {
        if (index < 0 || index >= rows.size())
            return;
        DashboardLink link;
        link.target = DashboardLink::Target::CarryOuts;
        link.sectionId = rows.at(index).sectionId;
        link.overdueOnly = overdueOnly;
        open(link);
    };
    QObject::connect(out, &QBarSet::clicked, chart, [linkTo](int i) { linkTo(i, false); });
    QObject::connect(overdue, &QBarSet::clicked, chart, [linkTo](int i) { linkTo(i, true); });
    auto* series = new QStackedBarSeries;
    series->append(out);
    series->append(overdue);
    series->setLabelsVisible(true);
    auto* axis = new QBarCategoryAxis;
    axis->append(sections);
    attach(chart, series, axis, Qt::AlignBottom, countAxis(max), Qt::AlignLeft);
    return chart;
}

QChart* DashboardCharts::disposalsByMonth(const DashboardData& data, const Open& open)
{
    QChart* chart = newChart(tr("Disposals per month and their certificates"), "disposalsChart");
    auto* inHouse = newSet(tr("In-house"), kQuiet, "disposalsInHouseSet");
    auto* certified = newSet(tr("Certificate kept"), kDone, "disposalsCertifiedSet");
    auto* awaiting = newSet(tr("Awaiting certificate"), kWarning, "disposalsAwaitingSet");
    QStringList months;
    int max = 0;
    const QLocale locale;
    for (const DashboardData::DisposalMonth& m : data.disposalsByMonth) {
        months << QString::number(m.month.month()); // names do not fit twelve to a chart
        inHouse->append(m.inHouse);
        certified->append(m.certified);
        awaiting->append(m.awaitingCertificate);
        max = std::max(max, m.total());
    }
    const QList<DashboardData::DisposalMonth> rows = data.disposalsByMonth;
    auto clicked = [open, rows](int index) {
        if (index < 0 || index >= rows.size())
            return;
        DashboardLink link;
        link.target = DashboardLink::Target::Disposals;
        link.from = rows.at(index).month;
        link.to = link.from.addMonths(1).addDays(-1);
        open(link);
    };
    for (QBarSet* set : {inHouse, certified, awaiting})
        QObject::connect(set, &QBarSet::clicked, chart, clicked);
    auto* series = new QStackedBarSeries;
    series->append(inHouse);
    series->append(certified);
    series->append(awaiting);
    auto* axis = new QBarCategoryAxis;
    axis->append(months);
    // Twelve two-digit months share the width of a third of the page: a smaller font keeps
    // 10, 11 and 12 from being cut to "…".
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.7);
    axis->setLabelsFont(small);
    if (!rows.isEmpty())
        axis->setTitleText(tr("month, %1 to %2")
                               .arg(locale.toString(rows.first().month, QStringLiteral("yyyy/M")),
                                    locale.toString(rows.last().month, QStringLiteral("yyyy/M"))));
    attach(chart, series, axis, Qt::AlignBottom, countAxis(max), Qt::AlignLeft);
    return chart;
}

QChart* DashboardCharts::reviewsBySection(const DashboardData& data, const Open& open)
{
    QChart* chart = newChart(data.reviewsBySection.isEmpty() ? tr("Access-right reviews due: none")
                                                             : tr("Access-right reviews due by section"),
                             "reviewsChart");
    auto* overdue = newSet(tr("Overdue"), alertColor(), "reviewsOverdueSet");
    auto* soon = newSet(tr("Due within %n day(s)", nullptr, DashboardService::kReviewWindowDays), kWarning,
                        "reviewsDueSoonSet");
    QStringList sections;
    int max = 0;
    for (const DashboardData::ReviewsDue& row : data.reviewsBySection) {
        sections << sectionLabel(row);
        overdue->append(row.overdue);
        soon->append(row.dueSoon);
        max = std::max(max, row.overdue + row.dueSoon);
    }
    const QList<DashboardData::ReviewsDue> rows = data.reviewsBySection;
    auto clicked = [open, rows](int index) {
        if (index < 0 || index >= rows.size())
            return;
        DashboardLink link;
        link.target = DashboardLink::Target::AccessReviews;
        link.sectionId = rows.at(index).sectionId;
        open(link);
    };
    QObject::connect(overdue, &QBarSet::clicked, chart, clicked);
    QObject::connect(soon, &QBarSet::clicked, chart, clicked);
    auto* series = new QStackedBarSeries;
    series->append(overdue);
    series->append(soon);
    series->setLabelsVisible(true);
    auto* axis = new QBarCategoryAxis;
    axis->append(sections);
    attach(chart, series, axis, Qt::AlignBottom, countAxis(max), Qt::AlignLeft);
    return chart;
}

} // namespace mamori::ui
