#pragma once

#include "common/SnapshotListModel.h"
#include "organisation/PersonService.h"

#include <QHash>
#include <optional>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The people (staff records) the session may read, filtered by section, employment type and
// free text (staff number, name, kana, e-mail, section), sortable by every column.
class PeopleModel : public SnapshotListModel<mamori::Person> {
    Q_OBJECT

public:
    enum Column { StaffNo, Name, Kana, Section, Employment, Email, Status, ColumnCount };

    explicit PeopleModel(mamori::CaseFile& file, QObject* parent = nullptr);
    void setEmployment(std::optional<mamori::EmploymentType> type);
    // -1 when no loaded row has that id.
    int rowForId(qint64 id) const;
    // False when the session may read no staff record at all (the list is then empty).
    bool readable() const { return m_readable; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<mamori::Person> readAll() override;
    bool matches(const mamori::Person& p, const ListFilter& filter) const override;
    QVariant cell(const mamori::Person& p, int column, int role) const override;

private:
    mamori::CaseFile& m_file;
    std::optional<mamori::EmploymentType> m_employment;
    QHash<qint64, QString> m_sectionNames;
    bool m_readable = true;
};

} // namespace mamori::ui
