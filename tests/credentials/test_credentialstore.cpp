#include "awaited.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ib;

namespace {

Profile profileNamed(const QString &name, CredentialMode mode = CredentialMode::AccessKey)
{
    Profile profile;
    profile.name = name;
    profile.regionId = QStringLiteral("cn-shanghai");
    profile.mode = mode;
    profile.accessKeyId = QStringLiteral("id-of-") + name;
    return profile;
}

} // namespace

// Profiles with secrets, on the in-memory secret store; test_keychain runs the same operations
// on a real Secret Service.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveThenResolveGivesTheSecrets();
    void resolveUnknownProfileSaysSo();
    void resolveWithoutSecretSaysWhatToDo();
    void resolveStsProfileWithoutTokenSaysSo();
    void renameMovesTheSecrets();
    void renameOntoATakenNameChangesNothing();
    void editKeepsSecretsThatWereNotTyped();
    void switchingToAccessKeyDropsTheToken();
    void removeDeletesTheSecrets();
    void profileForThisRunResolvesWithoutBeingStored();
    void savingAProfileForThisRunStoresItsSecrets();
    void nameOfAProfileForThisRunIsTaken();

private:
    ProfileOutcome save(const QString &original, const Profile &profile,
                        const SecretChanges &changes);
    Resolution resolve(const QString &name);
    SecretOutcome read(const QString &name, SecretKind kind);

    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_store;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialStore::init()
{
    QSettings(QStringLiteral("InvocationBrowser"), QStringLiteral("invocation-browser")).clear();
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::Memory);
    m_store = std::make_unique<CredentialStore>(m_profiles.get(), m_secrets.get());
}

void TestCredentialStore::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_profiles.reset();
}

ProfileOutcome TestCredentialStore::save(const QString &original, const Profile &profile,
                                         const SecretChanges &changes)
{
    Awaited<ProfileOutcome> saved;
    m_store->save(original, profile, changes, saved.context(), saved.callback());
    if (!saved.wait())
        return {false, QStringLiteral("timed out")};
    return saved.value();
}

Resolution TestCredentialStore::resolve(const QString &name)
{
    Awaited<Resolution> resolved;
    m_store->resolve(name, resolved.context(), resolved.callback());
    if (!resolved.wait())
        return {Resolution::Status::KeychainFailed, {}, {}, QStringLiteral("timed out")};
    return resolved.value();
}

SecretOutcome TestCredentialStore::read(const QString &name, SecretKind kind)
{
    Awaited<SecretOutcome> read;
    m_secrets->read(name, kind, read.context(), read.callback());
    if (!read.wait())
        return {SecretOutcome::Status::Failed, {}, QStringLiteral("timed out")};
    return read.value();
}

void TestCredentialStore::saveThenResolveGivesTheSecrets()
{
    const Profile profile = profileNamed(QStringLiteral("prod"), CredentialMode::StsToken);
    QVERIFY(save({}, profile, {QStringLiteral("s3cret"), QStringLiteral("tok3n")}).ok);

    const Resolution resolution = resolve(QStringLiteral("prod"));

    QVERIFY2(resolution.ok(), qPrintable(resolution.message));
    QCOMPARE(resolution.profile, profile);
    QCOMPARE(resolution.credentials.accessKeyId, QStringLiteral("id-of-prod"));
    QCOMPARE(resolution.credentials.accessKeySecret, QStringLiteral("s3cret"));
    QCOMPARE(resolution.credentials.securityToken, QStringLiteral("tok3n"));
}

void TestCredentialStore::resolveUnknownProfileSaysSo()
{
    const Resolution resolution = resolve(QStringLiteral("nowhere"));
    QCOMPARE(resolution.status, Resolution::Status::UnknownProfile);
    QVERIFY(resolution.message.contains(QStringLiteral("nowhere")));
}

void TestCredentialStore::resolveWithoutSecretSaysWhatToDo()
{
    QVERIFY(save({}, profileNamed(QStringLiteral("bare")), {}).ok);

    const Resolution resolution = resolve(QStringLiteral("bare"));

    QCOMPARE(resolution.status, Resolution::Status::MissingSecret);
    QVERIFY(resolution.message.contains(QStringLiteral("\"bare\"")));
    QVERIFY(resolution.message.contains(QStringLiteral("Profiles")));
}

void TestCredentialStore::resolveStsProfileWithoutTokenSaysSo()
{
    const Profile profile = profileNamed(QStringLiteral("sts"), CredentialMode::StsToken);
    QVERIFY(save({}, profile, {QStringLiteral("s"), std::nullopt}).ok);

    const Resolution resolution = resolve(QStringLiteral("sts"));

    QCOMPARE(resolution.status, Resolution::Status::MissingSecret);
    QVERIFY(resolution.message.contains(QStringLiteral("STS token")));
}

void TestCredentialStore::renameMovesTheSecrets()
{
    const Profile old = profileNamed(QStringLiteral("old"), CredentialMode::StsToken);
    QVERIFY(save({}, old, {QStringLiteral("secret-1"), QStringLiteral("token-1")}).ok);
    m_profiles->setCurrentName(QStringLiteral("old"));

    Profile renamed = old;
    renamed.name = QStringLiteral("new");
    QVERIFY(save(QStringLiteral("old"), renamed, {}).ok);

    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("new")});
    QCOMPARE(m_profiles->currentName(), QStringLiteral("new"));
    QCOMPARE(read(QStringLiteral("old"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(read(QStringLiteral("old"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(read(QStringLiteral("new"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("secret-1"));
    QCOMPARE(read(QStringLiteral("new"), SecretKind::SecurityToken).secret,
             QStringLiteral("token-1"));
}

void TestCredentialStore::renameOntoATakenNameChangesNothing()
{
    QVERIFY(
        save({}, profileNamed(QStringLiteral("a")), {QStringLiteral("secret-a"), std::nullopt}).ok);
    QVERIFY(
        save({}, profileNamed(QStringLiteral("b")), {QStringLiteral("secret-b"), std::nullopt}).ok);

    const ProfileOutcome outcome = save(QStringLiteral("a"), profileNamed(QStringLiteral("b")), {});

    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("already exists")));
    QCOMPARE(read(QStringLiteral("a"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("secret-a"));
    QCOMPARE(read(QStringLiteral("b"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("secret-b"));
}

void TestCredentialStore::editKeepsSecretsThatWereNotTyped()
{
    Profile profile = profileNamed(QStringLiteral("prod"));
    QVERIFY(save({}, profile, {QStringLiteral("kept"), std::nullopt}).ok);

    profile.regionId = QStringLiteral("cn-beijing");
    QVERIFY(save(QStringLiteral("prod"), profile, {}).ok);

    QCOMPARE(m_profiles->profile(QStringLiteral("prod"))->regionId, QStringLiteral("cn-beijing"));
    QCOMPARE(resolve(QStringLiteral("prod")).credentials.accessKeySecret, QStringLiteral("kept"));
}

void TestCredentialStore::switchingToAccessKeyDropsTheToken()
{
    Profile profile = profileNamed(QStringLiteral("prod"), CredentialMode::StsToken);
    QVERIFY(save({}, profile, {QStringLiteral("s"), QStringLiteral("t")}).ok);

    profile.mode = CredentialMode::AccessKey;
    QVERIFY(save(QStringLiteral("prod"), profile, {}).ok);

    QCOMPARE(read(QStringLiteral("prod"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(resolve(QStringLiteral("prod")).credentials.securityToken, QString());
}

void TestCredentialStore::removeDeletesTheSecrets()
{
    const Profile profile = profileNamed(QStringLiteral("gone"), CredentialMode::StsToken);
    QVERIFY(save({}, profile, {QStringLiteral("s"), QStringLiteral("t")}).ok);

    Awaited<ProfileOutcome> removed;
    m_store->remove(QStringLiteral("gone"), removed.context(), removed.callback());
    QVERIFY(removed.wait());

    QVERIFY(removed.value().ok);
    QVERIFY(removed.value().message.isEmpty());
    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(read(QStringLiteral("gone"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(read(QStringLiteral("gone"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::NotFound);
}

void TestCredentialStore::profileForThisRunResolvesWithoutBeingStored()
{
    QVERIFY(
        save({}, profileNamed(QStringLiteral("environment")), {QStringLiteral("x"), std::nullopt})
            .ok);
    QSignalSpy changed(m_store.get(), &CredentialStore::profilesForThisRunChanged);

    const QString name =
        m_store->addForThisRun(profileNamed(QStringLiteral("environment")),
                               {QStringLiteral("env-id"), QStringLiteral("env-secret"), {}});

    QCOMPARE(name, QStringLiteral("environment-2")); // the stored one keeps its name
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_store->isForThisRun(name));
    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("environment")});
    const Resolution resolution = resolve(name);
    QVERIFY(resolution.ok());
    QCOMPARE(resolution.credentials.accessKeySecret, QStringLiteral("env-secret"));
    QCOMPARE(read(name, SecretKind::AccessKeySecret).status, SecretOutcome::Status::NotFound);
}

void TestCredentialStore::savingAProfileForThisRunStoresItsSecrets()
{
    const QString name = m_store->addForThisRun(
        profileNamed(QStringLiteral("environment")),
        {QStringLiteral("id-of-environment"), QStringLiteral("env-secret"), {}});

    QVERIFY(save(name, profileNamed(name), {}).ok);

    QVERIFY(!m_store->isForThisRun(name));
    QVERIFY(m_profiles->contains(name));
    QCOMPARE(read(name, SecretKind::AccessKeySecret).secret, QStringLiteral("env-secret"));
}

void TestCredentialStore::nameOfAProfileForThisRunIsTaken()
{
    m_store->addForThisRun(profileNamed(QStringLiteral("environment")), {});

    const ProfileOutcome outcome =
        save({}, profileNamed(QStringLiteral("environment")), {QStringLiteral("s"), {}});

    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("this run")));
    QVERIFY(m_profiles->profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
