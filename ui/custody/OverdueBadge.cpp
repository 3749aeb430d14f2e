#include "custody/OverdueBadge.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"

#include <QTimer>

namespace mamori::ui {

OverdueBadge::OverdueBadge(CaseFile& file, QObject* parent) : QObject(parent), m_file(file) {
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &OverdueBadge::checkDate);
    m_timer->start();
    refresh();
}

QString OverdueBadge::decorate(const QString& title) const {
    return m_count > 0 ? tr("%1 (%2 overdue)").arg(title).arg(m_count) : title;
}

void OverdueBadge::refresh() {
    m_countedOn = m_file.clock().now().toLocalTime().date();
    qint64 n = 0;
    if (!m_file.session().scope(Permission::ReadPersonalData).isEmpty()) {
        CarryOutFilter overdue;
        overdue.overdueOnly = true;
        try {
            n = m_file.carryOuts().count(m_file.session(), overdue);
        } catch (const Error&) {
            n = 0; // a badge never interrupts: the list shows the error when opened
        }
    }
    if (n != m_count) {
        m_count = n;
        Q_EMIT changed(n);
    }
}

void OverdueBadge::checkDate() {
    if (m_file.clock().now().toLocalTime().date() != m_countedOn)
        refresh();
}

} // namespace mamori::ui
