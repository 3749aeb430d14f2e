#pragma once

#include <QStringList>

namespace mamori::ui {

// The case folders recently opened on this computer (LocalSetting::RecentCases), most recent
// first. Paths only: who opened them is nobody else's business.
class RecentCases {
public:
    static QStringList list();
    static void add(const QString& dir);
    static void remove(const QString& dir);

private:
    static QString normalised(const QString& dir);
};

} // namespace mamori::ui
