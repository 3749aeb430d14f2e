#pragma once

#include "accounts/Role.h"
#include "organisation/EmploymentType.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

// A staff record (職員): not necessarily an account. Personal data: reading it needs
// ReadPersonalData for the person's section, and every read is journaled.
struct Person {
    qint64 id = 0;
    QString staffNo; // 職員番号, unique in the case file
    QString name;    // 氏名
    QString kana;    // 氏名カナ
    qint64 sectionId = 0;
    EmploymentType employment = EmploymentType::Regular;
    QString email;
    std::optional<qint64> accountId;
    bool active = true;
};

// A role held over a period (e.g. 保護管理者 from 2025-04-01 to 2026-03-31).
struct PersonRole {
    qint64 id = 0;
    qint64 personId = 0;
    Role role = Role::Staff;
    std::optional<qint64> sectionId; // set exactly when isSectionScoped(role)
    QDate startsOn;
    std::optional<QDate> endsOn;
};

// 事務取扱担当者 (seed 002 Art. 7): who may handle which personal data, designated by whom.
struct DesignatedHandler {
    qint64 id = 0;
    qint64 personId = 0;
    qint64 sectionId = 0;
    QString duty;      // the work they do (担当事務)
    QString dataScope; // the personal data they may handle
    QDate designatedOn;
    qint64 designatedBy = 0; // account
    std::optional<QDate> revokedOn;
};

// People, their role assignments and designated handlers. Writes need ManageOrganisation;
// each create, update and read is journaled with ids and field names only.
class PersonService {
public:
    explicit PersonService(CaseFile& file) : m_file(file) {}

    // Throws InvalidArgument with the field ("staff_no", "name", "kana", "email", "section")
    // when a value is refused; checks everything that can be checked without writing.
    void validate(const Person& person);
    // The checks of validate() that need no database (all but the section): shared with the
    // roster CSV so that a row refused there would have been refused here too.
    static void validateFields(const Person& person);
    Person add(const Session& actor, const Person& person);
    // Replaces every field but id, active and the account link, so that a roster import,
    // which knows nothing of accounts, never unlinks one.
    Person update(const Session& actor, const Person& person);
    // Links the person to the officer account they log in with (nullopt: unlinks).
    void linkAccount(const Session& actor, qint64 personId, std::optional<qint64> accountId);
    Person get(const Session& actor, qint64 id);
    // The people the actor may read, optionally of one section; ordered by section, staff_no.
    QList<Person> list(const Session& actor, std::optional<qint64> section = std::nullopt);
    void deactivate(const Session& actor, qint64 id);
    // Only the record's id, for the roster import to decide between add and update; reveals
    // nothing but existence, so it is not journaled as a read.
    std::optional<qint64> idByStaffNo(const QString& staffNo);

    PersonRole assignRole(const Session& actor, qint64 personId, Role role, std::optional<qint64> section,
                          const QDate& startsOn, const std::optional<QDate>& endsOn = std::nullopt);
    QList<PersonRole> roles(const Session& actor, qint64 personId);

    DesignatedHandler designateHandler(const Session& actor, qint64 personId, qint64 sectionId,
                                       const QString& duty, const QString& dataScope, const QDate& on);
    void revokeHandler(const Session& actor, qint64 handlerId, const QDate& on);
    // Handlers of one section (or of every section the actor may read), revoked ones included.
    QList<DesignatedHandler> handlers(const Session& actor, std::optional<qint64> section = std::nullopt);

private:
    std::optional<Person> find(qint64 id);
    bool sectionExists(qint64 id);
    QString now() const;
    CaseFile& m_file;
};

} // namespace mamori
