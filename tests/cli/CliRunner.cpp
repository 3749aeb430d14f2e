#include "CliRunner.h"

#include <QProcess>
#include <QtTest>

namespace mamori::test {

namespace {
QJsonDocument parse(const QByteArray& bytes, const char* stream)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s is not JSON (%s): %s", stream, qPrintable(error.errorString()), bytes.constData());
    return doc;
}
} // namespace

QJsonDocument CliResult::outJson() const
{
    return parse(out, "stdout");
}

QJsonDocument CliResult::errJson() const
{
    return parse(err, "stderr");
}

CliResult runCli(const QStringList& args, const QStringList& stdinLines)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAMORI_INSECURE_FAST_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MAMORI_CLI), args);
    CliResult r;
    if (!process.waitForStarted(-1)) {
        qWarning("mamori-cli did not start: %s", qPrintable(process.errorString()));
        return r;
    }
    for (const QString& line : stdinLines)
        process.write(line.toUtf8() + '\n');
    process.closeWriteChannel();
    process.waitForFinished(-1);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

} // namespace mamori::test
