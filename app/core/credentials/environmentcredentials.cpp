#include "credentials/environmentcredentials.h"

#include <QCoreApplication>

namespace ib {

namespace {

// Gives the free functions below a translation context of their own.
struct EnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(ib::EnvironmentCredentials)
};

struct VariableFamily
{
    const char *accessKeyId;
    const char *accessKeySecret;
    const char *securityToken;
};

// In the order the vendor's CLI prefers them; the last is the Terraform provider's spelling.
const VariableFamily families[] = {
    {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
     "ALIBABA_CLOUD_SECURITY_TOKEN"},
    {"ALIBABACLOUD_ACCESS_KEY_ID", "ALIBABACLOUD_ACCESS_KEY_SECRET", "ALIBABACLOUD_SECURITY_TOKEN"},
    {"ALICLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY_SECRET", "ALICLOUD_SECURITY_TOKEN"},
    {"ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALICLOUD_SECURITY_TOKEN"},
};

const char *const regionVariables[] = {"ALIBABA_CLOUD_REGION_ID", "ALIBABACLOUD_REGION_ID",
                                       "ALICLOUD_REGION_ID", "ALICLOUD_REGION"};

QString valueOf(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QLatin1String(name)).trimmed();
}

void readRegion(const QProcessEnvironment &environment, EnvironmentCredentials &found)
{
    for (const char *name : regionVariables) {
        const QString region = valueOf(environment, name);
        if (!region.isEmpty()) {
            found.imported.profile.regionId = region;
            found.variables.append(QLatin1String(name));
            return;
        }
    }
    found.imported.profile.regionId = QStringLiteral("cn-hangzhou");
    found.regionDefaulted = true;
}

} // namespace

std::variant<EnvironmentCredentials, ImportFailure>
readEnvironmentCredentials(const QProcessEnvironment &environment)
{
    for (const VariableFamily &family : families) {
        const QString accessKeyId = valueOf(environment, family.accessKeyId);
        if (accessKeyId.isEmpty())
            continue;

        const QString secret = valueOf(environment, family.accessKeySecret);
        if (secret.isEmpty())
            return ImportFailure{
                EnvironmentText::tr("%1 is set but %2 is not. Set both to use the access key "
                                    "from the environment.")
                    .arg(QLatin1String(family.accessKeyId), QLatin1String(family.accessKeySecret))};

        EnvironmentCredentials found;
        Profile &profile = found.imported.profile;
        profile.name = QStringLiteral("environment");
        profile.accessKeyId = accessKeyId;
        found.imported.credentials = {accessKeyId, secret,
                                      valueOf(environment, family.securityToken)};
        profile.mode = found.imported.credentials.securityToken.isEmpty()
                           ? CredentialMode::AccessKey
                           : CredentialMode::StsToken;
        found.variables = {QLatin1String(family.accessKeyId),
                           QLatin1String(family.accessKeySecret)};
        if (profile.mode == CredentialMode::StsToken)
            found.variables.append(QLatin1String(family.securityToken));
        readRegion(environment, found);
        return found;
    }

    return ImportFailure{
        EnvironmentText::tr("No access key was found in the environment. Set "
                            "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and "
                            "ALIBABA_CLOUD_SECURITY_TOKEN for an STS token), then start the "
                            "program again.")};
}

} // namespace ib
