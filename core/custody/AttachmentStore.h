#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mamori {

class Database;

// What is known of an attachment without reading its bytes: lists show only this.
struct AttachmentInfo {
    qint64 id = 0;
    QString ownerEntity; // "disposal", "disposal_certificate", ...
    qint64 ownerId = 0;
    QString fileName;    // as the user named it; never used to guess the type
    QString mediaType;   // from the content: image/png, image/jpeg, application/pdf
    qint64 size = 0;
    QString sha256;      // lower-case hex of the bytes as attached
    QString caption;     // e.g. 廃棄前 / 廃棄後
    int pageCount = 0;   // PDFs, when countable
    QDateTime addedAt;
    qint64 addedByAccount = 0;
};

// Photos and scans stored as BLOBs inside the encrypted case file: the bytes never touch the
// disk in the clear (no temporary file; SQLite keeps temporary data in memory). Metadata and
// content live in separate tables so that listing thousands of attachments never pages through
// their bytes.
//
// No permissions here: the service that owns the records checks them, journals, and opens the
// transaction; these calls join it.
class AttachmentStore {
public:
    explicit AttachmentStore(Database& db) : m_db(db) {}

    // Checks the content (AttachmentFormat::check: throws InvalidArgument at "attachment"),
    // records its SHA-256 and stores it.
    AttachmentInfo add(const QString& ownerEntity, qint64 ownerId, const QString& fileName, const QByteArray& bytes,
                       const QString& caption, qint64 accountId, const QDateTime& at);
    std::optional<AttachmentInfo> info(qint64 id);
    // Of one owner, or of several (a list screen's page), by owner then id.
    QList<AttachmentInfo> list(const QString& ownerEntity, qint64 ownerId);
    QList<AttachmentInfo> list(const QString& ownerEntity, const QList<qint64>& ownerIds);
    // Of the owners an SQL subquery selects (`ownerIdsSql`, with text values bound in order):
    // for lists, which would otherwise spell out thousands of ids.
    QList<AttachmentInfo> listIn(const QString& ownerEntity, const QString& ownerIdsSql, const QStringList& values);
    int count(const QString& ownerEntity, qint64 ownerId);
    // The bytes; throws Damaged when they no longer match the recorded SHA-256.
    QByteArray content(qint64 id);
    void remove(qint64 id);

private:
    Database& m_db;
};

} // namespace mamori
