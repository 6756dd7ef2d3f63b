#pragma once

#include "fleet.h"

#include <QRandomGenerator>
#include <optional>

// Private to the demo component: the pieces the fleet generator is assembled from.
namespace ib::demo {

/// How one instance's run of a command ended (or where it stands).
struct Outcome
{
    QString status = QStringLiteral("Success");
    std::optional<qint64> exitCode = 0;
    QByteArray output;
    QString errorCode;
    QString errorInfo;
    int durationSeconds = 3;
};

/// The output the agent keeps of what a command printed, and how many bytes it dropped.
struct KeptOutput
{
    QByteArray bytes;
    qint64 dropped = 0;
};

/// Keeps the head and the tail of an output over the cap, cut at byte offsets like the agent.
KeptOutput keepLikeAgent(const QByteArray &printed);

/// Builds a fleet step by step from one seeded random generator, so a seed gives one fleet.
class FleetBuilder
{
public:
    FleetBuilder(quint32 seed, const QDateTime &now);

    QRandomGenerator &rng() { return m_rng; }
    const QDateTime &now() const { return m_fleet.now; }
    Fleet take() { return std::move(m_fleet); }

    void addInstances();
    void addInvocations();

    /// Up to `count` instances whose name starts with `prefix`, in a seeded order.
    QList<DemoInstance> pick(const QString &prefix, int count);
    /// The instances whose name starts with `prefix`, in name order.
    QList<DemoInstance> all(const QString &prefix) const;

    /// Registers an invocation created `hoursAgo` before now, giving it ids.
    DemoInvocation &addInvocation(DemoInvocation invocation, double hoursAgo);
    /// Adds one instance's result of the invocation, its times derived from the outcome.
    FleetResult &addResult(const DemoInvocation &invocation, const DemoInstance &instance,
                           const Outcome &outcome);

    QString randomId(const QString &prefix, int length);
    int bounded(int lowest, int highest) { return m_rng.bounded(lowest, highest + 1); }
    bool chance(int percent) { return m_rng.bounded(100) < percent; }
    Fleet &fleet() { return m_fleet; }

private:
    QRandomGenerator m_rng;
    Fleet m_fleet;
};

/// The coarser task-level state the service reports beside an InvocationStatus.
QString invokeRecordStatusFor(const QString &invocationStatus, const QString &errorCode);

} // namespace ib::demo

// Shorthands the scenarios are written in.
namespace ib::demo::scenario {

DemoInvocation command(const QString &name, const QString &type, const QString &content,
                       const QString &description = {});
DemoInvocation shell(const QString &name, const QString &content, const QString &description = {});
DemoInvocation powerShell(const QString &name, const QString &content);
Outcome success(const QByteArray &output, int seconds = 3);
Outcome failed(qint64 exitCode, const QByteArray &output, const QString &errorCode = {});
Outcome undelivered(const QString &status, const QString &errorCode, const QString &errorInfo);
/// Adds the result; a stopped instance ends Aborted with InstanceNotRunning whatever the outcome.
FleetResult &run(FleetBuilder &b, const DemoInvocation &invocation, const DemoInstance &instance,
                 const Outcome &outcome);
/// Marks a result's full output as delivered to object storage (or failed to be).
void deliverToOss(FleetResult &result, const QString &status = QStringLiteral("Finished"));

} // namespace ib::demo::scenario
