#include "DemoCommand.h"

#include "CommandContext.h"
#include "Output.h"
#include "TextTable.h"
#include "demo/DemoCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace mamori::cli {

QString DemoCommand::summary() const
{
    return tr("Create a demo case file to try Mamori out.");
}

int DemoCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("DIR"), tr("Folder of the demo case file (must not exist, or be empty)."));
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args, QStringLiteral("demo DIR [--json]"),
                   tr("Create a demo case file with made-up data. Every demo account shares one published password: "
                      "never put real data in it.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 1, QStringLiteral("DIR"));
    const DemoCase::Info info = DemoCase::create(p.positionalArguments().constFirst());
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray logins;
        for (const DemoCase::Login& l : info.logins)
            logins.append(QJsonObject{{QStringLiteral("login"), l.login}, {QStringLiteral("name"), l.name}, {QStringLiteral("role"), l.role}});
        out.printJson(QJsonObject{{QStringLiteral("case"), info.dir}, {QStringLiteral("password"), info.password},
                                  {QStringLiteral("logins"), logins}});
        return 0;
    }
    out.line(tr("Created the demo case file %1.").arg(QDir::toNativeSeparators(info.dir)));
    out.line();
    TextTable table({tr("Login"), tr("Name"), tr("Role")});
    for (const DemoCase::Login& l : info.logins)
        table.addRow({l.login, l.name, l.role});
    out.write(table.toString().toUtf8());
    out.line();
    out.line(tr("Password of every demo account: %1").arg(info.password));
    return 0;
}

} // namespace mamori::cli
