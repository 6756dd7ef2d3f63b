#include "credentials/cliconfig.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ib {

namespace {

// Gives the free functions below a translation context of their own.
struct CliConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ib::CliConfig)
};

struct ModeReason
{
    const char *mode;
    const char *reason;
};

// Modes the CLI knows that need work at run time this program does not do.
const ModeReason unsupportedModes[] = {
    {"RamRoleArn",
     QT_TRANSLATE_NOOP("ib::CliConfig", "assumes a RAM role through STS each time it is used; "
                                        "import its source access key instead, or an STS token")},
    {"EcsRamRole",
     QT_TRANSLATE_NOOP("ib::CliConfig", "takes credentials from the metadata service of the ECS "
                                        "instance it runs on")},
    {"RsaKeyPair",
     QT_TRANSLATE_NOOP("ib::CliConfig", "signs in with an RSA key pair, a mode the vendor has "
                                        "retired")},
    {"RamRoleArnWithRoleName",
     QT_TRANSLATE_NOOP("ib::CliConfig", "assumes a RAM role from the ECS instance role, "
                                        "a mode the vendor has retired")},
    {"ChainableRamRoleArn",
     QT_TRANSLATE_NOOP("ib::CliConfig", "assumes a RAM role starting from another profile "
                                        "each time it is used")},
    {"External", QT_TRANSLATE_NOOP("ib::CliConfig", "runs an external program to get credentials")},
    {"CredentialsURI",
     QT_TRANSLATE_NOOP("ib::CliConfig", "fetches credentials from a URI each time it is used")},
    {"OIDC", QT_TRANSLATE_NOOP("ib::CliConfig",
                               "exchanges an OIDC token for credentials each time it is used")},
    {"CloudSSO", QT_TRANSLATE_NOOP("ib::CliConfig", "signs in through CloudSSO in a browser")},
    {"OAuth", QT_TRANSLATE_NOOP("ib::CliConfig", "signs in through OAuth in a browser")},
    {"BearerToken",
     QT_TRANSLATE_NOOP("ib::CliConfig", "uses a bearer token, which signed ECS requests do not "
                                        "accept")},
    {"Anonymous", QT_TRANSLATE_NOOP("ib::CliConfig", "has no credentials")},
};

QString unsupportedReason(const QString &mode)
{
    for (const ModeReason &known : unsupportedModes) {
        if (mode.compare(QLatin1String(known.mode), Qt::CaseInsensitive) == 0)
            return CliConfigText::tr(known.reason);
    }
    if (mode.isEmpty())
        return CliConfigText::tr("is not configured yet (it has no mode)");
    return CliConfigText::tr("uses the mode \"%1\", which this program does not know").arg(mode);
}

QString jsonString(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

// Why an AK or StsToken profile lacks what it needs; empty when complete.
QString incompleteReason(const ImportedProfile &imported)
{
    if (imported.profile.accessKeyId.isEmpty())
        return CliConfigText::tr("has no access_key_id");
    if (imported.credentials.accessKeySecret.isEmpty())
        return CliConfigText::tr("has no access_key_secret");
    if (imported.profile.mode == CredentialMode::StsToken &&
        imported.credentials.securityToken.isEmpty())
        return CliConfigText::tr("is in StsToken mode but has no sts_token");
    if (!profileNameProblem(imported.profile.name).isEmpty())
        return CliConfigText::tr(
            "has a name this program cannot use (empty, or containing '/' or '\\')");
    return {};
}

void readProfile(const QJsonObject &object, CliConfig &config)
{
    const QString name = jsonString(object, "name");
    const QString mode = jsonString(object, "mode");
    const bool accessKey = mode.compare(QLatin1String("AK"), Qt::CaseInsensitive) == 0;
    const bool stsToken = mode.compare(QLatin1String("StsToken"), Qt::CaseInsensitive) == 0;
    if (!accessKey && !stsToken) {
        config.skipped.append({name, mode, unsupportedReason(mode)});
        return;
    }

    ImportedProfile imported;
    imported.profile.name = name;
    imported.profile.regionId = jsonString(object, "region_id");
    imported.profile.mode = stsToken ? CredentialMode::StsToken : CredentialMode::AccessKey;
    imported.profile.accessKeyId = jsonString(object, "access_key_id");
    imported.credentials.accessKeyId = imported.profile.accessKeyId;
    imported.credentials.accessKeySecret = jsonString(object, "access_key_secret");
    if (stsToken)
        imported.credentials.securityToken = jsonString(object, "sts_token");

    const QString incomplete = incompleteReason(imported);
    if (incomplete.isEmpty())
        config.profiles.append(imported);
    else
        config.skipped.append({name, mode, incomplete});
}

QString describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return CliConfigText::tr("%1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

} // namespace

QString defaultCliConfigPath()
{
    return QDir::homePath() + QStringLiteral("/.aliyun/config.json");
}

std::variant<CliConfig, ImportFailure> readCliConfig(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return ImportFailure{
            CliConfigText::tr("There is no CLI configuration at %1. Run \"aliyun configure\" "
                              "first, or choose the file where it is.")
                .arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        return ImportFailure{CliConfigText::tr("Could not read %1: %2.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString())};
    return parseCliConfig(file.readAll(), path);
}

std::variant<CliConfig, ImportFailure> parseCliConfig(const QByteArray &json, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return ImportFailure{
            CliConfigText::tr("%1 is not valid JSON (%2). Nothing was imported and the file "
                              "was not changed.")
                .arg(file, describeParseError(json, error))};

    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("profiles")).isArray())
        return ImportFailure{
            CliConfigText::tr("%1 has no \"profiles\" list, so it does not look like a CLI "
                              "configuration. Nothing was imported and the file was not "
                              "changed.")
                .arg(file)};

    CliConfig config;
    config.currentName = jsonString(root, "current");
    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        if (value.isObject())
            readProfile(value.toObject(), config);
        else
            config.skipped.append({{}, {}, CliConfigText::tr("is not a JSON object")});
    }
    qCInfo(lcCredentials) << "Read CLI configuration:" << config.profiles.size() << "usable,"
                          << config.skipped.size() << "skipped";
    return config;
}

} // namespace ib
