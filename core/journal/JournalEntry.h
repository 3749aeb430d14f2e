#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mamori {

// Actions written to the journal. Kept as strings in the file so that later issues add their
// own without a schema change.
namespace JournalAction {
inline const QString Create = QStringLiteral("create");
inline const QString Update = QStringLiteral("update");
inline const QString Delete = QStringLiteral("delete");
inline const QString View = QStringLiteral("view");
inline const QString Export = QStringLiteral("export");
inline const QString Print = QStringLiteral("print");
inline const QString Open = QStringLiteral("open");
inline const QString Close = QStringLiteral("close");
inline const QString Denied = QStringLiteral("denied");
inline const QString Verify = QStringLiteral("verify");
inline const QString Backup = QStringLiteral("backup");
} // namespace JournalAction

struct JournalEntry {
    qint64 seq = 0;
    QDateTime at; // UTC, millisecond precision
    qint64 accountId = 0;
    QString login;
    QString action;
    QString entity;
    QString entityId;
    QString summary; // what changed: field names and ids, never the personal data itself
    QByteArray hash; // SHA-256(previous hash || canonicalBytes())

    // The bytes the chain hashes: every field, length-prefixed, so no two entries share bytes.
    QByteArray canonicalBytes() const;
};

struct JournalFilter {
    QString login;            // exact login, empty = any
    QString action;           // exact action, empty = any
    QString entity;           // exact entity type, empty = any
    QDateTime from, to;       // inclusive bounds in UTC, invalid = open
    bool isEmpty() const
    {
        return login.isEmpty() && action.isEmpty() && entity.isEmpty() && !from.isValid() && !to.isValid();
    }
};

struct VerifyResult {
    bool ok = true;
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString integrity;         // "ok" or what PRAGMA integrity_check reported
    QByteArray headHash;
};

} // namespace mamori
