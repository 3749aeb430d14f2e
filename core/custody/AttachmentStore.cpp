#include "custody/AttachmentStore.h"

#include "common/Error.h"
#include "crypto/Crypto.h"
#include "custody/AttachmentFormat.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mamori {

namespace {
const char* const kColumns =
    "SELECT id, owner_entity, owner_id, file_name, media_type, size, sha256, caption, page_count, added_at, "
    "added_by_account FROM attachments";

AttachmentInfo readInfo(const Statement& s)
{
    AttachmentInfo a;
    a.id = s.int64(0);
    a.ownerEntity = s.text(1);
    a.ownerId = s.int64(2);
    a.fileName = s.text(3);
    a.mediaType = s.text(4);
    a.size = s.int64(5);
    a.sha256 = s.text(6);
    a.caption = s.text(7);
    a.pageCount = s.int32(8);
    a.addedAt = QDateTime::fromString(s.text(9), Qt::ISODate);
    a.addedByAccount = s.int64(10);
    return a;
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

AttachmentInfo AttachmentStore::add(const QString& ownerEntity, qint64 ownerId, const QString& fileName,
                                    const QByteArray& bytes, const QString& caption, qint64 accountId, const QDateTime& at)
{
    const AttachmentKind kind = AttachmentFormat::check(bytes);
    // Only the last path component: the folder the file came from says nothing the record needs.
    QString name = QFileInfo(fileName.trimmed()).fileName().left(255);
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    const QString label = nonNull(caption.trimmed());
    if (label.size() > 200)
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::AttachmentStore", "The caption has at most 200 characters."))
            .withField(QStringLiteral("caption"));
    AttachmentInfo a;
    a.ownerEntity = ownerEntity;
    a.ownerId = ownerId;
    a.fileName = name;
    a.mediaType = AttachmentFormat::mediaType(kind);
    a.size = bytes.size();
    a.sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    a.caption = label;
    a.pageCount = kind == AttachmentKind::Pdf ? AttachmentFormat::pdfPageCount(bytes) : 0;
    a.addedAt = at.toUTC();
    a.addedByAccount = accountId;
    Transaction tx(m_db);
    Statement ins = m_db.prepare(
        "INSERT INTO attachments(owner_entity, owner_id, file_name, media_type, size, sha256, caption, page_count, added_at, "
        "added_by_account) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, a.ownerEntity).bind(2, a.ownerId).bind(3, a.fileName).bind(4, a.mediaType).bind(5, a.size).bind(6, a.sha256)
        .bind(7, a.caption).bind(8, a.pageCount).bind(9, a.addedAt.toString(Qt::ISODate)).bind(10, a.addedByAccount);
    ins.run();
    a.id = m_db.lastInsertId();
    Statement content = m_db.prepare("INSERT INTO attachment_contents(attachment_id, content) VALUES(?, ?)");
    content.bind(1, a.id).bind(2, bytes);
    content.run();
    tx.commit();
    return a;
}

std::optional<AttachmentInfo> AttachmentStore::info(qint64 id)
{
    Statement s = m_db.prepare(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE id = ?"));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return readInfo(s);
}

QList<AttachmentInfo> AttachmentStore::list(const QString& ownerEntity, qint64 ownerId)
{
    QList<AttachmentInfo> out;
    Statement s = m_db.prepare(QString::fromLatin1(kColumns) + QStringLiteral(" WHERE owner_entity = ? AND owner_id = ? ORDER BY id"));
    s.bind(1, ownerEntity).bind(2, ownerId);
    while (s.next())
        out << readInfo(s);
    return out;
}

QList<AttachmentInfo> AttachmentStore::list(const QString& ownerEntity, const QList<qint64>& ownerIds)
{
    QList<AttachmentInfo> out;
    if (ownerIds.isEmpty())
        return out;
    QStringList ids;
    for (qint64 id : ownerIds)
        ids << QString::number(id); // numbers, not user text
    Statement s = m_db.prepare(QString::fromLatin1(kColumns) +
                               QStringLiteral(" WHERE owner_entity = ? AND owner_id IN (%1) ORDER BY owner_id, id")
                                   .arg(ids.join(QLatin1Char(','))));
    s.bind(1, ownerEntity);
    while (s.next())
        out << readInfo(s);
    return out;
}

QList<AttachmentInfo> AttachmentStore::listIn(const QString& ownerEntity, const QString& ownerIdsSql,
                                              const QStringList& values)
{
    QList<AttachmentInfo> out;
    Statement s = m_db.prepare(QString::fromLatin1(kColumns) +
                               QStringLiteral(" WHERE owner_entity = ? AND owner_id IN (%1) ORDER BY owner_id, id").arg(ownerIdsSql));
    s.bind(1, ownerEntity);
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 2, values[i]);
    while (s.next())
        out << readInfo(s);
    return out;
}

int AttachmentStore::count(const QString& ownerEntity, qint64 ownerId)
{
    Statement s = m_db.prepare("SELECT count(*) FROM attachments WHERE owner_entity = ? AND owner_id = ?");
    s.bind(1, ownerEntity).bind(2, ownerId);
    return s.next() ? s.int32(0) : 0;
}

QByteArray AttachmentStore::content(qint64 id)
{
    QByteArray bytes;
    QString recorded;
    {
        Statement s = m_db.prepare(
            "SELECT c.content, a.sha256 FROM attachment_contents c JOIN attachments a ON a.id = c.attachment_id "
            "WHERE c.attachment_id = ?");
        s.bind(1, id);
        if (!s.next())
            throw Error(ErrorCode::NotFound,
                        QCoreApplication::translate("mamori::AttachmentStore", "This attachment does not exist."));
        bytes = s.blob(0);
        recorded = s.text(1);
    }
    if (QString::fromLatin1(crypto::sha256(bytes).toHex()) != recorded)
        throw Error(ErrorCode::Damaged,
                    QCoreApplication::translate("mamori::AttachmentStore",
                                                "The attachment no longer matches the SHA-256 recorded when it was attached."));
    return bytes;
}

void AttachmentStore::remove(qint64 id)
{
    Transaction tx(m_db);
    Statement c = m_db.prepare("DELETE FROM attachment_contents WHERE attachment_id = ?");
    c.bind(1, id);
    c.run();
    Statement a = m_db.prepare("DELETE FROM attachments WHERE id = ?");
    a.bind(1, id);
    a.run();
    tx.commit();
}

} // namespace mamori
