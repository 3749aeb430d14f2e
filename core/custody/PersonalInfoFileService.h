#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mamori {

class CaseFile;
class Session;

enum class PiFileType { Computerised, Manual };
// "COMPUTERISED" / "MANUAL", as stored in the case file.
QString piFileTypeKey(PiFileType t);
std::optional<PiFileType> piFileTypeFromKey(const QString& key);
// 電算処理ファイル / マニュアル処理ファイル, for forms.
QString piFileTypeLabel(PiFileType t);

// One entry of the personal-information file register (個人情報ファイル簿, APPI Art. 75;
// seed 000 Art. 9, 15, 16).
struct PersonalInfoFile {
    qint64 id = 0;
    QString fileNo; // unique in the case file
    QString name;
    qint64 sectionId = 0; // the organisational unit that uses the file
    QString purpose;
    QString recordItems;
    QString recordScope;
    QString collectionMethod;
    bool containsSensitive = false; // 要配慮個人情報
    bool containsMyNumber = false;
    qint64 personCount = 0;
    QString regularRecipients;
    QString disclosureOffice;
    QString correctionProcedures;
    PiFileType fileType = PiFileType::Computerised;
    QString storageMedia;
    std::optional<qint64> handlingAreaId;
    QString foreignLocation; // country or cloud; empty: kept in Japan
    QString foreignRegimeNotes; // what is known of that country's regime (seed 000 Art. 16)

    // Files of 1,000 persons or more must be published in the register (BRIEF §7, APPI Art. 75).
    bool needsPublication() const { return personCount >= 1000; }
};

// Who may do what with a file, until when before the right is reviewed.
struct FileAccessRight {
    qint64 id = 0;
    qint64 fileId = 0;
    qint64 personId = 0;
    QStringList operations; // of allFileOperations()
    qint64 grantedBy = 0;   // account
    QDate grantedOn;
    QDate reviewDue;
    std::optional<QDate> revokedOn;

    bool isOverdue(const QDate& today) const { return !revokedOn && reviewDue < today; }
};
// read, update, export, print: the operations an access right can grant.
QStringList allFileOperations();

// The file register and the access rights to each file.
//
// Permissions: a file belongs to the section that uses it; writes (the entry and its access
// rights) need WritePersonalData for that section, and moving a file to another section needs
// it for both. Reads need ReadPersonalData for the section. Every create, update, delete,
// list and view is journaled (entity "file", rights as "file_access_right") with ids and
// field names only.
class PersonalInfoFileService {
public:
    explicit PersonalInfoFileService(CaseFile& file) : m_file(file) {}

    // Throws InvalidArgument with the field ("file_no", "name", "section", "purpose",
    // "person_count", "handling_area", "foreign_regime_notes") of the first refused value.
    void validate(const PersonalInfoFile& file);
    PersonalInfoFile create(const Session& actor, const PersonalInfoFile& file);
    PersonalInfoFile update(const Session& actor, const PersonalInfoFile& file);
    // Removes the entry and its access rights.
    void remove(const Session& actor, qint64 id);
    PersonalInfoFile get(const Session& actor, qint64 id);
    // The files the actor may read, optionally of one section; ordered by section, file number.
    QList<PersonalInfoFile> list(const Session& actor, std::optional<qint64> section = std::nullopt);
    // Files whose handling area is `areaId` (the caller checked the area may be read), of
    // sections the actor may read.
    QList<PersonalInfoFile> inArea(const Session& actor, qint64 areaId);

    FileAccessRight grant(const Session& actor, qint64 fileId, qint64 personId, const QStringList& operations,
                          const QDate& grantedOn, const QDate& reviewDue);
    void revoke(const Session& actor, qint64 rightId, const QDate& on);
    // Revoked ones included, ordered by grant date.
    QList<FileAccessRight> accessRights(const Session& actor, qint64 fileId);
    // Rights not revoked whose review_due < today, of files the actor may read.
    QList<FileAccessRight> overdueReviews(const Session& actor, const QDate& today);

private:
    std::optional<PersonalInfoFile> find(qint64 id);
    PersonalInfoFile readable(const Session& actor, qint64 id);
    QString now() const;
    CaseFile& m_file;
};

} // namespace mamori
