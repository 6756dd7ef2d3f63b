// The window under load: event-loop stalls while rows stream in, and start-up to first paint.
#include "benchmarks.h"
#include "benchreport.h"
#include "mainwindow.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPaintEvent>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

namespace ib::bench {

namespace {

constexpr int streamedResults = 100000;
constexpr int pageSize = 50;
constexpr double stallTargetMs = 50;

struct StreamRun
{
    double longestGapMs = 0;    // wall clock between two ticks of the 1 ms timer
    double longestGapCpuMs = 0; // the most CPU this thread spent between two ticks
    double totalMs = 0;
    int rows = 0;
};

// Appends one page every millisecond (faster than any client delivers them) while a 1 ms timer
// records the longest gap between its ticks. Both are timers so that neither starves the other:
// a zero-interval producer kept the ticker from firing at all and measured only that.
StreamRun streamInto(ui::MainWindow &window, const QList<InvocationResult> &results)
{
    StreamRun run;
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    qint64 cpuAtTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        run.longestGapMs = qMax(run.longestGapMs, double(sinceTick.nsecsElapsed()) / 1e6);
        const qint64 cpu = threadCpuNs();
        run.longestGapCpuMs = qMax(run.longestGapCpuMs, double(cpu - cpuAtTick) / 1e6);
        cpuAtTick = cpu;
        sinceTick.restart();
    });

    qsizetype next = 0;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(1);
    QObject::connect(&producer, &QTimer::timeout, &loop, [&] {
        if (next >= results.size()) {
            producer.stop();
            run.totalMs = double(clock.nsecsElapsed()) / 1e6;
            QTimer::singleShot(100, &loop, &QEventLoop::quit); // let the last repaint happen
            return;
        }
        window.resultModel()->appendResults(results.mid(next, pageSize));
        next += pageSize;
    });

    clock.start();
    sinceTick.start();
    cpuAtTick = threadCpuNs();
    ticker.start();
    producer.start();
    loop.exec();
    run.rows = window.proxy()->rowCount();
    return run;
}

void reportStream(BenchReport &report, const QString &how, const StreamRun &run)
{
    report.add(QStringLiteral("longest stall, %1").arg(how),
               QStringLiteral("wall %1 / cpu %2 ms")
                   .arg(QString::number(run.longestGapMs, 'f', 1),
                        QString::number(run.longestGapCpuMs, 'f', 1)),
               QStringLiteral("<= %1 ms cpu").arg(stallTargetMs),
               run.longestGapCpuMs <= stallTargetMs);
    report.add(QStringLiteral("  100,000 rows streamed in (%1 rows shown)").arg(run.rows),
               milliseconds(run.totalMs));
}

} // namespace

void benchmarkStreaming(BenchReport &report)
{
    report.section(QStringLiteral("100,000 rows streaming into the main window in pages of 50"));
    const QList<InvocationResult> results = syntheticResults(streamedResults, 2048);
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        reportStream(report, QStringLiteral("window as it opens (sorted by status)"),
                     streamInto(window, results));
    }
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        ResultFilter filter;
        filter.setOutputText(QStringLiteral("error"));
        window.proxy()->setFilter(filter);
        window.proxy()->sort(ResultTableModel::StartColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        reportStream(report, QStringLiteral("with an output filter and sorted by start"),
                     streamInto(window, results));
    }
}

void benchmarkStartup(BenchReport &report, const QString &program)
{
    report.section(QStringLiteral("Start-up to the first painted window (child process, --demo "
                                  "window offscreen)"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(program, {QStringLiteral("--first-paint")});
    double paintedMs = -1;
    QByteArray line;
    while (child.waitForReadyRead(30000)) {
        line += child.readAll();
        if (line.contains('\n')) {
            paintedMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    child.waitForFinished(30000);
    const double inChildMs = line.trimmed().toDouble();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double childCpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                              (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    report.add(QStringLiteral("process start to first paint"),
               QStringLiteral("wall %1 / cpu %2 ms")
                   .arg(QString::number(paintedMs, 'f', 1), QString::number(childCpuMs, 'f', 1)),
               QStringLiteral("painted"), paintedMs > 0);
    report.add(QStringLiteral("  of which main() to first paint, in the child"),
               milliseconds(inChildMs));
}

int runFirstPaintProbe()
{
    QElapsedTimer clock;
    clock.start();
    int argc = 1;
    char name[] = "invocation-browser-bench";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    // The first paint of any widget of the window, written as soon as it has been handled.
    class FirstPaint : public QObject
    {
    public:
        explicit FirstPaint(QElapsedTimer &clock)
            : m_clock(clock)
        {}
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
                m_seen = true;
                const double ms = double(m_clock.nsecsElapsed()) / 1e6;
                QTimer::singleShot(0, qApp, [ms] {
                    std::printf("%.1f\n", ms);
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
            return false;
        }

    private:
        QElapsedTimer &m_clock;
        bool m_seen = false;
    } firstPaint(clock);
    app.installEventFilter(&firstPaint);

    ui::MainWindow window;
    window.openDemo();
    window.show();
    return QApplication::exec();
}

} // namespace ib::bench
