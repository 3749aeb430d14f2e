#include "accounts/RoleRowEditor.h"

#include "accounts/RoleTitles.h"
#include "organisation/SectionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace mamori::ui {

RoleRowEditor::RoleRowEditor(const QMap<Role, QString>& titles, const QList<Section>& sections,
                             QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("roleRow"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    // Only the roles this city has (a preset without a title for a role does not use it).
    for (Role r : allRoles())
        if (titles.contains(r))
            m_role->addItem(RoleTitles::titleOr(titles, r), static_cast<int>(r));
    // Most accounts are staff of one section: start there rather than at the top of the list.
    if (const int staff = m_role->findData(static_cast<int>(Role::Staff)); staff >= 0)
        m_role->setCurrentIndex(staff);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("roleSectionCombo"));
    m_section->setPlaceholderText(tr("(whole city)"));
    for (const Section& s : sections)
        m_section->addItem(s.name, s.id);
    m_sectionIndex = sections.isEmpty() ? -1 : 0;
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeRoleButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this role"));
    row->addWidget(m_role, 1);
    row->addWidget(m_section, 1);
    row->addWidget(m_remove);
    connect(m_role, &QComboBox::currentIndexChanged, this, &RoleRowEditor::updateSectionEnabled);
    connect(m_section, &QComboBox::activated, this, [this](int index) {
        m_sectionTouched = true;
        m_sectionIndex = index;
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    updateSectionEnabled();
}

RoleAssignment RoleRowEditor::assignment() const {
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    RoleAssignment a{role, std::nullopt};
    if (isSectionScoped(role) && m_section->currentIndex() >= 0)
        a.sectionId = m_section->currentData().toLongLong();
    return a;
}

void RoleRowEditor::setAssignment(const RoleAssignment& assignment) {
    if (assignment.sectionId) {
        const int s = m_section->findData(*assignment.sectionId);
        if (s >= 0) {
            m_sectionIndex = s;
            m_sectionTouched = true;
        }
    }
    const int r = m_role->findData(static_cast<int>(assignment.role));
    if (r >= 0)
        m_role->setCurrentIndex(r);
    updateSectionEnabled();
}

void RoleRowEditor::setDefaultSection(std::optional<qint64> section) {
    if (m_sectionTouched || !section)
        return;
    const int s = m_section->findData(*section);
    if (s >= 0) {
        m_sectionIndex = s;
        updateSectionEnabled();
    }
}

void RoleRowEditor::updateSectionEnabled() {
    // A city-wide role shows "(whole city)" instead of a section it does not have; the section
    // chosen before comes back when the role is switched back.
    const bool scoped = isSectionScoped(static_cast<Role>(m_role->currentData().toInt()));
    m_section->setEnabled(scoped);
    m_section->setCurrentIndex(scoped ? m_sectionIndex : -1);
}

} // namespace mamori::ui
