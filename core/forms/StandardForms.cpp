#include "forms/StandardForms.h"

#include "forms/FormNames.h"

#include "forms/FormHeader.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "dates/JapaneseDate.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"
#include "settings/CaseSettings.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

namespace mamori {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

FormSpec StandardForms::accountList(CaseFile& file, const Session& actor)
{
    const QList<Account> accounts = file.accounts().list(actor);
    const QMap<Role, QString> titles = file.accounts().titles();
    const QHash<qint64, QString> sectionNames = FormNames::sections(file);

    FormSpec f = startForm(file, QStringLiteral("職員アカウント一覧"), QStringLiteral("ACC"));
    f.classification = QStringLiteral("取扱注意");
    // The city's own titles: 総括保護管理者 in Shiraoka, 最高総括責任者 in Muko.
    f.sealBoxes = {RoleTitles::titleOr(titles, Role::ExecutiveOwner), RoleTitles::titleOr(titles, Role::SystemAdmin),
                   QStringLiteral("担当")};
    QString html;
    html += QStringLiteral("<p>本書は、個人情報管理システム（Mamori）に登録された職員アカウントの一覧である。</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th>No.</th><th>ログインID</th><th>氏名</th><th>所属</th><th>役割</th>"
                           "<th>状態</th><th>登録日</th></tr></thead><tbody>");
    int n = 0;
    for (const Account& a : accounts) {
        QStringList roles;
        for (const RoleAssignment& r : a.roles)
            roles << (r.sectionId ? QStringLiteral("%1（%2）").arg(RoleTitles::titleOr(titles, r.role), sectionNames.value(*r.sectionId))
                                  : RoleTitles::titleOr(titles, r.role));
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(++n)
                    .arg(esc(a.login), esc(a.displayName), esc(a.sectionName), esc(roles.join(QStringLiteral("、"))),
                         a.disabled ? QStringLiteral("停止") : QStringLiteral("有効"),
                         esc(JapaneseDate::format(a.createdAt.toLocalTime().date(), f.dateStyle)));
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>登録数：%1件（うち停止 %2件）</p>")
                .arg(accounts.size())
                .arg(std::count_if(accounts.begin(), accounts.end(), [](const Account& a) { return a.disabled; }));
    f.bodyHtml = html;
    file.journal().append(actor, JournalAction::Print, QStringLiteral("account"), QString(),
                          QStringLiteral("account list, %1 accounts").arg(accounts.size()));
    f.journalHead = Journal::shortHash(file.journal().headHash());
    return f;
}

FormSpec StandardForms::recoverySheet(CaseFile& file, const SecureBytes& recoveryCode)
{
    FormSpec f = startForm(file, QStringLiteral("復旧用シート（リカバリーコード）"), QStringLiteral("REC"));
    f.classification = QStringLiteral("厳秘");
    f.sealBoxes = {RoleTitles::titleOr(file.accounts().titles(), Role::ExecutiveOwner), QStringLiteral("保管責任者"),
                   QStringLiteral("作成者")};
    const QString code = QString::fromLatin1(reinterpret_cast<const char*>(recoveryCode.data()),
                                             static_cast<qsizetype>(recoveryCode.size()));
    const QString folder = QFileInfo(file.dir()).fileName();
    QString html;
    html += QStringLiteral("<h3>1. ケースファイル</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">"
                           "<tr><th width=\"30%\">フォルダ名</th><td>%1</td></tr>"
                           "<tr><th>ケースファイルID</th><td>%2</td></tr>"
                           "<tr><th>作成日</th><td>%3</td></tr></table>")
                .arg(esc(folder), esc(file.caseId()), esc(f.formattedDate()));
    html += QStringLiteral("<h3>2. リカバリーコード</h3>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:20pt; font-family:monospace;\"><b>%1</b></p>").arg(esc(code));
    html += QStringLiteral("<h3>3. 使用方法</h3><ol>"
                           "<li>全ての管理者がパスワードを失った場合に限り、このコードでケースファイルを開き、アカウントのパスワードを再設定する。</li>"
                           "<li>使用した場合は、使用日時・使用者・理由を記録し、%1に報告する。</li>"
                           "<li>コードは英数字32文字である。ハイフン・空白・大文字小文字は区別しない。</li></ol>")
                .arg(esc(f.sealBoxes.first()));
    // Kept like other media holding keys to personal data: locked in a fireproof safe
    // (seed 000 Art. 12; seed 002 Art. 11).
    html += QStringLiteral("<h3>4. 保管</h3><p>本シートは耐火金庫等に施錠して保管し、複写・撮影・電子化をしてはならない。</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">"
                           "<tr><th width=\"30%\">保管場所</th><td>&nbsp;</td></tr>"
                           "<tr><th>保管開始日</th><td>%1</td></tr></table>")
                .arg(f.dateStyle == DateStyle::Wareki ? QStringLiteral("令和　　年　　月　　日") : QStringLiteral("　　　　年　　月　　日"));
    f.bodyHtml = html;
    return f;
}

} // namespace mamori
