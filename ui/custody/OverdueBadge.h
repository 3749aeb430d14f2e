#pragma once

#include <QDate>
#include <QObject>

class QTimer;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// The number of overdue carry-outs the session can see, for the navigation entry ("持出し (3)").
// Overdue is derived from the clock (CarryOutService), so besides refresh() after every change
// the badge re-counts when the local date changes; it looks every minute (cheap: an indexed
// COUNT). Zero when the session reads no carry-out.
class OverdueBadge : public QObject {
    Q_OBJECT

public:
    explicit OverdueBadge(mamori::CaseFile& file, QObject* parent = nullptr);

    qint64 count() const { return m_count; }
    // `title` with the count appended when there is one: "Carry-outs (3)".
    QString decorate(const QString& title) const;

public Q_SLOTS:
    void refresh();
    // Re-counts when the date differs from the last count's (the timer's slot).
    void checkDate();

Q_SIGNALS:
    void changed(qint64 count);

private:
    mamori::CaseFile& m_file;
    QTimer* m_timer;
    QDate m_countedOn;
    qint64 m_count = 0;
};

} // namespace mamori::ui
