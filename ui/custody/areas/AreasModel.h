#pragma once

#include "common/SnapshotListModel.h"
#include "custody/HandlingAreaService.h"

#include <QHash>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The handling areas the session may read, filtered by section and free text (code, section,
// building, floor, room, remarks), sortable by every column.
class AreasModel : public SnapshotListModel<mamori::HandlingArea> {
    Q_OBJECT

public:
    enum Column { Code, Section, Building, Floor, Room, Layout, Remarks, ColumnCount };

    explicit AreasModel(mamori::CaseFile& file, QObject* parent = nullptr);
    int rowForId(qint64 id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<mamori::HandlingArea> readAll() override;
    bool matches(const mamori::HandlingArea& a, const ListFilter& filter) const override;
    QVariant cell(const mamori::HandlingArea& a, int column, int role) const override;

private:
    mamori::CaseFile& m_file;
    QHash<qint64, QString> m_sectionNames;
};

} // namespace mamori::ui
