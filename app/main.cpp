#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("invocation-browser"));
    QApplication::setApplicationDisplayName(QStringLiteral("Invocation Browser"));
    QApplication::setOrganizationName(QStringLiteral("InvocationBrowser"));
    QApplication::setApplicationVersion(QStringLiteral(IB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse Cloud Assistant invocation results."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open on the built-in demo endpoint (no account)."));
    parser.addOption(demoOption);
    parser.process(app);

    ib::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
