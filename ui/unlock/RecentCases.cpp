#include "unlock/RecentCases.h"

#include "settings/LocalSettings.h"

#include <QDir>
#include <QFileInfo>

namespace mamori::ui {

QString RecentCases::normalised(const QString& dir) {
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QStringList RecentCases::list() {
    QStringList out;
    const QStringList stored = LocalSettings::value(LocalSetting::RecentCases).toStringList();
    for (const QString& p : stored) {
        if (!p.isEmpty() && !out.contains(p) && out.size() < LocalSettings::kMaxRecentCases)
            out.append(p);
    }
    return out;
}

void RecentCases::add(const QString& dir) {
    const QString path = normalised(dir);
    QStringList l = list();
    l.removeAll(path);
    l.prepend(path);
    while (l.size() > LocalSettings::kMaxRecentCases)
        l.removeLast();
    LocalSettings::set(LocalSetting::RecentCases, l);
}

void RecentCases::remove(const QString& dir) {
    QStringList l = list();
    l.removeAll(normalised(dir));
    LocalSettings::set(LocalSetting::RecentCases, l);
}

} // namespace mamori::ui
