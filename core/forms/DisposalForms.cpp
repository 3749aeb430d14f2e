#include "forms/DisposalForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/FormNames.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/SectionService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace mamori {

namespace {
using H = FormHtml;
const QString kEntity = QStringLiteral("disposal");

QString tr(const char* text)
{
    return QCoreApplication::translate("mamori::DisposalForms", text);
}

QString number(qint64 n)
{
    return QLocale(QLocale::Japanese).toString(n);
}

QString localDate(const FormSpec& f, const QDateTime& t)
{
    return t.isValid() ? H::date(f, t.toLocalTime().date()) : QString();
}

// 株式会社○○（2次委託）: who destroyed it, as the ledger names them.
QString contractorText(const Disposal& d)
{
    QString text = H::esc(d.contractorName);
    if (d.subcontractTier && *d.subcontractTier > 1)
        text += QStringLiteral("（%1次委託）").arg(*d.subcontractTier);
    return text;
}

QString serialText(const Disposal& d)
{
    return H::esc(d.serialNos.join(QStringLiteral("、")));
}

// The accounts a disposal names: approver, verifier and whoever checked a certificate.
void collectAccounts(const Disposal& d, QSet<qint64>& accounts)
{
    if (d.approverAccount)
        accounts.insert(*d.approverAccount);
    if (d.verifiedByAccount)
        accounts.insert(*d.verifiedByAccount);
    for (const DisposalCertificate& c : d.certificates)
        if (c.checkedByAccount)
            accounts.insert(c.checkedByAccount);
}

QString nameWithDate(const QHash<qint64, QString>& names, const std::optional<qint64>& account, const FormSpec& f,
                     const QDateTime& at)
{
    if (!account)
        return QString();
    return H::esc(names.value(*account)) + QStringLiteral("<br/>") + localDate(f, at);
}

QString witnessesText(const FormSpec& f, const Disposal& d)
{
    QStringList out;
    for (const DisposalWitness& w : d.witnesses)
        out << H::esc(w.personName) + QStringLiteral("（%1）").arg(localDate(f, w.witnessedAt));
    return out.join(QStringLiteral("<br/>"));
}

QString ledgerCertificateText(const FormSpec& f, const Disposal& d)
{
    if (d.performer == DisposalPerformer::InHouse)
        return d.executedAt.isValid() ? QStringLiteral("自庁発行") : QString();
    QStringList out;
    for (const DisposalCertificate& c : d.certificates)
        out << QStringLiteral("%1<br/>%2 %3").arg(H::esc(c.certificateNo), H::esc(c.issuer), H::date(f, c.issuedOn));
    return out.isEmpty() ? QStringLiteral("未受領") : out.join(QStringLiteral("<br/>"));
}

bool awaitsVerification(DisposalState s)
{
    return s == DisposalState::ExecutedInHouse || s == DisposalState::HandedToContractor ||
           s == DisposalState::Witnessed || s == DisposalState::CertificateReceived;
}
} // namespace

QString DisposalForms::itemKindLabel(DisposalItemKind k)
{
    switch (k) {
    case DisposalItemKind::Documents: return QStringLiteral("文書");
    case DisposalItemKind::Media: return QStringLiteral("記録媒体");
    case DisposalItemKind::BuiltInDisk: break;
    }
    return QStringLiteral("内蔵記憶装置（端末・サーバ）");
}

QString DisposalForms::methodLabel(DisposalMethod m)
{
    switch (m) {
    case DisposalMethod::Shredding: return QStringLiteral("裁断（シュレッダー）");
    case DisposalMethod::Dissolution: return QStringLiteral("溶解");
    case DisposalMethod::Incineration: return QStringLiteral("焼却");
    case DisposalMethod::PhysicalDestruction: return QStringLiteral("物理的破壊");
    case DisposalMethod::Degaussing: return QStringLiteral("磁気消去");
    case DisposalMethod::Overwrite: break;
    }
    return QStringLiteral("上書き消去（データ消去ソフト）");
}

QString DisposalForms::stateLabel(DisposalState s)
{
    switch (s) {
    case DisposalState::Planned: return QStringLiteral("計画");
    case DisposalState::Approved: return QStringLiteral("承認済");
    case DisposalState::ExecutedInHouse: return QStringLiteral("廃棄済（自庁）");
    case DisposalState::HandedToContractor: return QStringLiteral("業者へ引渡済");
    case DisposalState::Witnessed: return QStringLiteral("立会済");
    case DisposalState::CertificateReceived: return QStringLiteral("証明書受領");
    case DisposalState::Verified: return QStringLiteral("確認済");
    case DisposalState::Recorded: return QStringLiteral("記録済");
    case DisposalState::Cancelled: break;
    }
    return QStringLiteral("取消");
}

FormSpec DisposalForms::disposalLedger(CaseFile& file, const Session& actor, const DisposalFilter& filter)
{
    const QList<Disposal> rows = file.disposals().list(actor, filter);
    const QHash<qint64, QString> sections = FormNames::sections(file);
    QSet<qint64> accounts;
    for (const Disposal& d : rows)
        collectAccounts(d, accounts);
    const QHash<qint64, QString> accountNames = FormNames::accounts(file, accounts);
    const QMap<Role, QString> titles = file.accounts().titles();

    FormSpec f = startForm(file, QStringLiteral("廃棄記録簿"), QStringLiteral("DSL"));
    f.orientation = FormOrientation::Landscape;
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {RoleTitles::titleOr(titles, Role::UnitManager), QStringLiteral("担当")};
    const bool allSections = !filter.sectionId;
    QString html;
    html += QStringLiteral("<p>所属：%1　　対象期間（廃棄予定日）：%2</p>")
                .arg(allSections ? QStringLiteral("閲覧できる全ての所属") : H::esc(sections.value(*filter.sectionId)),
                     H::period(f, filter.from, filter.to));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size:7.5pt;\">"
                           "<thead><tr><th width=\"3%\">No.</th><th width=\"8%\">管理番号</th>");
    if (allSections)
        html += QStringLiteral("<th width=\"6%\">所属</th>");
    // Every column has its width, so that a long ledger laid out a page at a time (ui/forms)
    // keeps its columns in place from page to page; the free texts share what the others leave.
    const QStringList freeText = allSections ? QStringList{QStringLiteral("12%"), QStringLiteral("7%")}
                                             : QStringList{QStringLiteral("16%"), QStringLiteral("9%")};
    html += QStringLiteral("<th width=\"7%\">廃棄予定日</th><th width=\"%1\">区分・内容<br/>型番・製造番号</th>"
                           "<th width=\"5%\">数量<br/>件数</th><th width=\"%2\">廃棄の理由</th><th width=\"7%\">方法</th>"
                           "<th width=\"9%\">実施者<br/>実施日</th><th width=\"8%\">立会者</th><th width=\"7%\">承認者<br/>承認日</th>"
                           "<th width=\"9%\">証明書</th><th width=\"7%\">確認者<br/>確認日</th><th width=\"5%\">状態</th></tr></thead>"
                           "<tbody>")
                .arg(freeText[0], freeText[1]);
    int n = 0, recorded = 0, awaiting = 0, cancelled = 0;
    for (const Disposal& d : rows) {
        recorded += d.state == DisposalState::Recorded ? 1 : 0;
        awaiting += awaitsVerification(d.state) ? 1 : 0;
        cancelled += d.state == DisposalState::Cancelled ? 1 : 0;
        QString item = QStringLiteral("%1：%2").arg(itemKindLabel(d.itemKind), H::multiline(d.description));
        if (!d.model.isEmpty() || !d.serialNos.isEmpty())
            item += QStringLiteral("<br/>%1 %2").arg(H::esc(d.model), serialText(d));
        QString method = methodLabel(d.method);
        if (!d.methodDetail.isEmpty())
            method += QStringLiteral("<br/>") + H::esc(d.methodDetail);
        QString performer = d.performer == DisposalPerformer::InHouse ? H::esc(d.performedByName) : contractorText(d);
        if (d.executedAt.isValid())
            performer += QStringLiteral("<br/>") + localDate(f, d.executedAt) +
                         (d.performer == DisposalPerformer::Contractor ? QStringLiteral(" 引渡") : QString());
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td style=\"white-space:nowrap;\">%2</td>").arg(++n).arg(H::esc(d.controlNo));
        if (allSections)
            html += QStringLiteral("<td>%1</td>").arg(H::esc(sections.value(d.sectionId)));
        html += QStringLiteral("<td>%1</td><td>%2</td><td align=\"right\">%3<br/>%4</td><td>%5</td><td>%6</td><td>%7</td>")
                    .arg(H::date(f, d.plannedOn), item, number(d.quantity), number(d.recordCount), H::multiline(d.basis),
                         method, performer);
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(witnessesText(f, d), nameWithDate(accountNames, d.approverAccount, f, d.approvedAt),
                         ledgerCertificateText(f, d), nameWithDate(accountNames, d.verifiedByAccount, f, d.verifiedAt),
                         d.state == DisposalState::Cancelled && !d.cancelReason.isEmpty()
                             ? stateLabel(d.state) + QStringLiteral("<br/>") + H::multiline(d.cancelReason)
                             : stateLabel(d.state));
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">（記録なし）</td></tr>").arg(allSections ? 14 : 13);
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>件数：%1件（うち記録済 %2件、廃棄済で確認待ち %3件、取消 %4件）</p>")
                .arg(rows.size())
                .arg(recorded)
                .arg(awaiting)
                .arg(cancelled);
    f.bodyHtml = html;
    H::journalPrint(file, actor, kEntity, QString(),
                    QStringLiteral("disposal ledger section %1, from %2, to %3: %4 records")
                        .arg(filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"),
                             filter.from ? filter.from->toString(Qt::ISODate) : QStringLiteral("any"),
                             filter.to ? filter.to->toString(Qt::ISODate) : QStringLiteral("any"))
                        .arg(rows.size()),
                    f);
    return f;
}

FormSpec DisposalForms::disposalCertificate(CaseFile& file, const Session& actor, qint64 id)
{
    const Disposal d = file.disposals().get(actor, id);
    if (d.performer != DisposalPerformer::InHouse)
        throw Error(ErrorCode::Conflict,
                    tr("%1 was destroyed by a contractor: its certificate is the contractor's own. Keep it with the "
                       "disposal as an attachment; Mamori issues certificates only for disposals done in-house.")
                        .arg(d.controlNo))
            .withField(QStringLiteral("performer"));
    if (d.state == DisposalState::Planned || d.state == DisposalState::Cancelled)
        throw Error(ErrorCode::Conflict,
                    d.state == DisposalState::Planned
                        ? tr("%1 has not been approved yet: a certificate can be printed once the disposal is approved.")
                              .arg(d.controlNo)
                        : tr("%1 was cancelled: nothing was destroyed, so there is nothing to certify.").arg(d.controlNo))
            .withField(QStringLiteral("state"));

    QSet<qint64> accounts;
    collectAccounts(d, accounts);
    const QHash<qint64, QString> accountNames = FormNames::accounts(file, accounts);
    const QHash<qint64, QString> fileNames = d.fileId ? FormNames::piFiles(file, {*d.fileId}) : QHash<qint64, QString>();
    const QString sectionName = FormNames::sections(file).value(d.sectionId);
    const QString managerTitle = RoleTitles::titleOr(file.accounts().titles(), Role::UnitManager);

    FormSpec f = startForm(file, QStringLiteral("廃棄・消去証明書"), QStringLiteral("DSC"));
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {QStringLiteral("実施者"), QStringLiteral("立会者"), managerTitle};
    const bool executed = d.executedAt.isValid();
    const auto orBlank = [](const QString& text) { return text.isEmpty() ? QStringLiteral("　") : text; };
    QString html;
    html += QStringLiteral("<p>%1　様</p>").arg(H::esc(managerTitle));
    html += QStringLiteral("<p>下記の保有個人情報が記録された文書・記録媒体について、復元不可能な方法により"
                           "廃棄（消去）したことを証明します。</p>");
    html += QStringLiteral("<p align=\"center\">記</p>");

    html += QStringLiteral("<h3>1. 廃棄の対象</h3>");
    QList<std::pair<QString, QString>> target{
        {QStringLiteral("管理番号"), H::esc(d.controlNo)},
        {QStringLiteral("所属"), H::esc(sectionName)},
        {QStringLiteral("個人情報ファイル"), d.fileId ? H::esc(fileNames.value(*d.fileId)) : QStringLiteral("（指定なし）")},
        {QStringLiteral("区分"), itemKindLabel(d.itemKind)},
        {QStringLiteral("内容"), H::multiline(d.description)},
    };
    if (d.itemKind != DisposalItemKind::Documents) {
        target.append({QStringLiteral("機種・型番"), orBlank(H::esc(d.model))});
        target.append({QStringLiteral("製造番号・媒体番号"), orBlank(serialText(d))});
    }
    target.append({QStringLiteral("数量"), number(d.quantity)});
    target.append({QStringLiteral("記録件数（人数）"), number(d.recordCount)});
    target.append({QStringLiteral("廃棄の理由"), H::multiline(d.basis)});
    html += H::fieldTable(target);

    // Every method with the chosen one ticked, as on the paper form: the performer can see at a
    // glance what was planned and that nothing else was done.
    QStringList methods;
    for (DisposalMethod m : allDisposalMethods())
        methods << H::check(m == d.method) + methodLabel(m);
    html += QStringLiteral("<h3>2. 廃棄の方法と実施</h3>");
    html += H::fieldTable({
        {QStringLiteral("方法"), methods.join(QStringLiteral("　"))},
        {QStringLiteral("方法の詳細"), orBlank(H::esc(d.methodDetail))},
        {QStringLiteral("実施日時"), executed ? H::dateTime(f, d.executedAt) : H::blankDate(f) + QStringLiteral("　　時　　分")},
        {QStringLiteral("実施場所"), orBlank(H::esc(d.place))},
        {QStringLiteral("実施者"), orBlank(H::esc(d.performedByName))},
    });

    // Seed 000 Art. 14: the destruction is watched. Recorded witnesses are printed; otherwise two
    // rows are left to be filled in by hand.
    html += QStringLiteral("<h3>3. 立会い</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th width=\"40%\">立会者</th><th>立会日時</th></tr></thead><tbody>");
    for (const DisposalWitness& w : d.witnesses)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(H::esc(w.personName), H::dateTime(f, w.witnessedAt));
    for (qsizetype i = d.witnesses.size(); i < 2; ++i)
        html += QStringLiteral("<tr><td>　</td><td>%1　　時　　分</td></tr>").arg(H::blankDate(f));
    html += QStringLiteral("</tbody></table>");

    html += QStringLiteral("<h3>4. 承認・確認</h3>");
    html += H::fieldTable({
        {QStringLiteral("承認者"), H::esc(d.approverAccount ? accountNames.value(*d.approverAccount) : QString())},
        {QStringLiteral("承認日"), localDate(f, d.approvedAt)},
        {QStringLiteral("確認者"), orBlank(d.verifiedByAccount ? H::esc(accountNames.value(*d.verifiedByAccount)) : QString())},
        {QStringLiteral("確認日"), d.verifiedAt.isValid() ? localDate(f, d.verifiedAt) : H::blankDate(f)},
        {QStringLiteral("確認の所見"), orBlank(H::multiline(d.verificationNote))},
    });
    html += QStringLiteral("<p>状態：%1</p>").arg(stateLabel(d.state));
    f.bodyHtml = html;
    H::journalPrint(file, actor, kEntity, QString::number(id),
                    QStringLiteral("in-house disposal certificate, state %1").arg(disposalStateKey(d.state)), f);
    return f;
}

} // namespace mamori
