#include "credentials/credentialstore.h"

#include "credentials/profilestore.h"
#include "logcategories.h"

#include <QPointer>
#include <QTimer>

namespace ib {

namespace {

constexpr SecretKind bothKinds[] = {SecretKind::AccessKeySecret, SecretKind::SecurityToken};

// Wraps a caller's callback so that it is dropped once the caller's context is gone.
template<typename Value>
std::function<void(const Value &)> guarded(QObject *context,
                                           std::function<void(const Value &)> callback)
{
    return [context = QPointer<QObject>(context), callback = std::move(callback)](const Value &v) {
        if (context)
            callback(v);
    };
}

} // namespace

CredentialStore::CredentialStore(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void CredentialStore::save(const QString &originalName, const Profile &profile,
                           const SecretChanges &changes, QObject *context, OutcomeCallback callback)
{
    const auto done = guarded<ProfileOutcome>(context, std::move(callback));
    const QString stored = m_profiles->contains(originalName) ? originalName : QString();
    QString problem = m_profiles->nameProblem(profile.name, stored);
    if (problem.isEmpty() && profile.name != originalName && isForThisRun(profile.name))
        problem = tr("A profile called \"%1\" is already in use for this run; choose another "
                     "name.")
                      .arg(profile.name);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [done, problem] { done({false, problem}); });
        return;
    }

    SecretChanges effective = changes;
    if (isForThisRun(originalName)) {
        const ResolvedCredentials &kept = m_forThisRun.value(originalName).credentials;
        effective.accessKeySecret = changes.accessKeySecret.value_or(kept.accessKeySecret);
        effective.securityToken = changes.securityToken.value_or(kept.securityToken);
    }
    if (profile.mode == CredentialMode::AccessKey)
        effective.securityToken = QString(); // a token left behind would never be used again

    const auto stored_ = [this, stored, profile, originalName, done](const SecretOutcome &outcome) {
        if (outcome.failed()) {
            done({false, outcome.message});
            return;
        }
        storeProfile(stored, profile, done);
        if (m_forThisRun.remove(originalName) > 0)
            Q_EMIT profilesForThisRunChanged();
    };
    runSteps(secretSteps(stored, profile, effective), this, stored_);
}

void CredentialStore::remove(const QString &name, QObject *context, OutcomeCallback callback)
{
    const auto done = guarded<ProfileOutcome>(context, std::move(callback));
    if (m_forThisRun.remove(name) > 0) {
        Q_EMIT profilesForThisRunChanged();
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    if (!m_profiles->contains(name)) {
        const QString message = tr("There is no profile called \"%1\".").arg(name);
        QTimer::singleShot(0, this, [done, message] { done({false, message}); });
        return;
    }

    QList<Step> steps;
    for (const SecretKind kind : bothKinds)
        steps.append(changeStep(name, kind, QString()));
    runSteps(steps, this, [this, name, done](const SecretOutcome &outcome) {
        m_profiles->remove(name);
        if (!outcome.failed()) {
            done({});
            return;
        }
        done({true, tr("The profile was removed, but its secrets could not be deleted from the "
                       "keychain (service \"%1\"). %2")
                        .arg(SecretStore::serviceName, outcome.message)});
    });
}

void CredentialStore::resolve(const QString &name, QObject *context, ResolveCallback callback)
{
    const auto done = guarded<Resolution>(context, std::move(callback));
    Resolution resolution;
    if (isForThisRun(name)) {
        resolution.profile = m_forThisRun.value(name).profile;
        resolution.credentials = m_forThisRun.value(name).credentials;
        QTimer::singleShot(0, this, [done, resolution] { done(resolution); });
        return;
    }

    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile) {
        resolution.status = Resolution::Status::UnknownProfile;
        resolution.message = tr("There is no profile called \"%1\".").arg(name);
        QTimer::singleShot(0, this, [done, resolution] { done(resolution); });
        return;
    }
    readSecrets(*profile, this, done);
}

QString CredentialStore::addForThisRun(Profile profile, const ResolvedCredentials &credentials)
{
    const QString base = profile.name;
    for (int n = 2; m_profiles->contains(profile.name); ++n)
        profile.name = base % QLatin1Char('-') % QString::number(n);

    m_forThisRun.insert(profile.name, {profile, credentials});
    qCInfo(lcCredentials) << "Keeping profile" << profile.name << "for this run only";
    Q_EMIT profilesForThisRunChanged();
    return profile.name;
}

QList<Profile> CredentialStore::profilesForThisRun() const
{
    QList<Profile> profiles;
    for (const RunProfile &kept : m_forThisRun)
        profiles.append(kept.profile);
    std::sort(profiles.begin(), profiles.end(),
              [](const Profile &a, const Profile &b) { return a.name < b.name; });
    return profiles;
}

bool CredentialStore::isForThisRun(const QString &name) const
{
    return m_forThisRun.contains(name);
}

QList<CredentialStore::Step> CredentialStore::secretSteps(const QString &originalName,
                                                          const Profile &profile,
                                                          const SecretChanges &changes) const
{
    const bool renamed = !originalName.isEmpty() && originalName != profile.name;
    QList<Step> steps;
    for (const SecretKind kind : bothKinds) {
        const std::optional<QString> &change =
            kind == SecretKind::AccessKeySecret ? changes.accessKeySecret : changes.securityToken;
        if (renamed && !change)
            steps.append(moveStep(originalName, profile.name, kind));
        if (change)
            steps.append(changeStep(profile.name, kind, *change));
        if (renamed && change)
            steps.append(changeStep(originalName, kind, QString()));
    }
    return steps;
}

CredentialStore::Step CredentialStore::moveStep(const QString &from, const QString &to,
                                                SecretKind kind) const
{
    SecretStore *secrets = m_secrets;
    return [secrets, from, to, kind](SecretStore::Callback next) {
        secrets->read(from, kind, secrets,
                      [secrets, from, to, kind, next](const SecretOutcome &old) {
                          if (old.status != SecretOutcome::Status::Done) {
                              next(old.failed() ? old : SecretOutcome{});
                              return;
                          }
                          secrets->write(to, kind, old.secret, secrets,
                                         [secrets, from, kind, next](const SecretOutcome &written) {
                                             if (written.failed())
                                                 next(written);
                                             else
                                                 secrets->remove(from, kind, secrets, next);
                                         });
                      });
    };
}

CredentialStore::Step CredentialStore::changeStep(const QString &name, SecretKind kind,
                                                  const QString &secret) const
{
    SecretStore *secrets = m_secrets;
    return [secrets, name, kind, secret](SecretStore::Callback next) {
        if (secret.isEmpty())
            secrets->remove(name, kind, secrets, std::move(next));
        else
            secrets->write(name, kind, secret, secrets, std::move(next));
    };
}

void CredentialStore::runSteps(QList<Step> steps, QObject *context, SecretStore::Callback done)
{
    if (steps.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }

    const Step first = steps.takeFirst();
    QPointer<QObject> guard(context);
    first([this, steps, guard, done](const SecretOutcome &outcome) {
        if (!guard)
            return;
        if (outcome.failed())
            done(outcome);
        else
            runSteps(steps, guard, done);
    });
}

void CredentialStore::storeProfile(const QString &originalName, const Profile &profile,
                                   OutcomeCallback callback)
{
    const QString problem = originalName.isEmpty() ? m_profiles->add(profile)
                                                   : m_profiles->update(originalName, profile);
    callback({problem.isEmpty(), problem});
}

void CredentialStore::readSecrets(const Profile &profile, QObject *context,
                                  ResolveCallback callback)
{
    Resolution resolution;
    resolution.profile = profile;
    resolution.credentials.accessKeyId = profile.accessKeyId;

    m_secrets->read(profile.name, SecretKind::AccessKeySecret, context,
                    [this, resolution, context, callback](const SecretOutcome &secret) mutable {
                        if (secret.failed()) {
                            resolution.status = Resolution::Status::KeychainFailed;
                            resolution.message = secret.message;
                            callback(resolution);
                            return;
                        }
                        if (secret.status == SecretOutcome::Status::NotFound) {
                            resolution.status = Resolution::Status::MissingSecret;
                            resolution.message =
                                tr("No access key secret is stored for profile \"%1\". Open "
                                   "Profiles and enter it.")
                                    .arg(resolution.profile.name);
                            explainMissing(resolution, context, callback);
                            return;
                        }
                        resolution.credentials.accessKeySecret = secret.secret;
                        if (resolution.profile.mode == CredentialMode::AccessKey) {
                            callback(resolution);
                            return;
                        }
                        readToken(resolution, context, callback);
                    });
}

void CredentialStore::readToken(Resolution resolution, QObject *context, ResolveCallback callback)
{
    m_secrets->read(resolution.profile.name, SecretKind::SecurityToken, context,
                    [this, resolution, context, callback](const SecretOutcome &token) mutable {
                        if (token.failed()) {
                            resolution.status = Resolution::Status::KeychainFailed;
                            resolution.message = token.message;
                            callback(resolution);
                        } else if (token.status == SecretOutcome::Status::NotFound) {
                            resolution.status = Resolution::Status::MissingSecret;
                            resolution.message =
                                tr("Profile \"%1\" uses an STS token, but none is stored. Open "
                                   "Profiles and enter a current token.")
                                    .arg(resolution.profile.name);
                            explainMissing(resolution, context, callback);
                        } else {
                            resolution.credentials.securityToken = token.secret;
                            callback(resolution);
                        }
                    });
}

void CredentialStore::explainMissing(Resolution resolution, QObject *context,
                                     ResolveCallback callback)
{
    if (m_secrets->backend() == SecretStore::Backend::Memory) {
        callback(resolution);
        return;
    }

    // A locked or absent keychain also answers "not found"; only a write tells them apart.
    m_secrets->probe(context, [resolution, callback](const KeychainAvailability &keychain) mutable {
        if (!keychain.available) {
            resolution.status = Resolution::Status::KeychainFailed;
            resolution.message = keychain.reason;
        }
        callback(resolution);
    });
}

} // namespace ib
