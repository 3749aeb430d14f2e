#include "organisation/PersonRoleRow.h"

#include "accounts/RoleRowEditor.h"
#include "common/FieldErrorLabel.h"
#include "common/OptionalDateEdit.h"

#include "organisation/SectionService.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mamori::ui {

PersonRoleRow::PersonRoleRow(const QMap<Role, QString>& titles, const QList<Section>& sections,
                             const QDate& today, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("personRoleRow"));
    m_role = new RoleRowEditor(titles, sections, this);
    m_starts = makeDateEdit(today, this);
    m_starts->setObjectName(QStringLiteral("roleStartsEdit"));
    m_ends = new OptionalDateEdit(tr("until"), today, this);
    m_ends->setObjectName(QStringLiteral("roleEndsEdit"));
    m_error = new FieldErrorLabel(QStringLiteral("roleRow"), this);

    auto* dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("from"), this));
    dates->addWidget(m_starts);
    dates->addWidget(m_ends);
    dates->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_role);
    layout->addLayout(dates);
    layout->addWidget(m_error);
    connect(m_role, &RoleRowEditor::removeRequested, this,
            [this] { Q_EMIT removeRequested(this); });
}

RoleAssignment PersonRoleRow::assignment() const {
    return m_role->assignment();
}

QDate PersonRoleRow::startsOn() const {
    return m_starts->date();
}

std::optional<QDate> PersonRoleRow::endsOn() const {
    return m_ends->date();
}

void PersonRoleRow::setAssignment(const RoleAssignment& a, const QDate& starts,
                                  const std::optional<QDate>& ends) {
    m_role->setAssignment(a);
    m_starts->setDate(starts);
    m_ends->setDate(ends);
}

void PersonRoleRow::setDefaultSection(std::optional<qint64> section) {
    m_role->setDefaultSection(section);
}

void PersonRoleRow::showError(const QString& message) {
    m_error->showError(message);
}

void PersonRoleRow::clearError() {
    m_error->clearError();
}

QString PersonRoleRow::errorText() const {
    return m_error->text();
}

} // namespace mamori::ui
