#include "custody/CarryOutLabels.h"

#include <QCoreApplication>

namespace mamori::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("mamori::ui::CarryOutLabels", text);
}
} // namespace

QString CarryOutLabels::state(CarryOutState s) {
    switch (s) {
    case CarryOutState::Requested: return tr("Requested");
    case CarryOutState::Approved: return tr("Approved");
    case CarryOutState::Rejected: return tr("Rejected");
    case CarryOutState::Out: return tr("Out");
    case CarryOutState::Overdue: return tr("Overdue");
    case CarryOutState::Returned: return tr("Returned");
    case CarryOutState::Closed: return tr("Closed");
    case CarryOutState::Lost: break;
    }
    return tr("Lost");
}

QString CarryOutLabels::itemType(CarryOutItemType t) {
    switch (t) {
    case CarryOutItemType::Paper: return tr("Paper");
    case CarryOutItemType::Usb: return tr("USB memory");
    case CarryOutItemType::Laptop: return tr("Laptop");
    case CarryOutItemType::Optical: return tr("Optical disc");
    case CarryOutItemType::Other: break;
    }
    return tr("Other");
}

QString CarryOutLabels::measure(CarryOutMeasure m) {
    // Worded after seed 002 Art. 11(4) and seed 000 Art. 12.
    switch (m) {
    case CarryOutMeasure::LockedCase: return tr("Lockable carrying case");
    case CarryOutMeasure::TrackableDelivery: return tr("Trackable means of transport");
    case CarryOutMeasure::Sealing: return tr("Documents sealed");
    case CarryOutMeasure::Masking: return tr("My Numbers masked with stickers");
    case CarryOutMeasure::Encryption: return tr("Data encrypted or password-protected");
    case CarryOutMeasure::AuthSet: break;
    }
    return tr("Authentication set on the media");
}

QList<QPair<QString, QString>> CarryOutLabels::stateChoices() {
    QList<QPair<QString, QString>> out;
    for (CarryOutState s : allCarryOutStates())
        out.append({carryOutStateKey(s), state(s)});
    return out;
}

} // namespace mamori::ui
