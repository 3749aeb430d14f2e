#include "common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace mamori::ui {

QDateEdit* makeDateEdit(const QDate& initial, QWidget* parent) {
    auto* edit = new QDateEdit(initial, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Room for the whole date and the popup arrow whatever the style.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    return edit;
}

OptionalDateEdit::OptionalDateEdit(const QString& checkText, const QDate& initial, QWidget* parent)
    : QWidget(parent) {
    m_check = new QCheckBox(checkText, this);
    m_check->setObjectName(QStringLiteral("optionalDateCheck"));
    m_date = makeDateEdit(initial, this);
    m_date->setObjectName(QStringLiteral("optionalDateEdit"));
    m_date->setEnabled(false);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_check);
    row->addWidget(m_date, 1);
    connect(m_check, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
}

std::optional<QDate> OptionalDateEdit::date() const {
    return m_check->isChecked() ? std::optional<QDate>(m_date->date()) : std::nullopt;
}

void OptionalDateEdit::setDate(const std::optional<QDate>& date) {
    m_check->setChecked(date.has_value());
    if (date)
        m_date->setDate(*date);
}

} // namespace mamori::ui
