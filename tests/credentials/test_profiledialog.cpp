#include "awaited.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "profiledialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ib;
using ib::ui::ProfileDialog;

// The profile dialog, offscreen, on the in-memory secret store.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAProfileWithItsSecret();
    void newProfileNeedsASecret();
    void stsModeAsksForAndStoresTheToken();
    void editsAndRenamesAProfile();
    void deletesOnlyAfterConfirmation();
    void storedSecretIsNeverShown();
    void testSendsTheStoredCredentials();
    void importsTheCliConfiguration();
    void environmentProfileIsForThisRunOnly();
    void keychainBannerOffersMemory();
    void everyControlHasAnAccessibleName();

private:
    template<typename Widget>
    Widget *find(const char *name) const
    {
        return m_dialog->findChild<Widget *>(QLatin1String(name));
    }
    void type(const char *field, const QString &text);
    bool clickSaveAndWait();
    SecretOutcome read(const QString &name, SecretKind kind);
    void addProfile(const QString &name, const QString &secret);
    QString status() const { return find<QLabel>("status")->text(); }

    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ProfileDialog> m_dialog;
};

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No test here may reach a real keyring: the session bus leads nowhere.
    const QByteArray nowhere = "unix:path=" + QDir::tempPath().toUtf8() + "/ib-no-bus";
    qputenv("DBUS_SESSION_BUS_ADDRESS", nowhere);
}

void TestProfileDialog::init()
{
    QSettings(QStringLiteral("InvocationBrowser"), QStringLiteral("invocation-browser")).clear();
    m_profiles = std::make_unique<ProfileStore>();
    m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::Memory);
    m_store = std::make_unique<CredentialStore>(m_profiles.get(), m_secrets.get());
    m_dialog = std::make_unique<ProfileDialog>(m_store.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfileDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestProfileDialog::type(const char *field, const QString &text)
{
    auto *edit = find<QLineEdit>(field);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool TestProfileDialog::clickSaveAndWait()
{
    QSignalSpy saved(m_profiles.get(), &ProfileStore::profilesChanged);
    QTest::mouseClick(find<QPushButton>("save"), Qt::LeftButton);
    return saved.wait(5000);
}

SecretOutcome TestProfileDialog::read(const QString &name, SecretKind kind)
{
    Awaited<SecretOutcome> done;
    m_secrets->read(name, kind, done.context(), done.callback());
    return done.wait() ? done.value() : SecretOutcome{SecretOutcome::Status::Failed, {}, {}};
}

void TestProfileDialog::addProfile(const QString &name, const QString &secret)
{
    QTest::mouseClick(find<QPushButton>("new"), Qt::LeftButton);
    type("name", name);
    type("accessKeyId", QStringLiteral("id-") + name);
    type("accessKeySecret", secret);
    QVERIFY(clickSaveAndWait());
}

void TestProfileDialog::addsAProfileWithItsSecret()
{
    addProfile(QStringLiteral("prod"), QStringLiteral("typed-secret-1"));

    const std::optional<Profile> stored = m_profiles->profile(QStringLiteral("prod"));
    QVERIFY(stored);
    QCOMPARE(stored->accessKeyId, QStringLiteral("id-prod"));
    QCOMPARE(stored->regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(read(QStringLiteral("prod"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("typed-secret-1"));
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("prod"));
    QCOMPARE(find<QListWidget>("profiles")->count(), 1);
    QVERIFY(status().contains(QStringLiteral("Saved")));
}

void TestProfileDialog::newProfileNeedsASecret()
{
    QTest::mouseClick(find<QPushButton>("new"), Qt::LeftButton);
    type("name", QStringLiteral("no-secret"));
    type("accessKeyId", QStringLiteral("id"));
    QTest::mouseClick(find<QPushButton>("save"), Qt::LeftButton);

    QVERIFY(status().contains(QStringLiteral("access key secret")));
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestProfileDialog::stsModeAsksForAndStoresTheToken()
{
    QTest::mouseClick(find<QPushButton>("new"), Qt::LeftButton);
    auto *token = find<QLineEdit>("securityToken");
    QVERIFY(!token->isEnabled());
    type("name", QStringLiteral("sts"));
    type("accessKeyId", QStringLiteral("STS.id"));
    type("accessKeySecret", QStringLiteral("sts-secret"));
    auto *mode = find<QComboBox>("mode");
    QTest::keyClick(mode, Qt::Key_Down); // from "Access key" to "STS token", as a person would
    QCOMPARE(mode->currentData().toInt(), int(CredentialMode::StsToken));
    QVERIFY(token->isEnabled());

    QTest::mouseClick(find<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(status().contains(QStringLiteral("security token")));
    QVERIFY(m_profiles->profiles().isEmpty());

    type("securityToken", QStringLiteral("sts-token"));
    QVERIFY(clickSaveAndWait());
    QCOMPARE(m_profiles->profile(QStringLiteral("sts"))->mode, CredentialMode::StsToken);
    QCOMPARE(read(QStringLiteral("sts"), SecretKind::SecurityToken).secret,
             QStringLiteral("sts-token"));
}

void TestProfileDialog::editsAndRenamesAProfile()
{
    addProfile(QStringLiteral("old"), QStringLiteral("moving-secret"));

    find<QComboBox>("region")->setCurrentText(QStringLiteral("cn-shanghai"));
    type("name", QStringLiteral("new"));
    QVERIFY(clickSaveAndWait());

    QCOMPARE(m_profiles->names(), QStringList{QStringLiteral("new")});
    QCOMPARE(m_profiles->profile(QStringLiteral("new"))->regionId, QStringLiteral("cn-shanghai"));
    QCOMPARE(read(QStringLiteral("new"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("moving-secret"));
    QCOMPARE(read(QStringLiteral("old"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
    QCOMPARE(m_dialog->selectedName(), QStringLiteral("new"));
}

void TestProfileDialog::deletesOnlyAfterConfirmation()
{
    addProfile(QStringLiteral("doomed"), QStringLiteral("doomed-secret"));

    QTest::mouseClick(find<QPushButton>("delete"), Qt::LeftButton);
    auto *question = find<QMessageBox>("confirmDelete");
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("doomed")));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(m_profiles->contains(QStringLiteral("doomed")));

    QTest::mouseClick(find<QPushButton>("delete"), Qt::LeftButton);
    question = find<QMessageBox>("confirmDelete");
    QVERIFY(question);
    QSignalSpy removed(m_profiles.get(), &ProfileStore::profilesChanged);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(removed.wait(5000));

    QVERIFY(m_profiles->profiles().isEmpty());
    QCOMPARE(find<QListWidget>("profiles")->count(), 0);
    QCOMPARE(read(QStringLiteral("doomed"), SecretKind::AccessKeySecret).status,
             SecretOutcome::Status::NotFound);
}

void TestProfileDialog::storedSecretIsNeverShown()
{
    addProfile(QStringLiteral("quiet"), QStringLiteral("never-shown-secret"));
    auto *secret = find<QLineEdit>("accessKeySecret");

    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(secret->text(), QString());
    QTRY_VERIFY(secret->placeholderText().contains(QStringLiteral("this run")));
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QStringLiteral("never-shown-secret")));
}

void TestProfileDialog::testSendsTheStoredCredentials()
{
    addProfile(QStringLiteral("tested"), QStringLiteral("tested-secret"));
    QSignalSpy requested(m_dialog.get(), &ProfileDialog::testRequested);

    QTest::mouseClick(find<QPushButton>("test"), Qt::LeftButton);
    QVERIFY(requested.wait(5000));

    const auto credentials = requested.at(0).at(1).value<ResolvedCredentials>();
    QCOMPARE(requested.at(0).at(0).value<Profile>().name, QStringLiteral("tested"));
    QCOMPARE(credentials.accessKeyId, QStringLiteral("id-tested"));
    QCOMPARE(credentials.accessKeySecret, QStringLiteral("tested-secret"));
    QVERIFY(!find<QPushButton>("test")->isEnabled());

    m_dialog->showTestResult(false, QStringLiteral("InvalidAccessKeyId.NotFound"));
    QVERIFY(find<QPushButton>("test")->isEnabled());
    QVERIFY(status().contains(QStringLiteral("failed")));
    QVERIFY(status().contains(QStringLiteral("InvalidAccessKeyId.NotFound")));
}

void TestProfileDialog::importsTheCliConfiguration()
{
    QSignalSpy changed(m_profiles.get(), &ProfileStore::profilesChanged);
    m_dialog->importCliConfig(QStringLiteral(IB_CREDENTIALS_TEST_DATA "/cli-config.json"));
    QTRY_COMPARE(m_profiles->profiles().size(), 3);

    QCOMPARE(read(QStringLiteral("sts-ops"), SecretKind::SecurityToken).secret,
             QStringLiteral("fake-ops-token-CAIS0123456789"));
    QTRY_VERIFY(status().contains(QStringLiteral("Not imported")));
    QVERIFY(status().contains(QStringLiteral("RamRoleArn")));
    QVERIFY(!status().contains(QStringLiteral("fake-role-secret-Rr77")));
    QCOMPARE(find<QListWidget>("profiles")->count(), 3);
}

void TestProfileDialog::environmentProfileIsForThisRunOnly()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("env-id"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                       QStringLiteral("env-secret"));

    m_dialog->importEnvironment(environment);

    QCOMPARE(m_dialog->selectedName(), QStringLiteral("environment"));
    QVERIFY(find<QListWidget>("profiles")->item(0)->text().contains(QStringLiteral("this run")));
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(status().contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    QVERIFY(!status().contains(QStringLiteral("env-secret")));

    QVERIFY(clickSaveAndWait()); // Save keeps it
    QVERIFY(m_profiles->contains(QStringLiteral("environment")));
    QVERIFY(!m_store->isForThisRun(QStringLiteral("environment")));
    QCOMPARE(read(QStringLiteral("environment"), SecretKind::AccessKeySecret).secret,
             QStringLiteral("env-secret"));
}

void TestProfileDialog::keychainBannerOffersMemory()
{
    SecretStore keychain(SecretStore::Backend::Keychain);
    CredentialStore store(m_profiles.get(), &keychain);
    ProfileDialog dialog(&store);
    dialog.show();
    auto *banner = dialog.findChild<QWidget *>(QStringLiteral("keychainBanner"));

    QTRY_VERIFY(banner->isVisible()); // the dialog probed the keychain by itself
    bool offered = false;
    for (const QLabel *label : banner->findChildren<QLabel *>())
        offered = offered || label->text().contains(QStringLiteral("in memory for this run"));
    QVERIFY(offered);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("useMemory")), Qt::LeftButton);

    QCOMPARE(keychain.backend(), SecretStore::Backend::Memory);
    QVERIFY(!banner->isVisible());
}

void TestProfileDialog::everyControlHasAnAccessibleName()
{
    QList<QWidget *> controls;
    for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QPushButton *>(widget) || qobject_cast<QListWidget *>(widget)) {
            if (!qobject_cast<QComboBox *>(widget->parentWidget())) // a combo's own line edit
                controls.append(widget);
        }
    }
    QVERIFY(controls.size() >= 16);
    for (const QWidget *control : std::as_const(controls))
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

QTEST_MAIN(TestProfileDialog)
#include "test_profiledialog.moc"
