#include "exportcommand.h"

#include "api/ecsclient.h"
#include "credentials/credentialstore.h"
#include "credentials/environmentcredentials.h"
#include "credentials/profilestore.h"
#include "demoserver.h"
#include "export/fileerror.h"
#include "logcategories.h"
#include "publicendpoint.h"
#include "results/resultmeaning.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ib::cli {

namespace {

void printError(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

int exitCodeFor(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    static const QStringList credentialCodes = {QStringLiteral("SignatureDoesNotMatch"),
                                                QStringLiteral("IncompleteSignature"),
                                                QStringLiteral("InvalidAccessKeyId.NotFound"),
                                                QStringLiteral("InvalidAccessKeyId.Inactive"),
                                                QStringLiteral("InvalidAccessKeyId"),
                                                QStringLiteral("Forbidden.RAM"),
                                                QStringLiteral("Forbidden.AccessKeyDisabled")};
    switch (error.kind) {
    case Kind::None:
        return ExitSuccess;
    case Kind::Cancelled:
        return ExitInterrupted;
    case Kind::Configuration:
        return ExitBadArguments;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Insecure:
    case Kind::Redirect:
        return ExitNetwork;
    case Kind::Service:
        if (credentialCodes.contains(error.code) || error.code.startsWith(u"InvalidSecurityToken"))
            return ExitCredentials;
        return ExitService;
    case Kind::Http:
    case Kind::Malformed:
    case Kind::TooLarge:
        return ExitService;
    }
    return ExitService;
}

bool environmentNamesAccessKey(const QProcessEnvironment &environment)
{
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if ((key.startsWith(u"ALIBABA_CLOUD_") || key.startsWith(u"ALIBABACLOUD_") ||
             key.startsWith(u"ALICLOUD_")) &&
            key.contains(u"ACCESS_KEY") && !environment.value(key).isEmpty())
            return true;
    }
    return false;
}

} // namespace

class ExportCommand::Private
{
public:
    ExportCommand *q = nullptr;
    ExportArguments arguments;
    QProcessEnvironment environment;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<demo::DemoServer> demoServer;
    std::unique_ptr<api::EcsClient> client;
    api::ResultsWalk *walk = nullptr;
    std::unique_ptr<QFileDevice> output;
    std::unique_ptr<CsvResultWriter> writer;
    QElapsedTimer elapsed;
    bool progressToTerminal = false;
    bool done = false;
    bool outputFailed = false;
    qint64 received = 0;

    void finish(int exitCode, const QString &message = {});
    void connectWith(const Profile &profile, const ResolvedCredentials &resolved);
    bool openOutput();
    void writePage(const QList<InvocationResult> &results);
    void walkFinished(const api::ApiError &error);
    void showProgress(int pages, int results);
};

ExportCommand::ExportCommand(ExportArguments arguments, QProcessEnvironment environment,
                             QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->arguments = std::move(arguments);
    d->environment = std::move(environment);
    d->progressToTerminal = isatty(fileno(stderr)) == 1;
}

ExportCommand::~ExportCommand() = default;

void ExportCommand::start()
{
    d->elapsed.start();
    const ExportArguments &a = d->arguments;

    if (a.demo) {
        d->demoServer = std::make_unique<demo::DemoServer>();
        QString problem;
        if (!d->demoServer->start(&problem))
            return d->finish(ExitNetwork, tr("The demo endpoint could not start: %1").arg(problem));
        const demo::DemoOptions &options = d->demoServer->options();
        Profile profile;
        profile.regionId = QStringLiteral("cn-hangzhou");
        profile.endpoint = d->demoServer->endpoint();
        return d->connectWith(profile, {options.accessKeyId, options.accessKeySecret, {}});
    }

    const bool useEnvironment =
        a.profileName.isEmpty() && environmentNamesAccessKey(d->environment);
    if (useEnvironment) {
        const auto found = readEnvironmentCredentials(d->environment);
        if (const auto *failure = std::get_if<ImportFailure>(&found))
            return d->finish(ExitCredentials, failure->message);
        const ImportedProfile &imported = std::get<EnvironmentCredentials>(found).imported;
        return d->connectWith(imported.profile, imported.credentials);
    }

    d->profiles = std::make_unique<ProfileStore>();
    d->secrets = std::make_unique<SecretStore>();
    d->credentials = std::make_unique<CredentialStore>(d->profiles.get(), d->secrets.get());
    const QString name = a.profileName.isEmpty() ? d->profiles->currentName() : a.profileName;
    if (name.isEmpty())
        return d->finish(ExitCredentials,
                         tr("No credentials to use. Pass --profile NAME (profiles are added in "
                            "the window), set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                            "ALIBABA_CLOUD_ACCESS_KEY_SECRET, or try --demo."));
    d->credentials->resolve(name, this, [this](const Resolution &resolution) {
        if (!resolution.ok())
            return d->finish(ExitCredentials, resolution.message);
        d->connectWith(resolution.profile, resolution.credentials);
    });
}

void ExportCommand::interrupt()
{
    if (d->walk && !d->walk->isFinished())
        d->walk->cancel();
    else
        d->finish(ExitInterrupted, tr("Interrupted; nothing was written."));
}

void ExportCommand::Private::connectWith(const Profile &profile,
                                         const ResolvedCredentials &resolved)
{
    api::ClientConfig config;
    config.regionId = arguments.regionId.isEmpty() ? profile.regionId : arguments.regionId;
    if (config.regionId.isEmpty())
        return finish(ExitBadArguments, tr("No region: pass --region, e.g. --region cn-hangzhou."));
    config.endpoint = !arguments.endpoint.isEmpty() ? arguments.endpoint
                      : !profile.endpoint.isEmpty() ? profile.endpoint
                                                    : publicEndpoint(config.regionId);
    config.signatureVersion = arguments.signatureVersion.value_or(profile.signatureVersion);
    config.credentials = {resolved.accessKeyId, resolved.accessKeySecret, resolved.securityToken};

    if (!openOutput())
        return;

    writer = std::make_unique<CsvResultWriter>(output.get(), arguments.fields, arguments.csv);
    client = std::make_unique<api::EcsClient>(config);
    qCInfo(lcApp) << "export: fetching from" << config.endpoint.host() << "region"
                  << config.regionId;
    walk = client->fetchResults(arguments.query);
    QObject::connect(walk, &api::ResultsWalk::pageReceived, q,
                     [this](const QList<InvocationResult> &results) { writePage(results); });
    QObject::connect(walk, &api::ResultsWalk::progress, q,
                     [this](int pages, int results) { showProgress(pages, results); });
    QObject::connect(walk, &api::ResultsWalk::warning, q,
                     [](const QString &text) { printError(tr("Warning: %1").arg(text)); });
    QObject::connect(walk, &api::ResultsWalk::finished, q,
                     [this](const api::ApiError &error) { walkFinished(error); });
}

bool ExportCommand::Private::openOutput()
{
    if (arguments.output == QLatin1String("-")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly)) {
            finish(ExitOutput, tr("Standard output cannot be written."));
            return false;
        }
        output = std::move(file);
        return true;
    }

    auto file = std::make_unique<QSaveFile>(arguments.output);
    if (!file->open(QIODevice::WriteOnly)) {
        finish(ExitOutput, fileErrorSentence(*file, errno));
        return false;
    }
    output = std::move(file);
    return true;
}

void ExportCommand::Private::writePage(const QList<InvocationResult> &results)
{
    received += results.size();
    QList<InvocationResult> kept;
    for (const InvocationResult &result : results) {
        if (arguments.statuses.isEmpty() ||
            arguments.statuses.contains(effectiveStatus(result), Qt::CaseInsensitive))
            kept.append(result);
    }

    // A full disk stops the walk at once rather than fetching pages that cannot be kept.
    if (!writer->writeResults(kept)) {
        outputFailed = true;
        walk->cancel();
    }
}

void ExportCommand::Private::showProgress(int pages, int results)
{
    if (!progressToTerminal)
        return;
    const QString line = tr("\r%1 pages, %2 results, %3 s")
                             .arg(pages)
                             .arg(results)
                             .arg(double(elapsed.elapsed()) / 1000.0, 0, 'f', 1);
    std::fputs(qPrintable(line), stderr);
}

void ExportCommand::Private::walkFinished(const api::ApiError &error)
{
    if (progressToTerminal)
        std::fputs("\n", stderr);

    if (outputFailed)
        return finish(ExitOutput, fileErrorSentence(*output, errno));
    if (error.isError()) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return finish(ExitInterrupted, tr("Interrupted; nothing was written."));
        return finish(exitCodeFor(error),
                      error.explanation() + QLatin1Char('\n') + error.summary());
    }

    const bool written = writer->finish();
    auto *saveFile = qobject_cast<QSaveFile *>(output.get());
    if (!written || (saveFile && !saveFile->commit())) {
        const QString sentence = fileErrorSentence(*output, errno);
        output.reset();
        return finish(ExitOutput, sentence);
    }
    output.reset();

    const qint64 count = writer->resultsWritten();
    if (count == 0)
        return finish(ExitNoResults,
                      received == 0 ? tr("No invocation results matched. The service keeps "
                                         "records for a limited time (2 to 4 weeks).")
                                    : tr("%n result(s) fetched, none with the requested status.",
                                         nullptr, int(received)));
    qCInfo(lcApp) << "export: wrote" << count << "results in" << elapsed.elapsed() << "ms";
    if (walk && walk->stoppedEarly())
        return finish(ExitIncomplete, tr("%n result(s) written, but the service's paging stopped "
                                         "early, so some results may be missing.",
                                         nullptr, int(count)));
    finish(ExitSuccess);
}

void ExportCommand::Private::finish(int exitCode, const QString &message)
{
    if (done)
        return;
    done = true;

    if (auto *saveFile = qobject_cast<QSaveFile *>(output.get()))
        saveFile->cancelWriting();
    output.reset();
    if (!message.isEmpty())
        printError(message);
    QTimer::singleShot(0, q, [this, exitCode] { Q_EMIT q->finished(exitCode); });
}

namespace {

std::atomic_bool interruptRequested{false};

void onInterrupt(int)
{
    interruptRequested = true;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const ParsedExport parsed = parseExportArguments(arguments);
    if (!parsed.arguments) {
        std::fputs(qPrintable(parsed.text + QLatin1Char('\n')),
                   parsed.exitCode == ExitSuccess ? stdout : stderr);
        return parsed.exitCode;
    }

    ExportCommand command(*parsed.arguments, QProcessEnvironment::systemEnvironment());
    int exitCode = ExitService;
    QObject::connect(&command, &ExportCommand::finished, &command, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });

    // A signal handler may only set a flag; the event loop looks at it.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &command, [&command] {
        if (interruptRequested.exchange(false))
            command.interrupt();
    });
    interruptWatch.start(100);

    QTimer::singleShot(0, &command, [&command] { command.start(); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace ib::cli
