#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace ib::demo {

/// Failures the local endpoint produces on purpose, so clients can be tested against them.
struct Faults
{
    int latencyMs = 0;          // every reply waits this long (the event loop keeps running)
    int throttleEvery = 0;      // every Nth request answers Throttling.User
    int throttleNext = 0;       // the next N requests answer Throttling.User
    int serverErrorNext = 0;    // the next N requests answer ServiceUnavailable (503)
    int dropConnectionNext = 0; // the next N replies stop mid-body and close the connection
    int malformedNext = 0;      // the next N replies carry JSON that does not parse
    bool repeatNextToken =
        false; // a request with a NextToken gets an empty page and the same token
};

/// A fleet of a chosen shape instead of the generated one, for benchmarks: `invocations`
/// commands, each run on the same `instancesPerInvocation` instances, every output
/// `outputBytes` long and successful.
struct SyntheticFleet
{
    int invocations = 40;
    int instancesPerInvocation = 250;
    int outputBytes = 2048;
};

/// How the local endpoint starts: the access key it accepts, the fleet's seed, the port.
struct DemoOptions
{
    QString accessKeyId = QStringLiteral("demo-access-key-id");
    QString accessKeySecret = QStringLiteral("demo-access-key-secret");
    QString securityToken; // when set, every request must carry exactly this STS token
    quint32 seed = 20261203;
    quint16 port = 0; // 0 lets the system pick a free port
    Faults faults;
    QDateTime now;        // the fleet's "now" (UTC); invalid means the current time
    int settleMs = 30000; // how long the newest invocation's results stay Pending, then Running
    std::optional<SyntheticFleet> synthetic; // when set, cn-hangzhou holds this fleet instead
};

} // namespace ib::demo
