#pragma once

#include "demo/DemoCase.h"

#include <QObject>

namespace mamori::ui {

// Finds or creates the demo case file (AppLocalDataLocation/demo.mamori). Creating it derives a
// dozen keys, so it runs on a worker thread and reports back with ready() or failed().
// The demo logins are kept beside the folder so a reused demo can show them again; they are
// invented people, never real data.
class DemoLauncher : public QObject {
    Q_OBJECT
public:
    explicit DemoLauncher(QObject* parent = nullptr);
    ~DemoLauncher() override;

    static QString demoDir();
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void ready(const mamori::DemoCase::Info& info);
    void failed(const QString& message);

private:
    static QString loginsPath();
    static void saveLogins(const DemoCase::Info& info);
    static DemoCase::Info loadLogins();
    bool m_busy = false;
    QThread* m_thread = nullptr;
};

} // namespace mamori::ui
