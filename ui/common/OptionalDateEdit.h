#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;

namespace mamori::ui {

// A date that may be left open ("until further notice"): a check box and a date, the date
// enabled only while the box is ticked.
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    OptionalDateEdit(const QString& checkText, const QDate& initial, QWidget* parent = nullptr);
    std::optional<QDate> date() const;
    void setDate(const std::optional<QDate>& date);
    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QCheckBox* m_check = nullptr;
    QDateEdit* m_date = nullptr;
};

// A date input as every editor shows it: ISO digits, with a calendar popup.
QDateEdit* makeDateEdit(const QDate& initial, QWidget* parent);

} // namespace mamori::ui
