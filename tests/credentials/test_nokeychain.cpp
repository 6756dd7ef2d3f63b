#include "awaited.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "logcapture.h"
#include "secretscan.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ib;

namespace {

Profile profileNamed(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.regionId = QStringLiteral("cn-hangzhou");
    profile.accessKeyId = QStringLiteral("id-") + name;
    return profile;
}

const QString secret = QStringLiteral("no-keychain-secret-Hd84");

} // namespace

// With no Secret Service at all (the session bus address points nowhere), in a private HOME:
// the person gets a sentence to act on, the offer of memory for this run, and nothing on disk.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSaysWhyAndOffersMemory();
    void saveFailsAndLeavesTheSettingsAlone();
    void resolveExplainsTheKeychainNotAMissingSecret();
    void memoryForThisRunWorksAndWritesNothing();
    void noSecretInAnyLog();

private:
    ProfileStore m_profiles;
    SecretStore m_secrets;
    CredentialStore m_store{&m_profiles, &m_secrets};
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("no-bus")));
    QLoggingCategory::setFilterRules(QStringLiteral("ib.*=true"));
    startCapturingLog();
}

void TestNoKeychain::probeSaysWhyAndOffersMemory()
{
    Awaited<KeychainAvailability> probed;
    m_secrets.probe(probed.context(), probed.callback());
    QVERIFY(probed.wait());

    QVERIFY(!probed.value().available);
    const QString reason = probed.value().reason;
    QVERIFY2(reason.contains(QStringLiteral("keychain")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("GNOME Keyring")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("in memory for this run only")), qPrintable(reason));
}

void TestNoKeychain::saveFailsAndLeavesTheSettingsAlone()
{
    Awaited<ProfileOutcome> saved;
    m_store.save({}, profileNamed(QStringLiteral("prod")), {secret, {}}, saved.context(),
                 saved.callback());
    QVERIFY(saved.wait());

    QVERIFY(!saved.value().ok);
    QVERIFY(saved.value().message.contains(QStringLiteral("in memory for this run only")));
    QVERIFY(!saved.value().message.contains(secret));
    QVERIFY(m_profiles.profiles().isEmpty());
}

void TestNoKeychain::resolveExplainsTheKeychainNotAMissingSecret()
{
    QCOMPARE(m_profiles.add(profileNamed(QStringLiteral("listed"))), QString());

    Awaited<Resolution> resolved;
    m_store.resolve(QStringLiteral("listed"), resolved.context(), resolved.callback());
    QVERIFY(resolved.wait());

    QCOMPARE(resolved.value().status, Resolution::Status::KeychainFailed);
    QVERIFY(resolved.value().message.contains(QStringLiteral("keychain")));
    QVERIFY(m_profiles.remove(QStringLiteral("listed")));
}

void TestNoKeychain::memoryForThisRunWorksAndWritesNothing()
{
    QSignalSpy switched(&m_secrets, &SecretStore::backendChanged);
    m_secrets.useMemoryForThisRun();
    QCOMPARE(switched.count(), 1);

    Awaited<ProfileOutcome> saved;
    m_store.save({}, profileNamed(QStringLiteral("prod")), {secret, {}}, saved.context(),
                 saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved.value().ok, qPrintable(saved.value().message));

    Awaited<Resolution> resolved;
    m_store.resolve(QStringLiteral("prod"), resolved.context(), resolved.callback());
    QVERIFY(resolved.wait());
    QCOMPARE(resolved.value().credentials.accessKeySecret, secret);

    QVERIFY(QFile::exists(m_profiles.fileName()));
    QVERIFY(m_profiles.fileName().startsWith(QDir::homePath()));
    QCOMPARE(filesHolding(QDir::homePath(), secret), QStringList());
}

void TestNoKeychain::noSecretInAnyLog()
{
    QVERIFY(!capturedLog().isEmpty());
    for (const QString &line : std::as_const(capturedLog()))
        QVERIFY2(!line.contains(secret), qPrintable(line));
}

// A private HOME and a session bus address that leads nowhere, set before Qt starts.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("could not create a temporary HOME");
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + root + "/no-bus");
    QStandardPaths::setTestModeEnabled(true);

    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_nokeychain.moc"
