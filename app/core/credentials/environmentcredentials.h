#pragma once

#include "credentials/importedprofile.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <variant>

namespace ib {

/// Credentials found in environment variables, and which variables they came from.
struct EnvironmentCredentials
{
    ImportedProfile imported;     // profile named "environment"
    QStringList variables;        // names only, never values
    bool regionDefaulted = false; // no region variable was set: cn-hangzhou was assumed
};

/// Reads ALIBABA_CLOUD_ACCESS_KEY_ID / _ACCESS_KEY_SECRET / _SECURITY_TOKEN / _REGION_ID and the
/// older spellings the vendor's tools also accept (ALIBABACLOUD_*, ALICLOUD_*, and the
/// ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY / ALICLOUD_REGION of the Terraform provider).
/// The key id, secret and token are taken from the same family of names, never mixed.
std::variant<EnvironmentCredentials, ImportFailure>
readEnvironmentCredentials(const QProcessEnvironment &environment);

} // namespace ib
