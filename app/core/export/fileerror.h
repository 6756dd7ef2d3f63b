#pragma once

#include <QString>

class QFileDevice;

namespace ib {

/// A sentence a person can act on for a failed open, write or commit of \a file, naming its path.
/// \a systemError is errno read right after the failing call, or 0 when it is not known.
QString fileErrorSentence(const QFileDevice &file, int systemError = 0);

} // namespace ib
