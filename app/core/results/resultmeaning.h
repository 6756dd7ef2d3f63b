#pragma once

#include "results/invocationresult.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ib {

/// The broad kind of a status, for colour, filtering and the status summary.
enum class StatusKind
{
    Success,
    Failure,
    Running,
    Pending,
    Stopped,
    Unknown
};

/// The per-instance status: InvocationStatus, else one derived from the older InvokeRecordStatus
/// (a "finished" record reads as Success or Failed by its exit code). Unknown values stay as
/// they came; an empty string when the response had neither.
QString effectiveStatus(const InvocationResult &r);

/// The InvocationStatus values the service documents, as it spells them, most useful first.
const QStringList &invocationStatuses();

/// The InvokeRecordStatus values the service documents, as it spells them.
const QStringList &invokeRecordStatuses();

/// A status in the user's language, for display only: filters, sorting and exports keep the
/// service's spelling. A status this program does not know is shown as it came.
QString statusDisplayName(const QString &status);

/// The kind of a status as the service spells it (case does not matter).
StatusKind statusKind(const QString &status);

/// Whether the command has not finished on the instance yet: pending, scheduled or running.
bool isUnfinished(const InvocationResult &r);

/// The exit code for display: "pending" while running without one, hex beside big Windows codes.
QString exitCodeText(const InvocationResult &r);

/// What the exit code means when it is not an ordinary failure; empty when there is nothing to say.
QString exitCodeMeaning(const InvocationResult &r);

/// An explanation and a next step for a documented error code; empty for an unknown one.
QString errorCodeExplanation(const QString &code);

/// The error codes that errorCodeExplanation knows, in the order of the API reference.
QStringList documentedErrorCodes();

/// A short human duration such as "850 ms", "12.5 s", "4 min 5 s" or "2 h 3 min".
QString formatDuration(qint64 msecs);

/// How long the command ran: start to finish (or to stop); nullopt when a time is missing.
std::optional<qint64> runDuration(const InvocationResult &r);

/// A sentence about output that is not final or not there: still running, not started yet, or
/// absent from the response; empty for the output of a finished command.
QString outputNotice(const InvocationResult &r);

/// A sentence about output the agent dropped, and where the full output went; empty if none.
QString dropNotice(const InvocationResult &r);

} // namespace ib
