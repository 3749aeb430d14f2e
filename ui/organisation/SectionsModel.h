#pragma once

#include "organisation/SectionService.h"

#include <QAbstractTableModel>
#include <QList>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The sections (課) of the case file, ordered by code. Section names are organisation data,
// not personal data, so listing them is not journaled.
class SectionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, ColumnCount };
    static constexpr int SectionIdRole = Qt::UserRole + 1;

    explicit SectionsModel(mamori::CaseFile& file, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const mamori::Section& section(int row) const { return m_sections.at(row); }
    // -1 when no row has that id.
    int rowForId(qint64 id) const;

private:
    mamori::CaseFile& m_file;
    QList<mamori::Section> m_sections;
};

} // namespace mamori::ui
