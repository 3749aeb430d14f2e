#include "organisation/PeopleModel.h"

#include "casefile/CaseFile.h"
#include "organisation/SectionService.h"

#include <QBrush>
#include <QPalette>

namespace mamori::ui {

PeopleModel::PeopleModel(CaseFile& file, QObject* parent)
    : SnapshotListModel<Person>(parent), m_file(file) {
    reload();
}

void PeopleModel::setEmployment(std::optional<EmploymentType> type) {
    m_employment = type;
    reload();
}

QList<Person> PeopleModel::readAll() {
    m_sectionNames.clear();
    for (const mamori::Section& s : m_file.sections().list())
        m_sectionNames.insert(s.id, s.name);
    // An administrator manages the organisation without reading personal data: show an empty
    // list rather than asking core for a read it would refuse (and journal as refused).
    m_readable = !m_file.session().scope(Permission::ReadPersonalData).isEmpty();
    if (!m_readable)
        return {};
    // The section filter goes to core, which then reads (and journals) that section only.
    return m_file.people().list(m_file.session(), filter().sectionId);
}

bool PeopleModel::matches(const Person& p, const ListFilter& f) const {
    if (f.sectionId && p.sectionId != *f.sectionId)
        return false;
    if (m_employment && p.employment != *m_employment)
        return false;
    return textMatches(f.text, {p.staffNo, p.name, p.kana, p.email, m_sectionNames.value(p.sectionId)});
}

QVariant PeopleModel::cell(const Person& p, int column, int role) const {
    if (role == Qt::UserRole)
        return p.id;
    if (role == Qt::ForegroundRole)
        return p.active ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    if (role == ExportRole && column == Employment)
        return employmentKey(p.employment);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportRole)
        return {};
    switch (column) {
    case StaffNo:
        return p.staffNo;
    case Name:
        return p.name;
    case Kana:
        return p.kana;
    case Section:
        return m_sectionNames.value(p.sectionId);
    case Employment:
        return employmentLabel(p.employment);
    case Email:
        return p.email;
    case Status:
        return p.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

int PeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotListModel<Person>::headerData(section, orientation, role);
    switch (section) {
    case StaffNo:
        return tr("Staff number");
    case Name:
        return tr("Name");
    case Kana:
        return tr("Kana");
    case Section:
        return tr("Section");
    case Employment:
        return tr("Employment");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

int PeopleModel::rowForId(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i)
        if (row(i).id == id)
            return i;
    return -1;
}

} // namespace mamori::ui
