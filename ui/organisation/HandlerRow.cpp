#include "organisation/HandlerRow.h"

#include "common/FieldErrorLabel.h"
#include "common/OptionalDateEdit.h"

#include "organisation/SectionService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace mamori::ui {

HandlerRow::HandlerRow(const QList<Section>& sections, const QDate& today, QWidget* parent)
    : QWidget(parent) {
    build(sections, today);
}

HandlerRow::HandlerRow(const QList<Section>& sections, const DesignatedHandler& existing,
                       const QDate& today, QWidget* parent)
    : QWidget(parent), m_existing(existing) {
    build(sections, today);
    m_section->setCurrentIndex(m_section->findData(existing.sectionId));
    m_duty->setText(existing.duty);
    m_scope->setText(existing.dataScope);
    m_on->setDate(existing.designatedOn);
    for (QWidget* w : {static_cast<QWidget*>(m_section), static_cast<QWidget*>(m_on)})
        w->setEnabled(false);
    m_duty->setReadOnly(true);
    m_scope->setReadOnly(true);
    if (existing.revokedOn) {
        m_revoke->setDate(existing.revokedOn);
        m_revoke->setEnabled(false);
    }
}

void HandlerRow::build(const QList<Section>& sections, const QDate& today) {
    setObjectName(isNew() ? QStringLiteral("newHandlerRow") : QStringLiteral("handlerRow"));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("handlerSectionCombo"));
    for (const Section& s : sections)
        m_section->addItem(s.name, s.id);
    m_duty = new QLineEdit(this);
    m_duty->setObjectName(QStringLiteral("handlerDutyEdit"));
    m_duty->setMaxLength(200);
    m_duty->setPlaceholderText(tr("e.g. residents' tax assessment"));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("handlerScopeEdit"));
    m_scope->setMaxLength(500);
    m_scope->setPlaceholderText(tr("e.g. My Numbers and income of taxpayers"));
    m_on = makeDateEdit(today, this);
    m_on->setObjectName(QStringLiteral("handlerDesignatedEdit"));
    m_revoke = new OptionalDateEdit(tr("Revoked on"), today, this);
    m_revoke->setObjectName(QStringLiteral("handlerRevokeEdit"));
    m_revoke->setVisible(!isNew());
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeHandlerButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setVisible(isNew());
    m_error = new FieldErrorLabel(QStringLiteral("handlerRow"), this);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 6);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Section:"), this), 0, 0);
    grid->addWidget(m_section, 0, 1);
    grid->addWidget(new QLabel(tr("Duty:"), this), 0, 2);
    grid->addWidget(m_duty, 0, 3, 1, 2);
    grid->addWidget(new QLabel(tr("Data handled:"), this), 1, 0);
    grid->addWidget(m_scope, 1, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Designated on:"), this), 2, 0);
    grid->addWidget(m_on, 2, 1);
    grid->addWidget(m_revoke, 2, 2, 1, 2);
    grid->addWidget(m_remove, 2, 4, Qt::AlignRight);
    grid->addWidget(m_error, 3, 0, 1, 5);
    grid->setColumnStretch(3, 1);
    connect(m_section, &QComboBox::activated, this, [this] { m_sectionTouched = true; });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

std::optional<qint64> HandlerRow::sectionId() const {
    const QVariant v = m_section->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

QString HandlerRow::duty() const {
    return m_duty->text().trimmed();
}

QString HandlerRow::dataScope() const {
    return m_scope->text().trimmed();
}

QDate HandlerRow::designatedOn() const {
    return m_on->date();
}

std::optional<QDate> HandlerRow::revokeOn() const {
    if (isNew() || m_existing->revokedOn)
        return std::nullopt;
    return m_revoke->date();
}

void HandlerRow::setValues(std::optional<qint64> section, const QString& duty,
                           const QString& dataScope) {
    if (section)
        m_section->setCurrentIndex(m_section->findData(*section));
    m_duty->setText(duty);
    m_scope->setText(dataScope);
}

void HandlerRow::setRevokeOn(const std::optional<QDate>& on) {
    m_revoke->setDate(on);
}

void HandlerRow::setDefaultSection(std::optional<qint64> section) {
    // A new designation is usually in the person's own section, until chosen otherwise.
    if (!isNew() || m_sectionTouched || !section)
        return;
    const int i = m_section->findData(*section);
    if (i >= 0)
        m_section->setCurrentIndex(i);
}

void HandlerRow::showError(const QString& message) {
    m_error->showError(message);
}

void HandlerRow::clearError() {
    m_error->clearError();
}

QString HandlerRow::errorText() const {
    return m_error->text();
}

} // namespace mamori::ui
