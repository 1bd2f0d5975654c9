#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace guanxi {

// Loads Guanxi's own translations (compiled in as :/i18n/guanxi_<lang>.qm) and Qt's qtbase
// translations for one UI language, replacing whatever was installed before. Shared by the GUI
// and guanxi-cli, so error messages on the command line follow the user's language too.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // "zh_CN" and "en": the languages Guanxi ships complete.
    static QStringList available();
    // The best available language for the system's UI languages (zh_* → zh_CN, otherwise en).
    static QString systemLanguage();
    // Installs the translators for `language` ("zh_CN", "en", or empty for the system's).
    // Returns the language actually installed.
    static QString install(const QString &language);
    // The language's own name, for menus ("中文（简体）", "English").
    static QString nativeName(const QString &language);
};

}  // namespace guanxi
