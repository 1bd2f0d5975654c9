#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace guanxi {

namespace {
std::unique_ptr<QTranslator> ownTranslator;
std::unique_ptr<QTranslator> qtTranslator;
}  // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &requested)
{
    const QString language = available().contains(requested) ? requested : systemLanguage();
    for (auto *slot : {&ownTranslator, &qtTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    ownTranslator = std::make_unique<QTranslator>();
    if (ownTranslator->load(QStringLiteral(":/i18n/guanxi_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ownTranslator.get());
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    QLocale::setDefault(QLocale(language));
    return language;
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

}  // namespace guanxi
