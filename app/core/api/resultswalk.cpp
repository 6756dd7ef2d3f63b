#include "resultswalk.h"

#include "api/signedrequest.h"
#include "results/resultparser.h"

namespace ib::api {

namespace {

QList<ActionWalk::Lane> lanesFor(const ResultsQuery &query)
{
    const Parameters common = ResultsWalk::queryParameters(query);
    QStringList invokeIds = query.invokeIds;
    invokeIds.removeAll(QString());
    invokeIds.removeDuplicates();
    if (invokeIds.isEmpty())
        return {{common, true}};

    QList<ActionWalk::Lane> lanes;
    for (const QString &invokeId : std::as_const(invokeIds)) {
        Parameters parameters = common;
        parameters.append({QStringLiteral("InvokeId"), invokeId.trimmed()});
        lanes.append({parameters, true});
    }
    return lanes;
}

} // namespace

ResultsWalk::ResultsWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                         const ResultsQuery &query, QObject *parent)
    : ActionWalk(config, nam, QStringLiteral("DescribeInvocationResults"), lanesFor(query), parent)
{
    if (query.tags.size() > maxTags)
        failBeforeStart(ApiError::configuration(
            tr("At most %1 tags can be used as a filter; remove some and try again.")
                .arg(maxTags)));
}

Parameters ResultsWalk::queryParameters(const ResultsQuery &query)
{
    Parameters parameters{{QStringLiteral("ContentEncoding"), QStringLiteral("Base64")},
                          {QStringLiteral("MaxResults"), QString::number(pageSize)}};
    appendIfSet(parameters, "InstanceId", query.instanceId);
    appendIfSet(parameters, "CommandId", query.commandId);
    appendIfSet(parameters, "InvokeRecordStatus", query.invokeRecordStatus);
    appendIfSet(parameters, "ResourceGroupId", query.resourceGroupId);
    if (query.includeHistory)
        parameters.append({QStringLiteral("IncludeHistory"), QStringLiteral("true")});

    // Tags are sent as typed: spaces and symbols matter to the service; no value means any.
    for (qsizetype i = 0; i < query.tags.size() && i < maxTags; ++i) {
        const QString prefix = QStringLiteral("Tag.") + QString::number(i + 1);
        parameters.append({prefix + QStringLiteral(".Key"), query.tags.at(i).key});
        if (!query.tags.at(i).value.isEmpty())
            parameters.append({prefix + QStringLiteral(".Value"), query.tags.at(i).value});
    }
    return parameters;
}

ActionWalk::Page ResultsWalk::takePage(const QByteArray &body)
{
    auto parsed = parseResultsPage(body);
    if (const auto *failure = std::get_if<ParseFailure>(&parsed))
        return malformedPage(*failure);

    ResultsPage &results = std::get<ResultsPage>(parsed);
    Page page{int(results.results.size()), results.nextToken, results.warnings, std::nullopt};
    if (!results.results.isEmpty())
        Q_EMIT pageReceived(results.results);
    return page;
}

} // namespace ib::api
