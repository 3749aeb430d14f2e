#include "Language.h"

#include "CliError.h"

#include <QLibraryInfo>
#include <QLocale>

namespace mamori::cli {

void Language::install(const QString& requested)
{
    if (!requested.isEmpty() && !supported().contains(requested))
        throw CliError::usage(tr("Unknown language %1: use ja or en.").arg(requested));
    QLocale locale = QLocale::system();
    if (!requested.isEmpty())
        locale = QLocale(requested == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Japanese)
        return;
    // The .qm files are compiled from translations/ and embedded under :/i18n by the build;
    // Qt's own (QCommandLineParser's "Usage:", "Options:") come from the Qt installation.
    if (m_mamori.load(locale, QStringLiteral("mamori"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_mamori);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

} // namespace mamori::cli
