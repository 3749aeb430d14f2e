#include "backup/Backup.h"

#include "casefile/CaseFile.h"
#include "casefile/KeySlotFile.h"
#include "common/Error.h"
#include "crypto/Crypto.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QtEndian>

namespace mamori {

namespace {
const QByteArray kMagic = QByteArrayLiteral("MAMORI-BACKUP\n");
constexpr qint64 kChunk = 1 << 20;


[[noreturn]] void writeFailed(const QIODevice& out)
{
    throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The backup could not be written (is the disk full?). No backup was made."),
                out.errorString());
}

void put(QIODevice& out, crypto::Sha256& h, const char* data, qint64 size)
{
    if (out.write(data, size) != size)
        writeFailed(out);
    h.update(data, static_cast<std::size_t>(size));
}

template <typename T> void putInt(QIODevice& out, crypto::Sha256& h, T value)
{
    char buf[sizeof(T)];
    qToBigEndian(value, buf);
    put(out, h, buf, sizeof(T));
}

[[noreturn]] void badBackup(const QString& path)
{
    throw Error(ErrorCode::Damaged, QCoreApplication::translate("mamori::Backup", "%1 is not a complete Mamori backup (damaged or truncated).")
                                        .arg(QDir::toNativeSeparators(path)));
}
} // namespace

void Backup::write(CaseFile& file, const Session& actor, QIODevice& out)
{
    file.require(actor, Permission::Backup, std::nullopt, QStringLiteral("case"));
    Database& db = file.db();
    {
        Transaction tx(db);
        file.journal().append(actor, JournalAction::Backup, QStringLiteral("case"), file.caseId(), QString());
        tx.commit();
    }
    // Fold the WAL into the main file, then hold a write transaction so that the main file
    // cannot change while it is copied. With the WAL empty, the main file alone is the snapshot.
    db.checkpoint();
    Transaction hold(db);
    if (QFileInfo(file.databasePath() + QStringLiteral("-wal")).size() != 0)
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The database is busy; try the backup again."));
    QFile slots(file.slotsPath());
    QFile dbFile(file.databasePath());
    if (!slots.open(QIODevice::ReadOnly) || !dbFile.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The case file could not be read for the backup."));
    const QByteArray slotBytes = slots.readAll();

    crypto::Sha256 h;
    put(out, h, kMagic.constData(), kMagic.size());
    putInt<quint32>(out, h, kVersion);
    putInt<quint32>(out, h, static_cast<quint32>(slotBytes.size()));
    put(out, h, slotBytes.constData(), slotBytes.size());
    putInt<quint64>(out, h, static_cast<quint64>(dbFile.size()));
    qint64 copied = 0;
    while (copied < dbFile.size()) {
        const QByteArray chunk = dbFile.read(kChunk);
        if (chunk.isEmpty())
            throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The case file could not be read for the backup."));
        put(out, h, chunk.constData(), chunk.size());
        copied += chunk.size();
    }
    const QByteArray digest = h.finish();
    if (out.write(digest) != digest.size())
        writeFailed(out);
    hold.commit();
}

void Backup::writeToFile(CaseFile& file, const Session& actor, const QString& path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The backup file %1 could not be created.").arg(QDir::toNativeSeparators(path)),
                    out.errorString());
    try {
        write(file, actor, out);
    } catch (...) {
        out.cancelWriting();
        throw;
    }
    if (!out.commit())
        throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The backup could not be written (is the disk full?). No backup was made."),
                    out.errorString());
}

void Backup::restore(const QString& backupPath, const QString& dir)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("mamori::Backup", "The backup %1 could not be opened.").arg(QDir::toNativeSeparators(backupPath)));
    if (in.read(kMagic.size()) != kMagic) {
        throw Error(ErrorCode::NotACaseFile, QCoreApplication::translate("mamori::Backup", "%1 is not a Mamori backup.").arg(QDir::toNativeSeparators(backupPath)));
    }
    const QFileInfo target(dir);
    if (target.exists() && (!target.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        throw Error(ErrorCode::AlreadyExists, QCoreApplication::translate("mamori::Backup", "%1 already exists and is not empty.").arg(QDir::toNativeSeparators(dir)));

    crypto::Sha256 h;
    h.update(kMagic.constData(), static_cast<std::size_t>(kMagic.size()));
    auto take = [&](qint64 n) {
        const QByteArray b = in.read(n);
        if (b.size() != n)
            badBackup(backupPath);
        h.update(b.constData(), static_cast<std::size_t>(b.size()));
        return b;
    };
    const quint32 version = qFromBigEndian<quint32>(take(4).constData());
    if (version > kVersion)
        throw Error(ErrorCode::NewerVersion, QCoreApplication::translate("mamori::Backup", "This backup was made by a newer version of Mamori."));
    const quint32 slotLen = qFromBigEndian<quint32>(take(4).constData());
    if (slotLen > 4 * 1024 * 1024)
        badBackup(backupPath);
    const QByteArray slotBytes = take(slotLen);
    KeySlotFile parsed;
    if (KeySlotFile::parse(slotBytes, parsed) != KeySlotFile::LoadStatus::Ok)
        badBackup(backupPath);
    const quint64 dbLen = qFromBigEndian<quint64>(take(8).constData());
    if (dbLen > static_cast<quint64>(in.size()))
        badBackup(backupPath);

    const QString absDir = target.absoluteFilePath();
    const QString staging = absDir + QStringLiteral(".restoring-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkpath(staging))
        throw Error(ErrorCode::ReadOnly, QCoreApplication::translate("mamori::Backup", "The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    try {
        QFile slotsOut(QDir(staging).filePath(KeySlotFile::fileName()));
        QFile dbOut(QDir(staging).filePath(CaseFile::databaseFileName()));
        if (!slotsOut.open(QIODevice::WriteOnly) || slotsOut.write(slotBytes) != slotBytes.size() || !dbOut.open(QIODevice::WriteOnly))
            throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The restored case file could not be written (is the disk full?)."));
        quint64 left = dbLen;
        while (left > 0) {
            const QByteArray chunk = take(static_cast<qint64>(std::min<quint64>(left, kChunk)));
            if (dbOut.write(chunk) != chunk.size())
                throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The restored case file could not be written (is the disk full?)."),
                            dbOut.errorString());
            left -= static_cast<quint64>(chunk.size());
        }
        if (in.read(32) != h.finish() || !in.atEnd())
            badBackup(backupPath);
        if (!slotsOut.flush() || !dbOut.flush())
            throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The restored case file could not be written (is the disk full?)."));
        slotsOut.close();
        dbOut.close();
        if (target.exists())
            QDir().rmdir(absDir);
        if (!QDir().rename(staging, absDir))
            throw Error(ErrorCode::IoError, QCoreApplication::translate("mamori::Backup", "The restored case file could not be moved into place."));
    } catch (...) {
        QDir(staging).removeRecursively();
        throw;
    }
}

} // namespace mamori
