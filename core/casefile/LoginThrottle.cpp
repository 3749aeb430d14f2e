#include "casefile/LoginThrottle.h"

#include "common/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mamori {

namespace {
QJsonObject readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeAll(const QString& path, const QJsonObject& o)
{
    // Best effort: a throttle that cannot be written must not stop a correct password.
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.commit();
    }
}
} // namespace

LoginThrottle::LoginThrottle(const QString& caseDir, const Clock& clock)
    : m_path(QDir(caseDir).filePath(fileName())), m_clock(clock)
{
}

int LoginThrottle::delayForFailures(int failures)
{
    if (failures <= 3)
        return 0;
    return static_cast<int>(std::min<qint64>(qint64(1) << std::min(failures - 3, 20), 300));
}

int LoginThrottle::secondsUntilAllowed(const QByteArray& slotId) const
{
    const QJsonObject rec = readAll(m_path).value(QString::fromLatin1(slotId.toHex())).toObject();
    const int failures = rec.value(QStringLiteral("failures")).toInt();
    const QDateTime last = QDateTime::fromString(rec.value(QStringLiteral("last")).toString(), Qt::ISODate);
    if (failures == 0 || !last.isValid())
        return 0;
    const qint64 wait = delayForFailures(failures) - last.secsTo(m_clock.now());
    return static_cast<int>(std::clamp<qint64>(wait, 0, 300));
}

void LoginThrottle::recordFailure(const QByteArray& slotId)
{
    QJsonObject all = readAll(m_path);
    const QString key = QString::fromLatin1(slotId.toHex());
    QJsonObject rec = all.value(key).toObject();
    rec.insert(QStringLiteral("failures"), rec.value(QStringLiteral("failures")).toInt() + 1);
    rec.insert(QStringLiteral("last"), m_clock.now().toUTC().toString(Qt::ISODate));
    all.insert(key, rec);
    writeAll(m_path, all);
}

void LoginThrottle::recordSuccess(const QByteArray& slotId)
{
    QJsonObject all = readAll(m_path);
    if (all.remove(QString::fromLatin1(slotId.toHex())), true)
        writeAll(m_path, all);
}

} // namespace mamori
