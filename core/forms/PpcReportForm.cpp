// 個人情報保護委員会への漏えい等報告 (速報 / 確報): APPI Art. 68(1) and Enforcement Rules Art. 44 for
// retained personal information, My Number Act Art. 29-4 and the PPC rule Art. 3 for My Number
// data; the nine items of BRIEF §6. The reporter is the organisation, not a staff member.
#include "forms/IncidentForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/IncidentFormParts.h"
#include "forms/IncidentFormWords.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "incidents/Reportability.h"
#include "settings/CaseSettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace mamori {

namespace {
using H = FormHtml;
using W = IncidentFormWords;
using namespace incidentforms;

QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::IncidentForms", text);
}

// Every ground of the regime, the ones the report was filed on ticked: the PPC's form lists them
// all and the reporter ticks.
QString groundsTable(const PpcReport& r, const ReportRules& rules)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<thead><tr><th width=\"6%\">該当</th><th>報告対象となる事態</th><th width=\"30%\">根拠</th>"
                                  "</tr></thead><tbody>");
    for (const QString& id : Reportability::groundIds(r.regime))
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td style=\"font-size:7.5pt;\">%3</td></tr>")
                    .arg(H::check(r.grounds.contains(id)), H::esc(W::ground(id, rules)), H::esc(Reportability::legalBasis(id)));
    return html + QStringLiteral("</tbody></table>");
}

// The nine items (BRIEF §6). A 速報 gives what is known when it is made (Rules Art. 8(1)).
QString itemsTable(const PpcReport& r)
{
    const bool preliminary = r.kind == ReportKind::Preliminary;
    auto item = [preliminary](const QString& html) { return preliminary ? orNotYetKnown(html) : html; };
    const PpcReportItems& x = r.items;
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("概要"), item(H::multiline(x.summary))},
        {QStringLiteral("漏えい等した個人情報の項目"), item(H::multiline(x.dataItems))},
        {QStringLiteral("本人の数"), item(personsText(x.persons))},
        {QStringLiteral("原因"), item(H::multiline(x.cause))},
        {QStringLiteral("二次被害又はそのおそれの有無及びその内容"), item(H::multiline(x.secondaryDamage))},
        {QStringLiteral("本人への対応の実施状況"), item(H::multiline(x.individualResponse))},
        {QStringLiteral("公表の実施状況"), item(H::multiline(x.publication))},
        {QStringLiteral("再発防止のための措置"), item(H::multiline(x.prevention))},
        {QStringLiteral("その他参考となる事項"), item(H::multiline(x.other))},
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr><th width=\"5%\">No.</th><th width=\"27%\">報告事項</th><th>内容</th></tr></thead><tbody>");
    int n = 0;
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td align=\"center\">%1</td><th align=\"left\">%2</th><td>%3</td></tr>")
                    .arg(QString::number(++n), label, value);
    return html + QStringLiteral("</tbody></table>");
}

QString regimeSection(const FormSpec& f, const Incident& i, const PpcReport& r, const QString& organisation,
                      const QString& head, const ReportRules& rules, const QString& number, bool newPage)
{
    const IncidentDetails& d = i.details;
    QString html = QStringLiteral("<h3%1>%2%3</h3>")
                       .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString(), number,
                            H::esc(W::regimeTitle(r.regime)));
    html += H::fieldTable(
        {{QStringLiteral("報告の種類"), QStringLiteral("%1 速報　　%2 確報")
                                            .arg(H::check(r.kind == ReportKind::Preliminary), H::check(r.kind == ReportKind::Final))},
         {QStringLiteral("根拠法令"), H::esc(W::regimeBasis(r.regime))},
         {QStringLiteral("報告年月日"), H::date(f, r.submittedOn)},
         {QStringLiteral("報告者（行政機関等の名称）"), QStringLiteral("%1（%2）").arg(H::esc(organisation), H::esc(head))},
         {QStringLiteral("連絡先"), H::multiline(r.contact)},
         {QStringLiteral("事案番号"), H::esc(i.incidentNo)}},
        30);
    html += QStringLiteral("<h4>報告対象となる事態（該当するものに☑）</h4>");
    html += groundsTable(r, rules);
    html += QStringLiteral("<h4>事案の状況</h4>");
    html += H::fieldTable({{QStringLiteral("漏えい等の区分"), W::leakEvent(d)},
                           {QStringLiteral("発生日"), d.occurredOn.isValid() ? H::date(f, d.occurredOn) : QStringLiteral("不明")},
                           {QStringLiteral("発覚日"), H::date(f, i.awareAt.toLocalTime().date())},
                           {QStringLiteral("発覚の経緯"), orNotYetKnown(H::multiline(d.howDetected))},
                           {QStringLiteral("媒体"), W::medium(d.medium)},
                           {QStringLiteral("委託先の関与"), d.contractorInvolved ? QStringLiteral("有") : QStringLiteral("無")},
                           {QStringLiteral("警察等への報告"), r.otherBodies.isEmpty() ? QStringLiteral("無") : H::multiline(r.otherBodies)}},
                          30);
    html += QStringLiteral("<h4>報告事項</h4>");
    html += itemsTable(r);
    return html;
}
} // namespace

FormSpec IncidentForms::ppcReport(CaseFile& file, const Session& actor, qint64 id, ReportKind kind)
{
    IncidentService service(file);
    const Incident i = service.get(actor, id);
    // The APPI report first, as the PPC's form asks about My Numbers after the general facts.
    QList<const PpcReport*> reports;
    for (Regime regime : {Regime::Appi, Regime::MyNumber})
        if (const PpcReport* r = i.report(regime, kind))
            reports << r;
    if (reports.isEmpty())
        throw Error(ErrorCode::Conflict,
                    kind == ReportKind::Preliminary
                        ? tr("The preliminary report (速報) of this incident has not been filed yet: record it first, then print it.")
                        : tr("The final report (確報) of this incident has not been filed yet: record it first, then print it."))
            .withField(QStringLiteral("kind"));

    const QString organisation = file.settings().organisationName();
    const QString head = headOfBody(file);
    FormSpec f = startForm(file, QStringLiteral("個人情報保護委員会への漏えい等報告（%1）").arg(W::reportKind(kind)),
                           kind == ReportKind::Preliminary ? QStringLiteral("PPC1") : QStringLiteral("PPC2"));
    f.classification = QStringLiteral("取扱注意");
    // A report is dated the day it is submitted.
    f.date = reports.constFirst()->submittedOn;
    for (const PpcReport* r : reports)
        f.date = std::max(f.date, r->submittedOn);

    QStringList bases;
    for (const PpcReport* r : reports)
        bases << W::regimeBasis(r->regime);
    QString html;
    html += QStringLiteral("<p>個人情報保護委員会　御中</p>");
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(H::esc(head));
    html += QStringLiteral("<p>%1の規定に基づき、下記のとおり漏えい等事案について%2として報告します。</p>")
                .arg(H::esc(bases.join(QStringLiteral("及び"))), W::reportKind(kind));
    html += QStringLiteral("<p align=\"center\">記</p>");
    const bool both = reports.size() > 1;
    QStringList regimes;
    for (int n = 0; n < reports.size(); ++n) {
        const PpcReport& r = *reports.at(n);
        // Each regime's report on its own page(s): they are two reports, filed separately.
        html += regimeSection(f, i, r, organisation, head, service.rules(),
                              both ? QStringLiteral("第%1　").arg(n + 1) : QString(), n > 0);
        regimes << regimeKey(r.regime);
    }
    f.bodyHtml = html;
    H::journalPrint(file, actor, kEntity, QString::number(id),
                    QStringLiteral("PPC report form %1: %2").arg(reportKindKey(kind), regimes.join(QLatin1Char(','))), f);
    return f;
}

} // namespace mamori
