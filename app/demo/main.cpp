// invocation-browser-demo-endpoint: the local ECS endpoint on its own, serving until interrupted.
#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <climits>
#include <csignal>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Quits the event loop on SIGINT/SIGTERM, so the server shuts down cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

// The translation context of the endpoint's command-line help.
struct DemoEndpointText
{
    Q_DECLARE_TR_FUNCTIONS(DemoEndpoint)
};

struct IntOption
{
    QCommandLineOption option;
    int *target;
};

} // namespace

// Reads a whole number from 0 to `maximum` into `target` when the option is given; says what is
// wrong and returns false otherwise.
template<typename T>
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 maximum,
                T *target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).trimmed().toLongLong(&ok);
    if (ok && value >= 0 && value <= maximum) {
        *target = T(value);
        return true;
    }
    QTextStream(stderr) << DemoEndpointText::tr(
                               "--%1 takes a whole number from 0 to %2, not \"%3\".")
                               .arg(option.names().constLast())
                               .arg(maximum)
                               .arg(parser.value(option))
                        << Qt::endl;
    return false;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invocation-browser-demo-endpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IB_VERSION));

    ib::demo::DemoOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoEndpointText::tr(
        "A local endpoint that speaks the ECS Cloud Assistant API over a generated fleet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  DemoEndpointText::tr("Port on 127.0.0.1 (0: any free)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption keyId(QStringLiteral("access-key-id"),
                                   DemoEndpointText::tr("Access key id to accept."),
                                   QStringLiteral("id"), options.accessKeyId);
    const QCommandLineOption keySecret(QStringLiteral("access-key-secret"),
                                       DemoEndpointText::tr("Access key secret to accept."),
                                       QStringLiteral("secret"));
    const QCommandLineOption token(QStringLiteral("security-token"),
                                   DemoEndpointText::tr("STS token every request must carry."),
                                   QStringLiteral("token"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  DemoEndpointText::tr("Seed of the generated fleet."),
                                  QStringLiteral("seed"), QString::number(options.seed));
    const QCommandLineOption settle(
        QStringLiteral("settle-ms"),
        DemoEndpointText::tr("How long the newest results stay Pending, then Running."),
        QStringLiteral("ms"), QString::number(options.settleMs));
    const QCommandLineOption repeatToken(
        QStringLiteral("repeat-next-token"),
        DemoEndpointText::tr("Answer a NextToken with an empty page and the same token."));
    ib::demo::Faults &faults = options.faults;
    const QList<IntOption> faultOptions{
        {{QStringLiteral("latency-ms"), DemoEndpointText::tr("Delay every reply."),
          QStringLiteral("ms")},
         &faults.latencyMs},
        {{QStringLiteral("throttle-every"), DemoEndpointText::tr("Throttle every Nth request."),
          QStringLiteral("n")},
         &faults.throttleEvery},
        {{QStringLiteral("throttle-next"), DemoEndpointText::tr("Throttle the next N requests."),
          QStringLiteral("n")},
         &faults.throttleNext},
        {{QStringLiteral("fail-next"),
          DemoEndpointText::tr("Answer the next N requests with ServiceUnavailable."),
          QStringLiteral("n")},
         &faults.serverErrorNext},
        {{QStringLiteral("drop-next"),
          DemoEndpointText::tr("Close the connection mid-body on the next N replies."),
          QStringLiteral("n")},
         &faults.dropConnectionNext},
        {{QStringLiteral("malformed-next"),
          DemoEndpointText::tr("Send JSON that does not parse on the next N replies."),
          QStringLiteral("n")},
         &faults.malformedNext}};
    parser.addOptions({port, keyId, keySecret, token, seed, settle, repeatToken});
    for (const IntOption &faultOption : faultOptions)
        parser.addOption(faultOption.option);
    parser.process(app);

    bool numbersRead = readNumber(parser, port, 65535, &options.port) &&
                       readNumber(parser, seed, 4294967295LL, &options.seed) &&
                       readNumber(parser, settle, INT_MAX, &options.settleMs);
    for (const IntOption &faultOption : faultOptions)
        numbersRead =
            numbersRead && readNumber(parser, faultOption.option, INT_MAX, faultOption.target);
    if (!numbersRead)
        return 2;
    options.accessKeyId = parser.value(keyId);
    if (parser.isSet(keySecret))
        options.accessKeySecret = parser.value(keySecret);
    options.securityToken = parser.value(token);
    faults.repeatNextToken = parser.isSet(repeatToken);

    ib::demo::DemoServer server(options);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "Endpoint: " << server.endpoint().toString() << Qt::endl;
    out << "Region: cn-hangzhou" << Qt::endl;
    out << "AccessKeyId: " << options.accessKeyId << Qt::endl;
    // The built-in demo secret is public; a secret given on the command line is never printed.
    if (!parser.isSet(keySecret))
        out << "AccessKeySecret: " << options.accessKeySecret << Qt::endl;
    quitOnSignals(app);
    return QCoreApplication::exec();
}
