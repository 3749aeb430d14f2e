#pragma once

#include "forms/FormSpec.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace mamori {

class CaseFile;
class Session;

// The small pieces of HTML that form bodies are written with, so that every form escapes,
// ticks and dates the same way. Dates follow the form's date style (和暦 by default).
class FormHtml {
public:
    static QString esc(const QString& s);
    // Escaped, with line breaks kept.
    static QString multiline(const QString& s);
    static QString check(bool on); // ☑ / ☐
    // Empty for an invalid date.
    static QString date(const FormSpec& f, const QDate& d);
    static QString dateTime(const FormSpec& f, const QDateTime& t); // local time, to the minute
    // The period a ledger covers: 全期間 when open at both ends, else "from ～ to".
    static QString period(const FormSpec& f, const std::optional<QDate>& from, const std::optional<QDate>& to);
    // A date to fill in by hand: 令和　　年　　月　　日.
    static QString blankDate(const FormSpec& f);
    // A two-column table of label/value rows; values are HTML already.
    static QString fieldTable(const QList<std::pair<QString, QString>>& rows, int labelWidthPercent = 25);
    // Appends the print to the journal and puts the new head on the form, so the paper names the
    // entry that records its own printing.
    static void journalPrint(CaseFile& file, const Session& actor, const QString& entity, const QString& id,
                             const QString& summary, FormSpec& f);
};

} // namespace mamori
