#include "connectionsource.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "exportcommand.h"
#include "loadtranslations.h"
#include "logcategories.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QUrl>

namespace {

// Names the program for QSettings and installs the language the user chose (or the system's).
void prepareApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("InvocationBrowser"));
    QCoreApplication::setApplicationName(QStringLiteral("invocation-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IB_VERSION));
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const ib::InstalledTranslations installed = ib::installTranslations(app, language);
    qCDebug(lcApp) << "user interface language" << installed.locale.name();
}

// The desktop program: parse the options, pick a connection, show the window.
int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    prepareApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Invocation Browser"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.invocation_browser.InvocationBrowser"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse Cloud Assistant invocation results."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open on the built-in demo endpoint (no account)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Open with the profile NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption regionOption(QStringLiteral("region"),
                                          QApplication::translate("main", "Use the region R."),
                                          QStringLiteral("R"));
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        QApplication::translate("main", "Send requests to URL instead of the profile's endpoint."),
        QStringLiteral("URL"));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QApplication::translate("main", "Show the results of a saved response FILE (offline)."),
        QStringLiteral("FILE"));
    parser.addOptions({demoOption, profileOption, regionOption, endpointOption, openOption});
    parser.process(app);

    ib::ProfileStore profiles;
    ib::SecretStore secrets;
    ib::CredentialStore credentials(&profiles, &secrets);

    ib::ui::MainWindow window;
    window.connectionSource()->setCredentialStore(&credentials);
    window.restoreSettings();
    if (parser.isSet(regionOption))
        window.setRegion(parser.value(regionOption));
    if (parser.isSet(endpointOption))
        window.setEndpointOverride(QUrl::fromUserInput(parser.value(endpointOption)));

    const QString profile = parser.isSet(profileOption) ? parser.value(profileOption)
                                                        : ib::ui::MainWindow::lastProfileName();
    const bool demo = parser.isSet(demoOption) || profiles.names().isEmpty();
    qCInfo(lcApp) << (demo ? "starting on the demo endpoint" : "starting with a profile");
    if (demo)
        window.openDemo();
    else
        window.openProfile(profile.isEmpty() ? profiles.names().constFirst() : profile);

    window.show();
    if (parser.isSet(openOption))
        window.openSavedResponse(parser.value(openOption));
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Subcommands such as `export` run without a display, before the desktop program starts.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        // Standard error carries only the command's own sentences unless QT_LOGGING_RULES asks.
        QLoggingCategory::setFilterRules(QStringLiteral("ib.*.info=false\nib.*.warning=false"));
        QCoreApplication app(argc, argv);
        prepareApplication(app);
        return ib::cli::runExport(QCoreApplication::arguments());
    }
    return runGui(argc, argv);
}
