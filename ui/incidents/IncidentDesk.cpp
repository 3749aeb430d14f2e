#include "incidents/IncidentDesk.h"

#include "incidents/IncidentEditor.h"
#include "incidents/IncidentReportDialog.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "incidents/IncidentService.h"

#include <QMessageBox>

namespace mamori::ui {

namespace {
template <typename D>
D* opened(D* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
} // namespace

IncidentDesk::IncidentDesk(CaseFile& file, QObject* parent) : QObject(parent), m_file(file) {}

IncidentReportDialog* IncidentDesk::reportNew(QWidget* window) {
    auto* d = new IncidentReportDialog(m_file, window);
    connect(d, &IncidentReportDialog::reported, this, [this, window](const Incident& i) {
        Q_EMIT changed(i.id);
        confirmReported(i, window);
    });
    return opened(d);
}

void IncidentDesk::confirmReported(const Incident& i, QWidget* window) {
    // The reporter may have no screen that lists incidents: the number is what they quote.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Incident reported"),
                                tr("The incident has been recorded as %1. Tell the protection manager of the "
                                   "section at once as well, and keep anything that shows what happened.")
                                    .arg(i.incidentNo),
                                QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("incidentReportedBox"));
    opened(box);
}

IncidentEditor* IncidentDesk::openEditor(qint64 id, QWidget* window) {
    Incident incident;
    try {
        incident = IncidentService(m_file).get(m_file.session(), id);
    } catch (const Error& e) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Incidents"), e.message(), QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("incidentErrorBox"));
        opened(box);
        return nullptr;
    }
    auto* editor = new IncidentEditor(m_file, incident, window);
    connect(editor, &IncidentEditor::changed, this, &IncidentDesk::changed);
    return opened(editor);
}

} // namespace mamori::ui
