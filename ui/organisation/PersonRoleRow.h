#pragma once

#include "accounts/Role.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>
#include <optional>

class QDateEdit;

namespace mamori {
struct Section;
}

namespace mamori::ui {

class FieldErrorLabel;
class OptionalDateEdit;
class RoleRowEditor;

// A role assignment being added to a person: the role and its section (as on an account), the
// day it starts and, optionally, the day it ends; core's message for the row shows under it.
class PersonRoleRow : public QWidget {
    Q_OBJECT

public:
    PersonRoleRow(const QMap<mamori::Role, QString>& titles, const QList<mamori::Section>& sections,
                  const QDate& today, QWidget* parent = nullptr);

    mamori::RoleAssignment assignment() const;
    QDate startsOn() const;
    std::optional<QDate> endsOn() const;
    void setAssignment(const mamori::RoleAssignment& a, const QDate& starts,
                       const std::optional<QDate>& ends);
    void setDefaultSection(std::optional<qint64> section);
    void showError(const QString& message);
    void clearError();
    QString errorText() const;

Q_SIGNALS:
    void removeRequested(PersonRoleRow* row);

private:
    RoleRowEditor* m_role = nullptr;
    QDateEdit* m_starts = nullptr;
    OptionalDateEdit* m_ends = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace mamori::ui
