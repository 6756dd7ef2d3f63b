#include "credentials/secretstore.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace ib {

namespace {

// Gives the free functions below a translation context of their own.
struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ib::SecretStore)
};

const QString probeKey = QStringLiteral("availability-probe"); // has no '/', so no profile's

SecretOutcome outcomeOf(const QKeychain::Job &job)
{
    SecretOutcome outcome;
    switch (job.error()) {
    case QKeychain::NoError:
        outcome.status = SecretOutcome::Status::Done;
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            outcome.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        outcome.status = SecretOutcome::Status::NotFound;
        break;
    default:
        outcome.status = SecretOutcome::Status::Failed;
        outcome.message = keychainFailureMessage(job.error(), job.errorString());
        break;
    }
    return outcome;
}

void startJob(QKeychain::Job *job, QObject *context, SecretStore::Callback callback)
{
    // The insecure fallback would write secrets to a plain-text settings file: never allowed.
    job->setInsecureFallback(false);
    // Jobs have no parent because deleting one the backend still answers is unsafe.
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback)](QKeychain::Job *finished) {
                         const SecretOutcome outcome = outcomeOf(*finished);
                         if (outcome.failed())
                             qCWarning(lcCredentials)
                                 << "Keychain operation failed:" << finished->errorString();
                         callback(outcome);
                     });
    job->start();
}

} // namespace

const QString SecretStore::serviceName = QStringLiteral("invocation-browser");

QString secretKey(const QString &profileName, SecretKind kind)
{
    const QLatin1String suffix = kind == SecretKind::SecurityToken
                                     ? QLatin1String("/security-token")
                                     : QLatin1String("/access-key-secret");
    return profileName % suffix;
}

QString keychainFailureMessage(int keychainError, const QString &detail)
{
    // Whole sentences each, so that every language can word the way out its own way.
    switch (keychainError) {
    case QKeychain::AccessDeniedByUser:
        return SecretStoreText::tr(
            "Access to the keychain was refused. Allow Invocation Browser to use the keychain, "
            "or keep the secrets in memory for this run only (they are not saved).");
    case QKeychain::AccessDenied:
        return SecretStoreText::tr(
                   "The keychain is locked or refused access (%1). Unlock it, for example by "
                   "logging in to the desktop session, or keep the secrets in memory for this run "
                   "only (they are not saved).")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStoreText::tr(
                   "No keychain is available on this system (%1). Install and start a Secret "
                   "Service provider such as GNOME Keyring or KeePassXC, or keep the secrets in "
                   "memory for this run only (they are not saved).")
            .arg(detail);
    default:
        return SecretStoreText::tr(
                   "The keychain could not be used (%1). Check that a Secret Service provider "
                   "such as GNOME Keyring or KeePassXC is running and unlocked, or keep the "
                   "secrets in memory for this run only (they are not saved).")
            .arg(detail.isEmpty() ? SecretStoreText::tr("no details given") : detail);
    }
}

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

SecretStore::~SecretStore() = default;

void SecretStore::useMemoryForThisRun()
{
    if (m_backend == Backend::Memory)
        return;

    m_backend = Backend::Memory;
    qCInfo(lcCredentials) << "Keeping secrets in memory for this run";
    Q_EMIT backendChanged(m_backend);
}

void SecretStore::read(const QString &profileName, SecretKind kind, QObject *context,
                       Callback callback)
{
    const QString key = secretKey(profileName, kind);
    if (m_backend == Backend::Memory) {
        SecretOutcome outcome;
        outcome.status =
            m_memory.contains(key) ? SecretOutcome::Status::Done : SecretOutcome::Status::NotFound;
        outcome.secret = m_memory.value(key);
        answerLater(context, std::move(callback), outcome);
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(serviceName);
    job->setKey(key);
    startJob(job, context, std::move(callback));
}

void SecretStore::write(const QString &profileName, SecretKind kind, const QString &secret,
                        QObject *context, Callback callback)
{
    const QString key = secretKey(profileName, kind);
    if (m_backend == Backend::Memory) {
        m_memory.insert(key, secret);
        answerLater(context, std::move(callback), {});
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(serviceName);
    job->setKey(key);
    job->setTextData(secret);
    startJob(job, context, std::move(callback));
}

void SecretStore::remove(const QString &profileName, SecretKind kind, QObject *context,
                         Callback callback)
{
    const QString key = secretKey(profileName, kind);
    if (m_backend == Backend::Memory) {
        m_memory.remove(key);
        answerLater(context, std::move(callback), {});
        return;
    }

    auto *job = new QKeychain::DeletePasswordJob(serviceName);
    job->setKey(key);
    auto removed = [callback = std::move(callback)](const SecretOutcome &outcome) {
        SecretOutcome answer = outcome;
        if (answer.status == SecretOutcome::Status::NotFound)
            answer.status = SecretOutcome::Status::Done;
        callback(answer);
    };
    startJob(job, context, std::move(removed));
}

void SecretStore::probe(QObject *context, ProbeCallback callback)
{
    auto *write = new QKeychain::WritePasswordJob(serviceName);
    write->setKey(probeKey);
    write->setTextData(QUuid::createUuid().toString(QUuid::WithoutBraces));

    auto written = [context, callback = std::move(callback)](const SecretOutcome &outcome) {
        if (outcome.failed()) {
            qCWarning(lcCredentials) << "The keychain is not available";
            callback({false, outcome.message});
            return;
        }
        auto *cleanUp = new QKeychain::DeletePasswordJob(serviceName);
        cleanUp->setKey(probeKey);
        startJob(cleanUp, context, [callback](const SecretOutcome &) { callback({true, {}}); });
    };
    startJob(write, context, std::move(written));
}

void SecretStore::answerLater(QObject *context, Callback callback, const SecretOutcome &outcome)
{
    QTimer::singleShot(0, context,
                       [callback = std::move(callback), outcome] { callback(outcome); });
}

} // namespace ib
