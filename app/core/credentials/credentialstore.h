#pragma once

#include "credentials/profile.h"
#include "credentials/secretstore.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

namespace ib {

class ProfileStore;

/// Secrets to change when a profile is saved: nullopt keeps what is stored, an empty string
/// deletes it.
struct SecretChanges
{
    std::optional<QString> accessKeySecret;
    std::optional<QString> securityToken;
};

/// How saving or removing a profile ended; `message` is a sentence for a person: the reason on
/// failure, or a warning about something left undone on success.
struct ProfileOutcome
{
    bool ok = true;
    QString message;
};

/// The credentials for one profile, or why they cannot be had.
struct Resolution
{
    enum class Status
    {
        Resolved,
        UnknownProfile,
        MissingSecret,
        KeychainFailed
    };

    Status status = Status::Resolved;
    Profile profile;
    ResolvedCredentials credentials;
    QString message; // sentence for a person when not resolved; never contains a secret

    bool ok() const { return status == Status::Resolved; }
};

/// Profiles together with their secrets: the operations that must touch both the settings and
/// the keychain (save with rename, remove, resolve), plus profiles kept for this run only, such
/// as one taken from the environment.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using OutcomeCallback = std::function<void(const ProfileOutcome &)>;
    using ResolveCallback = std::function<void(const Resolution &)>;

    CredentialStore(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }

    /// Saves a new profile (`originalName` empty) or changes one, renaming it and moving its
    /// secrets when the name changed. Secrets are written before the settings, so a failing
    /// keychain leaves the settings as they were.
    void save(const QString &originalName, const Profile &profile, const SecretChanges &changes,
              QObject *context, OutcomeCallback callback);
    /// Removes a profile and its keychain entries.
    void remove(const QString &name, QObject *context, OutcomeCallback callback);
    /// Reads what the client needs to sign requests for the profile called `name`.
    void resolve(const QString &name, QObject *context, ResolveCallback callback);

    /// Keeps a profile and its secrets in memory for this run, never on disk; returns the name
    /// it got (made unique among stored profiles).
    QString addForThisRun(Profile profile, const ResolvedCredentials &credentials);
    QList<Profile> profilesForThisRun() const;
    bool isForThisRun(const QString &name) const;

Q_SIGNALS:
    /// The set of profiles kept for this run changed.
    void profilesForThisRunChanged();

private:
    struct RunProfile
    {
        Profile profile;
        ResolvedCredentials credentials;
    };
    using Step = std::function<void(SecretStore::Callback next)>;

    QList<Step> secretSteps(const QString &originalName, const Profile &profile,
                            const SecretChanges &changes) const;
    Step moveStep(const QString &from, const QString &to, SecretKind kind) const;
    Step changeStep(const QString &name, SecretKind kind, const QString &secret) const;
    void runSteps(QList<Step> steps, QObject *context, SecretStore::Callback done);
    void storeProfile(const QString &originalName, const Profile &profile,
                      OutcomeCallback callback);
    void readSecrets(const Profile &profile, QObject *context, ResolveCallback callback);
    void readToken(Resolution resolution, QObject *context, ResolveCallback callback);
    void explainMissing(Resolution resolution, QObject *context, ResolveCallback callback);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QHash<QString, RunProfile> m_forThisRun;
};

} // namespace ib
