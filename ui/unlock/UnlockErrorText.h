#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace mamori::ui {

// What the unlock window says for each way opening a case file can fail: core's translated
// message, plus a hint on what to do, placed next to the field it concerns.
class UnlockErrorText {
    Q_DECLARE_TR_FUNCTIONS(mamori::ui::UnlockErrorText)
public:
    enum class Place { Login, Password, General };
    struct Text {
        Place place = Place::General;
        QString message; // message and hint, ready to show
    };

    static QString hint(ErrorCode code);
    static Text forError(const Error& error);
    // Locked, when the lock may be broken (its owner is gone or on another computer).
    static QString breakableLockHint();
};

} // namespace mamori::ui
