#pragma once

#include "credentials/credentialstore.h"
#include "credentials/profile.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ib::ui {

/// The fields of one profile: name, region, endpoint, mode, signature version, access key id
/// and the two secrets. Secret fields are write-only: a stored secret is never shown, only
/// said to be there.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    /// Where the secrets of the profile on show are, for the placeholder text.
    enum class SecretPlace
    {
        None,
        Keychain,
        Memory,
        Unknown
    };

    explicit ProfileForm(QWidget *parent = nullptr);

    /// Shows `profile`; the secret fields are emptied.
    void setProfile(const Profile &profile);
    /// Empties every field for a new profile.
    void clear();
    void setSecretPlaces(SecretPlace accessKeySecret, SecretPlace securityToken);

    Profile profile() const;
    /// The secrets typed in: a field left empty keeps what is stored.
    SecretChanges typedSecrets() const;
    /// Why the fields cannot be saved, as a sentence; empty when they can.
    QString problem() const;
    /// Forgets the typed secrets, for example once they are saved.
    void clearTypedSecrets();

    QWidget *firstField() const;
    QWidget *lastField() const;

private:
    void updateTokenField();
    QString placeholder(SecretPlace place) const;

    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QComboBox *m_mode;
    QComboBox *m_signatureVersion;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_accessKeySecret;
    QLineEdit *m_securityToken;
    SecretPlace m_tokenPlace = SecretPlace::None;
};

} // namespace ib::ui
