#include "invocations.h"

#include "api/jsonbody.h"
#include "api/signedrequest.h"

namespace ib::api {

namespace {

QString textOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<qint64> exitCodeOf(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1String("ExitCode"));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

InvokeInstance invokeInstanceOf(const QJsonObject &object)
{
    return {textOf(object, "InstanceId"), textOf(object, "InvocationStatus"), exitCodeOf(object),
            parseServiceTime(textOf(object, "StartTime")),
            parseServiceTime(textOf(object, "FinishTime"))};
}

Invocation invocationOf(const QJsonObject &object)
{
    Invocation invocation;
    invocation.invokeId = textOf(object, "InvokeId");
    invocation.commandId = textOf(object, "CommandId");
    invocation.commandName = textOf(object, "CommandName");
    invocation.commandType = textOf(object, "CommandType");
    invocation.commandContent = QByteArray::fromBase64(textOf(object, "CommandContent").toLatin1());
    const QJsonValue parameters = object.value(QLatin1String("Parameters"));
    invocation.parameters = parameters.isString() ? parameters.toString() : QString();
    invocation.repeatMode = textOf(object, "RepeatMode");
    invocation.frequency = textOf(object, "Frequency");
    invocation.timeoutSeconds = object.value(QLatin1String("Timeout")).toInteger();
    invocation.workingDir = textOf(object, "WorkingDir");
    invocation.creationTime = parseServiceTime(textOf(object, "CreationTime"));
    invocation.invocationStatus = textOf(object, "InvocationStatus");
    const QJsonArray instances =
        nestedList(object, QLatin1String("InvokeInstances"), QLatin1String("InvokeInstance"));
    for (const QJsonValue &value : instances)
        invocation.instances.append(invokeInstanceOf(value.toObject()));
    return invocation;
}

} // namespace

std::variant<InvocationsPage, ParseFailure> parseInvocationsPage(const QByteArray &body)
{
    auto parsed = parseSuccessBody(body, QLatin1String("Invocations"));
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return *failure;

    const QJsonObject &object = std::get<QJsonObject>(parsed);
    InvocationsPage page;
    page.nextToken = object.value(QLatin1String("NextToken")).toString();
    const QJsonArray list =
        nestedList(object, QLatin1String("Invocations"), QLatin1String("Invocation"));
    for (const QJsonValue &value : list)
        page.invocations.append(invocationOf(value.toObject()));
    return page;
}

InvocationsWalk::InvocationsWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                                 const InvocationsQuery &query, QObject *parent)
    : ActionWalk(config, nam, QStringLiteral("DescribeInvocations"),
                 {{queryParameters(query), true}}, parent)
{}

Parameters InvocationsWalk::queryParameters(const InvocationsQuery &query)
{
    Parameters parameters{{QStringLiteral("ContentEncoding"), QStringLiteral("Base64")},
                          {QStringLiteral("MaxResults"), QStringLiteral("50")}};
    appendIfSet(parameters, "InvokeId", query.invokeId);
    appendIfSet(parameters, "InstanceId", query.instanceId);
    appendIfSet(parameters, "CommandId", query.commandId);
    appendIfSet(parameters, "CommandName", query.commandName);
    appendIfSet(parameters, "InvokeStatus", query.invokeStatus);
    if (query.includeOutput)
        parameters.append({QStringLiteral("IncludeOutput"), QStringLiteral("true")});
    return parameters;
}

ActionWalk::Page InvocationsWalk::takePage(const QByteArray &body)
{
    auto parsed = parseInvocationsPage(body);
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return malformedPage(*failure);

    const InvocationsPage &invocations = std::get<InvocationsPage>(parsed);
    Page page;
    page.itemCount = int(invocations.invocations.size());
    page.nextToken = invocations.nextToken;
    if (!invocations.invocations.isEmpty())
        Q_EMIT invocationsReceived(invocations.invocations);
    return page;
}

} // namespace ib::api
