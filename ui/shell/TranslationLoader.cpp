#include "shell/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mamori::ui {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader() {
    remove();
}

QString TranslationLoader::effectiveLanguage(const QString& setting) {
    if (setting == QLatin1String("ja") || setting == QLatin1String("en"))
        return setting;
    // Japanese first: a Japanese system, or one with no language configured at all (the C/POSIX
    // locale of a bare install), gets Japanese; any other language asked for gets English.
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::Japanese || system == QLocale::C ? QStringLiteral("ja")
                                                              : QStringLiteral("en");
}

void TranslationLoader::remove() {
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

QString TranslationLoader::install(const QString& setting) {
    remove();
    m_language = effectiveLanguage(setting);
    // Dates and numbers in Qt's own widgets follow the chosen language; an English system keeps
    // its regional variant.
    if (m_language == QLatin1String("ja"))
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    else if (QLocale::system().language() == QLocale::English)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (m_language == QLatin1String("en"))
        return m_language;
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(m_language))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(m_language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_language;
}

bool TranslationLoader::appTranslationLoaded() const {
    return m_app != nullptr;
}

bool TranslationLoader::qtTranslationLoaded() const {
    return m_qt != nullptr;
}

} // namespace mamori::ui
