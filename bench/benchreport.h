#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace ib::bench {

/// One line of the benchmark table: what was measured, the figure, the target it is held to.
struct Figure
{
    QString name;
    QString value;
    QString target;          // empty when the figure is for information only
    std::optional<bool> met; // nothing when there is no target
};

/// Collects figures as the benchmarks run and prints them as one table.
class BenchReport
{
public:
    void section(const QString &title);
    void add(const QString &name, const QString &value);
    void add(const QString &name, const QString &value, const QString &target, bool met);
    /// Prints the table to stdout; returns the number of missed targets.
    int print() const;

private:
    QList<Figure> m_figures;
};

/// Milliseconds with one decimal, as the table shows them.
QString milliseconds(double ms);

/// How long some work took: on the wall clock, and on this thread's CPU (which other busy
/// processes on the machine do not inflate much).
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    QString text() const; // "wall 12.3 / cpu 4.5 ms"
};

/// Starts at construction; elapsed() answers how long since then.
class Stopwatch
{
public:
    Stopwatch();
    Timing elapsed() const;
    void restart();

private:
    qint64 m_wallNs = 0;
    qint64 m_cpuNs = 0;
};

Timing measure(const std::function<void()> &work);

/// CPU time this thread has used, in nanoseconds.
qint64 threadCpuNs();

/// The resident set size of this process in bytes (/proc/self/statm).
qint64 residentBytes();

} // namespace ib::bench
