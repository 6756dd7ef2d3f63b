#pragma once

#include "credentials/profile.h"

namespace ib {

/// A profile found outside the program (CLI configuration, environment) with its secrets,
/// ready to be saved or kept for this run.
struct ImportedProfile
{
    Profile profile;
    ResolvedCredentials credentials;
};

/// Why nothing could be imported, as a sentence for a person naming the source.
struct ImportFailure
{
    QString message;
};

} // namespace ib
