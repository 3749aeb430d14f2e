#pragma once

#include "organisation/RosterCsv.h"

#include <QAbstractTableModel>
#include <QList>

namespace mamori::ui {

// The rows of a roster file as the import would take them, in file order: the valid rows with
// what will happen to each (new person, update, new section) and the refused ones with their
// line number and reason, shown in red.
class RosterPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The outcome last: a refused row's reason is long, and the valid rows' cells come first.
    enum Column { Line, StaffNo, Name, Kana, Section, Employment, Email, Result, ColumnCount };
    enum class Outcome { Create, Update, Refused };
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    struct Entry {
        int line = 0;
        Outcome outcome = Outcome::Create;
        bool newSection = false;
        mamori::RosterRow row;  // empty for a refused row
        QString reason;         // for a refused row
        QString field;          // the column refused, if known
    };

    explicit RosterPreviewModel(QObject* parent = nullptr);
    void setEntries(QList<Entry> entries);
    void clear();
    const Entry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString resultText(const Entry& e) const;
    QList<Entry> m_entries;
};

} // namespace mamori::ui
