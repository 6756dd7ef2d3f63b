#pragma once

#include "credentials/credentialstore.h"
#include "credentials/importedprofile.h"

#include <QDialog>
#include <QProcessEnvironment>

class QLabel;
class QListWidget;
class QPushButton;

namespace ib::ui {

class ProfileForm;

/// Lists the operator's profiles and lets them add, edit, rename, delete, import and test
/// one. Secrets go to the keychain through the CredentialStore and are never shown again.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(CredentialStore *store, QWidget *parent = nullptr);

    /// The profile selected in the list; empty while a new one is being written.
    QString selectedName() const;

public Q_SLOTS:
    /// Shows the outcome of the test the caller ran for testRequested().
    void showTestResult(bool ok, const QString &text);
    /// Imports the AK and StsToken profiles of a CLI configuration file and says what was not.
    void importCliConfig(const QString &path);
    /// Adds the access key found in `environment` as a profile for this run only.
    void importEnvironment(const QProcessEnvironment &environment);
    /// Says why the keychain cannot be used and offers to keep secrets in memory instead.
    void showKeychainUnavailable(const QString &reason);
    /// Selects the profile called `name` in the list.
    void selectProfile(const QString &name);

Q_SIGNALS:
    /// The person asked to test the profile on show: run a cheap call (DescribeRegions) with
    /// these credentials and answer with showTestResult(). Never log `credentials`.
    void testRequested(const ib::Profile &profile, const ib::ResolvedCredentials &credentials);

private:
    QWidget *createActions();
    void setTabOrderOfControls();
    void reloadList();
    void showSelected();
    void showSecretPlaces(const Profile &profile);
    void startNewProfile();
    void save();
    void confirmDelete();
    void remove(const QString &name);
    void test();
    void importNext(QList<ImportedProfile> pending, QStringList imported, const QString &skipped);
    void checkKeychain();
    void showStatus(const QString &text);

    CredentialStore *m_store;
    QListWidget *m_list;
    ProfileForm *m_form;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QPushButton *m_importCliButton;
    QPushButton *m_importEnvironmentButton;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QPushButton *m_closeButton;
    QWidget *m_keychainBanner;
    QLabel *m_keychainReason;
    QPushButton *m_useMemoryButton;
    QLabel *m_status;
};

} // namespace ib::ui
