#include "Metric.h"

#include "BenchOutput.h"

namespace mamori::bench {

Metric::Metric(QString name, double value, QString unit, int decimals)
    : m_name(std::move(name)), m_value(value), m_unit(std::move(unit)), m_decimals(decimals) {}

bool Metric::requireAtLeast(double min) const {
    const bool pass = m_value >= min;
    print(QStringLiteral(">=") + QString::number(min), pass);
    return pass;
}

bool Metric::requireBelow(double max) const {
    const bool pass = m_value < max;
    print(QStringLiteral("<") + QString::number(max), pass);
    return pass;
}

void Metric::printInfo() const {
    print(QStringLiteral("info"), true);
}

void Metric::print(const QString& target, bool pass) const {
    printLine(QStringLiteral("METRIC %1 %2 %3 %4 %5")
                  .arg(m_name, QString::number(m_value, 'f', m_decimals), m_unit, target,
                       pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")));
}

} // namespace mamori::bench
