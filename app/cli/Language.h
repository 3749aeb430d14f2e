#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

namespace mamori::cli {

// The language of messages: `--lang ja|en`, otherwise the user's locale (LANG / LC_ALL, or the
// Windows display language). English is the source language and needs no translator.
class Language {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::Language)
public:
    static QStringList supported() { return {QStringLiteral("ja"), QStringLiteral("en")}; }
    // `requested` empty: follow the system. Throws CliError(Usage) for an unsupported code.
    void install(const QString& requested);

private:
    QTranslator m_mamori;
    QTranslator m_qt;
};

} // namespace mamori::cli
