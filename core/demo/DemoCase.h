#pragma once

#include <QList>
#include <QString>

namespace mamori {

class Clock;

// A sample case file with realistic Japanese data, for trying Mamori out and for screenshots.
// Every demo account shares one published password; the key slots use the cheap test KDF so
// the demo starts at once. Never put real data in a demo file.
class DemoCase {
public:
    struct Login {
        QString login;
        QString name;
        QString role; // as the city titles it
    };
    struct Info {
        QString dir;
        QString password;
        QList<Login> logins;
    };
    static QString password() { return QStringLiteral("mamori-demo-2026"); }
    // Creates the demo in `dir` (must not exist or be empty).
    static Info create(const QString& dir, const Clock* clock = nullptr);
};

} // namespace mamori
