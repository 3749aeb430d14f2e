#include "unlock/DemoLauncher.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <memory>

namespace mamori::ui {

DemoLauncher::DemoLauncher(QObject* parent) : QObject(parent) {}

DemoLauncher::~DemoLauncher() {
    // The worker only touches its own folder; wait for it so it never outlives the objects it
    // reports to.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString DemoLauncher::demoDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo") + CaseFile::suffix());
}

QString DemoLauncher::loginsPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo-logins.json"));
}

void DemoLauncher::saveLogins(const DemoCase::Info& info) {
    QJsonArray rows;
    for (const DemoCase::Login& l : info.logins)
        rows.append(QJsonObject{{QStringLiteral("login"), l.login},
                                {QStringLiteral("name"), l.name},
                                {QStringLiteral("role"), l.role}});
    QSaveFile f(loginsPath());
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(rows).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

DemoCase::Info DemoLauncher::loadLogins() {
    DemoCase::Info info;
    info.dir = demoDir();
    info.password = DemoCase::password();
    QFile f(loginsPath());
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            info.logins.append({o.value(QStringLiteral("login")).toString(),
                                o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("role")).toString()});
        }
    }
    if (info.logins.isEmpty())
        info.logins.append({QStringLiteral("admin"), QString(), QString()});
    return info;
}

void DemoLauncher::start() {
    if (m_busy)
        return;
    const QString dir = demoDir();
    if (inspectCaseFolder(dir) == CaseFolderState::Ok) {
        // Queued, so callers see the same order of events whether the demo existed or not.
        QTimer::singleShot(0, this, [this] { Q_EMIT ready(loadLogins()); });
        return;
    }
    m_busy = true;
    // Anything left from an interrupted creation is not a case file: start again from nothing.
    if (QFileInfo::exists(dir))
        QDir(dir).removeRecursively();
    QDir().mkpath(QFileInfo(dir).absolutePath());

    struct Result {
        DemoCase::Info info;
        QString error;
    };
    auto result = std::make_shared<Result>();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([dir, result] {
        try {
            result->info = DemoCase::create(dir);
        } catch (const Error& e) {
            result->error = e.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_busy = false;
        if (!result->error.isEmpty()) {
            Q_EMIT failed(result->error);
            return;
        }
        saveLogins(result->info);
        Q_EMIT ready(result->info);
    });
    m_thread->start();
}

} // namespace mamori::ui
