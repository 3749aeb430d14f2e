#include "settings/CaseSettings.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace mamori {

const QList<CaseSettingDef>& CaseSettings::all()
{
    static const QList<CaseSettingDef> table = {
        {CaseSetting::AutoLockMinutes, "auto_lock_minutes", QMetaType::Int, 10, 1, 120},
        {CaseSetting::MinPasswordLength, "min_password_length", QMetaType::Int, 12, 8, 128},
        {CaseSetting::ExportWarningThreshold, "export_warning_threshold", QMetaType::Int, 100, 1, 1000000},
        {CaseSetting::DateStyle, "date_style", QMetaType::QString, QStringLiteral("wareki")},
        {CaseSetting::AdminReadsPersonalData, "admin_reads_personal_data", QMetaType::Bool, false},
        {CaseSetting::OrganisationName, "organisation_name", QMetaType::QString, QString()},
        {CaseSetting::TitlePreset, "title_preset", QMetaType::QString, QStringLiteral("shiraoka")},
    };
    return table;
}

const CaseSettingDef& CaseSettings::def(CaseSetting s)
{
    for (const CaseSettingDef& d : all())
        if (d.id == s)
            return d;
    Q_UNREACHABLE();
}

QVariant CaseSettings::value(CaseSetting s) const
{
    const CaseSettingDef& d = def(s);
    Statement st = m_file.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, d.key);
    if (!st.next())
        return d.defaultValue;
    QVariant v = st.text(0);
    v.convert(QMetaType(d.type));
    return v;
}

DateStyle CaseSettings::dateStyle() const
{
    return value(CaseSetting::DateStyle).toString() == QLatin1String("seireki") ? DateStyle::Seireki
                                                                              : DateStyle::Wareki;
}

void CaseSettings::set(const Session& actor, CaseSetting s, const QVariant& value)
{
    m_file.require(actor, Permission::ManageSettings, std::nullopt, QStringLiteral("settings"));
    const CaseSettingDef& d = def(s);
    QVariant v = value;
    const auto invalid = [&] {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("mamori::CaseSettings", "Invalid value for setting %1.")
                         .arg(QString::fromLatin1(d.key)))
            .withField(QString::fromLatin1(d.key));
    };
    if (!v.convert(QMetaType(d.type)))
        throw invalid();
    if (d.type == QMetaType::Int && (v.toInt() < d.min || v.toInt() > d.max))
        throw invalid();
    if (s == CaseSetting::DateStyle && v.toString() != QLatin1String("wareki") &&
        v.toString() != QLatin1String("seireki"))
        throw invalid();
    if (s == CaseSetting::TitlePreset && v.toString() != QLatin1String("shiraoka") &&
        v.toString() != QLatin1String("muko"))
        throw invalid();
    Transaction tx(m_file.db());
    setUnchecked(s, v);
    m_file.journal().append(actor, JournalAction::Update, QStringLiteral("setting"),
                            QString::fromLatin1(d.key),
                            QStringLiteral("%1 = %2").arg(QString::fromLatin1(d.key), v.toString()));
    tx.commit();
}

void CaseSettings::setUnchecked(CaseSetting s, const QVariant& value)
{
    Statement st = m_file.db().prepare("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    st.bind(1, def(s).key).bind(2, value.toString());
    st.run();
}

} // namespace mamori
