#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace ib {

/// A resource tag as the service returns it.
struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag &a, const Tag &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

/// One instance's result of one invocation, as DescribeInvocationResults reports it.
/// A null QString means the field was absent from the response; an empty one means "".
/// An invalid QDateTime means the time was absent or "" (not set).
struct InvocationResult
{
    QString invokeId;
    QString instanceId;
    QString commandId;
    QString invocationStatus;   // per-instance state, as the service spells it
    QString invokeRecordStatus; // coarser task-level state
    QByteArray output;          // the raw bytes the command printed, Base64 already decoded
    bool outputPresent = false; // false when the response had no Output key
    qint64 dropped = 0;         // bytes the agent cut from the output
    std::optional<qint64> exitCode;
    QString errorCode;
    QString errorInfo;
    QDateTime startTime;
    QDateTime finishedTime;
    QDateTime stopTime;
    int repeats = 0;
    QString username;
    QString containerId;
    QString containerName;
    QString terminationMode;
    QString launcher;
    QString ossOutputDelivery;
    QString ossOutputStatus;
    QString ossOutputUri;
    QString ossOutputErrorCode;
    QString ossOutputErrorInfo;
    QList<Tag> tags;
};

} // namespace ib

Q_DECLARE_METATYPE(ib::InvocationResult)
