#pragma once

#include <QString>

namespace ib {

/// Plain output as compared for grouping: trailing whitespace cut from every line and
/// trailing blank lines dropped (line ends and colour escapes are gone already in plain text).
QString normalizedOutput(const QString &plain);

/// The same text with what differs from instance to instance replaced by placeholders:
/// timestamps <time>, UUIDs <uuid>, IPv4 addresses <ip>, resource ids such as i-bp1… <id>,
/// hex strings <hex> and any other number <n>. Outputs equal after this are "near-equal".
QString withPlaceholders(const QString &text);

} // namespace ib
