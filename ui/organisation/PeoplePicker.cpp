#include "organisation/PeoplePicker.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

PeoplePicker::PeoplePicker(const QList<Person>& people, const QMap<qint64, QString>& sectionNames,
                           QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("peoplePicker"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("peoplePickerFilter"));
    m_filter->setPlaceholderText(tr("Filter by number, name or section"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("peoplePickerList"));
    for (const Person& p : people) {
        const QString section = sectionNames.value(p.sectionId);
        auto* item = new QListWidgetItem(tr("%1  %2 (%3)").arg(p.staffNo, p.name, section), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, p.id);
        item->setData(kSearchRole, QStringList{p.staffNo, p.name, p.kana, section}.join(u'\n'));
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &PeoplePicker::setFilterText);
}

QList<qint64> PeoplePicker::checkedIds() const {
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(kIdRole).toLongLong());
    return ids;
}

void PeoplePicker::setCheckedIds(const QList<qint64>& ids) {
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
}

void PeoplePicker::setFilterText(const QString& text) {
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        // Ticked people stay visible: a filter must not hide what will be saved.
        item->setHidden(!needle.isEmpty() && item->checkState() != Qt::Checked &&
                        !item->data(kSearchRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

int PeoplePicker::visibleCount() const {
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

} // namespace mamori::ui
