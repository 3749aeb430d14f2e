#pragma once

#include <QString>
#include <QVariant>

namespace mamori {

class CaseFile;
class Session;

enum class DateStyle { Wareki, Seireki };

// Case-file policy, one typed table (key -> default, bounds) instead of a chain of ifs.
// Stored encrypted in the case file; every change is journaled.
enum class CaseSetting {
    AutoLockMinutes,        // seed 000 Art. 30; default 10
    MinPasswordLength,      // default 12
    ExportWarningThreshold, // seed 000 Art. 19; default 100 records
    DateStyle,              // "wareki" (default) or "seireki"
    AdminReadsPersonalData, // seed 000 Art. 20; default false
    OrganisationName,       // printed on forms
    TitlePreset,            // "shiraoka" | "muko"
};

struct CaseSettingDef {
    CaseSetting id;
    const char* key;
    QMetaType::Type type;
    QVariant defaultValue;
    int min = 0, max = 0; // for integers
};

class CaseSettings {
public:
    explicit CaseSettings(CaseFile& file) : m_file(file) {}
    static const CaseSettingDef& def(CaseSetting s);
    static const QList<CaseSettingDef>& all();

    QVariant value(CaseSetting s) const;
    // Validates against the table; requires ManageSettings; journals the change.
    void set(const Session& actor, CaseSetting s, const QVariant& value);

    int autoLockMinutes() const { return value(CaseSetting::AutoLockMinutes).toInt(); }
    int minPasswordLength() const { return value(CaseSetting::MinPasswordLength).toInt(); }
    int exportWarningThreshold() const { return value(CaseSetting::ExportWarningThreshold).toInt(); }
    mamori::DateStyle dateStyle() const;
    bool adminReadsPersonalData() const { return value(CaseSetting::AdminReadsPersonalData).toBool(); }
    QString organisationName() const { return value(CaseSetting::OrganisationName).toString(); }

private:
    friend class CaseFile;
    void setUnchecked(CaseSetting s, const QVariant& value); // at creation, inside its transaction
    CaseFile& m_file;
};

} // namespace mamori
