#pragma once

#include "export/csvwriter.h"
#include "results/invocationresult.h"

#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace ib {

/// A column of an invocation-result export, named as the service spells the field.
enum class ResultField
{
    InvokeId,
    InstanceId,
    CommandId,
    InvocationStatus,
    InvokeRecordStatus,
    ExitCode,
    ErrorCode,
    ErrorInfo,
    StartTime,
    FinishedTime,
    StopTime,
    Repeats,
    Dropped,
    Username,
    ContainerId,
    ContainerName,
    TerminationMode,
    Launcher,
    OssOutputDelivery,
    OssOutputStatus,
    OssOutputUri,
    OssOutputErrorCode,
    OssOutputErrorInfo,
    Output,
};

/// The columns of the command-line export when none are asked for.
QList<ResultField> defaultResultFields();

/// Every field, in the order of the enum: what --columns may name.
QList<ResultField> allResultFields();

/// The service's name of the field, used as the CSV header ("InvokeId", "ExitCode", ...).
QString resultFieldName(ResultField field);

/// The field a name stands for, compared without regard to case; nothing for an unknown name.
std::optional<ResultField> resultFieldFromName(QStringView name);

/// The output as an export shows it: decoded, colour escapes removed, line ends as LF.
QString plainOutputText(const InvocationResult &result);

/// Adds one cell: ids, codes and statuses as the service spells them, numbers as numbers,
/// times in ISO 8601 UTC, an absent exit code or time as an empty cell, the output as plain
/// text or (with CsvOptions::rawOutput) as Base64 of the raw bytes.
void addResultCell(CsvWriter &writer, const InvocationResult &result, ResultField field);

/// Streams invocation results to a device as CSV, page by page as they arrive.
/// The header comes first, also when no result ever arrives.
class CsvResultWriter
{
public:
    CsvResultWriter(QIODevice *device, QList<ResultField> fields, const CsvOptions &options);

    /// Writes these results after those written before. False once the device failed.
    bool writeResults(const QList<InvocationResult> &results);

    /// Writes the header if nothing was written yet and flushes. False if the device failed.
    bool finish();

    qint64 resultsWritten() const;

private:
    void writeHeaderOnce();

    CsvWriter m_writer;
    QList<ResultField> m_fields;
    bool m_headerWritten = false;
};

/// Writes a header and every result to the device in one go. False if the device failed.
bool writeResultsCsv(QIODevice &device, const QList<InvocationResult> &results,
                     const QList<ResultField> &fields, const CsvOptions &options);

} // namespace ib
