// The personal-information file register (個人情報ファイル簿) and access rights: validation,
// permissions, journal and overdue reviews.
#include "TestCase.h"

#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
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

PersonalInfoFile piFile(const QString& no, qint64 section)
{
    PersonalInfoFile f;
    f.fileNo = no;
    f.name = QStringLiteral("国民健康保険被保険者台帳");
    f.sectionId = section;
    f.purpose = QStringLiteral("国民健康保険の資格管理");
    f.recordItems = QStringLiteral("氏名、住所、生年月日");
    f.personCount = 12000;
    f.fileType = PiFileType::Computerised;
    return f;
}

struct Actors {
    qint64 own = 0, other = 0;
    Session manager, otherManager, staff;
    qint64 personId = 0;
};

Actors actors(TempCase& tc)
{
    Actors a;
    a.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("保険年金課"));
    a.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("税務課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, a.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, a.other);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, a.own);
    a.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, a.own}}, false);
    a.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, a.other}}, false);
    a.staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, a.own}}, false);
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 花子");
    p.kana = QStringLiteral("シケン ハナコ");
    p.sectionId = a.own;
    a.personId = tc.file().people().add(tc.admin(), p).id;
    return a;
}

QList<JournalEntry> entries(CaseFile& file, const QString& action, const QString& entity)
{
    JournalFilter f;
    f.action = action;
    f.entity = entity;
    return file.journal().page(f, 0, 1000);
}
} // namespace

class TestPiFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fileTypeKeys()
    {
        QCOMPARE(piFileTypeFromKey(piFileTypeKey(PiFileType::Manual)), PiFileType::Manual);
        QCOMPARE(piFileTypeFromKey(piFileTypeKey(PiFileType::Computerised)), PiFileType::Computerised);
        QVERIFY(!piFileTypeFromKey(QStringLiteral("PAPER")));
    }
    void publicationThreshold()
    {
        PersonalInfoFile f;
        f.personCount = 999;
        QVERIFY(!f.needsPublication());
        f.personCount = 1000;
        QVERIFY(f.needsPublication());
    }
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("file_no") << QStringLiteral("file_no");
        QTest::addRow("name") << QStringLiteral("name");
        QTest::addRow("section") << QStringLiteral("section");
        QTest::addRow("purpose") << QStringLiteral("purpose");
        QTest::addRow("person_count") << QStringLiteral("person_count");
        QTest::addRow("handling_area") << QStringLiteral("handling_area");
        QTest::addRow("foreign_regime_notes") << QStringLiteral("foreign_regime_notes");
    }
    void validation()
    {
        QFETCH(QString, field);
        TempCase tc;
        const Actors a = actors(tc);
        PersonalInfoFile f = piFile(QStringLiteral("F-01"), a.own);
        if (field == QLatin1String("file_no")) f.fileNo = QStringLiteral("F 01");
        if (field == QLatin1String("name")) f.name = QStringLiteral(" ");
        if (field == QLatin1String("section")) f.sectionId = 999;
        if (field == QLatin1String("purpose")) f.purpose.clear();
        if (field == QLatin1String("person_count")) f.personCount = -1;
        if (field == QLatin1String("handling_area")) f.handlingAreaId = 77;
        if (field == QLatin1String("foreign_regime_notes")) f.foreignLocation = QStringLiteral("米国（クラウド）");
        // A non-existent section is refused as a permission first: nobody manages it.
        if (field == QLatin1String("section"))
            QCOMPARE(fieldOf([&] { tc.file().files().validate(f); }), field);
        else
            QCOMPARE(fieldOf([&] { tc.file().files().create(a.manager, f); }), field);
        Statement count = tc.file().db().prepare("SELECT COUNT(*) FROM pi_files");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 0);
    }
    void createUpdateRemove()
    {
        TempCase tc;
        const Actors a = actors(tc);
        PersonalInfoFileService& files = tc.file().files();
        PersonalInfoFile f = files.create(a.manager, piFile(QStringLiteral("F-01"), a.own));
        QVERIFY(f.id > 0);
        QCOMPARE(errorOf([&] { files.create(a.manager, piFile(QStringLiteral("F-01"), a.own)); }), ErrorCode::AlreadyExists);
        f.containsMyNumber = true;
        f.foreignLocation = QStringLiteral("シンガポール（クラウド）");
        f.foreignRegimeNotes = QStringLiteral("個人データ保護法（PDPA）");
        files.update(a.manager, f);
        QCOMPARE(entries(tc.file(), JournalAction::Update, QStringLiteral("file")).first().summary,
                 QStringLiteral("changed contains_my_number, foreign_location, foreign_regime_notes"));
        const PersonalInfoFile read = files.get(a.manager, f.id);
        QVERIFY(read.containsMyNumber);
        QCOMPARE(read.foreignRegimeNotes, QStringLiteral("個人データ保護法（PDPA）"));
        QCOMPARE(read.personCount, 12000);
        QVERIFY(read.needsPublication());
        QCOMPARE(files.list(a.manager).size(), 1);

        files.grant(a.manager, f.id, a.personId, {QStringLiteral("read")}, QDate(2025, 4, 1), QDate(2026, 3, 31));
        files.remove(a.manager, f.id);
        QCOMPARE(errorOf([&] { files.get(a.manager, f.id); }), ErrorCode::NotFound);
        Statement rights = tc.file().db().prepare("SELECT COUNT(*) FROM file_access_rights");
        QVERIFY(rights.next());
        QCOMPARE(rights.int64(0), 0);
        QCOMPARE(entries(tc.file(), JournalAction::Create, QStringLiteral("file")).size(), 1);
        QCOMPARE(entries(tc.file(), JournalAction::Delete, QStringLiteral("file")).size(), 1);
        QCOMPARE(entries(tc.file(), JournalAction::View, QStringLiteral("file")).size(), 2);
        for (const JournalEntry& e : entries(tc.file(), QString(), QString()))
            QVERIFY2(!e.summary.contains(QStringLiteral("シンガポール")) && !e.summary.contains(QStringLiteral("国民健康保険")),
                     qPrintable(e.summary));
    }
    void accessRightsAndOverdueReviews()
    {
        TempCase tc;
        const Actors a = actors(tc);
        PersonalInfoFileService& files = tc.file().files();
        const PersonalInfoFile f = files.create(a.manager, piFile(QStringLiteral("F-01"), a.own));
        const PersonalInfoFile g = files.create(a.otherManager, piFile(QStringLiteral("G-01"), a.other));
        const QDate start(2025, 4, 1);
        QCOMPARE(fieldOf([&] { files.grant(a.manager, f.id, a.personId, {QStringLiteral("delete")}, start, start); }),
                 QStringLiteral("operations"));
        QCOMPARE(fieldOf([&] { files.grant(a.manager, f.id, a.personId, {}, start, start); }), QStringLiteral("operations"));
        QCOMPARE(fieldOf([&] { files.grant(a.manager, f.id, a.personId, {QStringLiteral("read")}, start, start.addDays(-1)); }),
                 QStringLiteral("review_due"));
        QCOMPARE(fieldOf([&] { files.grant(a.manager, f.id, 4242, {QStringLiteral("read")}, start, start); }),
                 QStringLiteral("person"));

        const FileAccessRight due = files.grant(a.manager, f.id, a.personId,
                                                {QStringLiteral("print"), QStringLiteral("read"), QStringLiteral("read")}, start,
                                                QDate(2025, 10, 1));
        QCOMPARE(due.operations, (QStringList{QStringLiteral("read"), QStringLiteral("print")}));
        QCOMPARE(due.grantedBy, a.manager.accountId());
        const FileAccessRight later = files.grant(a.manager, f.id, a.personId, {QStringLiteral("update")}, start, QDate(2026, 3, 31));
        const FileAccessRight revoked = files.grant(a.manager, f.id, a.personId, {QStringLiteral("export")}, start, QDate(2025, 6, 1));
        files.grant(a.otherManager, g.id, a.personId, {QStringLiteral("read")}, start, QDate(2025, 5, 1));
        QCOMPARE(fieldOf([&] { files.revoke(a.manager, revoked.id, start.addDays(-1)); }), QStringLiteral("revoked_on"));
        files.revoke(a.manager, revoked.id, QDate(2025, 5, 1));
        QCOMPARE(errorOf([&] { files.revoke(a.manager, revoked.id, QDate(2025, 5, 2)); }), ErrorCode::Conflict);

        // "Today" comes from the fake clock: 2025-11-23.
        const QDate today = tc.clock().now().date();
        const QList<FileAccessRight> overdue = files.overdueReviews(a.manager, today);
        QCOMPARE(overdue.size(), 1); // the other section's overdue right is not the manager's to see
        QCOMPARE(overdue.first().id, due.id);
        QVERIFY(overdue.first().isOverdue(today));
        QCOMPARE(files.overdueReviews(a.otherManager, today).size(), 1);
        tc.clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(files.overdueReviews(a.manager, tc.clock().now().date()).size(), 2);
        QVERIFY(files.overdueReviews(a.manager, QDate(2025, 10, 1)).isEmpty()); // due today is not overdue

        const QList<FileAccessRight> rights = files.accessRights(a.manager, f.id);
        QCOMPARE(rights.size(), 3);
        QCOMPARE(rights.at(2).revokedOn, std::optional<QDate>(QDate(2025, 5, 1)));
        QVERIFY(!rights.at(2).isOverdue(QDate(2030, 1, 1)));
        QCOMPARE(entries(tc.file(), JournalAction::Create, QStringLiteral("file_access_right")).size(), 4);
        Q_UNUSED(later);
    }
    void permissions()
    {
        TempCase tc;
        const Actors a = actors(tc);
        PersonalInfoFileService& files = tc.file().files();
        PersonalInfoFile mine = files.create(a.manager, piFile(QStringLiteral("F-01"), a.own));
        const FileAccessRight right = files.grant(a.manager, mine.id, a.personId, {QStringLiteral("read")}, QDate(2025, 4, 1),
                                                  QDate(2026, 4, 1));

        // Another section's manager is refused everything about this section's files.
        QCOMPARE(errorOf([&] { files.create(a.otherManager, piFile(QStringLiteral("X-1"), a.own)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.get(a.otherManager, mine.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.update(a.otherManager, mine); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.remove(a.otherManager, mine.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.list(a.otherManager, a.own); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.accessRights(a.otherManager, mine.id); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.grant(a.otherManager, mine.id, a.personId, {QStringLiteral("read")}, QDate(2025, 4, 1),
                                           QDate(2026, 4, 1)); }),
                 ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.revoke(a.otherManager, right.id, QDate(2025, 5, 1)); }), ErrorCode::PermissionDenied);
        QVERIFY(files.list(a.otherManager).isEmpty());
        mine.sectionId = a.other;
        QCOMPARE(errorOf([&] { files.update(a.manager, mine); }), ErrorCode::PermissionDenied);

        // Staff and the administrator (by default) neither read nor write.
        QCOMPARE(errorOf([&] { files.list(a.staff); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.overdueReviews(a.staff, QDate(2030, 1, 1)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.create(tc.admin(), piFile(QStringLiteral("X-2"), a.own)); }), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { files.get(tc.admin(), 4242); }), ErrorCode::PermissionDenied);
        QVERIFY(entries(tc.file(), JournalAction::Denied, QStringLiteral("file")).size() >= 13);
        QCOMPARE(files.get(a.manager, mine.id).sectionId, a.own);
    }
};

QTEST_GUILESS_MAIN(TestPiFiles)
#include "tst_pi_files.moc"
