#include "lists/PagedTableModel.h"

namespace mamori::ui {

bool PagedModelBase::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void PagedModelBase::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_loading || m_atEnd)
        return;
    m_loading = true;
    appendNextPage(false);
    m_loading = false;
}

bool PagedModelBase::isSortable(int column) const {
    return column >= 0 && column < columnCount();
}

void PagedModelBase::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedModelBase::reload() {
    // The first page is read inside the reset, and nothing is fetched until the reset's
    // signals are through, so listeners never see an insertion nested in a reset.
    m_loading = true;
    beginResetModel();
    resetRows();
    m_atEnd = false;
    m_total = -1;
    if (!guarded([this] { m_total = readCount(); }))
        m_total = -1;
    if (!m_atEnd)
        appendNextPage(true);
    endResetModel();
    m_loading = false;
    Q_EMIT reloaded(m_total);
}

bool PagedModelBase::guarded(const std::function<void()>& read) {
    try {
        read();
        return true;
    } catch (const mamori::Error& e) {
        m_atEnd = true;
        Q_EMIT loadFailed(e.message());
        return false;
    }
}

QStringList PagedModelBase::exportHeader() const {
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return header;
}

} // namespace mamori::ui
