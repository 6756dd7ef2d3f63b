#pragma once

#include "results/invocationresult.h"

#include <QList>

namespace ib::bench {

class BenchReport;

/// Loading 10,000 results over 40 invoke ids from the local endpoint with 100 ms latency.
void benchmarkLoading(BenchReport &report);
/// 100,000 results in the model: insert, filter by output text, sort, memory per result.
void benchmarkModel(BenchReport &report);
/// The longest event-loop stall while 100,000 rows stream into the main window.
void benchmarkStreaming(BenchReport &report);
/// CSV export of 100,000 rows, through the export job and through the headless writer.
void benchmarkExport(BenchReport &report);
/// Decoding a 24 KB single-line output and 5 MB outputs.
void benchmarkDecoding(BenchReport &report);
/// From starting a process to the main window's first paint (a child process of this program).
void benchmarkStartup(BenchReport &report, const QString &program);
/// The child's side of benchmarkStartup: shows the window, prints when it first paints, exits.
int runFirstPaintProbe();

/// `count` successful results over invoke ids of 250 instances each, with `outputBytes` of
/// plain log lines each (a few contain "ERROR"), as a service page would hold them.
QList<InvocationResult> syntheticResults(int count, int outputBytes);

} // namespace ib::bench
