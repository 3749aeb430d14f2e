#pragma once

#include "Command.h"
#include "Language.h"
#include "Output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>
#include <vector>

namespace mamori::cli {

// mamori-cli as a whole: global options, the choice of command, and the one place where
// failures become an error line and an exit code.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::Cli)
public:
    Cli();
    ~Cli();
    // `arguments` as QCoreApplication::arguments() gives them (program name first).
    int run(const QStringList& arguments);

private:
    int dispatch(const QStringList& arguments);
    static void addGlobalOptions(QCommandLineParser& parser);
    // Refuses --password and its kin before anything else, without repeating their value.
    static void refuseSecretOptions(const QStringList& arguments);
    void printHelp(const QCommandLineParser& parser);
    Command* find(const QString& name) const;

    Output m_out;
    Language m_language;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace mamori::cli
