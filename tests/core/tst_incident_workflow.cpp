// The incident state machine and the role table as data (IncidentWorkflow), cell by cell, and
// the escalation chains of the two presets.
#include "incidents/EscalationChain.h"
#include "incidents/IncidentWorkflow.h"

#include <QtTest>

using namespace mamori;

namespace {
// One letter per state, in allIncidentStates() order: U C E I A P X.
QChar letter(IncidentState s)
{
    return QStringLiteral("UCEIAPX").at(static_cast<int>(s));
}
} // namespace

class TestIncidentWorkflow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // For each action, over the states U C E I A P X: '-' refused, else the letter of the state
    // the action leads to.
    void transitions_data()
    {
        QTest::addColumn<IncidentAction>("action");
        QTest::addColumn<QString>("row");
        auto row = [](IncidentAction a, const char* r) {
            QTest::newRow(qPrintable(incidentActionKey(a))) << a << QString::fromLatin1(r);
        };
        row(IncidentAction::Report, "-------");
        row(IncidentAction::Contain, "CCEIAP-");
        row(IncidentAction::Escalate, "-EEIAP-");
        row(IncidentAction::RecordFacts, "--IIAP-");
        row(IncidentAction::Assess, "---AAP-");
        row(IncidentAction::FileReport, "----AP-");
        row(IncidentAction::RecordNotice, "----AP-");
        row(IncidentAction::DecidePublication, "----AP-");
        row(IncidentAction::RecordPrevention, "----PP-");
        row(IncidentAction::Close, "XXXXXX-");
    }
    void transitions()
    {
        QFETCH(IncidentAction, action);
        QFETCH(QString, row);
        QCOMPARE(row.size(), allIncidentStates().size());
        for (IncidentState s : allIncidentStates()) {
            const QChar expected = row.at(static_cast<int>(s));
            QCOMPARE(IncidentWorkflow::allows(action, s), expected != QLatin1Char('-'));
            if (expected != QLatin1Char('-'))
                QCOMPARE(letter(IncidentWorkflow::after(action, s)), expected);
        }
    }

    void reportStartsTheWorkflow()
    {
        QCOMPARE(IncidentWorkflow::after(IncidentAction::Report, IncidentState::Closed), IncidentState::UnitNotified);
    }

    // For each role, over the actions in allIncidentActions() order: A every incident, O own
    // section, - none.
    void roles_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("row");
        //                                           rep con esc fac ass rpt not pub prv clo
        QTest::newRow("EXECUTIVE_OWNER") << Role::ExecutiveOwner << QStringLiteral("A--AAAAAAA");
        QTest::newRow("PROGRAM_COORDINATOR") << Role::ProgramCoordinator << QStringLiteral("A--AAAAAAA");
        QTest::newRow("UNIT_MANAGER") << Role::UnitManager << QStringLiteral("AO-OO-O-O-");
        QTest::newRow("UNIT_ASSISTANT") << Role::UnitAssistant << QStringLiteral("A---------");
        QTest::newRow("AUDITOR") << Role::Auditor << QStringLiteral("A---------");
        QTest::newRow("HANDLER") << Role::Handler << QStringLiteral("A---------");
        QTest::newRow("STAFF") << Role::Staff << QStringLiteral("A---------");
        QTest::newRow("SYSTEM_ADMIN") << Role::SystemAdmin << QStringLiteral("A---------");
    }
    void roles()
    {
        QFETCH(Role, role);
        QFETCH(QString, row);
        const QList<IncidentAction> actions = allIncidentActions();
        QCOMPARE(row.size(), actions.size());
        for (int i = 0; i < actions.size(); ++i) {
            const IncidentWorkflow::Reach reach = IncidentWorkflow::reach(role, actions[i]);
            const QChar got = reach == IncidentWorkflow::Reach::All          ? QLatin1Char('A')
                              : reach == IncidentWorkflow::Reach::OwnSection ? QLatin1Char('O')
                                                                              : QLatin1Char('-');
            QVERIFY2(got == row.at(i), qPrintable(incidentActionKey(actions[i])));
        }
    }

    void keysRoundTrip()
    {
        for (IncidentState s : allIncidentStates())
            QCOMPARE(incidentStateFromKey(incidentStateKey(s)), s);
        QVERIFY(!incidentStateFromKey(QStringLiteral("OPEN")));
        for (ContactMethod m : allContactMethods())
            QCOMPARE(contactMethodFromKey(contactMethodKey(m)), m);
    }

    void chains_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("shiraoka") << QStringLiteral("shiraoka")
                                  << QStringList{QStringLiteral("EXECUTIVE_OWNER"), QStringLiteral("ORG_HEAD")}
                                  << QStringList{QStringLiteral("総括保護管理者"), QStringLiteral("市長")};
        QTest::newRow("muko") << QStringLiteral("muko")
                              << QStringList{QStringLiteral("PROGRAM_COORDINATOR"), QStringLiteral("EXECUTIVE_OWNER"),
                                             QStringLiteral("ORG_HEAD")}
                              << QStringList{QStringLiteral("総括責任者"), QStringLiteral("最高総括責任者"), QStringLiteral("市長")};
    }
    void chains()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, recipients);
        QFETCH(QStringList, titles);
        const QList<EscalationTarget> chain = EscalationChain::forPreset(preset);
        QStringList gotRecipients, gotTitles;
        for (const EscalationTarget& t : chain) {
            gotRecipients << t.recipient;
            gotTitles << t.title;
        }
        QCOMPARE(gotRecipients, recipients);
        QCOMPARE(gotTitles, titles);
        // Step 1 is the unit manager's; each later step belongs to the previous recipient.
        QCOMPARE(EscalationChain::senderOf(chain, 1), Role::UnitManager);
        for (int step = 2; step <= chain.size(); ++step)
            QCOMPARE(EscalationChain::senderOf(chain, step), *chain.at(step - 2).role);
    }

    void chainUsesTheCitysTitles()
    {
        const QList<EscalationTarget> chain =
            EscalationChain::forPreset(QStringLiteral("shiraoka"), {{Role::ExecutiveOwner, QStringLiteral("副市長")}});
        QCOMPARE(chain.constFirst().title, QStringLiteral("副市長"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentWorkflow)
#include "tst_incident_workflow.moc"
