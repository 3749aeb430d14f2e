#include "forms/CustodyForms.h"

#include "forms/FormHeader.h"
#include "forms/FormHtml.h"
#include "forms/FormNames.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QLocale>
#include <QMap>
#include <algorithm>

namespace mamori {

namespace {
QString yesNo(bool b)
{
    return b ? QStringLiteral("有") : QStringLiteral("無");
}

} // namespace

FormSpec CustodyForms::areaSheet(CaseFile& file, const Session& actor, qint64 areaId)
{
    HandlingAreaService& areas = file.areas();
    const HandlingArea area = areas.get(actor, areaId);
    const QList<AreaMeasureState> measures = areas.measures(actor, areaId);
    const QList<Person> handlers = areas.handlers(actor, areaId);
    const QList<PersonalInfoFile> files = areas.filesHandled(actor, areaId);
    const QHash<qint64, QString> sections = FormNames::sections(file);
    const QMap<Role, QString> titles = file.accounts().titles();

    FormSpec f = startForm(file, QStringLiteral("取扱区域指定書"), QStringLiteral("AREA"));
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {RoleTitles::titleOr(titles, Role::UnitManager), QStringLiteral("担当")};
    QString html;
    html += QStringLiteral("<p>個人情報を取り扱う区域を次のとおり指定する。</p>");
    html += QStringLiteral("<h3>1. 取扱区域</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th width=\"25%\">区域コード</th><td>%1</td></tr>"
                           "<tr><th>所属</th><td>%2</td></tr>"
                           "<tr><th>建物</th><td>%3</td></tr>"
                           "<tr><th>階</th><td>%4</td></tr>"
                           "<tr><th>室名</th><td>%5</td></tr>"
                           "<tr><th>備考</th><td>%6</td></tr>"
                           "<tr><th>配置図</th><td>%7</td></tr></table>")
                .arg(FormHtml::esc(area.areaCode), FormHtml::esc(sections.value(area.sectionId)), FormHtml::esc(area.building), FormHtml::esc(area.floor),
                     FormHtml::esc(area.room), FormHtml::multiline(area.remarks),
                     area.layoutMime.isEmpty() ? QStringLiteral("なし") : QStringLiteral("別添（ケースファイルに保存）"));
    // Seed 002 Art. 9, 11: the physical measures, each marked in place or not.
    html += QStringLiteral("<h3>2. 安全管理措置</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th width=\"8%\">実施</th><th width=\"42%\">措置</th><th>備考</th></tr></thead><tbody>");
    for (const AreaMeasureState& m : measures)
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(m.inPlace ? QStringLiteral("☑") : QStringLiteral("☐"), areaMeasureLabel(m.measure), FormHtml::multiline(m.remark));
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<h3>3. 取扱者</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th width=\"8%\">No.</th><th>職員番号</th><th>氏名</th><th>所属</th></tr></thead><tbody>");
    int n = 0;
    for (const Person& p : handlers)
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(++n)
                    .arg(FormHtml::esc(p.staffNo), FormHtml::esc(p.name), FormHtml::esc(sections.value(p.sectionId)));
    if (handlers.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\">（指定なし）</td></tr>");
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<h3>4. 取り扱う個人情報ファイル</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th width=\"15%\">ファイル番号</th><th>名称</th><th>所属</th><th>種別</th></tr></thead><tbody>");
    for (const PersonalInfoFile& pf : files)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(FormHtml::esc(pf.fileNo), FormHtml::esc(pf.name), FormHtml::esc(sections.value(pf.sectionId)), piFileTypeLabel(pf.fileType));
    if (files.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\">（なし）</td></tr>");
    html += QStringLiteral("</tbody></table>");
    f.bodyHtml = html;
    FormHtml::journalPrint(file, actor, QStringLiteral("area"), QString::number(areaId),
                 QStringLiteral("area designation sheet, %1 handlers, %2 files").arg(handlers.size()).arg(files.size()), f);
    return f;
}

FormSpec CustodyForms::fileRegister(CaseFile& file, const Session& actor, std::optional<qint64> section)
{
    const QList<PersonalInfoFile> files = file.files().list(actor, section);
    const QHash<qint64, QString> sections = FormNames::sections(file);
    QMap<qint64, QString> areaCodes;
    for (const HandlingArea& a : file.areas().list(actor))
        areaCodes.insert(a.id, a.areaCode);
    const QMap<Role, QString> titles = file.accounts().titles();

    FormSpec f = startForm(file, QStringLiteral("個人情報ファイル簿"), QStringLiteral("PIF"));
    f.classification = QStringLiteral("取扱注意");
    f.sealBoxes = {RoleTitles::titleOr(titles, Role::ExecutiveOwner), RoleTitles::titleOr(titles, Role::UnitManager),
                   QStringLiteral("担当")};
    QString html;
    html += QStringLiteral("<p>個人情報の保護に関する法律第75条の規定により、保有する個人情報ファイルについて次のとおり記載する。</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-size:7pt;\">"
                           "<thead><tr><th>ファイル番号</th><th>個人情報ファイルの名称</th><th>利用する組織の名称</th>"
                           "<th>利用目的</th><th>記録項目</th><th>記録範囲</th><th>記録情報の収集方法</th>"
                           "<th>要配慮個人情報</th><th>個人番号</th><th>本人の数</th><th>記録情報の経常的提供先</th>"
                           "<th>開示請求等を受理する組織</th><th>訂正及び利用停止に関する他の法令の規定による特別の手続等</th>"
                           "<th>ファイルの種別</th><th>保存媒体</th><th>取扱区域</th><th>外国における保管</th>"
                           "<th>公表</th></tr></thead><tbody>");
    for (const PersonalInfoFile& pf : files) {
        const QString foreign = pf.foreignLocation.isEmpty()
                                    ? QStringLiteral("なし")
                                    : QStringLiteral("%1（%2）").arg(FormHtml::esc(pf.foreignLocation), FormHtml::multiline(pf.foreignRegimeNotes));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td align=\"center\">%8</td><td align=\"center\">%9</td>")
                    .arg(FormHtml::esc(pf.fileNo), FormHtml::esc(pf.name), FormHtml::esc(sections.value(pf.sectionId)), FormHtml::multiline(pf.purpose),
                         FormHtml::multiline(pf.recordItems), FormHtml::multiline(pf.recordScope), FormHtml::multiline(pf.collectionMethod),
                         yesNo(pf.containsSensitive), yesNo(pf.containsMyNumber));
        html += QStringLiteral("<td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                               "<td>%7</td><td>%8</td><td align=\"center\">%9</td></tr>")
                    .arg(QLocale(QLocale::Japanese).toString(pf.personCount), FormHtml::multiline(pf.regularRecipients),
                         FormHtml::multiline(pf.disclosureOffice), FormHtml::multiline(pf.correctionProcedures), piFileTypeLabel(pf.fileType),
                         FormHtml::multiline(pf.storageMedia),
                         pf.handlingAreaId ? FormHtml::esc(areaCodes.value(*pf.handlingAreaId)) : QString(), foreign,
                         pf.needsPublication() ? QStringLiteral("要") : QStringLiteral("―"));
    }
    if (files.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"18\">（登録なし）</td></tr>");
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>登録数：%1件（うち本人の数が1,000人以上で公表を要するもの %2件）</p>")
                .arg(files.size())
                .arg(std::count_if(files.begin(), files.end(), [](const PersonalInfoFile& pf) { return pf.needsPublication(); }));
    f.bodyHtml = html;
    FormHtml::journalPrint(file, actor, QStringLiteral("file"), QString(),
                 QStringLiteral("file register %1, %2 files")
                     .arg(section ? QStringLiteral("section %1").arg(*section) : QStringLiteral("all readable sections"))
                     .arg(files.size()),
                 f);
    return f;
}

} // namespace mamori
