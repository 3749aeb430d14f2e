#include "custody/files/FilesModel.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/HandlingAreaService.h"
#include "organisation/SectionService.h"

#include <QBrush>
#include <QColor>

namespace mamori::ui {

FilesModel::FilesModel(CaseFile& file, QObject* parent)
    : SnapshotListModel<PersonalInfoFile>(parent), m_file(file) {
    reload();
}

QList<PersonalInfoFile> FilesModel::readAll() {
    const Session& s = m_file.session();
    m_sectionNames.clear();
    for (const mamori::Section& sec : m_file.sections().list())
        m_sectionNames.insert(sec.id, sec.name);
    QList<PersonalInfoFile> files = m_file.files().list(s, filter().sectionId);
    m_areaCodes.clear();
    m_overdue.clear();
    try {
        for (const mamori::HandlingArea& a : m_file.areas().list(s))
            m_areaCodes.insert(a.id, a.areaCode);
    } catch (const Error&) {
        // Areas of sections the actor may not read stay unnamed (shown by id).
    }
    for (const FileAccessRight& r :
         m_file.files().overdueReviews(s, m_file.clock().now().toLocalTime().date()))
        m_overdue[r.fileId] += 1;
    return files;
}

bool FilesModel::matches(const PersonalInfoFile& f, const ListFilter& flt) const {
    if (flt.sectionId && f.sectionId != *flt.sectionId)
        return false;
    if (flt.overdueOnly && m_overdue.value(f.id) == 0)
        return false;
    return textMatches(flt.text, {f.fileNo, f.name, m_sectionNames.value(f.sectionId), f.purpose,
                                  f.recordItems, f.storageMedia, f.foreignLocation});
}

QVariant FilesModel::sortKey(const PersonalInfoFile& f, int column) const {
    if (column == Persons)
        return f.personCount;
    if (column == OverdueReviews)
        return m_overdue.value(f.id);
    return SnapshotListModel<PersonalInfoFile>::sortKey(f, column);
}

QVariant FilesModel::cell(const PersonalInfoFile& f, int column, int role) const {
    const int overdue = m_overdue.value(f.id);
    if (role == Qt::UserRole)
        return f.id;
    if (role == OverdueRole)
        return overdue > 0;
    if (role == Qt::ForegroundRole)
        return overdue > 0 ? QVariant(QBrush(QColor(160, 0, 0))) : QVariant();
    if (role == Qt::BackgroundRole)
        return overdue > 0 && column == OverdueReviews ? QVariant(QBrush(QColor(255, 228, 225)))
                                                       : QVariant();
    if (role == Qt::TextAlignmentRole && (column == Persons || column == OverdueReviews))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ExportRole) {
        switch (column) {
        case FileType:
            return piFileTypeKey(f.fileType);
        case Persons:
            return QString::number(f.personCount);
        case Sensitive:
            return f.containsSensitive ? QStringLiteral("1") : QStringLiteral("0");
        case MyNumber:
            return f.containsMyNumber ? QStringLiteral("1") : QStringLiteral("0");
        case Publication:
            return f.needsPublication() ? QStringLiteral("1") : QStringLiteral("0");
        case OverdueReviews:
            return QString::number(overdue);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ExportRole)
        return {};
    switch (column) {
    case FileNo:
        return f.fileNo;
    case Name:
        return f.name;
    case Section:
        return m_sectionNames.value(f.sectionId);
    case FileType:
        return piFileTypeLabel(f.fileType);
    case Persons:
        return QLocale().toString(f.personCount);
    case Sensitive:
        return f.containsSensitive ? tr("Yes") : QString();
    case MyNumber:
        return f.containsMyNumber ? tr("Yes") : QString();
    case HandlingArea:
        return f.handlingAreaId ? m_areaCodes.value(*f.handlingAreaId, QString::number(*f.handlingAreaId))
                                : QString();
    case Foreign:
        return f.foreignLocation;
    case Publication:
        return f.needsPublication() ? tr("Required") : QString();
    case OverdueReviews:
        return overdue > 0 ? QVariant(overdue) : QVariant(QString());
    default:
        return {};
    }
}

int FilesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotListModel<PersonalInfoFile>::headerData(section, orientation, role);
    switch (section) {
    case FileNo:
        return tr("File number");
    case Name:
        return tr("File name");
    case Section:
        return tr("Section");
    case FileType:
        return tr("Type");
    case Persons:
        return tr("Persons");
    case Sensitive:
        return tr("Sensitive");
    case MyNumber:
        return tr("My Number");
    case HandlingArea:
        return tr("Handling area");
    case Foreign:
        return tr("Foreign / cloud");
    case Publication:
        return tr("Publication");
    case OverdueReviews:
        return tr("Overdue reviews");
    default:
        return {};
    }
}

int FilesModel::rowForId(qint64 id) const {
    for (int i = 0; i < rowCount(); ++i)
        if (row(i).id == id)
            return i;
    return -1;
}

} // namespace mamori::ui
