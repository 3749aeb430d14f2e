#pragma once

#include "incidents/IncidentService.h"

#include <QGroupBox>

class QLabel;

namespace mamori::ui {

struct IncidentContext;

// The verdict of one regime (Rule A, APPI; Rule B, My Number Act) as the latest assessment gave
// it: reportable or not, each ground with its legal basis, and the 速報 and 確報 due dates with
// the days left. The two boxes stand side by side: the regimes are evaluated independently.
// Children are named "<prefix>Verdict", "<prefix>Grounds", "<prefix>PreliminaryDue",
// "<prefix>FinalDue".
class RegimeVerdictBox : public QGroupBox {
    Q_OBJECT

public:
    RegimeVerdictBox(mamori::Regime regime, const QString& prefix, IncidentContext& context, QWidget* parent = nullptr);
    // Null: not assessed yet. `myNumberInvolved`: the facts the verdict was made on. A report
    // `incident` already holds is shown as filed instead of with its days left.
    void setVerdict(const mamori::RegimeAssessment* verdict, bool myNumberInvolved,
                    const mamori::Incident* incident = nullptr);

private:
    QString dueText(const QDate& due, mamori::ReportKind kind, const mamori::Incident* incident) const;

    IncidentContext& m_ctx;
    mamori::Regime m_regime;
    QLabel* m_verdict;
    QLabel* m_grounds;
    QLabel* m_preliminary;
    QLabel* m_final;
    QLabel* m_notify;
};

} // namespace mamori::ui
