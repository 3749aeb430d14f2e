#pragma once

#include <QString>

namespace mamori::bench {

// One measured figure, printed as the line that run_all.sh and CI look for:
//   METRIC <name> <value> <unit> <target> PASS|FAIL
// Informational figures (no target of their own) print "info" as the target and PASS, so that
// every METRIC line has the same six fields.
class Metric {
public:
    Metric(QString name, double value, QString unit, int decimals = 2);

    // Prints the line with target ">=min"; returns whether it passed.
    bool requireAtLeast(double min) const;
    // Prints the line with target "<max"; returns whether it passed.
    bool requireBelow(double max) const;
    void printInfo() const;

private:
    void print(const QString& target, bool pass) const;
    QString m_name;
    double m_value;
    QString m_unit;
    int m_decimals;
};

} // namespace mamori::bench
