#pragma once

#include "incidents/IncidentService.h"

#include <QDate>
#include <QPair>
#include <QString>

namespace mamori::ui {

// The words the incident screens use for core's keys (states, kinds of leak, media, contact
// methods, regimes, reports, notices, publication, measures), in one place so that the list,
// the report dialog and the editor agree.
class IncidentLabels {
public:
    static QString state(mamori::IncidentState s);
    static QString leakType(mamori::LeakType t);
    static QString medium(mamori::LeakMedium m);
    static QString contactMethod(mamori::ContactMethod m);
    // The regime's law as officers name it (個人情報保護法 / 番号法).
    static QString regime(mamori::Regime r);
    static QString reportKind(mamori::ReportKind k);
    static QString noticeKind(mamori::NoticeKind k);
    static QString publicationDecision(mamori::PublicationDecision d);
    static QString measureStatus(mamori::MeasureStatus s);
    // The state filter's choices as (key, label), in workflow order.
    static QList<QPair<QString, QString>> stateChoices();
    // "… (3 days left)", "… (due today)", "… (2 days overdue)" after `dueText`.
    static QString withDaysLeft(const QString& dueText, const QDate& due, const QDate& today);
};

} // namespace mamori::ui
