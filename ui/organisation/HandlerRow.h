#pragma once

#include "organisation/PersonService.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace mamori {
struct Section;
}

namespace mamori::ui {

class FieldErrorLabel;
class OptionalDateEdit;

// One designation as 事務取扱担当者 (seed 002 Art. 7): the section, the duty, the personal data
// the person may handle and the day of the designation. A new row is editable and can be
// removed; an existing one is read-only and can only be revoked (core keeps the history).
class HandlerRow : public QWidget {
    Q_OBJECT

public:
    // A new designation, dated `today`.
    HandlerRow(const QList<mamori::Section>& sections, const QDate& today, QWidget* parent = nullptr);
    // An existing designation.
    HandlerRow(const QList<mamori::Section>& sections, const mamori::DesignatedHandler& existing,
               const QDate& today, QWidget* parent = nullptr);

    bool isNew() const { return !m_existing; }
    const std::optional<mamori::DesignatedHandler>& existing() const { return m_existing; }
    std::optional<qint64> sectionId() const;
    QString duty() const;
    QString dataScope() const;
    QDate designatedOn() const;
    // For an existing, not yet revoked designation: the day chosen to revoke it, if any.
    std::optional<QDate> revokeOn() const;
    void setValues(std::optional<qint64> section, const QString& duty, const QString& dataScope);
    void setRevokeOn(const std::optional<QDate>& on);
    void setDefaultSection(std::optional<qint64> section);

    void showError(const QString& message);
    void clearError();
    QString errorText() const;

Q_SIGNALS:
    void removeRequested(HandlerRow* row);

private:
    void build(const QList<mamori::Section>& sections, const QDate& today);

    std::optional<mamori::DesignatedHandler> m_existing;
    bool m_sectionTouched = false;
    QComboBox* m_section = nullptr;
    QLineEdit* m_duty = nullptr;
    QLineEdit* m_scope = nullptr;
    QDateEdit* m_on = nullptr;
    OptionalDateEdit* m_revoke = nullptr;
    QToolButton* m_remove = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace mamori::ui
