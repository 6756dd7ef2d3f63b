#include "loadtranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace ib {

namespace {

const auto catalogueDirectory = QStringLiteral(":/i18n");
const auto catalogueName = QStringLiteral("invocation-browser");
const auto applicationTranslatorName = QStringLiteral("ib-application-translator");
const auto qtTranslatorName = QStringLiteral("ib-qt-translator");

void removeInstalledTranslators(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (translator->objectName() == applicationTranslatorName ||
            translator->objectName() == qtTranslatorName) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

// Installs the first catalogue `name`_<lang>.qm in `directory` matching the locale's UI languages.
bool installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name,
                      const QString &directory, const QString &objectName)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(objectName);

    if (!translator->load(locale, name, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

InstalledTranslations installTranslations(QCoreApplication &app, const QString &language)
{
    InstalledTranslations installed;
    installed.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(installed.locale);

    removeInstalledTranslators(app);

    // The source texts are English: loading nothing is the English translation.
    if (installed.locale.language() == QLocale::English ||
        installed.locale.language() == QLocale::C)
        return installed;

    installed.application = installCatalogue(app, installed.locale, catalogueName,
                                             catalogueDirectory, applicationTranslatorName);
    installed.qt =
        installCatalogue(app, installed.locale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath), qtTranslatorName);
    return installed;
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QString prefix = catalogueName + QLatin1Char('_');
    const QStringList files =
        QDir(catalogueDirectory)
            .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

} // namespace ib
