#include "casefile/CaseLock.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace mamori {

namespace {
QString lockPath(const QString& dir)
{
    return QDir(dir).filePath(CaseLock::fileName());
}
} // namespace

std::unique_ptr<CaseLock> CaseLock::acquire(const QString& caseDir)
{
    std::unique_ptr<CaseLock> lock(new CaseLock(lockPath(caseDir)));
    lock->m_lock.setStaleLockTime(0);
    if (lock->m_lock.tryLock(0))
        return lock;
    switch (lock->m_lock.error()) {
    case QLockFile::LockFailedError: {
        const LockOwner o = owner(caseDir);
        throw Error(ErrorCode::Locked,
                    QCoreApplication::translate("mamori::CaseLock",
                                                "This case file is already open in another Mamori "
                                                "(computer %1, process %2). Close it there first.")
                        .arg(o.host)
                        .arg(o.pid),
                    QStringLiteral("host=%1 pid=%2").arg(o.host).arg(o.pid));
    }
    case QLockFile::PermissionError:
        throw Error(ErrorCode::ReadOnly,
                    QCoreApplication::translate("mamori::CaseLock",
                                                "The case folder is read-only. Mamori needs to write "
                                                "to it; copy it to a writable place."));
    default:
        throw Error(ErrorCode::IoError,
                    QCoreApplication::translate("mamori::CaseLock", "The case folder could not be locked."));
    }
}

LockOwner CaseLock::owner(const QString& caseDir)
{
    LockOwner o;
    QLockFile probe(lockPath(caseDir));
    if (!QFileInfo::exists(lockPath(caseDir)))
        return o;
    o.locked = probe.getLockInfo(&o.pid, &o.host, &o.application);
    if (o.locked && o.host == QSysInfo::machineHostName()) {
        // The same check QLockFile makes before it removes a lock by itself.
        QLockFile tryer(lockPath(caseDir));
        tryer.setStaleLockTime(0);
        if (tryer.tryLock(0)) {
            o.stale = true;
            o.locked = false;
            tryer.unlock();
        }
    }
    return o;
}

bool CaseLock::breakLock(const QString& caseDir)
{
    QLockFile lock(lockPath(caseDir));
    return lock.removeStaleLockFile();
}

} // namespace mamori
