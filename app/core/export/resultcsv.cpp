#include "resultcsv.h"

#include "results/outputdecoder.h"

#include <QIODevice>
#include <iterator>

namespace ib {

namespace {

// Indexed by ResultField: the service's own spelling of each field.
const char *const fieldNames[] = {
    "InvokeId",
    "InstanceId",
    "CommandId",
    "InvocationStatus",
    "InvokeRecordStatus",
    "ExitCode",
    "ErrorCode",
    "ErrorInfo",
    "StartTime",
    "FinishedTime",
    "StopTime",
    "Repeats",
    "Dropped",
    "Username",
    "ContainerId",
    "ContainerName",
    "TerminationMode",
    "Launcher",
    "OssOutputDelivery",
    "OssOutputStatus",
    "OssOutputUri",
    "OssOutputErrorCode",
    "OssOutputErrorInfo",
    "Output",
};
static_assert(std::size(fieldNames) == int(ResultField::Output) + 1, "one name per field");

void addTime(CsvWriter &writer, const QDateTime &time)
{
    if (time.isValid())
        writer.addText(time.toUTC().toString(Qt::ISODate));
    else
        writer.addEmpty();
}

void addOutput(CsvWriter &writer, const InvocationResult &result)
{
    if (writer.options().rawOutput)
        writer.addText(QString::fromLatin1(result.output.toBase64()));
    else
        writer.addText(plainOutputText(result));
}

const QString *textField(const InvocationResult &result, ResultField field)
{
    switch (field) {
    case ResultField::InvokeId:
        return &result.invokeId;
    case ResultField::InstanceId:
        return &result.instanceId;
    case ResultField::CommandId:
        return &result.commandId;
    case ResultField::InvocationStatus:
        return &result.invocationStatus;
    case ResultField::InvokeRecordStatus:
        return &result.invokeRecordStatus;
    case ResultField::ErrorCode:
        return &result.errorCode;
    case ResultField::ErrorInfo:
        return &result.errorInfo;
    case ResultField::Username:
        return &result.username;
    case ResultField::ContainerId:
        return &result.containerId;
    case ResultField::ContainerName:
        return &result.containerName;
    case ResultField::TerminationMode:
        return &result.terminationMode;
    case ResultField::Launcher:
        return &result.launcher;
    case ResultField::OssOutputDelivery:
        return &result.ossOutputDelivery;
    case ResultField::OssOutputStatus:
        return &result.ossOutputStatus;
    case ResultField::OssOutputUri:
        return &result.ossOutputUri;
    case ResultField::OssOutputErrorCode:
        return &result.ossOutputErrorCode;
    case ResultField::OssOutputErrorInfo:
        return &result.ossOutputErrorInfo;
    default:
        return nullptr;
    }
}

} // namespace

QList<ResultField> defaultResultFields()
{
    return {ResultField::InvokeId,
            ResultField::InstanceId,
            ResultField::CommandId,
            ResultField::InvocationStatus,
            ResultField::InvokeRecordStatus,
            ResultField::ExitCode,
            ResultField::ErrorCode,
            ResultField::ErrorInfo,
            ResultField::StartTime,
            ResultField::FinishedTime,
            ResultField::Repeats,
            ResultField::Dropped,
            ResultField::OssOutputUri,
            ResultField::Output};
}

QList<ResultField> allResultFields()
{
    QList<ResultField> fields;
    for (int field = 0; field <= int(ResultField::Output); ++field)
        fields.append(ResultField(field));
    return fields;
}

QString resultFieldName(ResultField field)
{
    return QString::fromLatin1(fieldNames[int(field)]);
}

std::optional<ResultField> resultFieldFromName(QStringView name)
{
    for (int field = 0; field <= int(ResultField::Output); ++field) {
        if (name.compare(QLatin1String(fieldNames[field]), Qt::CaseInsensitive) == 0)
            return ResultField(field);
    }
    return std::nullopt;
}

QString plainOutputText(const InvocationResult &result)
{
    if (result.output.isEmpty())
        return {};
    return plainText(decodeOutput(result.output).text);
}

void addResultCell(CsvWriter &writer, const InvocationResult &result, ResultField field)
{
    if (const QString *text = textField(result, field)) {
        writer.addText(*text);
        return;
    }

    switch (field) {
    case ResultField::ExitCode:
        if (result.exitCode)
            writer.addNumber(*result.exitCode);
        else
            writer.addEmpty();
        break;
    case ResultField::Repeats:
        writer.addNumber(result.repeats);
        break;
    case ResultField::Dropped:
        writer.addNumber(result.dropped);
        break;
    case ResultField::StartTime:
        addTime(writer, result.startTime);
        break;
    case ResultField::FinishedTime:
        addTime(writer, result.finishedTime);
        break;
    case ResultField::StopTime:
        addTime(writer, result.stopTime);
        break;
    case ResultField::Output:
        addOutput(writer, result);
        break;
    default:
        writer.addEmpty();
        break;
    }
}

CsvResultWriter::CsvResultWriter(QIODevice *device, QList<ResultField> fields,
                                 const CsvOptions &options)
    : m_writer(device, options)
    , m_fields(std::move(fields))
{}

bool CsvResultWriter::writeResults(const QList<InvocationResult> &results)
{
    writeHeaderOnce();
    for (const InvocationResult &result : results) {
        for (const ResultField field : std::as_const(m_fields))
            addResultCell(m_writer, result, field);
        m_writer.endRecord();
    }
    return !m_writer.hasFailed();
}

bool CsvResultWriter::finish()
{
    writeHeaderOnce();
    return m_writer.flush();
}

qint64 CsvResultWriter::resultsWritten() const
{
    return m_headerWritten ? m_writer.recordsWritten() - 1 : 0;
}

void CsvResultWriter::writeHeaderOnce()
{
    if (m_headerWritten)
        return;
    for (const ResultField field : std::as_const(m_fields))
        m_writer.addText(resultFieldName(field));
    m_writer.endRecord();
    m_headerWritten = true;
}

bool writeResultsCsv(QIODevice &device, const QList<InvocationResult> &results,
                     const QList<ResultField> &fields, const CsvOptions &options)
{
    CsvResultWriter writer(&device, fields, options);
    writer.writeResults(results);
    return writer.finish();
}

} // namespace ib
