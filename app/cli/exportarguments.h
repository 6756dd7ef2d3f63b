#pragma once

#include "api/clientconfig.h"
#include "export/csvwriter.h"
#include "export/resultcsv.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ib::cli {

/// The exit codes of `invocation-browser export`, documented in its --help and the README.
enum ExitCode : int
{
    ExitSuccess = 0,      // results were written
    ExitNoResults = 1,    // the query succeeded and matched nothing; the header is written
    ExitBadArguments = 2, // the command line cannot be used
    ExitCredentials = 3,  // no usable credentials, or the service refused them
    ExitNetwork = 4,      // the endpoint could not be reached or answered nothing usable
    ExitService = 5,      // the service answered with an error, or an answer we cannot read
    ExitOutput = 6,       // the output file could not be written; nothing was changed
    ExitIncomplete = 7,   // results were written, but paging stopped early: some may be missing
    ExitInterrupted = 130 // interrupted (Ctrl+C); nothing was written
};

/// Everything `export` was asked to do.
struct ExportArguments
{
    bool demo = false;
    QString profileName; // empty: the environment, then the current profile
    QString regionId;    // empty: the profile's region
    QUrl endpoint;       // empty: the profile's endpoint, else the region's public one
    std::optional<api::SignatureVersion> signatureVersion;
    api::ResultsQuery query;
    QStringList statuses; // kept locally: InvocationStatus values, compared without case
    QList<ResultField> fields;
    CsvOptions csv;
    QString output = QStringLiteral("-");
};

/// The outcome of reading the command line: arguments to run, or text to print and an exit code
/// (the help text with ExitSuccess, or a sentence with ExitBadArguments).
struct ParsedExport
{
    std::optional<ExportArguments> arguments;
    QString text;
    int exitCode = ExitSuccess;
};

/// Reads `invocation-browser export ...`; `arguments` starts with the program name, then "export".
ParsedExport parseExportArguments(const QStringList &arguments);

} // namespace ib::cli
