#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ib {

// What installTranslations() put in place, for the start-up log and the About box.
struct InstalledTranslations
{
    QLocale locale;           // the language the user interface is now in
    bool application = false; // the program's own catalogue (embedded in the binary) is installed
    bool qt = false; // Qt's catalogue (qtbase_<lang>.qm from Qt's translations folder) is installed
};

// Installs the program's catalogue and Qt's own for `language` ("zh_CN", "en", ...; empty means the
// system's user-interface languages), replacing any catalogues an earlier call installed. A
// non-empty `language` also becomes the default QLocale, so numbers and dates follow the chosen
// language.
InstalledTranslations installTranslations(QCoreApplication &app, const QString &language = {});

// The languages the program can show, as locale names: the source language "en" and one per
// embedded catalogue, e.g. {"en", "zh_CN"}. For a language setting.
QStringList availableLanguages();

} // namespace ib
