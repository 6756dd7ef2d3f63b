#pragma once

#include <QDateTime>
#include <QString>

namespace ib {

/// A time in the computer's local zone, to the second; empty when not set.
QString localTimeText(const QDateTime &time);

/// A time in UTC as the service reports it, marked "UTC"; empty when not set.
QString utcTimeText(const QDateTime &time);

} // namespace ib
