// Loading results through the real client from the local endpoint with latency injected.
#include "api/ecsclient.h"
#include "benchmarks.h"
#include "benchreport.h"
#include "demoserver.h"
#include "models/resulttablemodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <cmath>

namespace ib::bench {

namespace {

constexpr int latencyMs = 100;
constexpr int invocations = 40;
constexpr int instancesPerInvocation = 250;

/// The local endpoint on a thread of its own, so that its work (signature checks, paging over
/// 10,000 results) does not run on the client's event loop as it never would in production.
class EndpointThread
{
public:
    explicit EndpointThread(const demo::DemoOptions &options)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, options] {
                m_server = new demo::DemoServer(options);
                m_server->start();
            },
            Qt::BlockingQueuedConnection);
    }
    ~EndpointThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    demo::DemoServer *server() const { return m_server; }

private:
    QThread m_thread;
    QObject m_anchor;
    demo::DemoServer *m_server = nullptr;
};

struct LoadRun
{
    double firstRowMs = 0;
    double totalMs = 0;
    int pages = 0;
    int rows = 0;
    bool failed = false;
};

LoadRun load(const demo::DemoServer &server, const QStringList &invokeIds, int maxConcurrency)
{
    api::ClientConfig config;
    config.endpoint = server.endpoint();
    config.regionId = QStringLiteral("cn-hangzhou");
    config.credentials = {server.options().accessKeyId, server.options().accessKeySecret, {}};
    config.maxConcurrency = maxConcurrency;
    api::EcsClient client(config);
    ResultTableModel model;
    api::ResultsQuery query;
    query.invokeIds = invokeIds;

    LoadRun run;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    api::ResultsWalk *walk = client.fetchResults(query);
    QObject::connect(walk, &api::ResultsWalk::pageReceived, &model,
                     &ResultTableModel::appendResults);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (run.firstRowMs == 0)
            run.firstRowMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(walk, &api::ResultsWalk::progress, &loop,
                     [&run](int pages, int) { run.pages = pages; });
    QObject::connect(walk, &api::ResultsWalk::finished, &loop, [&](const api::ApiError &error) {
        run.totalMs = double(clock.nsecsElapsed()) / 1e6;
        run.failed = error.isError();
        loop.quit();
    });
    loop.exec();
    run.rows = model.rowCount();
    return run;
}

void report(BenchReport &report, const QString &strategy, const LoadRun &run, int concurrency)
{
    const double lowerBound = std::ceil(double(run.pages) / concurrency) * latencyMs;
    const double ratio = run.totalMs / lowerBound;
    report.add(strategy + QStringLiteral(": rows loaded (pages)"),
               QStringLiteral("%1 (%2)").arg(run.rows).arg(run.pages),
               QStringLiteral("10000 rows, no error"), run.rows == 10000 && !run.failed);
    report.add(strategy + QStringLiteral(": time to first row"), milliseconds(run.firstRowMs),
               QStringLiteral("<= %1 ms").arg(latencyMs + 50), run.firstRowMs <= latencyMs + 50);
    report.add(strategy + QStringLiteral(": total (lower bound %1)").arg(milliseconds(lowerBound)),
               milliseconds(run.totalMs), QStringLiteral("<= 1.3 x lower bound"), ratio <= 1.3);
    report.add(strategy + QStringLiteral(": total / lower bound"), QString::number(ratio, 'f', 2));
}

} // namespace

void benchmarkLoading(BenchReport &report)
{
    report.section(QStringLiteral("Loading 10,000 results (40 invocations x 250 instances, "
                                  "2 KB outputs, 100 ms latency)"));
    demo::DemoOptions options;
    options.synthetic = demo::SyntheticFleet{invocations, instancesPerInvocation, 2048};
    options.faults.latencyMs = latencyMs;
    EndpointThread endpoint(options);

    QStringList invokeIds;
    for (const demo::DemoInvocation &invocation : endpoint.server()->invocations())
        invokeIds.append(invocation.invokeId);

    const LoadRun oneAtATime = load(*endpoint.server(), invokeIds, 1);
    ib::bench::report(report, QStringLiteral("one at a time (maxConcurrency 1)"), oneAtATime, 1);

    const int concurrency = api::ClientConfig().maxConcurrency;
    const LoadRun sideBySide = load(*endpoint.server(), invokeIds, concurrency);
    ib::bench::report(
        report, QStringLiteral("invoke ids side by side (maxConcurrency %1)").arg(concurrency),
        sideBySide, concurrency);
}

} // namespace ib::bench
