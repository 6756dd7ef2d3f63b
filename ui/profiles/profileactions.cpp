// The profile dialog's actions that talk to the credential store: save, delete, test, import.
#include "credentials/cliconfig.h"
#include "credentials/environmentcredentials.h"
#include "credentials/profilestore.h"
#include "profiledialog.h"
#include "profileform.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace ib::ui {

void ProfileDialog::save()
{
    const Profile profile = m_form->profile();
    const SecretChanges typed = m_form->typedSecrets();
    const QString original = selectedName();
    QString problem = m_form->problem();
    if (problem.isEmpty() && original.isEmpty() && !typed.accessKeySecret)
        problem = tr("Type the access key secret.");
    if (problem.isEmpty() && original.isEmpty() && profile.mode == CredentialMode::StsToken &&
        !typed.securityToken)
        problem = tr("Type the security token of the STS credentials.");
    if (!problem.isEmpty()) {
        showStatus(problem);
        return;
    }

    m_saveButton->setEnabled(false);
    m_store->save(original, profile, typed, this,
                  [this, name = profile.name](const ProfileOutcome &done) {
                      m_saveButton->setEnabled(true);
                      if (!done.ok) {
                          showStatus(done.message);
                          checkKeychain();
                          return;
                      }
                      m_form->clearTypedSecrets();
                      selectProfile(name);
                      showStatus(done.message.isEmpty() ? tr("Saved profile \"%1\".").arg(name)
                                                        : done.message);
                  });
}

void ProfileDialog::confirmDelete()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;

    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its secrets are removed from the keychain too, and this "
           "cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("confirmDelete"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, name] {
        if (question->clickedButton() == question->button(QMessageBox::Yes))
            remove(name);
    });
    question->open();
}

void ProfileDialog::remove(const QString &name)
{
    m_store->remove(name, this, [this, name](const ProfileOutcome &done) {
        if (!done.ok) {
            showStatus(done.message);
            return;
        }
        if (selectedName().isEmpty())
            m_form->clear();
        showStatus(done.message.isEmpty()
                       ? tr("Deleted the profile \"%1\" and its secrets.").arg(name)
                       : done.message);
    });
}

void ProfileDialog::test()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        showStatus(problem);
        return;
    }

    const Profile profile = m_form->profile();
    const SecretChanges typed = m_form->typedSecrets();
    auto request = [this, profile, typed](ResolvedCredentials credentials) {
        credentials.accessKeyId = profile.accessKeyId;
        credentials.accessKeySecret = typed.accessKeySecret.value_or(credentials.accessKeySecret);
        credentials.securityToken = profile.mode == CredentialMode::StsToken
                                        ? typed.securityToken.value_or(credentials.securityToken)
                                        : QString();
        if (credentials.accessKeySecret.isEmpty()) {
            showStatus(tr("Type the access key secret to test this profile."));
            return;
        }
        m_testButton->setEnabled(false);
        showStatus(tr("Testing the profile \"%1\"…").arg(profile.name));
        Q_EMIT testRequested(profile, credentials);
    };

    const QString original = selectedName();
    if (original.isEmpty()) {
        request({});
        return;
    }
    m_store->resolve(original, this, [this, request](const Resolution &resolution) {
        if (resolution.status == Resolution::Status::KeychainFailed ||
            resolution.status == Resolution::Status::UnknownProfile) {
            showStatus(resolution.message);
            return;
        }
        request(resolution.credentials);
    });
}

void ProfileDialog::showTestResult(bool ok, const QString &text)
{
    m_testButton->setEnabled(true);
    showStatus(ok ? tr("The test passed: %1").arg(text) : tr("The test failed: %1").arg(text));
}

void ProfileDialog::importCliConfig(const QString &path)
{
    const auto read = readCliConfig(path);
    if (const auto *failure = std::get_if<ImportFailure>(&read)) {
        showStatus(failure->message);
        return;
    }

    const CliConfig &config = std::get<CliConfig>(read);
    QStringList skipped;
    for (const SkippedProfile &profile : config.skipped) {
        skipped.append(
            tr("%1 (mode %2) %3.")
                .arg(profile.name.isEmpty() ? tr("A profile without a name") : profile.name,
                     profile.mode.isEmpty() ? tr("none") : profile.mode, profile.reason));
    }
    importNext(config.profiles, {}, skipped.join(QLatin1Char('\n')));
}

void ProfileDialog::importNext(QList<ImportedProfile> pending, QStringList imported,
                               const QString &skipped)
{
    if (pending.isEmpty()) {
        QString summary =
            tr("Imported %n profile(s) from the CLI configuration.", nullptr, int(imported.size()));
        if (!imported.isEmpty())
            summary += QLatin1Char(' ') + imported.join(QStringLiteral(", "));
        if (!skipped.isEmpty())
            summary += QLatin1Char('\n') % tr("Not imported:") % QLatin1Char('\n') % skipped;
        showStatus(summary);
        return;
    }

    ImportedProfile next = pending.takeFirst();
    next.profile.name = m_store->profiles()->uniqueName(next.profile.name);
    SecretChanges secrets{next.credentials.accessKeySecret, std::nullopt};
    if (next.profile.mode == CredentialMode::StsToken)
        secrets.securityToken = next.credentials.securityToken;

    m_store->save({}, next.profile, secrets, this,
                  [this, pending, imported, skipped,
                   name = next.profile.name](const ProfileOutcome &done) mutable {
                      if (!done.ok) {
                          showStatus(tr("Stopped importing at \"%1\": %2").arg(name, done.message));
                          checkKeychain();
                          return;
                      }
                      imported.append(name);
                      importNext(pending, imported, skipped);
                  });
}

void ProfileDialog::importEnvironment(const QProcessEnvironment &environment)
{
    const auto read = readEnvironmentCredentials(environment);
    if (const auto *failure = std::get_if<ImportFailure>(&read)) {
        showStatus(failure->message);
        return;
    }

    const EnvironmentCredentials &found = std::get<EnvironmentCredentials>(read);
    const QString name = m_store->addForThisRun(found.imported.profile, found.imported.credentials);
    selectProfile(name);
    QString text = tr("Using the access key from %1 for this run only. Press Save to keep it in "
                      "the keychain.")
                       .arg(found.variables.join(QStringLiteral(", ")));
    if (found.regionDefaulted)
        text += QLatin1Char(' ') + tr("No region variable is set, so cn-hangzhou is assumed.");
    showStatus(text);
}

void ProfileDialog::checkKeychain()
{
    if (m_store->secrets()->backend() == SecretStore::Backend::Memory) {
        m_keychainBanner->hide();
        return;
    }
    m_store->secrets()->probe(this, [this](const KeychainAvailability &keychain) {
        if (keychain.available)
            m_keychainBanner->hide();
        else
            showKeychainUnavailable(keychain.reason);
    });
}

void ProfileDialog::showKeychainUnavailable(const QString &reason)
{
    m_keychainReason->setText(reason);
    m_keychainBanner->show();
}

} // namespace ib::ui
