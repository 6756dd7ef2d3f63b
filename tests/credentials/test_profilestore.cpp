#include "awaited.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "secretscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ib;

namespace {

Profile sampleProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.regionId = QStringLiteral("cn-hangzhou");
    profile.endpoint = QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com"));
    profile.mode = CredentialMode::StsToken;
    profile.signatureVersion = api::SignatureVersion::V1;
    profile.accessKeyId = QStringLiteral("LTAI-id-") + name;
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void usesTheProgramsSettings();
    void addsAndReadsBackEveryField();
    void keepsTheOrderOfAdding();
    void refusesUnusableNames_data();
    void refusesUnusableNames();
    void renameKeepsTheCurrentProfile();
    void removeClearsTheCurrentProfile();
    void uniqueNameAppendsANumber();
    void settingsFileHoldsNoSecret();
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    QSettings(QStringLiteral("InvocationBrowser"), QStringLiteral("invocation-browser")).clear();
}

void TestProfileStore::usesTheProgramsSettings()
{
    const ProfileStore store;
    QVERIFY2(store.fileName().endsWith(QStringLiteral("InvocationBrowser/invocation-browser.conf")),
             qPrintable(store.fileName()));
}

void TestProfileStore::addsAndReadsBackEveryField()
{
    const Profile profile = sampleProfile(QStringLiteral("prod"));
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QCOMPARE(store.add(profile), QString());
        QCOMPARE(changed.count(), 1);
    }

    const ProfileStore reopened;
    QCOMPARE(reopened.profiles(), QList<Profile>{profile});
    QCOMPARE(reopened.profile(QStringLiteral("prod")), std::optional<Profile>(profile));
    QVERIFY(!reopened.profile(QStringLiteral("staging")));
}

void TestProfileStore::keepsTheOrderOfAdding()
{
    ProfileStore store;
    for (const char *name : {"zeta", "alpha", "mid"})
        QCOMPARE(store.add(sampleProfile(QLatin1String(name))), QString());
    QCOMPARE(store.names(),
             (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
}

void TestProfileStore::refusesUnusableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("leading space") << QStringLiteral(" prod");
    QTest::newRow("slash separates keychain keys") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("control character") << QStringLiteral("a\tb");
    QTest::newRow("too long") << QString(65, QLatin1Char('x'));
    QTest::newRow("taken") << QStringLiteral("prod");
}

void TestProfileStore::refusesUnusableNames()
{
    QFETCH(QString, name);
    ProfileStore store;
    QCOMPARE(store.add(sampleProfile(QStringLiteral("prod"))), QString());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    const QString problem = store.add(sampleProfile(name));

    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.endsWith(QLatin1Char('.')), qPrintable(problem));
    QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
    QCOMPARE(changed.count(), 0);
}

void TestProfileStore::renameKeepsTheCurrentProfile()
{
    ProfileStore store;
    QCOMPARE(store.add(sampleProfile(QStringLiteral("old"))), QString());
    QCOMPARE(store.add(sampleProfile(QStringLiteral("other"))), QString());
    store.setCurrentName(QStringLiteral("old"));
    QSignalSpy current(&store, &ProfileStore::currentNameChanged);

    Profile renamed = sampleProfile(QStringLiteral("new"));
    QVERIFY(!store.update(QStringLiteral("old"), sampleProfile(QStringLiteral("other"))).isEmpty());
    QCOMPARE(store.update(QStringLiteral("old"), renamed), QString());

    QCOMPARE(store.names(), (QStringList{QStringLiteral("new"), QStringLiteral("other")}));
    QCOMPARE(store.currentName(), QStringLiteral("new"));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("new"));
}

void TestProfileStore::removeClearsTheCurrentProfile()
{
    ProfileStore store;
    QCOMPARE(store.add(sampleProfile(QStringLiteral("prod"))), QString());
    store.setCurrentName(QStringLiteral("prod"));
    QCOMPARE(store.currentName(), QStringLiteral("prod"));

    QVERIFY(store.remove(QStringLiteral("prod")));
    QVERIFY(!store.remove(QStringLiteral("prod")));

    QCOMPARE(store.currentName(), QString());
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::uniqueNameAppendsANumber()
{
    ProfileStore store;
    QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod"));
    QCOMPARE(store.add(sampleProfile(QStringLiteral("prod"))), QString());
    QCOMPARE(store.add(sampleProfile(QStringLiteral("prod-2"))), QString());
    QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod-3"));
}

void TestProfileStore::settingsFileHoldsNoSecret()
{
    const QString secret = QStringLiteral("settings-scan-secret-4Yp2Qm");
    const QString token = QStringLiteral("settings-scan-token-") + QString(3000, QLatin1Char('t'));
    ProfileStore profiles;
    SecretStore secrets(SecretStore::Backend::Memory);
    CredentialStore store(&profiles, &secrets);

    Awaited<ProfileOutcome> saved;
    store.save({}, sampleProfile(QStringLiteral("prod")), {secret, token}, saved.context(),
               saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved.value().ok, qPrintable(saved.value().message));

    QFile settings(profiles.fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray bytes = settings.readAll();
    QVERIFY(bytes.contains("LTAI-id-prod")); // the file is the one written, not an empty one
    for (const QByteArray &form : secretForms(secret))
        QVERIFY2(!bytes.contains(form), form.constData());
    for (const QByteArray &form : secretForms(token))
        QVERIFY(!bytes.contains(form));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profilestore.moc"
