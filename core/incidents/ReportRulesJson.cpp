#include "incidents/ReportRulesJson.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mamori {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::ReportRulesJson", text);
}

Error invalid(const QString& message, const QString& key)
{
    return Error(ErrorCode::InvalidArgument, message).withField(key);
}

const char* const kPreliminary = "preliminary_day";
const char* const kFinal = "final_day";
const char* const kFinalImproper = "final_day_improper_purpose";
const char* const kAppiThreshold = "appi_persons_threshold";
const char* const kMyNumberThreshold = "my_number_persons_threshold";
const char* const kWeekends = "closed_on_weekends";
const char* const kHolidays = "closed_on_national_holidays";
const char* const kRanges = "closed_ranges";

QString monthDay(const MonthDay& d)
{
    return QStringLiteral("%1-%2").arg(d.month, 2, 10, QLatin1Char('0')).arg(d.day, 2, 10, QLatin1Char('0'));
}

int integer(const QJsonValue& v, const QString& key)
{
    // JSON numbers are doubles: 5.0 is 5, 5.5 is not a day count.
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()))
        throw invalid(QCoreApplication::translate("mamori::ReportRulesJson", "%1 must be a whole number.").arg(key), key);
    return v.toInt();
}

bool boolean(const QJsonValue& v, const QString& key)
{
    if (!v.isBool())
        throw invalid(QCoreApplication::translate("mamori::ReportRulesJson", "%1 must be true or false.").arg(key), key);
    return v.toBool();
}

ClosedRange range(const QJsonValue& v)
{
    const QString key = QString::fromLatin1(kRanges);
    static const QRegularExpression form(QStringLiteral("^(\\d\\d)-(\\d\\d)/(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = form.match(v.toString());
    if (!v.isString() || !m.hasMatch())
        throw invalid(QCoreApplication::translate("mamori::ReportRulesJson", "Each closed range is written MM-DD/MM-DD, e.g. 12-29/01-03."), key);
    return ClosedRange{{m.captured(1).toInt(), m.captured(2).toInt()}, {m.captured(3).toInt(), m.captured(4).toInt()}};
}

} // namespace

QJsonObject ReportRulesJson::toJson(const ReportRules& r)
{
    QJsonArray ranges;
    for (const ClosedRange& c : r.closedRanges)
        ranges.append(monthDay(c.from) + QLatin1Char('/') + monthDay(c.to));
    return QJsonObject{{QLatin1String(kPreliminary), r.preliminaryDay},
                       {QLatin1String(kFinal), r.finalDay},
                       {QLatin1String(kFinalImproper), r.finalDayImproperPurpose},
                       {QLatin1String(kAppiThreshold), r.appiPersonsThreshold},
                       {QLatin1String(kMyNumberThreshold), r.myNumberPersonsThreshold},
                       {QLatin1String(kWeekends), r.closedOnWeekends},
                       {QLatin1String(kHolidays), r.closedOnNationalHolidays},
                       {QLatin1String(kRanges), ranges}};
}

ReportRules ReportRulesJson::fromJson(const QJsonObject& json, const ReportRules& base)
{
    ReportRules r = base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String(kPreliminary))
            r.preliminaryDay = integer(v, key);
        else if (key == QLatin1String(kFinal))
            r.finalDay = integer(v, key);
        else if (key == QLatin1String(kFinalImproper))
            r.finalDayImproperPurpose = integer(v, key);
        else if (key == QLatin1String(kAppiThreshold))
            r.appiPersonsThreshold = integer(v, key);
        else if (key == QLatin1String(kMyNumberThreshold))
            r.myNumberPersonsThreshold = integer(v, key);
        else if (key == QLatin1String(kWeekends))
            r.closedOnWeekends = boolean(v, key);
        else if (key == QLatin1String(kHolidays))
            r.closedOnNationalHolidays = boolean(v, key);
        else if (key == QLatin1String(kRanges)) {
            if (!v.isArray())
                throw invalid(tr("%1 must be a list of ranges such as \"12-29/01-03\".").arg(key), key);
            r.closedRanges.clear();
            for (const QJsonValue& item : v.toArray())
                r.closedRanges << range(item);
        } else {
            throw invalid(tr("Unknown reporting rule \"%1\".").arg(key), key);
        }
    }
    validate(r);
    return r;
}

QString ReportRulesJson::valueText(const QJsonValue& value)
{
    // QJsonDocument writes objects and arrays only: a one-element array, unwrapped.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

void ReportRulesJson::validate(const ReportRules& r)
{
    if (r.preliminaryDay < 1 || r.preliminaryDay > 60)
        throw invalid(tr("The preliminary report is due on a day from 1 to 60."), QString::fromLatin1(kPreliminary));
    if (r.finalDay < r.preliminaryDay || r.finalDay > 365)
        throw invalid(tr("The final report is due no earlier than the preliminary one and within 365 days."),
                      QString::fromLatin1(kFinal));
    if (r.finalDayImproperPurpose < r.finalDay || r.finalDayImproperPurpose > 365)
        throw invalid(tr("With an improper purpose the final report is due no earlier than otherwise and within 365 days."),
                      QString::fromLatin1(kFinalImproper));
    if (r.appiPersonsThreshold < 0)
        throw invalid(tr("A number of persons cannot be negative."), QString::fromLatin1(kAppiThreshold));
    if (r.myNumberPersonsThreshold < 0)
        throw invalid(tr("A number of persons cannot be negative."), QString::fromLatin1(kMyNumberThreshold));
    for (const ClosedRange& c : r.closedRanges)
        for (const MonthDay& d : {c.from, c.to})
            if (!QDate(2024, d.month, d.day).isValid()) // a leap year: 02-29 is a day
                throw invalid(tr("%1 is not a day of the year.").arg(monthDay(d)), QString::fromLatin1(kRanges));
}

} // namespace mamori
