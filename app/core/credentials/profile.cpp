#include "credentials/profile.h"

#include <QCoreApplication>

namespace ib {

namespace {

constexpr int maximumNameLength = 64;

// Gives the free functions below a translation context of their own.
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ib::Profile)
};

} // namespace

bool operator==(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.regionId == b.regionId && a.endpoint == b.endpoint &&
           a.mode == b.mode && a.signatureVersion == b.signatureVersion &&
           a.accessKeyId == b.accessKeyId;
}

QString credentialModeKey(CredentialMode mode)
{
    return mode == CredentialMode::StsToken ? QStringLiteral("StsToken")
                                            : QStringLiteral("AccessKey");
}

std::optional<CredentialMode> credentialModeFromKey(const QString &key)
{
    if (key == QLatin1String("AccessKey"))
        return CredentialMode::AccessKey;
    if (key == QLatin1String("StsToken"))
        return CredentialMode::StsToken;
    return std::nullopt;
}

QString signatureVersionKey(api::SignatureVersion version)
{
    return version == api::SignatureVersion::V1 ? QStringLiteral("V1") : QStringLiteral("V3");
}

std::optional<api::SignatureVersion> signatureVersionFromKey(const QString &key)
{
    if (key == QLatin1String("V1"))
        return api::SignatureVersion::V1;
    if (key == QLatin1String("V3"))
        return api::SignatureVersion::V3;
    return std::nullopt;
}

QString profileNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ProfileText::tr("Give the profile a name.");
    if (name != name.trimmed())
        return ProfileText::tr("A profile name cannot start or end with a space.");
    if (name.size() > maximumNameLength)
        return ProfileText::tr("Keep the profile name to %1 characters or fewer.")
            .arg(maximumNameLength);

    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return ProfileText::tr("A profile name cannot contain '/' or '\\'.");
        if (c.category() == QChar::Other_Control)
            return ProfileText::tr("A profile name cannot contain control characters.");
    }
    return {};
}

} // namespace ib
