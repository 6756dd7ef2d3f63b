#include "benchmarks.h"

namespace ib::bench {

namespace {

QByteArray logOutput(int size, int row)
{
    QByteArray output;
    output.reserve(size + 80);
    if (row % 1000 == 7)
        output += "ERROR: disk full on /var\n";
    for (int line = 1; output.size() < size; ++line)
        output += "[2026-12-03 10:00:0" + QByteArray::number(line % 10) + "] step " +
                  QByteArray::number(line) + " of deploy on host-" + QByteArray::number(row) +
                  ": ok\n";
    output.truncate(size);
    return output;
}

} // namespace

QList<InvocationResult> syntheticResults(int count, int outputBytes)
{
    const QDateTime start(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QList<InvocationResult> results;
    results.reserve(count);
    for (int row = 0; row < count; ++row) {
        InvocationResult r;
        r.invokeId = QStringLiteral("t-hz0bench%1").arg(row / 250, 5, 10, QLatin1Char('0'));
        r.commandId = QStringLiteral("c-hz0bench%1").arg(row / 250, 5, 10, QLatin1Char('0'));
        // Instance ids out of order, so that sorting by them has work to do.
        r.instanceId = QStringLiteral("i-bp1%1").arg((row * 7919) % count, 8, 10, QLatin1Char('0'));
        const bool failed = row % 97 == 0;
        r.invocationStatus = failed ? QStringLiteral("Failed") : QStringLiteral("Success");
        r.invokeRecordStatus = QStringLiteral("Finished");
        r.output = logOutput(outputBytes, row);
        r.outputPresent = true;
        r.exitCode = failed ? 1 : 0;
        r.startTime = start.addSecs((row * 37) % 86400);
        r.finishedTime = r.startTime.addSecs(3 + row % 60);
        r.repeats = 1;
        r.username = QStringLiteral("root");
        results.append(std::move(r));
    }
    return results;
}

} // namespace ib::bench
