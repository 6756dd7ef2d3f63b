#include "awaited.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "logcapture.h"
#include "secretscan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace ib;

// Runs against a real Secret Service: CTest starts it through with-secret-service.sh, in a
// private D-Bus session and a throw-away HOME.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeFindsTheKeychain();
    void storesReadsAndDeletesASecret();
    void missingEntryIsANormalAnswer();
    void longStsTokenRoundTrips();
    void profileLifecycleMovesAndRemovesEntries();
    void noSecretOnDiskInPlainOrBase64();
    void noSecretInAnyLog();

private:
    SecretOutcome read(const QString &name, SecretKind kind);
    SecretOutcome write(const QString &name, SecretKind kind, const QString &secret);
    SecretOutcome remove(const QString &name, SecretKind kind);

    SecretStore m_secrets;
    QStringList m_secretsUsed;
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("IB_PRIVATE_SECRET_SERVICE"))
        QFAIL("Run this test through CTest: it needs the private Secret Service that "
              "with-secret-service.sh starts, and must not touch your own keyring.");
    QVERIFY(QDir::homePath() == qEnvironmentVariable("IB_PRIVATE_SECRET_SERVICE"));
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("ib.*=true"));
    startCapturingLog();
}

SecretOutcome TestKeychain::read(const QString &name, SecretKind kind)
{
    Awaited<SecretOutcome> done;
    m_secrets.read(name, kind, done.context(), done.callback());
    return done.wait() ? done.value() : SecretOutcome{SecretOutcome::Status::Failed, {}, {}};
}

SecretOutcome TestKeychain::write(const QString &name, SecretKind kind, const QString &secret)
{
    m_secretsUsed.append(secret);
    Awaited<SecretOutcome> done;
    m_secrets.write(name, kind, secret, done.context(), done.callback());
    return done.wait() ? done.value() : SecretOutcome{SecretOutcome::Status::Failed, {}, {}};
}

SecretOutcome TestKeychain::remove(const QString &name, SecretKind kind)
{
    Awaited<SecretOutcome> done;
    m_secrets.remove(name, kind, done.context(), done.callback());
    return done.wait() ? done.value() : SecretOutcome{SecretOutcome::Status::Failed, {}, {}};
}

void TestKeychain::probeFindsTheKeychain()
{
    Awaited<KeychainAvailability> probed;
    m_secrets.probe(probed.context(), probed.callback());
    QVERIFY(probed.wait());
    QVERIFY2(probed.value().available, qPrintable(probed.value().reason));
    QCOMPARE(m_secrets.backend(), SecretStore::Backend::Keychain);
}

void TestKeychain::storesReadsAndDeletesASecret()
{
    const QString secret = QStringLiteral("keychain-secret-7Tn1");
    QCOMPARE(write(QStringLiteral("prod"), SecretKind::AccessKeySecret, secret).status,
             SecretOutcome::Status::Done);

    const SecretOutcome stored = read(QStringLiteral("prod"), SecretKind::AccessKeySecret);
    QCOMPARE(stored.status, SecretOutcome::Status::Done);
    QCOMPARE(stored.secret, secret);

    QCOMPARE(remove(QStringLiteral("prod"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::Done);
    QCOMPARE(read(QStringLiteral("prod"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
}

void TestKeychain::missingEntryIsANormalAnswer()
{
    const SecretOutcome missing = read(QStringLiteral("never-stored"), SecretKind::SecurityToken);
    QCOMPARE(missing.status, SecretOutcome::Status::NotFound);
    QVERIFY(missing.message.isEmpty());
    QCOMPARE(remove(QStringLiteral("never-stored"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::Done);
}

void TestKeychain::longStsTokenRoundTrips()
{
    const QString token = QStringLiteral("CAIS") + QString(3000, QLatin1Char('k'));
    QCOMPARE(write(QStringLiteral("sts"), SecretKind::SecurityToken, token).status,
             SecretOutcome::Status::Done);
    QCOMPARE(read(QStringLiteral("sts"), SecretKind::SecurityToken).secret, token);
    QCOMPARE(remove(QStringLiteral("sts"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::Done);
}

void TestKeychain::profileLifecycleMovesAndRemovesEntries()
{
    ProfileStore profiles;
    CredentialStore store(&profiles, &m_secrets);
    Profile profile;
    profile.name = QStringLiteral("ops");
    profile.regionId = QStringLiteral("cn-hangzhou");
    profile.mode = CredentialMode::StsToken;
    profile.accessKeyId = QStringLiteral("STS.lifecycle-id");
    m_secretsUsed << QStringLiteral("lifecycle-secret-Q2") << QStringLiteral("lifecycle-token-Q2");

    Awaited<ProfileOutcome> saved;
    store.save({}, profile, {m_secretsUsed.at(m_secretsUsed.size() - 2), m_secretsUsed.last()},
               saved.context(), saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved.value().ok, qPrintable(saved.value().message));

    Profile renamed = profile;
    renamed.name = QStringLiteral("ops-renamed");
    Awaited<ProfileOutcome> moved;
    store.save(QStringLiteral("ops"), renamed, {}, moved.context(), moved.callback());
    QVERIFY(moved.wait());
    QVERIFY2(moved.value().ok, qPrintable(moved.value().message));
    QCOMPARE(read(QStringLiteral("ops"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);

    Awaited<Resolution> resolved;
    store.resolve(QStringLiteral("ops-renamed"), resolved.context(), resolved.callback());
    QVERIFY(resolved.wait());
    QVERIFY2(resolved.value().ok(), qPrintable(resolved.value().message));
    QCOMPARE(resolved.value().credentials.accessKeySecret, QStringLiteral("lifecycle-secret-Q2"));
    QCOMPARE(resolved.value().credentials.securityToken, QStringLiteral("lifecycle-token-Q2"));

    Awaited<ProfileOutcome> removed;
    store.remove(QStringLiteral("ops-renamed"), removed.context(), removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(removed.value().ok);
    QVERIFY(removed.value().message.isEmpty());
    QCOMPARE(read(QStringLiteral("ops-renamed"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(read(QStringLiteral("ops-renamed"), SecretKind::SecurityToken).status,
             SecretOutcome::Status::NotFound);
}

void TestKeychain::noSecretOnDiskInPlainOrBase64()
{
    ProfileStore profiles;
    CredentialStore store(&profiles, &m_secrets);
    Profile profile;
    profile.name = QStringLiteral("kept");
    profile.regionId = QStringLiteral("cn-hangzhou");
    profile.accessKeyId = QStringLiteral("kept-id");
    const QString secret = QStringLiteral("on-disk-scan-secret-Vb93");
    m_secretsUsed.append(secret);

    Awaited<ProfileOutcome> saved;
    store.save({}, profile, {secret, {}}, saved.context(), saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(saved.value().ok);

    QFile settings(profiles.fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("kept-id"));
    QCOMPARE(filesHolding(QFileInfo(profiles.fileName()).absolutePath(), secret), QStringList());
    // The keyring files live in the same HOME; GNOME Keyring encrypts them.
    QCOMPARE(filesHolding(QDir::homePath(), secret), QStringList());
}

void TestKeychain::noSecretInAnyLog()
{
    QVERIFY(!m_secretsUsed.isEmpty());
    QVERIFY(!capturedLog().isEmpty()); // the store did log what it did
    for (const QString &line : std::as_const(capturedLog())) {
        for (const QString &secret : std::as_const(m_secretsUsed))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
