#pragma once

#include "credentials/importedprofile.h"

#include <QList>
#include <QString>
#include <variant>

namespace ib {

/// A profile of the CLI configuration that is not imported, and why, for a person to read.
struct SkippedProfile
{
    QString name;
    QString mode;
    QString reason;
};

/// What the vendor CLI's configuration file holds that this program can use.
struct CliConfig
{
    QList<ImportedProfile> profiles; // modes AK and StsToken
    QList<SkippedProfile> skipped;   // every other mode, or incomplete profiles
    QString currentName;
};

/// Where the vendor CLI keeps its configuration: ~/.aliyun/config.json.
QString defaultCliConfigPath();

/// Reads the CLI configuration; the file is only read, never changed.
std::variant<CliConfig, ImportFailure> readCliConfig(const QString &path);
/// Parses the contents of a CLI configuration; `path` names the file in messages.
std::variant<CliConfig, ImportFailure> parseCliConfig(const QByteArray &json, const QString &path);

} // namespace ib
