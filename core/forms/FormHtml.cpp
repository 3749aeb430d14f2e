#include "forms/FormHtml.h"

#include "casefile/CaseFile.h"
#include "dates/JapaneseDate.h"
#include "journal/Journal.h"

namespace mamori {

QString FormHtml::esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString FormHtml::multiline(const QString& s)
{
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString FormHtml::check(bool on)
{
    return on ? QStringLiteral("☑") : QStringLiteral("☐");
}

QString FormHtml::date(const FormSpec& f, const QDate& d)
{
    return d.isValid() ? esc(JapaneseDate::format(d, f.dateStyle)) : QString();
}

QString FormHtml::dateTime(const FormSpec& f, const QDateTime& t)
{
    return t.isValid() ? esc(JapaneseDate::formatDateTime(t, f.dateStyle)) : QString();
}

QString FormHtml::period(const FormSpec& f, const std::optional<QDate>& from, const std::optional<QDate>& to)
{
    if (!from && !to)
        return QStringLiteral("全期間");
    QString text;
    if (from)
        text += date(f, *from);
    text += QStringLiteral(" ～ ");
    if (to)
        text += date(f, *to);
    return text;
}

QString FormHtml::blankDate(const FormSpec& f)
{
    return f.dateStyle == DateStyle::Wareki ? JapaneseDate::eraName(f.date) + QStringLiteral("　　年　　月　　日")
                                            : QStringLiteral("　　　　年　　月　　日");
}

QString FormHtml::fieldTable(const QList<std::pair<QString, QString>>& rows, int labelWidthPercent)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    bool first = true;
    for (const auto& [label, value] : rows) {
        html += first ? QStringLiteral("<tr><th width=\"%1%\">%2</th><td>%3</td></tr>").arg(labelWidthPercent).arg(label, value)
                      : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(label, value);
        first = false;
    }
    return html + QStringLiteral("</table>");
}

void FormHtml::journalPrint(CaseFile& file, const Session& actor, const QString& entity, const QString& id,
                            const QString& summary, FormSpec& f)
{
    file.journal().append(actor, JournalAction::Print, entity, id, summary);
    f.journalHead = Journal::shortHash(file.journal().headHash());
}

} // namespace mamori
