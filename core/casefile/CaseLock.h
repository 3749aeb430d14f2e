#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace mamori {

// Who holds a case file open. Read from the lock file that QLockFile keeps in the case folder.
struct LockOwner {
    bool locked = false;
    qint64 pid = 0;
    QString host;
    QString application;
    // Same host and that process is gone: safe to break (QLockFile does it by itself).
    bool stale = false;
};

// One running instance per case file. Built on QLockFile so it works the same on Windows.
// Time-based staleness is disabled: an officer may keep a file open all day, and only a lock
// whose process is provably gone (or that the user breaks on purpose) is removed.
class CaseLock {
public:
    static QString fileName() { return QStringLiteral("case.lock"); }
    // Throws Locked (detail: host and pid), ReadOnly or IoError.
    static std::unique_ptr<CaseLock> acquire(const QString& caseDir);
    static LockOwner owner(const QString& caseDir);
    // Removes another instance's lock. For a lock left by a crashed machine (other host);
    // the UI asks the user first.
    static bool breakLock(const QString& caseDir);

private:
    explicit CaseLock(const QString& path) : m_lock(path) {}
    QLockFile m_lock;
};

} // namespace mamori
