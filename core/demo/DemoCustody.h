#pragma once

#include <QMap>
#include <QString>

namespace mamori {

class CaseFile;

// The custody part of the demo case file: staff records, designated handlers, handling areas,
// the file register with access rights (one review overdue) and carry-outs in every state (one
// overdue), so that every screen and form of the demo has something realistic to show.
// Everything is fictitious. Dates are relative to the case file's clock, so the demo always
// looks current.
class DemoCustody {
public:
    // `sections`: section name → id; `accounts`: login → account id, as DemoCase created them.
    static void fill(CaseFile& file, const QMap<QString, qint64>& sections, const QMap<QString, qint64>& accounts);
};

} // namespace mamori
