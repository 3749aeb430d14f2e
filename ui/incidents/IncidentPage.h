#pragma once

#include "common/FieldErrors.h"
#include "incidents/IncidentActions.h"

#include "incidents/IncidentService.h"

#include <QWidget>
#include <functional>

class QFormLayout;
class QTableWidget;

namespace mamori::ui {

struct IncidentContext;

// One tab of the incident editor (containment, escalation, facts, …): shows its part of the
// incident and offers the step that records it. Every change goes through IncidentService;
// the incident core returns is announced with changed(), and the editor hands it back to every
// page through setIncident(). Core's refusals appear under the input they name, else in a
// message box named "incidentErrorBox".
class IncidentPage : public QWidget {
    Q_OBJECT

public:
    IncidentPage(IncidentContext& context, QWidget* parent = nullptr);
    // Shows `incident`; `can` enables the buttons the session may use (core decides anyway).
    virtual void setIncident(const mamori::Incident& incident, const IncidentActions& can) = 0;
    // The message shown under `field` (an Error::field() name), empty when none.
    QString errorText(const QString& field) const { return m_errors.text(field); }

Q_SIGNALS:
    void changed(const mamori::Incident& incident);

protected:
    // Runs one core call; announces the incident it returns, or shows its refusal. True when
    // core accepted.
    bool apply(const std::function<mamori::Incident()>& call);
    // Adds `input` as a form row named `name`, with its error line for core's `field`.
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field, const QString& name);
    // A read-only table with these column headers, sized to its rows.
    QTableWidget* makeTable(const QStringList& headers, const QString& name);
    // Replaces the rows of `table` (cells as texts).
    static void setRows(QTableWidget* table, const QList<QStringList>& rows);

    IncidentContext& m_ctx;
    FieldErrors m_errors;
    qint64 m_id = 0;
};

} // namespace mamori::ui
