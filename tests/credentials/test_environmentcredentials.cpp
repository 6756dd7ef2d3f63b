#include "credentials/environmentcredentials.h"

#include <QTest>

using namespace ib;

namespace {

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

} // namespace

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachFamilyOfNames_data();
    void readsEachFamilyOfNames();
    void tokenMakesAnStsProfile();
    void newerNamesWinAndFamiliesAreNotMixed();
    void missingRegionAssumesHangzhou();
    void idWithoutSecretNamesBothVariables();
    void emptyEnvironmentSaysWhatToSet();
    void messagesNeverContainValues();
};

void TestEnvironmentCredentials::readsEachFamilyOfNames_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("region");
    QTest::newRow("ALIBABA_CLOUD_*")
        << QStringList{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=env-id"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=env-secret"),
                       QStringLiteral("ALIBABA_CLOUD_REGION_ID=cn-beijing")}
        << QStringLiteral("cn-beijing");
    QTest::newRow("ALIBABACLOUD_*")
        << QStringList{QStringLiteral("ALIBABACLOUD_ACCESS_KEY_ID=env-id"),
                       QStringLiteral("ALIBABACLOUD_ACCESS_KEY_SECRET=env-secret"),
                       QStringLiteral("ALIBABACLOUD_REGION_ID=cn-shanghai")}
        << QStringLiteral("cn-shanghai");
    QTest::newRow("ALICLOUD_*_ID")
        << QStringList{QStringLiteral("ALICLOUD_ACCESS_KEY_ID=env-id"),
                       QStringLiteral("ALICLOUD_ACCESS_KEY_SECRET=env-secret"),
                       QStringLiteral("ALICLOUD_REGION_ID=ap-southeast-1")}
        << QStringLiteral("ap-southeast-1");
    QTest::newRow("Terraform's ALICLOUD_*")
        << QStringList{QStringLiteral("ALICLOUD_ACCESS_KEY=env-id"),
                       QStringLiteral("ALICLOUD_SECRET_KEY=env-secret"),
                       QStringLiteral("ALICLOUD_REGION=cn-hangzhou")}
        << QStringLiteral("cn-hangzhou");
}

void TestEnvironmentCredentials::readsEachFamilyOfNames()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, region);

    const auto read = readEnvironmentCredentials(environmentOf(assignments));

    const auto *found = std::get_if<EnvironmentCredentials>(&read);
    QVERIFY(found);
    QCOMPARE(found->imported.profile.name, QStringLiteral("environment"));
    QCOMPARE(found->imported.profile.mode, CredentialMode::AccessKey);
    QCOMPARE(found->imported.profile.accessKeyId, QStringLiteral("env-id"));
    QCOMPARE(found->imported.profile.regionId, region);
    QCOMPARE(found->imported.credentials.accessKeyId, QStringLiteral("env-id"));
    QCOMPARE(found->imported.credentials.accessKeySecret, QStringLiteral("env-secret"));
    QCOMPARE(found->imported.credentials.securityToken, QString());
    QVERIFY(!found->regionDefaulted);
    QStringList names;
    for (const QString &assignment : assignments)
        names.append(assignment.section(QLatin1Char('='), 0, 0));
    QCOMPARE(found->variables, names);
}

void TestEnvironmentCredentials::tokenMakesAnStsProfile()
{
    const auto read = readEnvironmentCredentials(
        environmentOf({QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=STS.id"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=sts-secret"),
                       QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN=sts-token")}));

    const auto *found = std::get_if<EnvironmentCredentials>(&read);
    QVERIFY(found);
    QCOMPARE(found->imported.profile.mode, CredentialMode::StsToken);
    QCOMPARE(found->imported.credentials.securityToken, QStringLiteral("sts-token"));
    QVERIFY(found->variables.contains(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")));
}

void TestEnvironmentCredentials::newerNamesWinAndFamiliesAreNotMixed()
{
    const auto read = readEnvironmentCredentials(
        environmentOf({QStringLiteral("ALICLOUD_ACCESS_KEY=old-id"),
                       QStringLiteral("ALICLOUD_SECRET_KEY=old-secret"),
                       QStringLiteral("ALICLOUD_SECURITY_TOKEN=old-token"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=new-id"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=new-secret")}));

    const auto *found = std::get_if<EnvironmentCredentials>(&read);
    QVERIFY(found);
    QCOMPARE(found->imported.credentials.accessKeyId, QStringLiteral("new-id"));
    QCOMPARE(found->imported.credentials.accessKeySecret, QStringLiteral("new-secret"));
    QCOMPARE(found->imported.credentials.securityToken, QString()); // not the old family's
    QCOMPARE(found->imported.profile.mode, CredentialMode::AccessKey);
}

void TestEnvironmentCredentials::missingRegionAssumesHangzhou()
{
    const auto read = readEnvironmentCredentials(
        environmentOf({QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=id"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=secret")}));

    const auto *found = std::get_if<EnvironmentCredentials>(&read);
    QVERIFY(found);
    QCOMPARE(found->imported.profile.regionId, QStringLiteral("cn-hangzhou"));
    QVERIFY(found->regionDefaulted);
}

void TestEnvironmentCredentials::idWithoutSecretNamesBothVariables()
{
    const auto read = readEnvironmentCredentials(
        environmentOf({QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=lonely-id")}));

    const auto *failure = std::get_if<ImportFailure>(&read);
    QVERIFY(failure);
    QVERIFY(failure->message.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    QVERIFY(failure->message.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")));
}

void TestEnvironmentCredentials::emptyEnvironmentSaysWhatToSet()
{
    const auto read = readEnvironmentCredentials(environmentOf({}));

    const auto *failure = std::get_if<ImportFailure>(&read);
    QVERIFY(failure);
    QVERIFY(failure->message.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")));
}

void TestEnvironmentCredentials::messagesNeverContainValues()
{
    const auto read = readEnvironmentCredentials(
        environmentOf({QStringLiteral("ALICLOUD_ACCESS_KEY_ID=visible-id"),
                       QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=orphan-secret-8Hq")}));

    const auto *failure = std::get_if<ImportFailure>(&read);
    QVERIFY(failure);
    QVERIFY(!failure->message.contains(QStringLiteral("orphan-secret-8Hq")));
    QVERIFY(!failure->message.contains(QStringLiteral("visible-id")));
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "test_environmentcredentials.moc"
