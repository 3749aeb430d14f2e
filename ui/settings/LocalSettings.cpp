#include "settings/LocalSettings.h"

#include <QSettings>

namespace mamori::ui {

const LocalSettingDef& LocalSettings::def(LocalSetting s) {
    static const QList<LocalSettingDef> table = {
        {LocalSetting::Language, "ui/language", QStringLiteral("system")},
        {LocalSetting::RecentCases, "ui/recentCases", QStringList()},
    };
    for (const LocalSettingDef& d : table)
        if (d.id == s)
            return d;
    Q_UNREACHABLE();
}

QVariant LocalSettings::value(LocalSetting s) {
    const LocalSettingDef& d = def(s);
    return QSettings().value(QString::fromLatin1(d.key), d.defaultValue);
}

void LocalSettings::set(LocalSetting s, const QVariant& value) {
    QSettings().setValue(QString::fromLatin1(def(s).key), value);
}

QString LocalSettings::language() {
    const QString v = value(LocalSetting::Language).toString();
    return languages().contains(v) ? v : def(LocalSetting::Language).defaultValue.toString();
}

void LocalSettings::setLanguage(const QString& language) {
    set(LocalSetting::Language,
        languages().contains(language) ? language : QStringLiteral("system"));
}

} // namespace mamori::ui
