// People, role assignments and designated handlers: validation, permissions and the journal.
#include "TestCase.h"

#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
Person person(const QString& staffNo, qint64 section, EmploymentType type = EmploymentType::Regular)
{
    Person p;
    p.staffNo = staffNo;
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = section;
    p.employment = type;
    return p;
}

template <typename F>
ErrorCode errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

template <typename F>
QString fieldOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.field();
    }
    return QStringLiteral("<no error>");
}
} // namespace

class TestPeople : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void employmentWords()
    {
        QCOMPARE(allEmploymentTypes().size(), 4);
        for (EmploymentType t : allEmploymentTypes()) {
            QCOMPARE(employmentFromKey(employmentKey(t)), t);
            QCOMPARE(employmentFromCsvWord(employmentLabel(t)), t);
        }
        QCOMPARE(employmentLabel(EmploymentType::Dispatched), QStringLiteral("派遣"));
        QCOMPARE(employmentFromCsvWord(QStringLiteral(" fiscal_year ")), EmploymentType::FiscalYear);
        QVERIFY(!employmentFromCsvWord(QStringLiteral("契約")));
    }
    void addUpdateGetDeactivate()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        PersonService& people = tc.file().people();
        Person p = people.add(tc.admin(), person(QStringLiteral("P001"), section, EmploymentType::Dispatched));
        QVERIFY(p.id > 0);
        QCOMPARE(errorOf([&] { people.add(tc.admin(), person(QStringLiteral("P001"), section)); }), ErrorCode::AlreadyExists);

        p.sectionId = other;
        p.email = QStringLiteral("hanako@example.jp");
        people.update(tc.admin(), p);
        const JournalEntry updated = tc.file().journal().page(JournalFilter{}, 0, 1).first();
        QCOMPARE(updated.entity, QStringLiteral("person"));
        QCOMPARE(updated.summary, QStringLiteral("changed section, email"));

        tc.file().settings().set(tc.admin(), CaseSetting::AdminReadsPersonalData, true);
        tc.file().refreshSession();
        const Person read = people.get(tc.admin(), p.id);
        QCOMPARE(read.sectionId, other);
        QCOMPARE(read.employment, EmploymentType::Dispatched);
        QCOMPARE(read.email, QStringLiteral("hanako@example.jp"));
        QCOMPARE(tc.file().journal().page(JournalFilter{}, 0, 1).first().action, JournalAction::View);

        people.linkAccount(tc.admin(), p.id, tc.admin().accountId());
        QCOMPARE(fieldOf([&] { people.linkAccount(tc.admin(), p.id, 999); }), QStringLiteral("account"));
        Person edited = people.get(tc.admin(), p.id);
        QCOMPARE(edited.accountId, std::optional<qint64>(tc.admin().accountId()));
        edited.accountId.reset();
        edited.kana = QStringLiteral("シケン ハナ");
        people.update(tc.admin(), edited); // update leaves the account link alone
        QCOMPARE(people.get(tc.admin(), p.id).accountId, std::optional<qint64>(tc.admin().accountId()));

        people.deactivate(tc.admin(), p.id);
        QVERIFY(!people.get(tc.admin(), p.id).active);
        for (const JournalEntry& e : tc.file().journal().page(JournalFilter{}, 0, 100))
            QVERIFY2(!e.summary.contains(QStringLiteral("花子")), qPrintable(e.summary));
    }
    void validation_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kana");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("badSection");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty staff number") << QString() << QStringLiteral("a") << QStringLiteral("ア") << QString() << false << QStringLiteral("staff_no");
        QTest::newRow("staff number with space") << QStringLiteral("A 1") << QStringLiteral("a") << QStringLiteral("ア") << QString() << false << QStringLiteral("staff_no");
        QTest::newRow("empty name") << QStringLiteral("A1") << QStringLiteral(" ") << QStringLiteral("ア") << QString() << false << QStringLiteral("name");
        QTest::newRow("long name") << QStringLiteral("A1") << QString(101, u'名') << QStringLiteral("ア") << QString() << false << QStringLiteral("name");
        QTest::newRow("empty kana") << QStringLiteral("A1") << QStringLiteral("a") << QString() << QString() << false << QStringLiteral("kana");
        QTest::newRow("bad email") << QStringLiteral("A1") << QStringLiteral("a") << QStringLiteral("ア") << QStringLiteral("a@b") << false << QStringLiteral("email");
        QTest::newRow("no section") << QStringLiteral("A1") << QStringLiteral("a") << QStringLiteral("ア") << QString() << true << QStringLiteral("section");
    }
    void validation()
    {
        QFETCH(QString, staffNo);
        QFETCH(QString, name);
        QFETCH(QString, kana);
        QFETCH(QString, email);
        QFETCH(bool, badSection);
        QFETCH(QString, field);
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        Person p = person(staffNo, badSection ? section + 99 : section);
        p.name = name;
        p.kana = kana;
        p.email = email;
        QCOMPARE(fieldOf([&] { tc.file().people().add(tc.admin(), p); }), field);
        Statement s = tc.file().db().prepare("SELECT COUNT(*) FROM people");
        QVERIFY(s.next());
        QCOMPARE(s.int64(0), 0);
    }
    void rolesWithDates()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        PersonService& people = tc.file().people();
        const Person p = people.add(tc.admin(), person(QStringLiteral("R001"), section));
        const QDate start(2025, 4, 1);
        const PersonRole r = people.assignRole(tc.admin(), p.id, Role::UnitManager, section, start, QDate(2026, 3, 31));
        QVERIFY(r.id > 0);
        // Ending on the day it starts is allowed; ending before is not.
        people.assignRole(tc.admin(), p.id, Role::Handler, section, start, start);
        QCOMPARE(fieldOf([&] { people.assignRole(tc.admin(), p.id, Role::Handler, section, start, start.addDays(-1)); }),
                 QStringLiteral("ends_on"));
        QCOMPARE(fieldOf([&] { people.assignRole(tc.admin(), p.id, Role::UnitManager, std::nullopt, start); }),
                 QStringLiteral("section"));
        QCOMPARE(fieldOf([&] { people.assignRole(tc.admin(), p.id, Role::Auditor, section, start); }), QStringLiteral("section"));
        QCOMPARE(errorOf([&] { people.assignRole(tc.admin(), p.id + 50, Role::Auditor, std::nullopt, start); }), ErrorCode::NotFound);

        tc.file().settings().set(tc.admin(), CaseSetting::AdminReadsPersonalData, true);
        tc.file().refreshSession();
        const QList<PersonRole> roles = people.roles(tc.admin(), p.id);
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(0).role, Role::UnitManager);
        QCOMPARE(roles.at(0).endsOn, std::optional<QDate>(QDate(2026, 3, 31)));
    }
    void designatedHandlers()
    {
        TempCase tc;
        const qint64 section = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        PersonService& people = tc.file().people();
        const Person p = people.add(tc.admin(), person(QStringLiteral("H001"), section, EmploymentType::Dispatched));
        const QDate on(2025, 4, 1);
        QCOMPARE(fieldOf([&] { people.designateHandler(tc.admin(), p.id, section, QString(), QStringLiteral("住民票"), on); }),
                 QStringLiteral("duty"));
        QCOMPARE(fieldOf([&] { people.designateHandler(tc.admin(), p.id, section, QStringLiteral("窓口"), QString(), on); }),
                 QStringLiteral("data_scope"));
        const DesignatedHandler h = people.designateHandler(tc.admin(), p.id, section, QStringLiteral("住民票の交付"),
                                                            QStringLiteral("住民基本台帳"), on);
        QCOMPARE(h.designatedBy, tc.admin().accountId());
        QCOMPARE(fieldOf([&] { people.revokeHandler(tc.admin(), h.id, on.addDays(-1)); }), QStringLiteral("revoked_on"));
        people.revokeHandler(tc.admin(), h.id, on.addDays(30));
        QCOMPARE(errorOf([&] { people.revokeHandler(tc.admin(), h.id, on.addDays(31)); }), ErrorCode::Conflict);

        const qint64 mgr = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, section);
        const Session manager(mgr, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, section}}, false);
        const QList<DesignatedHandler> list = people.handlers(manager);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).revokedOn, std::optional<QDate>(on.addDays(30)));
    }
    void permissions()
    {
        TempCase tc;
        const qint64 own = tc.addSection(QStringLiteral("0101"), QStringLiteral("市民課"));
        const qint64 other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
        PersonService& people = tc.file().people();
        const Person mine = people.add(tc.admin(), person(QStringLiteral("M001"), own));
        const Person theirs = people.add(tc.admin(), person(QStringLiteral("T001"), other));
        const qint64 mgrId = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, own);
        const qint64 staffId = tc.addAccount(QStringLiteral("staff"), Role::Staff, own);
        const Session manager(mgrId, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, own}}, false);
        const Session staff(staffId, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, own}}, false);

        // A UNIT_MANAGER lists and reads only their own section.
        const QList<Person> listed = people.list(manager);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, mine.id);
        QCOMPARE(people.list(manager, own).size(), 1);
        QCOMPARE(errorOf([&] { people.list(manager, other); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { people.get(manager, theirs.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(people.get(manager, mine.id).id, mine.id);
        QCOMPARE(errorOf([&] { people.add(manager, person(QStringLiteral("X1"), own)); }), ErrorCode::PermissionDenied);

        // STAFF reads nothing and changes nothing; the administrator does not read by default.
        QCOMPARE(errorOf([&] { people.list(staff); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { people.add(staff, person(QStringLiteral("X2"), own)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { people.deactivate(staff, mine.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { people.list(tc.admin()); }), ErrorCode::PermissionDenied);

        // Each list is journaled as a read, the denials too.
        JournalFilter views;
        views.entity = QStringLiteral("person");
        views.action = JournalAction::View;
        QCOMPARE(tc.file().journal().page(views, 0, 100).size(), 3); // two lists and one get by the manager
        JournalFilter denials;
        denials.action = JournalAction::Denied;
        QVERIFY(tc.file().journal().page(denials, 0, 100).size() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
