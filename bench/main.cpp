// invocation-browser-bench: speed figures against their targets (see BENCHMARKS.md).
// Usage: invocation-browser-bench [model] [export] [decode] [stream] [load] [startup]
// (all when none is named). Exits 0 even when a target is missed: it measures, it does not gate.
#include "benchmarks.h"
#include "benchreport.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstring>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && std::strcmp(argv[1], "--first-paint") == 0)
        return ib::bench::runFirstPaintProbe();

    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("ib.*.info=false\nib.*.debug=false"));
    QStringList sections = QCoreApplication::arguments().mid(1);
    if (sections.isEmpty())
        sections = {QStringLiteral("model"),  QStringLiteral("export"), QStringLiteral("decode"),
                    QStringLiteral("stream"), QStringLiteral("load"),   QStringLiteral("startup")};

    ib::bench::BenchReport report;
    for (const QString &section : std::as_const(sections)) {
        if (section == QLatin1String("model"))
            ib::bench::benchmarkModel(report);
        else if (section == QLatin1String("export"))
            ib::bench::benchmarkExport(report);
        else if (section == QLatin1String("decode"))
            ib::bench::benchmarkDecoding(report);
        else if (section == QLatin1String("stream"))
            ib::bench::benchmarkStreaming(report);
        else if (section == QLatin1String("load"))
            ib::bench::benchmarkLoading(report);
        else if (section == QLatin1String("startup"))
            ib::bench::benchmarkStartup(report, QCoreApplication::applicationFilePath());
        else
            qWarning("unknown section %s", qPrintable(section));
    }
    report.print();
    return 0;
}
