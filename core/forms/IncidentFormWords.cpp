#include "forms/IncidentFormWords.h"

#include "incidents/ReportRules.h"

namespace mamori {

QString IncidentFormWords::leakType(LeakType t)
{
    switch (t) {
    case LeakType::Leak: return QStringLiteral("漏えい");
    case LeakType::Loss: return QStringLiteral("滅失");
    case LeakType::Damage: break;
    }
    return QStringLiteral("毀損");
}

QString IncidentFormWords::leakEvent(const IncidentDetails& d)
{
    return leakType(d.leakType) + (d.suspected ? QStringLiteral("（おそれ）") : QStringLiteral("（発生）"));
}

QString IncidentFormWords::medium(LeakMedium m)
{
    switch (m) {
    case LeakMedium::Paper: return QStringLiteral("紙媒体");
    case LeakMedium::Electronic: return QStringLiteral("電子媒体");
    case LeakMedium::Both: break;
    }
    return QStringLiteral("紙媒体及び電子媒体");
}

QString IncidentFormWords::contactMethod(ContactMethod m)
{
    switch (m) {
    case ContactMethod::InPerson: return QStringLiteral("対面");
    case ContactMethod::Phone: return QStringLiteral("電話");
    case ContactMethod::Email: return QStringLiteral("電子メール");
    case ContactMethod::Document: return QStringLiteral("文書");
    case ContactMethod::Post: return QStringLiteral("郵送");
    case ContactMethod::Other: break;
    }
    return QStringLiteral("その他");
}

QString IncidentFormWords::state(IncidentState s)
{
    switch (s) {
    case IncidentState::UnitNotified: return QStringLiteral("報告受付");
    case IncidentState::Contained: return QStringLiteral("拡大防止措置済");
    case IncidentState::Escalated: return QStringLiteral("上位報告済");
    case IncidentState::Investigating: return QStringLiteral("調査中");
    case IncidentState::Assessed: return QStringLiteral("判断済");
    case IncidentState::Prevention: return QStringLiteral("再発防止");
    case IncidentState::Closed: break;
    }
    return QStringLiteral("完了");
}

QString IncidentFormWords::reportKind(ReportKind k)
{
    return k == ReportKind::Preliminary ? QStringLiteral("速報") : QStringLiteral("確報");
}

QString IncidentFormWords::publicationDecision(PublicationDecision d)
{
    switch (d) {
    case PublicationDecision::Undecided: return QStringLiteral("未決定");
    case PublicationDecision::Publish: return QStringLiteral("公表する");
    case PublicationDecision::DoNotPublish: break;
    }
    return QStringLiteral("公表しない");
}

QString IncidentFormWords::measureStatus(MeasureStatus s)
{
    switch (s) {
    case MeasureStatus::Planned: return QStringLiteral("予定");
    case MeasureStatus::InProgress: return QStringLiteral("実施中");
    case MeasureStatus::Done: break;
    }
    return QStringLiteral("実施済");
}

QString IncidentFormWords::regimeTitle(Regime r)
{
    return r == Regime::Appi ? QStringLiteral("個人情報の保護に関する法律に基づく報告（保有個人情報）")
                             : QStringLiteral("番号法に基づく報告（特定個人情報）");
}

QString IncidentFormWords::regimeBasis(Regime r)
{
    return r == Regime::Appi ? QStringLiteral("個人情報の保護に関する法律第68条第1項")
                             : QStringLiteral("行政手続における特定の個人を識別するための番号の利用等に関する法律第29条の4第1項");
}

// Worded after Enforcement Rules Art. 43 (public bodies) and the PPC rule on My Number leak
// reports, Art. 2 (BRIEF §3).
QString IncidentFormWords::ground(const QString& id, const ReportRules& rules)
{
    if (id == QLatin1String("appi-43-1"))
        return QStringLiteral("要配慮個人情報が含まれる保有個人情報の漏えい等が発生し、又は発生したおそれがある事態");
    if (id == QLatin1String("appi-43-2"))
        return QStringLiteral("不正に利用されることにより財産的被害が生じるおそれがある保有個人情報の漏えい等が発生し、"
                              "又は発生したおそれがある事態");
    if (id == QLatin1String("appi-43-3"))
        return QStringLiteral("不正の目的をもって行われたおそれがある行為による保有個人情報の漏えい等が発生し、"
                              "又は発生したおそれがある事態");
    if (id == QLatin1String("appi-43-4"))
        return QStringLiteral("保有個人情報に係る本人の数が%1人を超える漏えい等が発生し、又は発生したおそれがある事態")
            .arg(rules.appiPersonsThreshold);
    if (id == QLatin1String("appi-43-5"))
        return QStringLiteral("条例要配慮個人情報が含まれる保有個人情報の漏えい等が発生し、又は発生したおそれがある事態");
    if (id == QLatin1String("mynumber-2-1"))
        return QStringLiteral("情報提供ネットワークシステム若しくは個人番号利用事務等を処理する情報システムで管理される"
                              "特定個人情報の漏えい等が発生し、又は発生したおそれがある事態");
    if (id == QLatin1String("mynumber-2-2"))
        return QStringLiteral("不正の目的をもって行われたおそれがある特定個人情報の漏えい等、利用又は提供が発生し、"
                              "又は発生したおそれがある事態");
    if (id == QLatin1String("mynumber-2-3"))
        return QStringLiteral("特定個人情報ファイルに記録された特定個人情報が電磁的方法により不特定多数の者に閲覧され、"
                              "又は閲覧されるおそれがある事態");
    if (id == QLatin1String("mynumber-2-4"))
        return QStringLiteral("本人の数が%1人を超える特定個人情報の漏えい等、利用又は提供が発生し、又は発生したおそれがある事態")
            .arg(rules.myNumberPersonsThreshold);
    return id;
}

} // namespace mamori
