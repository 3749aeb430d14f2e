#include "organisation/SectionService.h"

#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "journal/Journal.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace mamori {

namespace {
Section read(const Statement& s)
{
    return Section{s.int64(0), s.text(1), s.text(2)};
}
} // namespace

QList<Section> SectionService::list()
{
    QList<Section> out;
    Statement s = m_file.db().prepare("SELECT id, code, name FROM sections ORDER BY code");
    while (s.next())
        out.append(read(s));
    return out;
}

std::optional<Section> SectionService::byCode(const QString& code)
{
    Statement s = m_file.db().prepare("SELECT id, code, name FROM sections WHERE code = ?");
    s.bind(1, code.trimmed());
    if (s.next())
        return read(s);
    return std::nullopt;
}

std::optional<Section> SectionService::byName(const QString& name)
{
    Statement s = m_file.db().prepare("SELECT id, code, name FROM sections WHERE name = ?");
    s.bind(1, name.trimmed());
    if (s.next())
        return read(s);
    return std::nullopt;
}

Section SectionService::add(const Session& actor, const QString& code, const QString& name)
{
    m_file.require(actor, Permission::ManageOrganisation, std::nullopt, QStringLiteral("section"));
    if (code.trimmed().isEmpty() || code.size() > 20)
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::SectionService", "Enter a section code (at most 20 characters)."))
            .withField(QStringLiteral("code"));
    if (name.trimmed().isEmpty() || name.size() > 100)
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("mamori::SectionService", "Enter the section's name (at most 100 characters)."))
            .withField(QStringLiteral("name"));
    if (byCode(code))
        throw Error(ErrorCode::AlreadyExists,
                    QCoreApplication::translate("mamori::SectionService", "A section with this code already exists."))
            .withField(QStringLiteral("code"));
    Transaction tx(m_file.db());
    Statement ins = m_file.db().prepare("INSERT INTO sections(code, name, created_at) VALUES(?, ?, ?)");
    ins.bind(1, code.trimmed()).bind(2, name.trimmed()).bind(3, m_file.clock().now().toUTC().toString(Qt::ISODate));
    ins.run();
    const qint64 id = m_file.db().lastInsertId();
    m_file.journal().append(actor, JournalAction::Create, QStringLiteral("section"), QString::number(id),
                            QStringLiteral("code %1").arg(code.trimmed()));
    tx.commit();
    return Section{id, code.trimmed(), name.trimmed()};
}

} // namespace mamori
