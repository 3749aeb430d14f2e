#include "incidents/AssessmentJson.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <cmath>

namespace mamori {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::AssessmentJson", text);
}

Error invalid(const QString& message, const QString& field)
{
    return Error(ErrorCode::InvalidArgument, message).withField(field);
}

const QString kAwareAt = QStringLiteral("aware_at");
const QString kPersons = QStringLiteral("persons");

// Free functions below name their context in full: lupdate would file a bare tr() here under
// "mamori", and the message would never be found at run time.

// The boolean keys, each bound to its member of IncidentFacts.
struct BoolKey {
    const char* key;
    bool IncidentFacts::*member;
};
constexpr BoolKey kBoolKeys[] = {
    {"sensitive", &IncidentFacts::sensitive},
    {"ordinance_sensitive", &IncidentFacts::ordinanceSensitive},
    {"ordinance_defines_sensitive", &IncidentFacts::ordinanceDefinesSensitive},
    {"property_damage_risk", &IncidentFacts::propertyDamageRisk},
    {"improper_purpose", &IncidentFacts::improperPurpose},
    {"advanced_encryption", &IncidentFacts::advancedEncryption},
    {"my_number", &IncidentFacts::myNumber},
    {"my_number_system", &IncidentFacts::myNumberSystem},
    {"public_exposure", &IncidentFacts::publicExposure},
};

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate parseAwareAt(const QJsonObject& o, const QDate& today)
{
    if (!o.contains(kAwareAt))
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"aware_at\" is required: the date the city became aware, as YYYY-MM-DD."), kAwareAt);
    const QJsonValue v = o.value(kAwareAt);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!v.isString() || !shape.match(v.toString()).hasMatch())
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"aware_at\" must be a date written YYYY-MM-DD."), kAwareAt);
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!date.isValid())
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"aware_at\" is not a date of the calendar: %1.").arg(v.toString()), kAwareAt);
    if (today.isValid() && date > today)
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"aware_at\" is in the future (%1; today is %2): the awareness date is a day that has "
                         "come.")
                          .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)),
                      kAwareAt);
    return date;
}

qint64 parsePersons(const QJsonObject& o)
{
    if (!o.contains(kPersons))
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"persons\" is required: the number of persons affected (an integer, 0 or more)."),
                      kPersons);
    const QJsonValue v = o.value(kPersons);
    // JSON numbers arrive as doubles: accept only whole values that a double holds exactly.
    const double n = v.toDouble();
    if (!v.isDouble() || !std::isfinite(n) || std::floor(n) != n || std::fabs(n) > 9007199254740992.0)
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"persons\" must be a whole number (0 or more)."), kPersons);
    if (n < 0)
        throw invalid(QCoreApplication::translate("mamori::AssessmentJson", "The key \"persons\" cannot be negative."), kPersons);
    return static_cast<qint64>(n);
}
} // namespace

QStringList AssessmentJson::inputKeys()
{
    QStringList keys{kAwareAt, kPersons};
    for (const BoolKey& b : kBoolKeys)
        keys << QString::fromLatin1(b.key);
    return keys;
}

IncidentFacts AssessmentJson::parseFacts(const QByteArray& json, const QDate& today)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw invalid(tr("The input is not JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset),
                      QStringLiteral("input"));
    if (!doc.isObject())
        throw invalid(tr("The input must be one JSON object."), QStringLiteral("input"));
    return factsFromObject(doc.object(), today);
}

IncidentFacts AssessmentJson::factsFromObject(const QJsonObject& o, const QDate& today)
{
    const QStringList known = inputKeys();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            throw invalid(tr("Unknown key \"%1\". Known keys: %2.").arg(it.key(), known.join(QStringLiteral(", "))),
                          it.key());
    IncidentFacts f;
    f.awareOn = parseAwareAt(o, today);
    f.persons = parsePersons(o);
    for (const BoolKey& b : kBoolKeys) {
        const QString key = QString::fromLatin1(b.key);
        if (!o.contains(key))
            continue;
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            throw invalid(tr("The key \"%1\" must be true or false.").arg(key), key);
        f.*b.member = v.toBool();
    }
    return f;
}

QJsonObject AssessmentJson::toJson(const RegimeAssessment& r)
{
    return QJsonObject{{QStringLiteral("reportable"), r.reportable},
                       {QStringLiteral("grounds"), QJsonArray::fromStringList(r.groundIds())},
                       {QStringLiteral("preliminary_due"), dateOrNull(r.preliminaryDue)},
                       {QStringLiteral("final_due"), dateOrNull(r.finalDue)},
                       {QStringLiteral("notify_individuals"), r.notifyIndividuals}};
}

QJsonObject AssessmentJson::toJson(const Assessment& a)
{
    return QJsonObject{{regimeKey(Regime::Appi), toJson(a.appi)}, {regimeKey(Regime::MyNumber), toJson(a.myNumber)}};
}

} // namespace mamori
