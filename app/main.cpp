#include "connectionsource.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "exportcommand.h"
#include "loadtranslations.h"
#include "logcategories.h"
#include "mainwindow.h"
#include "messagebar.h"

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

// The desktop program's options, described once for the window and for --help.
struct GuiOptions
{
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open on the built-in demo endpoint (no account).")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("main", "Open with the profile NAME."),
                               QStringLiteral("NAME")};
    QCommandLineOption region{QStringLiteral("region"),
                              QCoreApplication::translate("main", "Use the region R."),
                              QStringLiteral("R")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        QCoreApplication::translate("main",
                                    "Send requests to URL instead of the profile's endpoint."),
        QStringLiteral("URL")};
    QCommandLineOption open{
        QStringLiteral("open"),
        QCoreApplication::translate("main", "Show the results of a saved response FILE (offline)."),
        QStringLiteral("FILE")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Browse Cloud Assistant invocation results."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, profile, region, endpoint, open});
    }
};

// Whether the command line asks only for help or the version, which need no display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Prints help or the version and exits, without a display server.
int runHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    prepareApplication(app);
    QCommandLineParser parser;
    const GuiOptions options;
    options.describe(parser);
    parser.process(app);
    return 0;
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
    const GuiOptions options;
    options.describe(parser);
    parser.process(app);

    ib::ProfileStore profiles;
    ib::SecretStore secrets;
    ib::CredentialStore credentials(&profiles, &secrets);

    ib::ui::MainWindow window;
    window.connectionSource()->setCredentialStore(&credentials);
    window.restoreSettings();
    if (parser.isSet(options.region))
        window.setRegion(parser.value(options.region));
    if (parser.isSet(options.endpoint))
        window.setEndpointOverride(QUrl::fromUserInput(parser.value(options.endpoint)));

    // The profile asked for, else the last one used while it still exists, else the first.
    const QStringList names = profiles.names();
    const bool asked = parser.isSet(options.profile);
    const bool unknownProfile = asked && !names.contains(parser.value(options.profile));
    QString profile = asked ? parser.value(options.profile) : ib::ui::MainWindow::lastProfileName();
    if (!names.contains(profile))
        profile = asked || names.isEmpty() ? QString() : names.constFirst();
    const bool demo = parser.isSet(options.demo) || profile.isEmpty();
    qCInfo(lcApp) << (demo ? "starting on the demo endpoint" : "starting with a profile");
    if (demo)
        window.openDemo();
    else
        window.openProfile(profile);

    window.show();
    if (parser.isSet(options.open))
        window.openSavedResponse(parser.value(options.open));
    // Nothing asked for on the command line is dropped without a word.
    using Kind = ib::ui::MessageBar::Kind;
    if (unknownProfile)
        window.messageBar()->showMessage(
            Kind::Warning, QApplication::translate("main", "There is no profile named \"%1\", so "
                                                           "the window opened on the demo "
                                                           "endpoint. Add it with Profiles…, or "
                                                           "choose another profile above.")
                               .arg(parser.value(options.profile)));
    else if (demo && parser.isSet(options.endpoint))
        window.messageBar()->showMessage(
            Kind::Warning,
            QApplication::translate("main", "--endpoint applies to a profile's requests, and the "
                                            "demo endpoint is built in, so it was not used. Add a "
                                            "profile with Profiles…, then choose it above."));
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
    if (asksForHelpOrVersion(argc, argv))
        return runHelpOrVersion(argc, argv);
    return runGui(argc, argv);
}
