#pragma once

#include "custody/PersonalInfoFileService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace mamori::ui {

// Access rights to personal-information files: who, which operations, granted by whom and
// when, and when the right is next reviewed. A right whose review date has passed is overdue
// and shown in red; the list can be narrowed to the overdue ones.
class AccessRightsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Person, Operations, GrantedBy, GrantedOn, ReviewDue, Status, ColumnCount };
    static constexpr int RightIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    struct Names {
        QHash<qint64, QString> people;   // person id → "staff no  name"
        QHash<qint64, QString> accounts; // account id → name
        QHash<qint64, QString> files;    // file id → "file no  name"
    };

    explicit AccessRightsModel(QObject* parent = nullptr);
    void setRights(const QList<mamori::FileAccessRight>& rights, const Names& names,
                   const QDate& today);
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }
    int overdueCount() const;
    const mamori::FileAccessRight& right(int row) const { return m_shown.at(row); }

    // "閲覧、印刷": the operations as the screen and forms name them.
    static QString operationsText(const QStringList& operations);
    static QString operationLabel(const QString& operation);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QString statusText(const mamori::FileAccessRight& r) const;

    QList<mamori::FileAccessRight> m_all;
    QList<mamori::FileAccessRight> m_shown;
    Names m_names;
    QDate m_today;
    bool m_overdueOnly = false;
};

} // namespace mamori::ui
