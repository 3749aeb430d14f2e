#pragma once

#include "TestCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace mamori::test {

// Compares a form body (or any text) with tests/fixtures/golden/<name>. One row or paragraph
// per line, so that a diff shows what changed. To accept a deliberate change, run with
// MAMORI_UPDATE_GOLDEN=1 and review the diff.
inline void compareGolden(const QString& name, QString actual)
{
    actual.replace(QStringLiteral("</tr>"), QStringLiteral("</tr>\n"));
    actual.replace(QStringLiteral("</p>"), QStringLiteral("</p>\n"));
    const QString path = fixturePath(QStringLiteral("golden/%1").arg(name));
    if (qEnvironmentVariableIntValue("MAMORI_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(actual, QString::fromUtf8(in.readAll()));
}

} // namespace mamori::test
