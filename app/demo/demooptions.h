#pragma once

#include <QDateTime>
#include <QString>

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
};

} // namespace ib::demo
