#include "benchreport.h"

#include <QFile>
#include <QStringList>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ib::bench {

void BenchReport::section(const QString &title)
{
    m_figures.append({title, {}, {}, std::nullopt});
    std::printf("... %s\n", qPrintable(title));
    std::fflush(stdout);
}

void BenchReport::add(const QString &name, const QString &value)
{
    m_figures.append({name, value, {}, std::nullopt});
}

void BenchReport::add(const QString &name, const QString &value, const QString &target, bool met)
{
    m_figures.append({name, value, target, met});
}

int BenchReport::print() const
{
    int missed = 0;
    std::printf("\n%-56s %30s  %-22s %s\n", "measurement", "value", "target", "verdict");
    for (const Figure &figure : m_figures) {
        if (figure.value.isEmpty() && figure.target.isEmpty()) {
            std::printf("-- %s\n", qPrintable(figure.name));
            continue;
        }
        const char *verdict = !figure.met ? "" : *figure.met ? "PASS" : "MISS";
        missed += figure.met && !*figure.met ? 1 : 0;
        std::printf("%-56s %30s  %-22s %s\n", qPrintable(figure.name), qPrintable(figure.value),
                    qPrintable(figure.target), verdict);
    }
    std::printf("\n%d target(s) missed\n", missed);
    return missed;
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', 1) + QStringLiteral(" ms");
}

QString Timing::text() const
{
    return QStringLiteral("wall %1 / cpu %2 ms")
        .arg(QString::number(wallMs, 'f', 1), QString::number(cpuMs, 'f', 1));
}

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

qint64 threadCpuNs()
{
    return clockNs(CLOCK_THREAD_CPUTIME_ID);
}

Stopwatch::Stopwatch()
{
    restart();
}

void Stopwatch::restart()
{
    m_wallNs = clockNs(CLOCK_MONOTONIC);
    m_cpuNs = threadCpuNs();
}

Timing Stopwatch::elapsed() const
{
    return {double(clockNs(CLOCK_MONOTONIC) - m_wallNs) / 1e6,
            double(threadCpuNs() - m_cpuNs) / 1e6};
}

Timing measure(const std::function<void()> &work)
{
    const Stopwatch stopwatch;
    work();
    return stopwatch.elapsed();
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

} // namespace ib::bench
