#pragma once

#include "exportarguments.h"

#include <QObject>
#include <QProcessEnvironment>
#include <memory>

namespace ib::cli {

/// One run of `invocation-browser export`: finds credentials, walks every page, writes the CSV
/// and reports an exit code. Needs a running QCoreApplication event loop; no display.
class ExportCommand : public QObject
{
    Q_OBJECT

public:
    ExportCommand(ExportArguments arguments, QProcessEnvironment environment,
                  QObject *parent = nullptr);
    ~ExportCommand() override;

    /// Begins the run; finished() follows exactly once.
    void start();

    /// Stops the walk; finished(ExitInterrupted) follows and nothing is written.
    void interrupt();

Q_SIGNALS:
    /// The run is over; `exitCode` is one of ExitCode.
    void finished(int exitCode);

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// Runs the export subcommand to the end inside the existing QCoreApplication and returns its
/// exit code. `arguments` starts with the program name, then "export".
int runExport(const QStringList &arguments);

} // namespace ib::cli
