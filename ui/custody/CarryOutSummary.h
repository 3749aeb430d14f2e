#pragma once

#include "custody/CarryOutService.h"

#include <QWidget>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// A read-only panel with one carry-out's ledger fields (BRIEF §7 CarryOutLedger), as the
// approval, return and detail dialogs show it. Names the section, file and people; reading
// them goes through core (journaled views).
class CarryOutSummary : public QWidget {
    Q_OBJECT

public:
    CarryOutSummary(mamori::CaseFile& file, const mamori::CarryOut& carryOut, QWidget* parent = nullptr);
};

} // namespace mamori::ui
