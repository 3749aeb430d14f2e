#pragma once

#include "organisation/PersonService.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace mamori::ui {

// Ticks people off a list (staff number, name, section), with a box that narrows the list by
// number, name, kana or section. Used where a record names several people: the authorised
// handlers of a handling area.
class PeoplePicker : public QWidget {
    Q_OBJECT

public:
    PeoplePicker(const QList<mamori::Person>& people, const QMap<qint64, QString>& sectionNames,
                 QWidget* parent = nullptr);
    QList<qint64> checkedIds() const;
    void setCheckedIds(const QList<qint64>& ids);
    void setFilterText(const QString& text);
    // The rows shown under the current filter.
    int visibleCount() const;

private:
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace mamori::ui
