#pragma once

#include "journal/JournalEntry.h"
#include "settings/CaseSettings.h"

#include <QAbstractTableModel>
#include <QList>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The journal, newest first, loaded 200 entries at a time by keyset paging (seq < last seen):
// opening a journal of a million entries reads one page, never the whole table and never a
// count over it. Views pull further pages through canFetchMore()/fetchMore() as they scroll.
//
// Shows nothing unless the case file's session may view the journal (core enforces the same
// on every other path).
class JournalModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Seq, At, Login, Action, Entity, EntityId, Summary, ColumnCount };
    static constexpr int kPageSize = 200;
    // The entry's seq, for any column.
    static constexpr int SeqRole = Qt::UserRole + 1;

    explicit JournalModel(mamori::CaseFile& file, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Starts over with `filter`: drops the loaded rows and loads the first page.
    void setFilter(const mamori::JournalFilter& filter);
    const mamori::JournalFilter& filter() const { return m_filter; }
    // Re-reads from the newest entry with the same filter (after entries were appended).
    void reload();
    const mamori::JournalEntry& entry(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    // Reading a page failed (e.g. the disk went away); the model stops fetching.
    void loadFailed(const QString& message);

private:
    // The next page after the loaded rows; sets m_atEnd. Emits loadFailed instead of throwing.
    QList<mamori::JournalEntry> readPage();
    void loadPage();

    mamori::CaseFile& m_file;
    mamori::DateStyle m_dateStyle;
    mamori::JournalFilter m_filter;
    QList<mamori::JournalEntry> m_rows;
    bool m_atEnd = false;
    bool m_loading = false; // a view or tester may ask for more from inside our own signals
};

} // namespace mamori::ui
