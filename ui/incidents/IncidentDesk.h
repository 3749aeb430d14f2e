#pragma once

#include <QObject>

class QWidget;

namespace mamori {
class CaseFile;
struct Incident;
}

namespace mamori::ui {

class IncidentEditor;
class IncidentReportDialog;

// Where the incident screens start: the report dialog (from the list's toolbar and from the
// main window's menu, which every officer has) and the editor of one incident. Each window
// opens window-modal over `window` with open() (never exec(), so auto-lock can close it), and
// every change is announced with changed(), which the list listens to. One instance per main
// window. Core errors in opening an incident appear in a message box named "incidentErrorBox".
class IncidentDesk : public QObject {
    Q_OBJECT

public:
    explicit IncidentDesk(mamori::CaseFile& file, QObject* parent = nullptr);

    IncidentReportDialog* reportNew(QWidget* window);
    // Reads the incident (a journaled view); nullptr and a message box when core refuses.
    IncidentEditor* openEditor(qint64 id, QWidget* window);

Q_SIGNALS:
    void changed(qint64 id);

private:
    void confirmReported(const mamori::Incident& incident, QWidget* window);
    mamori::CaseFile& m_file;
};

} // namespace mamori::ui
