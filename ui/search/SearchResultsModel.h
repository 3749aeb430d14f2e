#pragma once

#include "search/SearchService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mamori::ui {

// The hits of one search as the result list shows them: what kind of record, its title and
// the section it belongs to. The hits come from SearchService already limited to the sections
// the session may read, so the model only holds and labels them; it reads nothing itself.
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Title, Section, ColumnCount };

    explicit SearchResultsModel(QObject* parent = nullptr);

    // `sectionNames` maps section ids to the names shown; an unknown id shows empty.
    void setHits(const QList<mamori::SearchHit>& hits, const QHash<qint64, QString>& sectionNames);
    void clear();
    const mamori::SearchHit& hit(int row) const { return m_hits.at(row); }
    // What a kind of record is called in the list, e.g. "person" → "Person" (人).
    static QString kindText(const QString& entity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<mamori::SearchHit> m_hits;
    QHash<qint64, QString> m_sectionNames;
};

} // namespace mamori::ui
