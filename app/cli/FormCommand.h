#pragma once

#include "Command.h"

#include <QDate>
#include <optional>

namespace mamori {
class CaseFile;
struct FormSpec;
} // namespace mamori

namespace mamori::cli {

// `form NAME --out FILE.pdf [--section CODE] [--from DATE --to DATE] [--id ID]`: renders one of
// the printable forms to an A4 PDF (written whole or not at all), as the GUI prints it. Building
// the form reads through core (permissions, read journal) and journals the print; dates on the
// form follow the case file's setting (和暦 by default).
class FormCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::FormCommand)
public:
    QString name() const override { return QStringLiteral("form"); }
    QString summary() const override;
    int run(CommandContext& ctx, const QStringList& args) override;

    // Which options a form takes.
    enum Option { Section = 1, Period = 2, Id = 4, IdRequired = 8 };
    struct Form {
        QString name;
        QString summary;
        int options = 0;
    };
    static QList<Form> forms();

private:
    struct Request {
        Form form;
        std::optional<QString> section;
        std::optional<QDate> from;
        std::optional<QDate> to;
        QString id;
    };
    FormSpec build(CaseFile& file, const Request& r);
};

} // namespace mamori::cli
