#pragma once

#include "common/SnapshotListModel.h"
#include "custody/PersonalInfoFileService.h"

#include <QDate>
#include <QHash>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The personal-information file register (個人情報ファイル簿) as the session may read it,
// filtered by section, free text and "overdue only" (files with an access right whose review
// is overdue), sortable by every column. Files with overdue reviews are shown in red.
class FilesModel : public SnapshotListModel<mamori::PersonalInfoFile> {
    Q_OBJECT

public:
    enum Column {
        FileNo, Name, Section, FileType, Persons, Sensitive, MyNumber, HandlingArea, Foreign,
        Publication, OverdueReviews, ColumnCount
    };
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit FilesModel(mamori::CaseFile& file, QObject* parent = nullptr);
    int rowForId(qint64 id) const;
    int overdueReviews(qint64 fileId) const { return m_overdue.value(fileId); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QList<mamori::PersonalInfoFile> readAll() override;
    bool matches(const mamori::PersonalInfoFile& f, const ListFilter& filter) const override;
    QVariant cell(const mamori::PersonalInfoFile& f, int column, int role) const override;
    QVariant sortKey(const mamori::PersonalInfoFile& f, int column) const override;

private:
    mamori::CaseFile& m_file;
    QHash<qint64, QString> m_sectionNames;
    QHash<qint64, QString> m_areaCodes;
    QHash<qint64, int> m_overdue; // file id → overdue access reviews
};

} // namespace mamori::ui
