#pragma once

#include <QStringList>
#include <QVariant>

namespace mamori::ui {

// Settings of this computer (not of a case file), in QSettings. One typed table, key -> default.
// Nothing here names a person: the recent list holds folder paths only, never logins.
enum class LocalSetting {
    Language,    // "system" | "ja" | "en"
    RecentCases, // most recent first, at most kMaxRecentCases
};

struct LocalSettingDef {
    LocalSetting id;
    const char* key;
    QVariant defaultValue;
};

class LocalSettings {
public:
    static constexpr int kMaxRecentCases = 8;
    static const LocalSettingDef& def(LocalSetting s);

    static QVariant value(LocalSetting s);
    static void set(LocalSetting s, const QVariant& value);

    static QString language();
    static void setLanguage(const QString& language);
    static QStringList languages() {
        return {QStringLiteral("system"), QStringLiteral("ja"), QStringLiteral("en")};
    }
};

} // namespace mamori::ui
