#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mamori::ui {

// What the journal's action keys ("create", "export", ...) are called on screen. The keys stay
// in the file untranslated; later issues add actions, which show as their key until they get a
// label here.
class JournalActionLabels {
    Q_DECLARE_TR_FUNCTIONS(mamori::ui::JournalActionLabels)

public:
    static QString label(const QString& action);
    // The actions the filter offers, in the order shown.
    static QStringList knownActions();
};

} // namespace mamori::ui
