#include "JournalCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "DateArgument.h"
#include "Output.h"
#include "TextTable.h"
#include "casefile/CaseFile.h"
#include "casefile/KeySlotFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QJsonObject>

namespace mamori::cli {

namespace {
constexpr int kPageSize = 1000;
// Column widths of the text listing; fixed, because the output streams.
constexpr int kSeqWidth = 7;
constexpr int kLoginWidth = 16;
constexpr int kActionWidth = 8;
constexpr int kRecordWidth = 20;

QJsonObject toJson(const JournalEntry& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("login"), e.login},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}
} // namespace

QString JournalCommand::summary() const
{
    return tr("Show the journal (the tamper-evident record of every action).");
}

int JournalCommand::run(CommandContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args,
                    {{QStringLiteral("list"), tr("List journal entries, oldest first."),
                      [this](CommandContext& c, const QStringList& a) { return list(c, a); }}});
}

QString JournalCommand::textLine(const JournalEntry& e)
{
    const QString record = e.entityId.isEmpty() ? e.entity : e.entity + QLatin1Char(' ') + e.entityId;
    QString line = QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(e.seq, kSeqWidth)
                       .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            TextTable::padded(e.login, kLoginWidth), TextTable::padded(e.action, kActionWidth),
                            TextTable::padded(record, kRecordWidth), e.summary);
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

int JournalCommand::list(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("since"), tr("Only entries at or after DATE (YYYY-MM-DD, local, or an ISO date and time)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("until"), tr("Only entries at or before DATE (a date alone includes the whole day)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("user"), tr("Only entries by this login."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("action"), tr("Only entries with this action (create, update, delete, view, export, print, "
                                              "open, close, denied, verify, backup)."),
                 QStringLiteral("ACTION")});
    p.addOption({QStringLiteral("limit"), tr("At most N entries."), QStringLiteral("N")});
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args,
                   CommandContext::caseUsage()
                       + QStringLiteral(" journal list [--since DATE] [--until DATE] [--user LOGIN] [--action ACTION] "
                                        "[--limit N] [--json]"),
                   tr("List journal entries, oldest first. JSON output is an array of objects with seq, at, login, "
                      "action, entity, entity_id, summary and hash (hex).")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    JournalFilter filter;
    if (p.isSet(QStringLiteral("since")))
        filter.from = DateArgument::parse(p.value(QStringLiteral("since")), DateArgument::Bound::Start, QStringLiteral("since"));
    if (p.isSet(QStringLiteral("until")))
        filter.to = DateArgument::parse(p.value(QStringLiteral("until")), DateArgument::Bound::End, QStringLiteral("until"));
    if (p.isSet(QStringLiteral("user")))
        filter.login = normaliseLogin(p.value(QStringLiteral("user")));
    filter.action = p.value(QStringLiteral("action")).trimmed().toLower();
    qint64 limit = -1;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1)
            throw CliError::usage(tr("--limit takes a whole number of at least 1."));
    }

    CaseFile& file = ctx.openCaseAsAccount();
    file.require(file.session(), Permission::ViewJournal, std::nullopt, QStringLiteral("journal"));
    Journal& journal = file.journal();
    Output& out = ctx.out();
    const bool json = out.json();
    if (json)
        out.write("[");
    else
        out.line(QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(tr("No."), kSeqWidth)
                     .arg(TextTable::padded(tr("Time"), 19), TextTable::padded(tr("Login"), kLoginWidth),
                          TextTable::padded(tr("Action"), kActionWidth), TextTable::padded(tr("Record"), kRecordWidth),
                          tr("Summary")));
    qint64 listed = 0;
    qint64 after = 0;
    for (;;) {
        const int want = limit < 0 ? kPageSize : static_cast<int>(std::min<qint64>(kPageSize, limit - listed));
        if (want <= 0)
            break;
        const QList<JournalEntry> page = journal.pageAscending(filter, after, want);
        for (const JournalEntry& e : page) {
            if (json) {
                out.write(listed == 0 ? "\n" : ",\n");
                out.write(Output::compactJson(toJson(e)));
            } else {
                out.line(textLine(e));
            }
            ++listed;
        }
        // A closed pipe (`| head`): stop reading, and still close the case file properly.
        if (out.failed())
            throw Error(ErrorCode::IoError, tr("The output could not be written (was the pipe closed?)."));
        if (page.size() < want)
            break;
        after = page.constLast().seq;
    }
    if (json)
        out.write("\n]\n");
    Transaction tx(file.db());
    journal.append(file.session(), JournalAction::View, QStringLiteral("journal"), QString(),
                   QStringLiteral("listed %1 entries").arg(listed));
    tx.commit();
    return 0;
}

} // namespace mamori::cli
