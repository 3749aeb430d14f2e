// 事案報告書: the internal report on a leak incident to the head of the body (seed 000 Art. 37(4);
// seed 002 Art. 13(5)).
#include "forms/IncidentForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/FormNames.h"
#include "forms/IncidentFormParts.h"
#include "forms/IncidentFormWords.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"

#include <QSet>

namespace mamori {

namespace {
using H = FormHtml;
using W = IncidentFormWords;
using namespace incidentforms;

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                      "style=\"font-size:8.5pt;\">");

// Everything the report names beside the incident: officers, staff, files, carry-out, sections.
struct Names {
    QHash<qint64, QString> accounts;
    QHash<qint64, QString> people;
    QHash<qint64, QString> files;
    QHash<qint64, QString> carryOuts;
    QHash<qint64, QString> sections;

    static Names of(CaseFile& file, const Incident& i)
    {
        QSet<qint64> accounts{i.reportedByAccount};
        QSet<qint64> people;
        QSet<qint64> sectionIds{i.sectionId};
        if (i.awarePerson)
            people.insert(*i.awarePerson);
        for (const ContainmentAction& c : i.containment)
            accounts.insert(c.recordedBy);
        for (const EscalationRecord& e : i.escalations)
            accounts.insert(e.recordedBy);
        for (const IncidentAssessment& a : i.assessments)
            accounts.insert(a.assessedBy);
        if (i.publication.decidedBy)
            accounts.insert(*i.publication.decidedBy);
        for (const IndividualNotice& n : i.notices)
            if (n.notifiedBy)
                people.insert(*n.notifiedBy);
        for (const PreventionMeasure& m : i.measures) {
            people.insert(m.ownerPerson);
            for (qint64 s : m.sharedWithSections)
                sectionIds.insert(s);
        }
        Names n;
        n.accounts = FormNames::accounts(file, accounts);
        n.people = FormNames::people(file, people);
        n.files = FormNames::piFiles(file, QSet<qint64>(i.details.fileIds.cbegin(), i.details.fileIds.cend()));
        if (i.carryOutId)
            n.carryOuts = FormNames::carryOuts(file, {*i.carryOutId});
        for (qint64 s : sectionIds)
            n.sections.insert(s, sectionName(file, s));
        return n;
    }
};

QString yesNo(bool b)
{
    return b ? QStringLiteral("有") : QStringLiteral("無");
}

QString none(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("―") : html;
}

QString flags(const IncidentDetails& d)
{
    const QList<std::pair<bool, const char*>> items{
        {d.sensitive, "要配慮個人情報を含む"},
        {d.ordinanceSensitive, "条例要配慮個人情報を含む"},
        {d.myNumber, "特定個人情報（個人番号）を含む"},
        {d.myNumberSystem, "情報提供ネットワークシステム又は個人番号利用事務の情報システムからの漏えい等"},
        {d.publicExposure, "電磁的方法により不特定多数の者が閲覧できる状態"},
        {d.propertyDamageRisk, "不正利用による財産的被害のおそれ"},
        {d.improperPurpose, "不正の目的をもって行われたおそれ"},
        {d.advancedEncryption, "高度な暗号化等の措置が講じられている"},
        {d.contractorInvolved, "委託先が関与している"},
    };
    QStringList lines;
    for (const auto& [on, label] : items)
        lines << H::check(on) + QLatin1Char(' ') + QString::fromUtf8(label);
    return lines.join(QStringLiteral("<br/>"));
}

QString factsSection(const FormSpec& f, const Incident& i, const Names& n)
{
    const IncidentDetails& d = i.details;
    QStringList files;
    for (qint64 id : d.fileIds)
        files << H::esc(n.files.value(id));
    QString secondary = yesNo(d.secondaryDamage);
    if (!d.secondaryDamageDetails.isEmpty())
        secondary += QStringLiteral("：") + H::multiline(d.secondaryDamageDetails);
    QString html = QStringLiteral("<h3>2. 事実関係</h3>");
    html += H::fieldTable({{QStringLiteral("漏えい等の区分"), W::leakEvent(d)},
                           {QStringLiteral("媒体"), W::medium(d.medium)},
                           {QStringLiteral("漏えい等した個人情報の項目"), none(H::multiline(d.dataItems))},
                           {QStringLiteral("本人の数"), personsText(d.persons)},
                           {QStringLiteral("該当する事情"), flags(d)},
                           {QStringLiteral("二次被害又はそのおそれ"), secondary},
                           {QStringLiteral("原因"), none(H::multiline(d.cause))},
                           {QStringLiteral("関係する個人情報ファイル"), none(files.join(QStringLiteral("<br/>")))},
                           {QStringLiteral("発生日"), none(H::date(f, d.occurredOn))},
                           {QStringLiteral("発覚の経緯"), none(H::multiline(d.howDetected))}});
    return html;
}

QString containmentSection(const FormSpec& f, const Incident& i, const Names& n)
{
    QString html = QStringLiteral("<h3>3. 被害の拡大防止のための措置</h3>");
    if (i.containment.isEmpty())
        return html + QStringLiteral("<p>（記録なし）</p>");
    html += kTable + QStringLiteral("<thead><tr><th width=\"26%\">実施日時</th><th>措置の内容</th><th width=\"18%\">記録者</th>"
                                    "</tr></thead><tbody>");
    for (const ContainmentAction& c : i.containment)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(H::dateTime(f, c.doneAt), H::multiline(c.action), H::esc(n.accounts.value(c.recordedBy)));
    return html + QStringLiteral("</tbody></table>");
}

// Every step of the case file's chain, recorded or not: the gaps are what the mayor must see.
QString escalationSection(const FormSpec& f, const Incident& i, const Names& n, const QList<EscalationTarget>& chain)
{
    QString html = QStringLiteral("<h3>4. 報告の経過</h3>");
    html += kTable + QStringLiteral("<thead><tr><th width=\"6%\">段階</th><th width=\"18%\">報告先</th><th width=\"26%\">日時</th>"
                                    "<th width=\"10%\">方法</th><th width=\"16%\">報告した者</th><th>備考</th></tr></thead><tbody>");
    for (int step = 1; step <= chain.size(); ++step) {
        const EscalationRecord* done = nullptr;
        for (const EscalationRecord& e : i.escalations)
            if (e.step == step)
                done = &e;
        const QString title = done ? done->recipientTitle : chain.at(step - 1).title;
        if (done)
            html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(QString::number(step), H::esc(title), H::dateTime(f, done->informedAt),
                             W::contactMethod(done->method), H::esc(n.accounts.value(done->recordedBy)),
                             H::multiline(done->note));
        else
            html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>（未報告）</td><td></td><td></td><td></td></tr>")
                        .arg(QString::number(step), H::esc(title));
    }
    return html + QStringLiteral("</tbody></table>");
}

QString regimeVerdict(const FormSpec& f, const Incident& i, const RegimeAssessment& r, bool myNumberInvolved,
                      const ReportRules& rules)
{
    QString verdict;
    if (r.regime == Regime::MyNumber && !myNumberInvolved)
        verdict = QStringLiteral("対象外（特定個人情報を含まない）");
    else
        verdict = r.reportable ? QStringLiteral("<b>報告対象事態に該当する</b>") : QStringLiteral("報告対象事態に該当しない");
    QStringList grounds;
    for (const ReportGround& g : r.grounds)
        grounds << QStringLiteral("%1<br/><span style=\"font-size:7.5pt;\">（%2）</span>")
                       .arg(H::esc(W::ground(g.id, rules)), H::esc(g.legalBasis));
    auto filed = [&](ReportKind kind, const QDate& due) {
        if (!r.reportable)
            return QStringLiteral("―");
        const PpcReport* report = i.report(r.regime, kind);
        const QString dueText = QStringLiteral("期限 %1").arg(H::date(f, due));
        return report ? QStringLiteral("%1　提出 %2").arg(dueText, H::date(f, report->submittedOn))
                      : dueText + QStringLiteral("　未提出");
    };
    // The regime is the table's first row, not a heading: a heading could be left alone at the
    // foot of a page.
    return QStringLiteral("<p></p>") +
           H::fieldTable({{QStringLiteral("法令"), r.regime == Regime::Appi ? QStringLiteral("<b>個人情報の保護に関する法律</b>")
                                                                          : QStringLiteral("<b>番号法（特定個人情報）</b>")},
                          {QStringLiteral("判断"), verdict},
                          {QStringLiteral("該当する事由・根拠"), none(grounds.join(QStringLiteral("<br/>")))},
                          {QStringLiteral("速報"), filed(ReportKind::Preliminary, r.preliminaryDue)},
                          {QStringLiteral("確報"), filed(ReportKind::Final, r.finalDue)},
                          {QStringLiteral("本人への通知"), r.notifyIndividuals ? QStringLiteral("要") : QStringLiteral("―")}});
}

QString assessmentSection(const FormSpec& f, const Incident& i, const Names& n, const ReportRules& rules)
{
    QString html = QStringLiteral("<h3>5. 個人情報保護委員会への報告の要否</h3>");
    const IncidentAssessment* a = i.latestAssessment();
    if (!a)
        return html + QStringLiteral("<p>（未判断）</p>");
    html += QStringLiteral("<p>判断日時：%1　判断者：%2（%3回の判断のうち最新）</p>")
                .arg(H::dateTime(f, a->assessedAt), H::esc(n.accounts.value(a->assessedBy)))
                .arg(i.assessments.size());
    if (a->factsVersion != i.factsVersion)
        html += QStringLiteral("<p><b>※ 判断の後に事実関係が変更されています。再判断が必要です。</b></p>");
    html += regimeVerdict(f, i, a->result.appi, a->facts.myNumber, rules);
    html += regimeVerdict(f, i, a->result.myNumber, a->facts.myNumber, rules);
    return html;
}

QString noticeSection(const FormSpec& f, const Incident& i, const Names& n)
{
    QString html = QStringLiteral("<h3>6. 本人への通知等</h3>");
    if (i.notices.isEmpty())
        return html + QStringLiteral("<p>（記録なし）</p>");
    html += kTable + QStringLiteral("<thead><tr><th>対象者</th><th width=\"8%\">人数</th><th width=\"10%\">区分・方法</th>"
                                    "<th width=\"24%\">日時</th><th width=\"13%\">実施者</th><th width=\"9%\">番号変更<br/>の案内</th>"
                                    "<th>備考・代替措置</th></tr></thead><tbody>");
    for (const IndividualNotice& x : i.notices) {
        const QString how = x.kind == NoticeKind::Substitute
                                ? QStringLiteral("代替措置")
                                : QStringLiteral("通知（%1）").arg(x.method ? W::contactMethod(*x.method) : QString());
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td align=\"center\">%6</td><td>%7</td></tr>")
                    .arg(H::esc(x.groupLabel), personsText(x.persons), how, H::dateTime(f, x.notifiedAt),
                         x.notifiedBy ? H::esc(n.people.value(*x.notifiedBy)) : QString(),
                         x.numberChangeGuidance ? QStringLiteral("済") : QStringLiteral("―"), H::multiline(x.description));
    }
    return html + QStringLiteral("</tbody></table>");
}

QString publicationSection(const FormSpec& f, const Incident& i, const Names& n)
{
    const Publication& p = i.publication;
    QString html = QStringLiteral("<h3>7. 公表</h3>");
    html += H::fieldTable({{QStringLiteral("公表の判断"), W::publicationDecision(p.decision)},
                           {QStringLiteral("判断日・判断者"),
                            none(p.decidedOn.isValid() ? QStringLiteral("%1　%2").arg(
                                                             H::date(f, p.decidedOn),
                                                             p.decidedBy ? H::esc(n.accounts.value(*p.decidedBy)) : QString())
                                                       : QString())},
                           {QStringLiteral("理由"), none(H::multiline(p.reason))},
                           {QStringLiteral("公表日"), none(H::date(f, p.publishedOn))},
                           {QStringLiteral("個人情報保護委員会事務局への情報提供"), none(H::date(f, p.ppcSecretariatInformedOn))}});
    return html;
}

QString preventionSection(const FormSpec& f, const Incident& i, const Names& n)
{
    QString html = QStringLiteral("<h3>8. 再発防止策</h3>");
    if (i.measures.isEmpty())
        return html + QStringLiteral("<p>（記録なし）</p>");
    html += kTable + QStringLiteral("<thead><tr><th>措置の内容</th><th width=\"13%\">担当者</th><th width=\"17%\">期限</th>"
                                    "<th width=\"8%\">状況</th><th width=\"18%\">共有した所属</th></tr></thead><tbody>");
    for (const PreventionMeasure& m : i.measures) {
        QStringList shared;
        for (qint64 s : m.sharedWithSections)
            shared << H::esc(n.sections.value(s));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(H::multiline(m.description), H::esc(n.people.value(m.ownerPerson)), H::date(f, m.dueOn),
                         W::measureStatus(m.status), shared.join(QStringLiteral("、")));
    }
    return html + QStringLiteral("</tbody></table>");
}
} // namespace

FormSpec IncidentForms::incidentReport(CaseFile& file, const Session& actor, qint64 id)
{
    IncidentService service(file);
    const Incident i = service.get(actor, id);
    const QList<EscalationTarget> chain = service.escalationChain();
    const Names n = Names::of(file, i);
    const QString unitManager = RoleTitles::titleOr(file.accounts().titles(), Role::UnitManager);

    FormSpec f = startForm(file, QStringLiteral("個人情報の漏えい等事案報告書"), QStringLiteral("INR"));
    f.classification = QStringLiteral("取扱注意");
    // Whoever the report passes on its way up stamps it: the section's manager, then each
    // officer of the city's chain up to the head of the body.
    f.sealBoxes << unitManager;
    for (const EscalationTarget& t : chain)
        f.sealBoxes << t.title;
    // The officer just below the head sends the report to the head.
    const QString sender = chain.size() >= 2 ? chain.at(chain.size() - 2).title : unitManager;

    QString html;
    html += QStringLiteral("<p>%1　様</p>").arg(H::esc(headOfBody(file)));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(H::esc(sender));
    html += QStringLiteral("<p>下記のとおり、個人情報の漏えい等事案について報告します。</p>");
    html += QStringLiteral("<p align=\"center\">記</p>");
    html += QStringLiteral("<h3>1. 事案の概要</h3>");
    html += H::fieldTable({{QStringLiteral("事案番号"), H::esc(i.incidentNo)},
                           {QStringLiteral("所属"), H::esc(n.sections.value(i.sectionId))},
                           {QStringLiteral("発覚日時"), H::dateTime(f, i.awareAt)},
                           {QStringLiteral("発覚した職員"), i.awarePerson ? H::esc(n.people.value(*i.awarePerson)) : QStringLiteral("―")},
                           {QStringLiteral("報告者・報告日時"), QStringLiteral("%1　%2").arg(H::esc(n.accounts.value(i.reportedByAccount)),
                                                                                 H::dateTime(f, i.reportedAt))},
                           {QStringLiteral("概要"), none(H::multiline(i.details.summary))},
                           {QStringLiteral("関係する持出し"),
                            i.carryOutId ? H::esc(n.carryOuts.value(*i.carryOutId)) : QStringLiteral("―")},
                           {QStringLiteral("現在の段階"), W::state(i.state)}});
    html += factsSection(f, i, n);
    html += containmentSection(f, i, n);
    html += escalationSection(f, i, n, chain);
    html += assessmentSection(f, i, n, service.rules());
    html += noticeSection(f, i, n);
    html += publicationSection(f, i, n);
    html += preventionSection(f, i, n);
    f.bodyHtml = html;
    H::journalPrint(file, actor, kEntity, QString::number(id),
                    QStringLiteral("incident report form, state %1").arg(incidentStateKey(i.state)), f);
    return f;
}

} // namespace mamori
