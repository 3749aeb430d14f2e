#pragma once

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

namespace mamori::ui {

// Installs Mamori's own translation (embedded as :/i18n/mamori_<lang>.qm) and Qt's
// (qtbase_<lang>.qm, for the buttons of standard dialogs). English is the source language and
// needs no file. A missing file only means untranslated text, never a failure.
class TranslationLoader {
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // "ja" or "en" for a setting of "system" | "ja" | "en".
    static QString effectiveLanguage(const QString& setting);
    // Replaces the installed translators; returns the language now in use.
    QString install(const QString& setting);
    QString language() const { return m_language; }
    bool appTranslationLoaded() const;
    bool qtTranslationLoaded() const;

private:
    void remove();
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace mamori::ui
