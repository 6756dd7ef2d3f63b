#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace ib {

/// The two secrets a profile may have; each is its own keychain entry, because an STS token
/// alone can exceed what one Windows Credential Manager entry holds.
enum class SecretKind
{
    AccessKeySecret,
    SecurityToken
};

/// The keychain key of one secret: "<profile>/access-key-secret" or "<profile>/security-token".
QString secretKey(const QString &profileName, SecretKind kind);

/// How one secret operation ended. `secret` is filled by a successful read only; `message` is a
/// sentence for a person when the operation failed, and never contains the secret.
struct SecretOutcome
{
    enum class Status
    {
        Done,
        NotFound,
        Failed
    };

    Status status = Status::Done;
    QString secret;
    QString message;

    bool failed() const { return status == Status::Failed; }
};

/// Whether the OS keychain can store secrets right now, and if not, why, in words a person can
/// act on.
struct KeychainAvailability
{
    bool available = false;
    QString reason;
};

/// Stores profile secrets in the OS keychain (QtKeychain, service "invocation-browser"), one
/// entry per secret, or, when no keychain works and the person agrees, in memory for this run.
/// Never falls back to plain text on disk. Every operation is asynchronous: its callback runs
/// later on the event loop, and not at all once `context` is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend
    {
        Keychain,
        Memory
    };

    using Callback = std::function<void(const SecretOutcome &)>;
    using ProbeCallback = std::function<void(const KeychainAvailability &)>;

    static const QString serviceName;

    explicit SecretStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    /// Keeps secrets in this process only from now on; they are gone when the program exits.
    void useMemoryForThisRun();

    /// Reads a secret; a missing entry is Status::NotFound, a normal answer.
    void read(const QString &profileName, SecretKind kind, QObject *context, Callback callback);
    /// Stores a secret, replacing any earlier one.
    void write(const QString &profileName, SecretKind kind, const QString &secret, QObject *context,
               Callback callback);
    /// Deletes a secret; deleting one that is not there is Status::Done.
    void remove(const QString &profileName, SecretKind kind, QObject *context, Callback callback);

    /// Writes and deletes a throw-away entry to learn whether the keychain works: a read cannot
    /// tell, because a locked or missing keychain also answers "not found".
    void probe(QObject *context, ProbeCallback callback);

Q_SIGNALS:
    /// The store switched to keeping secrets in memory for this run.
    void backendChanged(ib::SecretStore::Backend backend);

private:
    void answerLater(QObject *context, Callback callback, const SecretOutcome &outcome);

    Backend m_backend;
    QHash<QString, QString> m_memory; // key -> secret, for Backend::Memory
};

/// A sentence for a person about a keychain failure, from QtKeychain's error code and text.
QString keychainFailureMessage(int keychainError, const QString &detail);

} // namespace ib
