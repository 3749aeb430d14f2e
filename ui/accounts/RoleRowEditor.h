#pragma once

#include "accounts/Role.h"

#include <QList>
#include <QMap>
#include <QWidget>
#include <optional>

class QComboBox;
class QToolButton;

namespace mamori {
struct Section;
}

namespace mamori::ui {

// One role of an account being edited: the role (under the city's title) and, for roles that
// apply to one section, which section.
class RoleRowEditor : public QWidget {
    Q_OBJECT

public:
    RoleRowEditor(const QMap<mamori::Role, QString>& titles, const QList<mamori::Section>& sections,
                  QWidget* parent = nullptr);

    mamori::RoleAssignment assignment() const;
    void setAssignment(const mamori::RoleAssignment& assignment);
    // Used when the row's section is still the default: follows the account's own section.
    void setDefaultSection(std::optional<qint64> section);

Q_SIGNALS:
    void removeRequested(RoleRowEditor* row);

private:
    void updateSectionEnabled();

    QComboBox* m_role = nullptr;
    QComboBox* m_section = nullptr;
    QToolButton* m_remove = nullptr;
    bool m_sectionTouched = false;
    int m_sectionIndex = -1; // the section shown while the role is section-scoped
};

} // namespace mamori::ui
