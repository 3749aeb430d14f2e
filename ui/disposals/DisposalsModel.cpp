#include "disposals/DisposalsModel.h"

namespace mamori::ui {

DisposalsModel::DisposalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DisposalsModel::setDisposals(const QList<Disposal>& disposals, const QHash<qint64, QString>& sectionNames) {
    beginResetModel();
    m_rows = disposals;
    m_sectionNames = sectionNames;
    endResetModel();
}

int DisposalsModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int DisposalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DisposalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisposalsModel::stateText(DisposalState s) {
    switch (s) {
    case DisposalState::Planned: return tr("Planned");
    case DisposalState::Approved: return tr("Approved");
    case DisposalState::ExecutedInHouse: return tr("Destroyed in-house");
    case DisposalState::HandedToContractor: return tr("Handed to contractor");
    case DisposalState::Witnessed: return tr("Witnessed");
    case DisposalState::CertificateReceived: return tr("Certificate received");
    case DisposalState::Verified: return tr("Verified");
    case DisposalState::Recorded: return tr("Recorded");
    case DisposalState::Cancelled: break;
    }
    return tr("Cancelled");
}

QString DisposalsModel::methodText(DisposalMethod m) {
    switch (m) {
    case DisposalMethod::Shredding: return tr("Shredding");
    case DisposalMethod::Dissolution: return tr("Dissolution");
    case DisposalMethod::Incineration: return tr("Incineration");
    case DisposalMethod::PhysicalDestruction: return tr("Physical destruction");
    case DisposalMethod::Degaussing: return tr("Degaussing");
    case DisposalMethod::Overwrite: break;
    }
    return tr("Overwrite");
}

QString DisposalsModel::itemKindText(DisposalItemKind k) {
    switch (k) {
    case DisposalItemKind::Documents: return tr("Documents");
    case DisposalItemKind::Media: return tr("Media");
    case DisposalItemKind::BuiltInDisk: break;
    }
    return tr("Built-in disk");
}

QString DisposalsModel::performerText(const Disposal& d) {
    if (d.performer == DisposalPerformer::InHouse)
        return tr("In-house");
    return d.subcontractTier && *d.subcontractTier > 1
               ? tr("%1 (subcontract tier %2)").arg(d.contractorName).arg(*d.subcontractTier)
               : d.contractorName;
}

QVariant DisposalsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const Disposal& d = m_rows.at(index.row());
    qsizetype attachments = d.attachments.size();
    for (const DisposalCertificate& c : d.certificates)
        attachments += c.attachments.size();
    const bool sort = role == Qt::UserRole;
    switch (index.column()) {
    case ControlNo: return d.controlNo;
    case Section: return m_sectionNames.value(d.sectionId);
    case State: return sort ? QVariant(static_cast<int>(d.state)) : QVariant(stateText(d.state));
    case Item: return itemKindText(d.itemKind);
    case Method: return methodText(d.method);
    case PerformedBy: return performerText(d);
    case Planned: return d.plannedOn.toString(Qt::ISODate);
    case Certificates: return static_cast<int>(d.certificates.size());
    case Witnesses: return static_cast<int>(d.witnesses.size());
    case Attachments: return static_cast<int>(attachments);
    default: break;
    }
    return {};
}

QVariant DisposalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ControlNo: return tr("Control no.");
    case Section: return tr("Section");
    case State: return tr("State");
    case Item: return tr("Item");
    case Method: return tr("Method");
    case PerformedBy: return tr("Performed by");
    case Planned: return tr("Planned on");
    case Certificates: return tr("Certificates");
    case Witnesses: return tr("Witnesses");
    case Attachments: return tr("Attachments");
    default: break;
    }
    return {};
}

} // namespace mamori::ui
