#include "credentials/cliconfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace ib;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(IB_CREDENTIALS_TEST_DATA "/") + QLatin1String(name);
}

CliConfig readSample()
{
    const auto read = readCliConfig(dataFile("cli-config.json"));
    if (const auto *failure = std::get_if<ImportFailure>(&read))
        qFatal("the sample CLI configuration did not read: %s", qPrintable(failure->message));
    return std::get<CliConfig>(read);
}

const ImportedProfile *findImported(const CliConfig &config, const QString &name)
{
    for (const ImportedProfile &imported : config.profiles) {
        if (imported.profile.name == name)
            return &imported;
    }
    return nullptr;
}

const SkippedProfile *findSkipped(const CliConfig &config, const QString &name)
{
    for (const SkippedProfile &skipped : config.skipped) {
        if (skipped.name == name)
            return &skipped;
    }
    return nullptr;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCurrentProfileName();
    void importsAccessKeyProfiles_data();
    void importsAccessKeyProfiles();
    void importsStsTokenProfileWithItsToken();
    void listsEveryOtherModeWithAReason_data();
    void listsEveryOtherModeWithAReason();
    void accountsForEveryProfileInTheFile();
    void reasonsNeverContainSecrets();
    void malformedFileIsNamedAndLeftAlone_data();
    void malformedFileIsNamedAndLeftAlone();
    void missingFileSaysWhereItLooked();
    void defaultPathIsInTheHomeDirectory();
};

void TestCliConfig::readsTheCurrentProfileName()
{
    QCOMPARE(readSample().currentName, QStringLiteral("sts-ops"));
}

void TestCliConfig::importsAccessKeyProfiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::newRow("AK") << QStringLiteral("default") << QStringLiteral("LTAI5tFakeDefaultId")
                        << QStringLiteral("fake-default-secret-Zq81")
                        << QStringLiteral("cn-hangzhou");
    QTest::newRow("ak, any case") << QStringLiteral("lower-case-mode")
                                  << QStringLiteral("LTAI5tFakeLowerId")
                                  << QStringLiteral("fake-lower-secret-Pw33")
                                  << QStringLiteral("ap-southeast-1");
}

void TestCliConfig::importsAccessKeyProfiles()
{
    QFETCH(QString, name);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);
    QFETCH(QString, region);
    const CliConfig config = readSample();

    const ImportedProfile *imported = findImported(config, name);

    QVERIFY(imported);
    QCOMPARE(imported->profile.mode, CredentialMode::AccessKey);
    QCOMPARE(imported->profile.accessKeyId, accessKeyId);
    QCOMPARE(imported->profile.regionId, region);
    QCOMPARE(imported->profile.signatureVersion, api::SignatureVersion::V3);
    QVERIFY(imported->profile.endpoint.isEmpty());
    QCOMPARE(imported->credentials.accessKeyId, accessKeyId);
    QCOMPARE(imported->credentials.accessKeySecret, secret);
    QCOMPARE(imported->credentials.securityToken, QString());
}

void TestCliConfig::importsStsTokenProfileWithItsToken()
{
    const CliConfig config = readSample();
    const ImportedProfile *imported = findImported(config, QStringLiteral("sts-ops"));

    QVERIFY(imported);
    QCOMPARE(imported->profile.mode, CredentialMode::StsToken);
    QCOMPARE(imported->profile.regionId, QStringLiteral("cn-shanghai"));
    QCOMPARE(imported->credentials.accessKeyId, QStringLiteral("STS.FakeOpsId"));
    QCOMPARE(imported->credentials.accessKeySecret, QStringLiteral("fake-ops-secret-Kp20"));
    QCOMPARE(imported->credentials.securityToken, QStringLiteral("fake-ops-token-CAIS0123456789"));
}

void TestCliConfig::listsEveryOtherModeWithAReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, const char *mode, const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(mode)
                            << QString::fromLatin1(reason);
    };
    row("role", "RamRoleArn", "assumes a RAM role");
    row("instance-role", "EcsRamRole", "metadata service");
    row("rsa", "RsaKeyPair", "RSA key pair");
    row("role-with-name", "RamRoleArnWithRoleName", "retired");
    row("chain", "ChainableRamRoleArn", "another profile");
    row("external", "External", "external program");
    row("uri", "CredentialsURI", "from a URI");
    row("oidc", "OIDC", "OIDC token");
    row("sso", "CloudSSO", "CloudSSO");
    row("oauth", "OAuth", "OAuth");
    row("bearer", "BearerToken", "bearer token");
    row("anonymous", "Anonymous", "no credentials");
    row("future", "QuantumKey", "does not know");
    row("unconfigured", "", "not configured");
    row("no-secret", "AK", "no access_key_secret");
    row("sts-without-token", "StsToken", "no sts_token");
    row("team/slash", "AK", "'/'");
}

void TestCliConfig::listsEveryOtherModeWithAReason()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, reason);
    const CliConfig config = readSample();

    const SkippedProfile *skipped = findSkipped(config, name);

    QVERIFY(skipped);
    QVERIFY(!findImported(config, name));
    QCOMPARE(skipped->mode, mode);
    QVERIFY2(skipped->reason.contains(reason), qPrintable(skipped->reason));
}

void TestCliConfig::accountsForEveryProfileInTheFile()
{
    const CliConfig config = readSample();
    QCOMPARE(config.profiles.size(), 3);
    QCOMPARE(config.profiles.size() + config.skipped.size(), 20);
}

void TestCliConfig::reasonsNeverContainSecrets()
{
    QFile file(dataFile("cli-config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const CliConfig config = readSample();

    QString allReasons;
    for (const SkippedProfile &skipped : config.skipped)
        allReasons += skipped.reason;

    for (const char *secret : {"fake-role-secret-Rr77", "fake-notoken-secret-Xc09",
                               "fake-slash-secret-Ab12", "fake-private-key", "fake-bearer"}) {
        QVERIFY(json.contains(secret)); // the sample really holds it
        QVERIFY2(!allReasons.contains(QLatin1String(secret)), secret);
    }
}

void TestCliConfig::malformedFileIsNamedAndLeftAlone_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated JSON")
        << dataFile("cli-config-truncated.json") << QStringLiteral("line 5");
    QTest::newRow("profiles is not a list")
        << dataFile("cli-config-no-list.json") << QStringLiteral("no \"profiles\" list");
}

void TestCliConfig::malformedFileIsNamedAndLeftAlone()
{
    QFETCH(QString, path);
    QFETCH(QString, problem);
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    const auto read = readCliConfig(path);

    const auto *failure = std::get_if<ImportFailure>(&read);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QDir::toNativeSeparators(path)),
             qPrintable(failure->message));
    QVERIFY2(failure->message.contains(problem), qPrintable(failure->message));
    QVERIFY(failure->message.contains(QStringLiteral("not changed")));
    QCOMPARE(fileHash(path), before);
}

void TestCliConfig::missingFileSaysWhereItLooked()
{
    const QString path = dataFile("no-such-config.json");
    const auto read = readCliConfig(path);

    const auto *failure = std::get_if<ImportFailure>(&read);
    QVERIFY(failure);
    QVERIFY(failure->message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(failure->message.contains(QStringLiteral("aliyun configure")));
}

void TestCliConfig::defaultPathIsInTheHomeDirectory()
{
    QCOMPARE(defaultCliConfigPath(), QDir::homePath() + QStringLiteral("/.aliyun/config.json"));
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "test_cliconfig.moc"
