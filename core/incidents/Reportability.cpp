#include "incidents/Reportability.h"

#include "incidents/ReportDeadlines.h"

#include <QCoreApplication>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::Reportability", text);
}

const QString kAppiPrefix = QStringLiteral("appi-43-");
const QString kMyNumberPrefix = QStringLiteral("mynumber-2-");

QString appiBasis(int item)
{
    return QStringLiteral("個人情報の保護に関する法律第68条第1項・施行規則第43条第%1号").arg(item);
}

QString myNumberBasis(int item)
{
    return QStringLiteral("行政手続における特定の個人を識別するための番号の利用等に関する法律第29条の4第1項・"
                          "特定個人情報の漏えい等に関する報告等に関する規則第2条第%1号")
        .arg(item);
}

ReportGround ground(const QString& id)
{
    return {id, Reportability::legalBasis(id)};
}

// Fills the verdict, the due dates and the notice duty from the grounds found.
RegimeAssessment conclude(Regime regime, QList<ReportGround> grounds, const IncidentFacts& facts, const ReportRules& rules)
{
    RegimeAssessment a;
    a.regime = regime;
    a.grounds = std::move(grounds);
    a.reportable = !a.grounds.isEmpty();
    if (a.reportable) {
        const ReportDeadlines deadlines(rules);
        const bool improper = a.groundIds().contains(Reportability::improperPurposeGround(regime));
        a.preliminaryDue = deadlines.preliminaryDue(facts.awareOn);
        a.finalDue = deadlines.finalDue(facts.awareOn, improper);
    }
    a.notifyIndividuals = a.reportable;
    return a;
}
} // namespace

QString regimeKey(Regime r)
{
    return r == Regime::Appi ? QStringLiteral("appi") : QStringLiteral("my_number");
}

QStringList RegimeAssessment::groundIds() const
{
    QStringList ids;
    for (const ReportGround& g : grounds)
        ids << g.id;
    return ids;
}

RegimeAssessment Reportability::assessAppi(const IncidentFacts& f, const ReportRules& rules)
{
    QList<ReportGround> grounds;
    // 高度な暗号化等 takes the data out of every item (Rules Art. 43, parenthesis of item 1).
    if (!f.advancedEncryption) {
        if (f.sensitive)
            grounds << ground(QStringLiteral("appi-43-1"));
        if (f.propertyDamageRisk)
            grounds << ground(QStringLiteral("appi-43-2"));
        if (f.improperPurpose)
            grounds << ground(QStringLiteral("appi-43-3"));
        if (f.persons > rules.appiPersonsThreshold)
            grounds << ground(QStringLiteral("appi-43-4"));
        // Only where the city's ordinance defines 条例要配慮個人情報 at all.
        if (f.ordinanceSensitive && f.ordinanceDefinesSensitive)
            grounds << ground(QStringLiteral("appi-43-5"));
    }
    return conclude(Regime::Appi, grounds, f, rules);
}

RegimeAssessment Reportability::assessMyNumber(const IncidentFacts& f, const ReportRules& rules)
{
    QList<ReportGround> grounds;
    // Rule B concerns 特定個人情報 only; without My Numbers it is never engaged.
    if (f.myNumber && !f.advancedEncryption) {
        if (f.myNumberSystem)
            grounds << ground(QStringLiteral("mynumber-2-1"));
        if (f.improperPurpose)
            grounds << ground(QStringLiteral("mynumber-2-2"));
        if (f.publicExposure)
            grounds << ground(QStringLiteral("mynumber-2-3"));
        if (f.persons > rules.myNumberPersonsThreshold)
            grounds << ground(QStringLiteral("mynumber-2-4"));
    }
    return conclude(Regime::MyNumber, grounds, f, rules);
}

Assessment Reportability::assess(const IncidentFacts& facts, const ReportRules& rules)
{
    return {assessAppi(facts, rules), assessMyNumber(facts, rules)};
}

QStringList Reportability::groundIds(Regime regime)
{
    QStringList ids;
    const int items = regime == Regime::Appi ? 5 : 4;
    const QString& prefix = regime == Regime::Appi ? kAppiPrefix : kMyNumberPrefix;
    for (int i = 1; i <= items; ++i)
        ids << prefix + QString::number(i);
    return ids;
}

QString Reportability::legalBasis(const QString& groundId)
{
    for (Regime r : {Regime::Appi, Regime::MyNumber}) {
        const int item = static_cast<int>(groundIds(r).indexOf(groundId)) + 1;
        if (item > 0)
            return r == Regime::Appi ? appiBasis(item) : myNumberBasis(item);
    }
    return {};
}

QString Reportability::describe(const QString& id, const ReportRules& rules)
{
    if (id == QLatin1String("appi-43-1"))
        return tr("Sensitive personal information is involved (any number of persons).");
    if (id == QLatin1String("appi-43-2"))
        return tr("Misuse may cause property damage (any number of persons).");
    if (id == QLatin1String("appi-43-3"))
        return tr("It may stem from an act with an improper purpose (any number of persons).");
    if (id == QLatin1String("appi-43-4"))
        return tr("More than %1 persons are affected.").arg(rules.appiPersonsThreshold);
    if (id == QLatin1String("appi-43-5"))
        return tr("Sensitive information defined by the city's ordinance is involved.");
    if (id == QLatin1String("mynumber-2-1"))
        return tr("My Number data leaked from the information-provision network or a number-use system (any number of "
                  "persons).");
    if (id == QLatin1String("mynumber-2-2"))
        return tr("My Number data was leaked, used or provided with an improper purpose (any number of persons).");
    if (id == QLatin1String("mynumber-2-3"))
        return tr("My Number data was, or may have been, viewable electronically by unspecified persons.");
    if (id == QLatin1String("mynumber-2-4"))
        return tr("More than %1 persons' My Number data is affected.").arg(rules.myNumberPersonsThreshold);
    return {};
}

QString Reportability::improperPurposeGround(Regime regime)
{
    return regime == Regime::Appi ? QStringLiteral("appi-43-3") : QStringLiteral("mynumber-2-2");
}

} // namespace mamori
