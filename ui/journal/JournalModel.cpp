#include "journal/JournalModel.h"

#include "journal/JournalActionLabels.h"

#include "accounts/Permission.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "dates/JapaneseDate.h"
#include "journal/Journal.h"

namespace mamori::ui {

JournalModel::JournalModel(CaseFile& file, QObject* parent)
    : QAbstractTableModel(parent), m_file(file), m_dateStyle(file.settings().dateStyle()) {
    // The first page is read here so that a view shows it on its first paint.
    m_rows = readPage();
}

int JournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_rows.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq:
        return role == Qt::DisplayRole ? QVariant(e.seq) : QVariant();
    // Formatted on demand: only the visible rows pay for ICU's calendar.
    case At:
        return JapaneseDate::formatDateTime(e.at, m_dateStyle);
    case Login:
        return e.login;
    case Action:
        return role == Qt::ToolTipRole ? e.action : JournalActionLabels::label(e.action);
    case Entity:
        return e.entity;
    case EntityId:
        return e.entityId;
    case Summary:
        return e.summary;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case At:
        return tr("Date and time");
    case Login:
        return tr("Login");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record type");
    case EntityId:
        return tr("Record ID");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void JournalModel::fetchMore(const QModelIndex& parent) {
    if (!parent.isValid())
        loadPage();
}

QList<JournalEntry> JournalModel::readPage() {
    if (m_atEnd)
        return {};
    if (!m_file.session().can(Permission::ViewJournal)) {
        m_atEnd = true;
        return {};
    }
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    QList<JournalEntry> page;
    try {
        page = m_file.journal().page(m_filter, before, kPageSize);
    } catch (const Error& e) {
        // fetchMore runs from the view's layout code: report, do not throw through Qt.
        m_atEnd = true;
        Q_EMIT loadFailed(e.message());
        return {};
    }
    m_atEnd = page.size() < kPageSize;
    return page;
}

void JournalModel::loadPage() {
    if (m_loading)
        return;
    m_loading = true;
    const QList<JournalEntry> page = readPage();
    if (!page.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    m_loading = false;
}

void JournalModel::setFilter(const JournalFilter& filter) {
    m_filter = filter;
    reload();
}

void JournalModel::reload() {
    // The first page is read inside the reset, and nothing is fetched until the reset's
    // signals are through, so listeners never see an insertion nested in a reset.
    m_loading = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_dateStyle = m_file.settings().dateStyle();
    m_rows = readPage();
    endResetModel();
    m_loading = false;
}

} // namespace mamori::ui
