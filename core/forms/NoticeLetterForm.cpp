// 本人への通知: the letter to the individuals affected by a leak (APPI Art. 68(2); My Number rule
// Art. 5; seed 000 Art. 38, seed 002 Art. 13(8)). It carries items 1, 2, 4 and 5 of BRIEF §6,
// what the city did and where to ask (item 9 "to the extent needed": the inquiry desk), and for
// My Number cases how to ask for a new number. Item 9 of the PPC report is written for the PPC
// and is not repeated to the public.
#include "forms/IncidentForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/IncidentFormParts.h"
#include "forms/IncidentFormWords.h"

#include "casefile/CaseFile.h"
#include "settings/CaseSettings.h"

#include <algorithm>

namespace mamori {

namespace {
using H = FormHtml;
using W = IncidentFormWords;
using namespace incidentforms;

// The most recent filed PPC report, whose contact the letter gives as the inquiry desk.
const PpcReport* latestReport(const Incident& i)
{
    const PpcReport* latest = nullptr;
    for (const PpcReport& r : i.reports)
        if (!latest || r.submittedOn >= latest->submittedOn)
            latest = &r;
    return latest;
}

// What the city has done, in the order it happened. Each report to the PPC is one line however
// many regimes it was filed under: the individual needs to know that the PPC was told, not under
// which act.
QString actionsTaken(const FormSpec& f, const Incident& i)
{
    QList<std::pair<QDate, QString>> dated;
    for (const ContainmentAction& c : i.containment)
        dated.append({c.doneAt.toLocalTime().date(), H::multiline(c.action)});
    for (const PpcReport& r : i.reports) {
        const std::pair<QDate, QString> line{r.submittedOn,
                                             QStringLiteral("個人情報保護委員会に報告しました（%1）。").arg(W::reportKind(r.kind))};
        if (!dated.contains(line))
            dated.append(line);
    }
    if (i.publication.publishedOn.isValid())
        dated.append({i.publication.publishedOn, QStringLiteral("本件を公表しました。")});
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList lines;
    for (const auto& [day, text] : dated)
        lines << QStringLiteral("%1　%2").arg(H::date(f, day), text);
    if (!i.measures.isEmpty()) {
        QStringList measures;
        for (const PreventionMeasure& m : i.measures)
            measures << QStringLiteral("・") + H::multiline(m.description);
        lines << QStringLiteral("再発防止のため、次の措置を講じます。<br/>") + measures.join(QStringLiteral("<br/>"));
    }
    return lines.isEmpty() ? QStringLiteral("現在、事実関係の調査及び被害の拡大防止に努めております。") : lines.join(QStringLiteral("<br/>"));
}

QString letter(const FormSpec& f, const Incident& i, const IndividualNotice* group, const QString& organisation,
               const QString& head, const QString& contact, bool newPage)
{
    const IncidentDetails& d = i.details;
    const QString event = W::leakType(d.leakType);
    QString html = QStringLiteral("<p%1>（対象者）様</p>")
                       .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString());
    if (group)
        html += QStringLiteral("<p style=\"font-size:8pt;\">（送付区分：%1）</p>").arg(H::esc(group->groupLabel));
    html += QStringLiteral("<p align=\"right\">%1<br/>（公印省略）</p>").arg(H::esc(head));
    html += QStringLiteral("<p>　このたび、%1において、あなたの個人情報の%2%3。</p>")
                .arg(H::esc(organisation), event,
                     d.suspected ? QStringLiteral("が発生したおそれがあることが判明しました") : QStringLiteral("が発生しました"));
    html += QStringLiteral("<p>　ご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。事案の内容と%1の対応について、"
                           "下記のとおりお知らせします。</p>")
                .arg(H::esc(organisation));
    html += QStringLiteral("<p align=\"center\">記</p>");

    QList<std::pair<QString, QString>> items;
    QString summary = H::multiline(d.summary);
    if (d.occurredOn.isValid())
        summary += QStringLiteral("<br/>発生日：%1").arg(H::date(f, d.occurredOn));
    summary += QStringLiteral("<br/>判明した日：%1").arg(H::date(f, i.awareAt.toLocalTime().date()));
    items << std::pair{QStringLiteral("事案の概要"), summary};
    items << std::pair{QStringLiteral("%1した個人情報の項目").arg(event),
                       d.dataItems.isEmpty() ? QStringLiteral("調査中です。") : H::multiline(d.dataItems)};
    items << std::pair{QStringLiteral("原因"), d.cause.isEmpty() ? QStringLiteral("調査中です。") : H::multiline(d.cause)};
    items << std::pair{QStringLiteral("二次被害又はそのおそれ"),
                       d.secondaryDamage ? QStringLiteral("二次被害又はそのおそれがあります。") +
                                               (d.secondaryDamageDetails.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral("<br/>") + H::multiline(d.secondaryDamageDetails))
                                         : QStringLiteral("現時点で、二次被害又はそのおそれは確認されていません。")};
    items << std::pair{QStringLiteral("%1の対応").arg(H::esc(organisation)), actionsTaken(f, i)};
    if (d.myNumber || (group && group->numberChangeGuidance))
        items << std::pair{QStringLiteral("個人番号（マイナンバー）の変更について"),
                           QStringLiteral("%1した情報には、あなたの個人番号（マイナンバー）が含まれています。"
                                          "個人番号が漏えいして不正に用いられるおそれがあると認められるときは、"
                                          "行政手続における特定の個人を識別するための番号の利用等に関する法律第7条第2項の規定により、"
                                          "住所地の市区町村長に個人番号の変更を請求することができます。"
                                          "請求の方法は、下記のお問い合わせ先までお尋ねください。")
                               .arg(event)};
    items << std::pair{QStringLiteral("お問い合わせ先"), H::multiline(contact)};

    int n = 0;
    for (const auto& [heading, text] : items)
        // Tight paragraphs: a letter should fit on one sheet.
        html += QStringLiteral("<h4>%1. %2</h4><p style=\"margin-top:0px; margin-bottom:4px;\">%3</p>")
                    .arg(QString::number(++n), heading, text);
    html += QStringLiteral("<p align=\"right\">以上</p>");
    return html;
}
} // namespace

FormSpec IncidentForms::noticeLetter(CaseFile& file, const Session& actor, qint64 id)
{
    IncidentService service(file);
    const Incident i = service.get(actor, id);
    const QString organisation = file.settings().organisationName();
    const QString head = headOfBody(file);
    // The inquiry desk: the contact given to the PPC, else the section concerned.
    const PpcReport* report = latestReport(i);
    const QString contact = report && !report->contact.isEmpty()
                                ? report->contact
                                : QStringLiteral("%1　%2").arg(organisation, sectionName(file, i.sectionId));

    FormSpec f = startForm(file, QStringLiteral("個人情報の%1に関するお知らせ").arg(W::leakType(i.details.leakType)),
                           QStringLiteral("NTC"));
    QList<const IndividualNotice*> groups;
    for (const IndividualNotice& n : i.notices)
        if (n.kind == NoticeKind::Notice)
            groups << &n;
    QString html;
    if (groups.isEmpty())
        html = letter(f, i, nullptr, organisation, head, contact, false);
    for (int n = 0; n < groups.size(); ++n)
        html += letter(f, i, groups.at(n), organisation, head, contact, n > 0);
    f.bodyHtml = html;
    H::journalPrint(file, actor, kEntity, QString::number(id),
                    QStringLiteral("notice letter, %1 letters").arg(std::max<qsizetype>(groups.size(), 1)), f);
    return f;
}

} // namespace mamori
