#include "incidents/IncidentInputs.h"

#include "incidents/IncidentContext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>

namespace mamori::ui {

QDateTimeEdit* makeDateTimeEdit(const QDateTime& initial, QWidget* parent) {
    auto* edit = new QDateTimeEdit(initial, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 48);
    return edit;
}

QPlainTextEdit* makeTextBox(int lines, QWidget* parent) {
    auto* box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

void fillPeople(QComboBox* box, const IncidentNames& names, const QString& noneText) {
    box->clear();
    box->addItem(noneText, QVariant());
    for (const mamori::Person& p : names.people)
        box->addItem(names.personNames.value(p.id), p.id);
}

} // namespace mamori::ui
