#pragma once

#include "api/clientconfig.h"

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

namespace ib {

/// How a profile authenticates: a long-lived access key, or one with an STS security token.
enum class CredentialMode
{
    AccessKey,
    StsToken
};

/// One account and region an operator works with. Holds no secret: those live in the keychain.
struct Profile
{
    QString name;
    QString regionId;
    QUrl endpoint; // empty: the service's public endpoint for the region
    CredentialMode mode = CredentialMode::AccessKey;
    api::SignatureVersion signatureVersion = api::SignatureVersion::V3;
    QString accessKeyId; // identifies the key, not secret

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

/// What a request needs to be signed: the profile's key id and the secrets read for it.
struct ResolvedCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless the profile is in StsToken mode
};

/// The stable words a mode or signature version is stored as ("AccessKey", "V3", ...).
QString credentialModeKey(CredentialMode mode);
std::optional<CredentialMode> credentialModeFromKey(const QString &key);
QString signatureVersionKey(api::SignatureVersion version);
std::optional<api::SignatureVersion> signatureVersionFromKey(const QString &key);

/// Why a name cannot name a profile, as a sentence for a person; empty when it can.
/// Names are trimmed by the caller; '/' and '\' are refused because they separate keychain keys.
QString profileNameProblem(const QString &name);

} // namespace ib

Q_DECLARE_METATYPE(ib::Profile)
Q_DECLARE_METATYPE(ib::ResolvedCredentials)
