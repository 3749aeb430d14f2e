#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace mamori::test {

// The outcome of one run of the built mamori-cli.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // Parses stdout (or stderr) as one JSON document; QVERIFY-fails the caller on a parse error.
    QJsonDocument outJson() const;
    QJsonDocument errJson() const;
    // Everything the process printed, for "the password never appears" checks.
    QString all() const { return outText() + errText(); }
};

// Runs mamori-cli (the path the build passes as MAMORI_CLI) with `args`, writing each of
// `stdinLines` followed by a newline to its standard input, then closing it. Messages are in
// English (LC_ALL=C.UTF-8) and the cheap KDF is passed through.
CliResult runCli(const QStringList& args, const QStringList& stdinLines = {});

} // namespace mamori::test
