#pragma once

#include "custody/CarryOutService.h"

#include <QString>

namespace mamori::ui {

// The words the screens use for the carry-out workflow's keys (states, kinds of item, protective
// measures), in one place so that the list, the dialogs and the CSV agree.
class CarryOutLabels {
public:
    static QString state(mamori::CarryOutState s);
    static QString itemType(mamori::CarryOutItemType t);
    static QString measure(mamori::CarryOutMeasure m);
    // The state filter's choices as (key, label), in workflow order.
    static QList<QPair<QString, QString>> stateChoices();
};

} // namespace mamori::ui
