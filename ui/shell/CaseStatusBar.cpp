#include "shell/CaseStatusBar.h"

#include "accounts/AccountService.h"
#include "accounts/RoleTitles.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "organisation/SectionService.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>

namespace mamori::ui {

namespace {
constexpr int kRefreshMs = 3000;

QLabel* field(const QString& name, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setContentsMargins(6, 0, 6, 0);
    return l;
}
} // namespace

CaseStatusBar::CaseStatusBar(CaseFile& file, QWidget* parent) : QStatusBar(parent), m_file(file) {
    setObjectName(QStringLiteral("caseStatusBar"));
    m_user = field(QStringLiteral("statusUser"), this);
    m_roles = field(QStringLiteral("statusRoles"), this);
    m_journal = field(QStringLiteral("statusJournal"), this);
    m_case = field(QStringLiteral("statusCase"), this);
    addPermanentWidget(m_user);
    addPermanentWidget(m_roles);
    addPermanentWidget(m_journal);
    addPermanentWidget(m_case);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &CaseStatusBar::refresh);
    refresh();
}

QString CaseStatusBar::roleText() {
    const QMap<Role, QString> titles = m_file.accounts().titles();
    QMap<qint64, QString> sectionNames;
    for (const Section& s : m_file.sections().list())
        sectionNames.insert(s.id, s.name);
    QStringList parts;
    for (const RoleAssignment& r : m_file.session().roles()) {
        QString t = RoleTitles::titleOr(titles, r.role);
        if (r.sectionId && sectionNames.contains(*r.sectionId))
            t += tr(" (%1)").arg(sectionNames.value(*r.sectionId));
        if (!parts.contains(t))
            parts.append(t);
    }
    return parts.join(tr(", "));
}

QString CaseStatusBar::journalText() const {
    return m_journal->text();
}

void CaseStatusBar::refresh() {
    const Session& s = m_file.session();
    m_case->setText(QFileInfo(m_file.dir()).fileName());
    m_case->setToolTip(QDir::toNativeSeparators(m_file.dir()));
    if (s.isRecovery()) {
        m_user->setText(tr("Recovery session: only account passwords can be reset"));
        m_roles->hide();
    } else {
        m_user->setText(s.displayName());
        m_user->setToolTip(s.login());
        m_roles->show();
    }
    try {
        if (!s.isRecovery())
            m_roles->setText(roleText());
        const QByteArray head = m_file.journal().headHash();
        m_journal->setText(tr("Journal: %1").arg(Journal::shortHash(head)));
        m_journal->setToolTip(QString::fromLatin1(head.toHex()));
    } catch (const Error&) {
        // The file is closing (lock in progress): keep the last values until this bar goes.
    }
}

void CaseStatusBar::showEvent(QShowEvent* event) {
    QStatusBar::showEvent(event);
    refresh();
    m_timer.start();
}

void CaseStatusBar::hideEvent(QHideEvent* event) {
    m_timer.stop();
    QStatusBar::hideEvent(event);
}

} // namespace mamori::ui
