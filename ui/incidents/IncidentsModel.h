#pragma once

#include "common/SnapshotListModel.h"
#include "incidents/IncidentService.h"
#include "settings/CaseSettings.h"

#include <QHash>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The 漏えい等事案 list as the session may read it (IncidentService::list, one journaled read per
// reload), filtered by state, section, free text and "open only", sortable by every column.
// The next PPC report due is shown with its days left, in red when two days or fewer remain.
class IncidentsModel : public SnapshotListModel<mamori::Incident> {
    Q_OBJECT

public:
    enum Column { IncidentNo, Section, State, AwareAt, Summary, Reportable, NextDeadline, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    // Days until the next PPC report is due (negative when overdue); invalid when none is due.
    static constexpr int DaysLeftRole = Qt::UserRole + 2;
    // Red from this many days left down (issue 4: "red when ≤ 2").
    static constexpr int kUrgentDays = 2;

    explicit IncidentsModel(mamori::CaseFile& file, QObject* parent = nullptr);
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }
    int rowForId(qint64 id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the "Reportable" column says for an incident (shared with the editor's header).
    static QString reportableText(const mamori::Incident& incident);

protected:
    QList<mamori::Incident> readAll() override;
    bool matches(const mamori::Incident& i, const ListFilter& filter) const override;
    QVariant cell(const mamori::Incident& i, int column, int role) const override;
    QVariant sortKey(const mamori::Incident& i, int column) const override;

private:
    std::optional<int> daysLeft(const mamori::Incident& i) const;

    mamori::CaseFile& m_file;
    mamori::DateStyle m_dateStyle;
    QHash<qint64, QString> m_sectionNames;
    QDate m_today;
    bool m_openOnly = true;
};

} // namespace mamori::ui
