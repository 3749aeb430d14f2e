#include "forms/CarryOutForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/FormNames.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "dates/JapaneseDate.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace mamori {

namespace {
const QString kEntity = QStringLiteral("carry_out");

QString mark(const std::optional<bool>& b)
{
    return b ? (*b ? QStringLiteral("○") : QStringLiteral("×")) : QStringLiteral("―");
}

QString dateTimeOrBlank(const FormSpec& f, const QDateTime& t)
{
    return t.isValid() ? FormHtml::dateTime(f, t) : FormHtml::blankDate(f) + QStringLiteral("　　時　　分");
}

QString nameOrBlank(const QHash<qint64, QString>& names, const std::optional<qint64>& id)
{
    return id ? FormHtml::esc(names.value(*id)) : QString();
}

QString sectionLabel(const QHash<qint64, QString>& sections, qint64 id)
{
    return FormHtml::esc(sections.value(id));
}
} // namespace

QString CarryOutForms::itemTypeLabel(CarryOutItemType t)
{
    switch (t) {
    case CarryOutItemType::Paper: return QStringLiteral("紙");
    case CarryOutItemType::Usb: return QStringLiteral("USBメモリ");
    case CarryOutItemType::Laptop: return QStringLiteral("ノートパソコン");
    case CarryOutItemType::Optical: return QStringLiteral("光ディスク");
    case CarryOutItemType::Other: break;
    }
    return QStringLiteral("その他");
}

QString CarryOutForms::stateLabel(CarryOutState s)
{
    switch (s) {
    case CarryOutState::Requested: return QStringLiteral("申請中");
    case CarryOutState::Approved: return QStringLiteral("承認済");
    case CarryOutState::Rejected: return QStringLiteral("不承認");
    case CarryOutState::Out: return QStringLiteral("持出中");
    case CarryOutState::Overdue: return QStringLiteral("返却遅延");
    case CarryOutState::Returned: return QStringLiteral("返却済");
    case CarryOutState::Closed: return QStringLiteral("完了");
    case CarryOutState::Lost: break;
    }
    return QStringLiteral("紛失");
}

// Seed 002 Art. 11(4) (transport: locked case, trackable delivery, sealing, masking the My
// Number, encryption and password) and seed 000 Art. 12 (authentication set on the device).
QString CarryOutForms::measureLabel(CarryOutMeasure m)
{
    switch (m) {
    case CarryOutMeasure::LockedCase: return QStringLiteral("施錠できる搬送容器（鍵付きケース等）に入れて運ぶ");
    case CarryOutMeasure::TrackableDelivery: return QStringLiteral("追跡可能な移送手段（書留・配達記録等）を利用する");
    case CarryOutMeasure::Sealing: return QStringLiteral("封緘する");
    case CarryOutMeasure::Masking: return QStringLiteral("個人番号の部分に目隠しシールを貼る");
    case CarryOutMeasure::Encryption: return QStringLiteral("データを暗号化し、パスワードで保護する");
    case CarryOutMeasure::AuthSet: break;
    }
    return QStringLiteral("端末・媒体に認証（パスワード等）を設定する");
}

QString CarryOutForms::measureShortLabel(CarryOutMeasure m)
{
    switch (m) {
    case CarryOutMeasure::LockedCase: return QStringLiteral("施錠");
    case CarryOutMeasure::TrackableDelivery: return QStringLiteral("追跡");
    case CarryOutMeasure::Sealing: return QStringLiteral("封緘");
    case CarryOutMeasure::Masking: return QStringLiteral("目隠し");
    case CarryOutMeasure::Encryption: return QStringLiteral("暗号化");
    case CarryOutMeasure::AuthSet: break;
    }
    return QStringLiteral("認証");
}

QString CarryOutForms::sensitivityLabel(CarryOutSensitivity s)
{
    switch (s) {
    case CarryOutSensitivity::Normal: return QStringLiteral("個人情報");
    case CarryOutSensitivity::Sensitive: return QStringLiteral("要配慮個人情報を含む");
    case CarryOutSensitivity::MyNumber: break;
    }
    return QStringLiteral("特定個人情報（個人番号）を含む");
}

FormSpec CarryOutForms::carryOutLedger(CaseFile& file, const Session& actor, const CarryOutFilter& filter)
{
    const QList<CarryOut> rows = file.carryOuts().list(actor, filter);
    const QHash<qint64, QString> sections = FormNames::sections(file);
    QSet<qint64> people, accounts;
    for (const CarryOut& c : rows) {
        people.insert(c.requestedBy);
        if (c.approverAccount)
            accounts.insert(*c.approverAccount);
        if (c.checkedByAccount)
            accounts.insert(*c.checkedByAccount);
    }
    const QHash<qint64, QString> personNames = FormNames::people(file, people);
    const QHash<qint64, QString> accountNames = FormNames::accounts(file, accounts);
    const QMap<Role, QString> titles = file.accounts().titles();

    FormSpec f = startForm(file, QStringLiteral("持出簿"), QStringLiteral("COL"));
    f.orientation = FormOrientation::Landscape;
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {RoleTitles::titleOr(titles, Role::UnitManager), QStringLiteral("担当")};
    const bool allSections = !filter.sectionId;
    QString html;
    html += QStringLiteral("<p>所属：%1　　対象期間（持出予定日）：%2</p>")
                .arg(allSections ? QStringLiteral("閲覧できる全ての所属") : sectionLabel(sections, *filter.sectionId),
                     FormHtml::period(f, filter.from, filter.to));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size:7.5pt;\">"
                           "<thead><tr><th width=\"3%\">No.</th><th width=\"8%\">管理番号</th>");
    if (allSections)
        html += QStringLiteral("<th width=\"6%\">所属</th>");
    // Every column has its width, so that a ledger laid out a page at a time (ui/forms) keeps its
    // columns in place from page to page; the free texts share what the others leave.
    const QStringList freeText = allSections ? QStringList{QStringLiteral("12%"), QStringLiteral("7%"), QStringLiteral("6%")}
                                             : QStringList{QStringLiteral("14%"), QStringLiteral("9%"), QStringLiteral("8%")};
    html += QStringLiteral("<th width=\"7%\">持出日</th><th width=\"%1\">媒体・内容</th><th width=\"4%\">数量</th>"
                           "<th width=\"%2\">持出目的</th><th width=\"%3\">持出先</th><th width=\"6%\">申請者</th><th width=\"8%\">承認者<br/>承認日</th>"
                           "<th width=\"7%\">返却予定日</th><th width=\"7%\">返却日</th><th width=\"7%\">返却確認者</th>"
                           "<th width=\"7%\">保護措置</th><th width=\"5%\">状態</th></tr></thead><tbody>")
                .arg(freeText[0], freeText[1], freeText[2]);
    int n = 0;
    int out = 0, overdue = 0, lost = 0;
    for (const CarryOut& c : rows) {
        out += c.state == CarryOutState::Out ? 1 : 0;
        overdue += c.state == CarryOutState::Overdue ? 1 : 0;
        lost += c.state == CarryOutState::Lost ? 1 : 0;
        const QString outOn = c.outAt.isValid() ? FormHtml::date(f, c.outAt.toLocalTime().date())
                                                : FormHtml::date(f, c.plannedOutOn) + QStringLiteral("<br/>（予定）");
        QString approval;
        if (c.approverAccount)
            approval = nameOrBlank(accountNames, c.approverAccount) + QStringLiteral("<br/>") +
                       FormHtml::date(f, c.decidedAt.toLocalTime().date());
        QString returnedOn;
        if (c.returnedAt.isValid())
            returnedOn = FormHtml::date(f, c.returnedAt.toLocalTime().date());
        else if (c.state == CarryOutState::Lost)
            returnedOn = QStringLiteral("（紛失）");
        QString checker;
        if (c.checkedByAccount)
            checker = nameOrBlank(accountNames, c.checkedByAccount) +
                      QStringLiteral("<br/>数量%1 封緘%2").arg(mark(c.countMatches), mark(c.sealIntact));
        QStringList measures;
        for (CarryOutMeasure m : c.appliedMeasures)
            measures << measureShortLabel(m);
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td>").arg(++n).arg(FormHtml::esc(c.controlNo));
        if (allSections)
            html += QStringLiteral("<td>%1</td>").arg(sectionLabel(sections, c.sectionId));
        html += QStringLiteral("<td>%1</td><td>%2：%3</td><td align=\"right\">%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td><td>%9</td>")
                    .arg(outOn, itemTypeLabel(c.itemType), FormHtml::multiline(c.description),
                         QLocale(QLocale::Japanese).toString(c.recordCount), FormHtml::multiline(c.purpose), FormHtml::multiline(c.destination),
                         FormHtml::esc(personNames.value(c.requestedBy)), approval, FormHtml::date(f, c.plannedReturnOn));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(returnedOn, checker, measures.isEmpty() ? QStringLiteral("なし") : measures.join(QStringLiteral("・")),
                         stateLabel(c.state));
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">（記録なし）</td></tr>").arg(allSections ? 15 : 14);
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>件数：%1件（うち持出中 %2件、返却遅延 %3件、紛失 %4件）</p>")
                .arg(rows.size())
                .arg(out)
                .arg(overdue)
                .arg(lost);
    f.bodyHtml = html;
    FormHtml::journalPrint(file, actor, kEntity, QString(),
                 QStringLiteral("carry-out ledger section %1, from %2, to %3: %4 records")
                     .arg(filter.sectionId ? QString::number(*filter.sectionId) : QStringLiteral("any"),
                          filter.from ? filter.from->toString(Qt::ISODate) : QStringLiteral("any"),
                          filter.to ? filter.to->toString(Qt::ISODate) : QStringLiteral("any"))
                     .arg(rows.size()),
                 f);
    return f;
}

FormSpec CarryOutForms::carryOutApproval(CaseFile& file, const Session& actor, qint64 id)
{
    CarryOutService& service = file.carryOuts();
    const CarryOut c = service.get(actor, id);
    const CarryOutSensitivity sensitivity = service.sensitivityOf(c);
    const QList<CarryOutMeasure> required = service.requiredMeasures(sensitivity, c.itemType);
    const QHash<qint64, QString> sections = FormNames::sections(file);
    QSet<qint64> people{c.requestedBy};
    if (c.returnedBy)
        people.insert(*c.returnedBy);
    QSet<qint64> accounts;
    if (c.approverAccount)
        accounts.insert(*c.approverAccount);
    if (c.checkedByAccount)
        accounts.insert(*c.checkedByAccount);
    const QHash<qint64, QString> personNames = FormNames::people(file, people);
    const QHash<qint64, QString> accountNames = FormNames::accounts(file, accounts);
    const QHash<qint64, QString> fileNames =
        c.fileId ? FormNames::piFiles(file, {*c.fileId}) : QHash<qint64, QString>();
    const QMap<Role, QString> titles = file.accounts().titles();
    const QString approverTitle = RoleTitles::titleOr(titles, Role::UnitManager);

    FormSpec f = startForm(file, QStringLiteral("持出承認申請書"), QStringLiteral("COA"));
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {QStringLiteral("申請者"), approverTitle, QStringLiteral("返却確認者")};
    const bool decided = c.approverAccount.has_value();
    const bool rejected = c.state == CarryOutState::Rejected;
    QString html;
    html += QStringLiteral("<p>%1　様</p>").arg(FormHtml::esc(approverTitle));
    html += QStringLiteral("<p>下記のとおり、個人情報の持出しについて承認を申請します。</p>");
    html += QStringLiteral("<p align=\"center\">記</p>");
    html += QStringLiteral("<h3>1. 持出しの内容</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th width=\"25%\">管理番号</th><td>%1</td></tr>"
                           "<tr><th>所属</th><td>%2</td></tr>"
                           "<tr><th>申請者</th><td>%3</td></tr>"
                           "<tr><th>対象の個人情報ファイル</th><td>%4</td></tr>"
                           "<tr><th>情報の区分</th><td>%5</td></tr>"
                           "<tr><th>媒体の種類</th><td>%6</td></tr>"
                           "<tr><th>内容</th><td>%7</td></tr>")
                .arg(FormHtml::esc(c.controlNo), sectionLabel(sections, c.sectionId), FormHtml::esc(personNames.value(c.requestedBy)),
                     c.fileId ? FormHtml::esc(fileNames.value(*c.fileId)) : QStringLiteral("（指定なし）"), sensitivityLabel(sensitivity),
                     itemTypeLabel(c.itemType), FormHtml::multiline(c.description));
    html += QStringLiteral("<tr><th>数量（件数・人数）</th><td>%1</td></tr>"
                           "<tr><th>持出しの目的</th><td>%2</td></tr>"
                           "<tr><th>持出先</th><td>%3</td></tr>"
                           "<tr><th>持出予定日</th><td>%4</td></tr>"
                           "<tr><th>返却予定日</th><td>%5</td></tr></table>")
                .arg(QLocale(QLocale::Japanese).toString(c.recordCount), FormHtml::multiline(c.purpose), FormHtml::multiline(c.destination),
                     FormHtml::date(f, c.plannedOutOn), FormHtml::date(f, c.plannedReturnOn));
    // The approver's checklist: what the rules require for this sensitivity and item is marked
    // 必須, and what the requester applied is ticked.
    html += QStringLiteral("<h3>2. 保護措置</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th width=\"10%\">必須</th><th width=\"10%\">実施</th><th>措置</th></tr></thead><tbody>");
    for (CarryOutMeasure m : allCarryOutMeasures())
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td>%3</td></tr>")
                    .arg(required.contains(m) ? QStringLiteral("<b>必須</b>") : QString(), FormHtml::check(c.appliedMeasures.contains(m)),
                         measureLabel(m));
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p style=\"font-size:8pt;\">必須：持ち出す情報の区分（%1）と媒体（%2）について、"
                           "定められた実施が必要な措置。</p>")
                .arg(sensitivityLabel(sensitivity), itemTypeLabel(c.itemType));
    html += QStringLiteral("<h3>3. 承認</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th width=\"25%\">結果</th><td>%1 承認　　%2 不承認</td></tr>"
                           "<tr><th>承認者</th><td>%3</td></tr>"
                           "<tr><th>承認日</th><td>%4</td></tr>"
                           "<tr><th>不承認の理由</th><td>%5</td></tr></table>")
                .arg(FormHtml::check(decided && !rejected), FormHtml::check(rejected), nameOrBlank(accountNames, c.approverAccount),
                     decided ? FormHtml::date(f, c.decidedAt.toLocalTime().date()) : FormHtml::blankDate(f), FormHtml::multiline(c.rejectionReason));
    // Seed 000 Art. 13: the return is checked by a second person.
    html += QStringLiteral("<h3>4. 持出し・返却の確認</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th width=\"25%\">持出日時</th><td>%1</td></tr>"
                           "<tr><th>返却日時</th><td>%2</td></tr>"
                           "<tr><th>返却者</th><td>%3</td></tr>"
                           "<tr><th>返却確認者</th><td>%4</td></tr>"
                           "<tr><th>数量の一致</th><td>%5 一致　　%6 不一致</td></tr>"
                           "<tr><th>封緘の状態</th><td>%7 異常なし　　%8 異常あり</td></tr>"
                           "<tr><th>備考</th><td>%9</td></tr></table>")
                .arg(dateTimeOrBlank(f, c.outAt), dateTimeOrBlank(f, c.returnedAt), nameOrBlank(personNames, c.returnedBy),
                     nameOrBlank(accountNames, c.checkedByAccount), FormHtml::check(c.countMatches.value_or(false)),
                     FormHtml::check(c.countMatches.has_value() && !*c.countMatches), FormHtml::check(c.sealIntact.value_or(false)),
                     FormHtml::check(c.sealIntact.has_value() && !*c.sealIntact), FormHtml::multiline(c.remarks));
    html += QStringLiteral("<p>状態：%1</p>").arg(stateLabel(c.state));
    f.bodyHtml = html;
    FormHtml::journalPrint(file, actor, kEntity, QString::number(id),
                 QStringLiteral("carry-out approval form, state %1").arg(carryOutStateKey(c.state)), f);
    return f;
}

} // namespace mamori
