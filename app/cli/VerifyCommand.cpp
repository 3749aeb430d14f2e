#include "VerifyCommand.h"

#include "CliError.h"
#include "CommandContext.h"
#include "Output.h"
#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QJsonObject>

namespace mamori::cli {

QString VerifyCommand::summary() const
{
    return tr("Check the database and the journal's hash chain.");
}

int VerifyCommand::run(CommandContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    CommandContext::addJsonOption(p);
    if (!ctx.parse(p, args, CommandContext::caseUsage() + QStringLiteral(" verify [--json]"),
                   tr("Check the database (PRAGMA integrity_check) and recompute the journal's hash chain. "
                      "Exits with 0 only when both are intact.")))
        return 0;
    ctx.takeJsonOption(p);
    ctx.expectPositional(p, 0, QString());
    CaseFile& file = ctx.openCaseAsAccount();
    file.require(file.session(), Permission::VerifyJournal, std::nullopt, QStringLiteral("journal"));
    const VerifyResult r = file.journal().verify();
    // The check itself goes on the record with its outcome. On a damaged database that write
    // may fail; the verdict still has to reach the user, so it does not stop the report.
    try {
        Transaction tx(file.db());
        file.journal().append(file.session(), JournalAction::Verify, QStringLiteral("journal"), QString(),
                              r.ok ? QStringLiteral("intact; %1 entries").arg(r.checked)
                                   : QStringLiteral("broken at entry %1; integrity %2").arg(r.firstBrokenSeq).arg(r.integrity));
        tx.commit();
    } catch (const Error&) {
    }

    Output& out = ctx.out();
    const bool chainOk = r.firstBrokenSeq == 0;
    if (out.json()) {
        QJsonObject o{{QStringLiteral("ok"), r.ok},
                      {QStringLiteral("integrity"), r.integrity},
                      {QStringLiteral("checked"), r.checked},
                      {QStringLiteral("chain_ok"), chainOk},
                      {QStringLiteral("head_hash"), QString::fromLatin1(r.headHash.toHex())}};
        o.insert(QStringLiteral("first_broken_entry"), chainOk ? QJsonValue() : QJsonValue(r.firstBrokenSeq));
        out.printJson(o);
    } else {
        out.line(tr("Database integrity: %1").arg(r.integrity));
        out.line(chainOk ? tr("Journal: %n entries checked, the hash chain is intact.", nullptr, static_cast<int>(r.checked))
                         : tr("Journal: the hash chain is broken at entry %1.").arg(r.firstBrokenSeq));
        if (chainOk)
            out.line(tr("Journal head: %1").arg(Journal::shortHash(r.headHash)));
    }
    if (r.ok)
        return 0;
    throw CliError(ExitCode::VerifyFailed, QStringLiteral("verify-failed"),
                   chainOk ? tr("Verification failed: the database reports \"%1\".").arg(r.integrity)
                           : tr("Verification failed: the journal chain is broken at entry %1.").arg(r.firstBrokenSeq));
}

} // namespace mamori::cli
