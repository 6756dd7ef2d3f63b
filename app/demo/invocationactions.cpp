// DescribeInvocationResults and DescribeInvocations over the generated fleet.
#include "actions.h"
#include "actionsupport.h"

#include <QJsonArray>

namespace ib::demo {

namespace {

struct ResultFilters
{
    QString invokeId;
    QString instanceId;
    QString commandId;
    QString invokeRecordStatus;
    QString resourceGroupId;
    bool includeHistory = false;
    QList<Tag> tags;
};

std::variant<ResultFilters, ServiceError> resultFilters(const api::Parameters &parameters)
{
    ResultFilters filters;
    filters.invokeId = parameterValue(parameters, QStringLiteral("InvokeId"));
    filters.instanceId = parameterValue(parameters, QStringLiteral("InstanceId"));
    filters.commandId = parameterValue(parameters, QStringLiteral("CommandId"));
    filters.invokeRecordStatus = parameterValue(parameters, QStringLiteral("InvokeRecordStatus"));
    filters.resourceGroupId = parameterValue(parameters, QStringLiteral("ResourceGroupId"));

    const auto history = booleanParameter(parameters, QStringLiteral("IncludeHistory"));
    if (const auto *error = std::get_if<ServiceError>(&history))
        return *error;
    // Only the history of one scheduled task can be asked for, so it needs an InvokeId.
    filters.includeHistory = std::get<bool>(history) && !filters.invokeId.isEmpty();

    auto tags = tagFilters(parameters);
    if (const auto *error = std::get_if<ServiceError>(&tags))
        return *error;
    filters.tags = std::get<QList<Tag>>(tags);
    return filters;
}

bool accepts(const ResultFilters &filters, const Fleet &fleet, const FleetResult &stored,
             const InvocationResult &shown)
{
    if (stored.earlierRun && !filters.includeHistory)
        return false;
    if (!filters.invokeId.isEmpty() && shown.invokeId != filters.invokeId)
        return false;
    if (!filters.instanceId.isEmpty() && shown.instanceId != filters.instanceId)
        return false;
    if (!filters.commandId.isEmpty() && shown.commandId != filters.commandId)
        return false;
    if (!filters.invokeRecordStatus.isEmpty() &&
        shown.invokeRecordStatus != filters.invokeRecordStatus)
        return false;
    if (!filters.resourceGroupId.isEmpty()) {
        const DemoInstance *instance = fleet.instance(shown.instanceId);
        if (!instance || instance->resourceGroupId != filters.resourceGroupId)
            return false;
    }
    return tagsMatch(shown.tags, filters.tags);
}

std::variant<bool, ServiceError> wantsBase64(const api::Parameters &parameters)
{
    const QString encoding = parameterValue(parameters, QStringLiteral("ContentEncoding"));
    if (encoding.isNull() || encoding.compare(QLatin1String("Base64"), Qt::CaseInsensitive) == 0)
        return true;
    if (encoding.compare(QLatin1String("PlainText"), Qt::CaseInsensitive) == 0)
        return false;
    return ServiceError::invalidParameter(QStringLiteral("ContentEncoding"));
}

QString outputText(const QByteArray &output, bool base64)
{
    return base64 ? QString::fromLatin1(output.toBase64()) : QString::fromUtf8(output);
}

QString overallStatus(const QList<InvocationResult> &results)
{
    QSet<QString> statuses;
    for (const InvocationResult &result : results)
        statuses.insert(result.invocationStatus);
    for (const char *busy : {"Stopping", "Running", "Pending"}) {
        if (statuses.contains(QLatin1String(busy)))
            return QLatin1String(busy);
    }
    if (statuses == QSet<QString>{QStringLiteral("Scheduled")})
        return QStringLiteral("Scheduled");
    if (statuses == QSet<QString>{QStringLiteral("Success")})
        return QStringLiteral("Success");
    if (!statuses.contains(QStringLiteral("Success"))) {
        const bool stopped = statuses.contains(QStringLiteral("Cancelled")) ||
                             statuses.contains(QStringLiteral("Terminated"));
        return stopped ? QStringLiteral("Stopped") : QStringLiteral("Failed");
    }
    return QStringLiteral("PartialFailed");
}

} // namespace

std::variant<QList<InvocationResult>, ServiceError>
matchingResults(const Fleet &fleet, const api::Parameters &parameters, qint64 elapsedMs,
                int settleMs)
{
    const auto filters = resultFilters(parameters);
    if (const auto *error = std::get_if<ServiceError>(&filters))
        return *error;

    QList<InvocationResult> matching;
    for (const FleetResult &stored : fleet.results) {
        InvocationResult shown = resultAt(stored, elapsedMs, settleMs);
        if (accepts(std::get<ResultFilters>(filters), fleet, stored, shown))
            matching.append(std::move(shown));
    }
    return matching;
}

QJsonObject resultJson(const InvocationResult &r, bool base64)
{
    QJsonObject object{{QStringLiteral("CommandId"), r.commandId},
                       {QStringLiteral("InvokeId"), r.invokeId},
                       {QStringLiteral("InstanceId"), r.instanceId},
                       {QStringLiteral("InvocationStatus"), r.invocationStatus},
                       {QStringLiteral("InvokeRecordStatus"), r.invokeRecordStatus},
                       {QStringLiteral("Output"), outputText(r.output, base64)},
                       {QStringLiteral("Dropped"), double(r.dropped)},
                       {QStringLiteral("ErrorCode"), r.errorCode},
                       {QStringLiteral("ErrorInfo"), r.errorInfo},
                       {QStringLiteral("StartTime"), serviceTime(r.startTime)},
                       {QStringLiteral("FinishedTime"), serviceTime(r.finishedTime)},
                       {QStringLiteral("StopTime"), serviceTime(r.stopTime)},
                       {QStringLiteral("Repeats"), r.repeats},
                       {QStringLiteral("Username"), r.username},
                       {QStringLiteral("ContainerId"), r.containerId},
                       {QStringLiteral("ContainerName"), r.containerName},
                       {QStringLiteral("TerminationMode"), r.terminationMode},
                       {QStringLiteral("Launcher"), r.launcher},
                       {QStringLiteral("OssOutputDelivery"), r.ossOutputDelivery},
                       {QStringLiteral("OssOutputStatus"), r.ossOutputStatus},
                       {QStringLiteral("OssOutputUri"), r.ossOutputUri},
                       {QStringLiteral("OssOutputErrorCode"), r.ossOutputErrorCode},
                       {QStringLiteral("OssOutputErrorInfo"), r.ossOutputErrorInfo},
                       {QStringLiteral("Tags"), tagsJson(r.tags)}};
    // Absent while the command runs; exit codes of Windows exceed 32 bits (JSON numbers hold them).
    if (r.exitCode)
        object.insert(QStringLiteral("ExitCode"), double(*r.exitCode));
    return object;
}

ActionReply describeInvocationResults(const api::Parameters &parameters, ActionContext &context)
{
    const auto fleet = regionFleet(parameters, context);
    if (const auto *error = std::get_if<ServiceError>(&fleet))
        return *error;
    const auto base64 = wantsBase64(parameters);
    if (const auto *error = std::get_if<ServiceError>(&base64))
        return *error;
    const auto matching = matchingResults(*std::get<const Fleet *>(fleet), parameters,
                                          context.elapsedMs, context.settleMs);
    if (const auto *error = std::get_if<ServiceError>(&matching))
        return *error;
    const QString listing = listingKey(QStringLiteral("DescribeInvocationResults"), parameters);
    const auto request = context.tokens.pageRequest(parameters, listing, 50);
    if (const auto *error = std::get_if<ServiceError>(&request))
        return *error;

    const auto &results = std::get<QList<InvocationResult>>(matching);
    const Page page = slicePage(std::get<PageRequest>(request), results.size(), listing, context);
    QJsonArray array;
    for (qsizetype i = page.first; i < page.first + page.count; ++i)
        array.append(resultJson(results[i], std::get<bool>(base64)));

    QJsonObject invocation = page.fields;
    invocation.insert(QStringLiteral("InvocationResults"),
                      QJsonObject{{QStringLiteral("InvocationResult"), array}});
    return QJsonObject{{QStringLiteral("Invocation"), invocation}};
}

namespace {

QList<InvocationResult> latestRuns(const Fleet &fleet, const QString &invokeId, qint64 elapsedMs,
                                   int settleMs)
{
    QList<InvocationResult> runs;
    for (const FleetResult &stored : fleet.results) {
        if (stored.final.invokeId == invokeId && !stored.earlierRun)
            runs.append(resultAt(stored, elapsedMs, settleMs));
    }
    return runs;
}

bool invocationMatches(const DemoInvocation &invocation, const QList<InvocationResult> &runs,
                       const api::Parameters &parameters, const QList<Tag> &tags)
{
    const auto differs = [&parameters](const char *name, const QString &actual) {
        const QString wanted = parameterValue(parameters, QLatin1String(name));
        return !wanted.isEmpty() && wanted != actual;
    };
    if (differs("InvokeId", invocation.invokeId) || differs("CommandId", invocation.commandId) ||
        differs("CommandName", invocation.commandName) ||
        differs("CommandType", invocation.commandType) ||
        differs("RepeatMode", invocation.repeatMode) ||
        differs("InvokeStatus", overallStatus(runs)))
        return false;
    const QString instanceId = parameterValue(parameters, QStringLiteral("InstanceId"));
    if (!instanceId.isEmpty() &&
        std::none_of(runs.cbegin(), runs.cend(), [&instanceId](const InvocationResult &r) {
            return r.instanceId == instanceId;
        }))
        return false;
    return tagsMatch(invocation.tags, tags);
}

QJsonObject invokeInstanceJson(const InvocationResult &r, bool withOutput, bool base64)
{
    QJsonObject object{
        {QStringLiteral("InstanceId"), r.instanceId},
        {QStringLiteral("InvocationStatus"), r.invocationStatus},
        {QStringLiteral("InstanceInvokeStatus"), r.invokeRecordStatus},
        {QStringLiteral("Output"), withOutput ? outputText(r.output, base64) : QString()},
        {QStringLiteral("Dropped"), double(r.dropped)},
        {QStringLiteral("ErrorCode"), r.errorCode},
        {QStringLiteral("ErrorInfo"), r.errorInfo},
        {QStringLiteral("StartTime"), serviceTime(r.startTime)},
        {QStringLiteral("FinishTime"), serviceTime(r.finishedTime)},
        {QStringLiteral("StopTime"), serviceTime(r.stopTime)},
        {QStringLiteral("Repeats"), r.repeats}};
    if (r.exitCode)
        object.insert(QStringLiteral("ExitCode"), double(*r.exitCode));
    return object;
}

QJsonObject invocationJson(const DemoInvocation &invocation, const QList<InvocationResult> &runs,
                           bool withOutput, bool base64)
{
    QJsonArray instances;
    for (const InvocationResult &run : runs)
        instances.append(invokeInstanceJson(run, withOutput, base64));
    const QString status = overallStatus(runs);
    return {{QStringLiteral("InvokeId"), invocation.invokeId},
            {QStringLiteral("CommandId"), invocation.commandId},
            {QStringLiteral("CommandName"), invocation.commandName},
            {QStringLiteral("CommandType"), invocation.commandType},
            {QStringLiteral("CommandContent"),
             QString::fromLatin1(invocation.commandContent.toUtf8().toBase64())},
            {QStringLiteral("CommandDescription"), invocation.description},
            {QStringLiteral("Parameters"), invocation.parameters},
            {QStringLiteral("RepeatMode"), invocation.repeatMode},
            {QStringLiteral("Frequency"), invocation.frequency},
            {QStringLiteral("Timed"), invocation.repeatMode != QLatin1String("Once")},
            {QStringLiteral("Timeout"), invocation.timeoutSeconds},
            {QStringLiteral("WorkingDir"), invocation.workingDir},
            {QStringLiteral("Username"), invocation.username},
            {QStringLiteral("CreationTime"), serviceTime(invocation.creationTime)},
            {QStringLiteral("InvocationStatus"), status},
            {QStringLiteral("InvokeStatus"),
             status == QLatin1String("Running") ? status : QStringLiteral("Finished")},
            {QStringLiteral("Tags"), tagsJson(invocation.tags)},
            {QStringLiteral("InvokeInstances"),
             QJsonObject{{QStringLiteral("InvokeInstance"), instances}}}};
}

} // namespace

ActionReply describeInvocations(const api::Parameters &parameters, ActionContext &context)
{
    const auto fleetOrError = regionFleet(parameters, context);
    if (const auto *error = std::get_if<ServiceError>(&fleetOrError))
        return *error;
    const Fleet &fleet = *std::get<const Fleet *>(fleetOrError);
    const auto base64 = wantsBase64(parameters);
    const auto includeOutput = booleanParameter(parameters, QStringLiteral("IncludeOutput"));
    const auto tags = tagFilters(parameters);
    for (const ServiceError *error :
         {std::get_if<ServiceError>(&base64), std::get_if<ServiceError>(&includeOutput),
          std::get_if<ServiceError>(&tags)}) {
        if (error)
            return *error;
    }
    const QString listing = listingKey(QStringLiteral("DescribeInvocations"), parameters);
    const auto request = context.tokens.pageRequest(parameters, listing, 50);
    if (const auto *error = std::get_if<ServiceError>(&request))
        return *error;

    // Output only with IncludeOutput=true and an InvokeId or InstanceId, as the service does.
    const bool withOutput = std::get<bool>(includeOutput) &&
                            (!parameterValue(parameters, QStringLiteral("InvokeId")).isEmpty() ||
                             !parameterValue(parameters, QStringLiteral("InstanceId")).isEmpty());
    QJsonArray matching;
    for (const DemoInvocation &invocation : fleet.invocations) {
        const auto runs =
            latestRuns(fleet, invocation.invokeId, context.elapsedMs, context.settleMs);
        if (invocationMatches(invocation, runs, parameters, std::get<QList<Tag>>(tags)))
            matching.append(invocationJson(invocation, runs, withOutput, std::get<bool>(base64)));
    }

    const Page page = slicePage(std::get<PageRequest>(request), matching.size(), listing, context);
    QJsonArray array;
    for (qsizetype i = page.first; i < page.first + page.count; ++i)
        array.append(matching.at(i));
    QJsonObject reply = page.fields;
    reply.insert(QStringLiteral("Invocations"), QJsonObject{{QStringLiteral("Invocation"), array}});
    return reply;
}

} // namespace ib::demo
