#pragma once

#include "custody/DisposalService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mamori::ui {

// The disposal ledger as a table: one row per disposal, filled from DisposalService::list (the
// view decides the filter and does the reading, so that each read is one journaled list).
// Qt::DisplayRole is what the table shows; Qt::UserRole a value that sorts right (dates as ISO
// text, counts as numbers).
class DisposalsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ControlNo, Section, State, Item, Method, PerformedBy, Planned, Certificates, Witnesses, Attachments,
                  ColumnCount };

    explicit DisposalsModel(QObject* parent = nullptr);
    void setDisposals(const QList<mamori::Disposal>& disposals, const QHash<qint64, QString>& sectionNames);
    const mamori::Disposal& disposalAt(int row) const { return m_rows.at(row); }
    // The row of the disposal with this id, -1 when not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for the keys, shared by the editor and the CSV export.
    static QString stateText(mamori::DisposalState s);
    static QString methodText(mamori::DisposalMethod m);
    static QString itemKindText(mamori::DisposalItemKind k);
    static QString performerText(const mamori::Disposal& d);

private:
    QList<mamori::Disposal> m_rows;
    QHash<qint64, QString> m_sectionNames;
};

} // namespace mamori::ui
