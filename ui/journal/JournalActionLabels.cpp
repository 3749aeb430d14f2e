#include "journal/JournalActionLabels.h"

#include "journal/JournalEntry.h"

namespace mamori::ui {

QString JournalActionLabels::label(const QString& action) {
    if (action == JournalAction::Create)
        return tr("Create");
    if (action == JournalAction::Update)
        return tr("Update");
    if (action == JournalAction::Delete)
        return tr("Delete");
    if (action == JournalAction::View)
        return tr("View");
    if (action == JournalAction::Export)
        return tr("Export");
    if (action == JournalAction::Print)
        return tr("Print");
    if (action == JournalAction::Open)
        return tr("Open");
    if (action == JournalAction::Close)
        return tr("Close");
    if (action == JournalAction::Denied)
        return tr("Denied");
    if (action == JournalAction::Verify)
        return tr("Verify");
    if (action == JournalAction::Backup)
        return tr("Backup");
    return action;
}

QStringList JournalActionLabels::knownActions() {
    return {JournalAction::Create, JournalAction::Update, JournalAction::Delete,
            JournalAction::View,   JournalAction::Export, JournalAction::Print,
            JournalAction::Open,   JournalAction::Close,  JournalAction::Denied,
            JournalAction::Verify, JournalAction::Backup};
}

} // namespace mamori::ui
