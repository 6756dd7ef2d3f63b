// DescribeInstances over the generated fleet.
#include "actions.h"
#include "actionsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ib::demo {

namespace {

std::variant<QStringList, ServiceError> instanceIds(const api::Parameters &parameters)
{
    const QString text = parameterValue(parameters, QStringLiteral("InstanceIds"));
    if (text.isEmpty())
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray() || document.array().size() > 100)
        return ServiceError::invalidParameter(QStringLiteral("InstanceIds"));
    QStringList ids;
    for (const QJsonValue &value : document.array())
        ids.append(value.toString());
    return ids;
}

// InstanceName accepts '*' as a wildcard, as the service does.
bool nameMatches(const QString &name, const QString &pattern)
{
    if (pattern.isEmpty())
        return true;
    const QRegularExpression expression(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
    return expression.match(name).hasMatch();
}

QJsonObject instanceJson(const DemoInstance &instance)
{
    return {{QStringLiteral("InstanceId"), instance.instanceId},
            {QStringLiteral("InstanceName"), instance.instanceName},
            {QStringLiteral("HostName"), instance.hostName},
            {QStringLiteral("OSType"), instance.osType},
            {QStringLiteral("OSName"), instance.osName},
            {QStringLiteral("Status"), instance.status},
            {QStringLiteral("RegionId"), instance.regionId},
            {QStringLiteral("ZoneId"), instance.zoneId},
            {QStringLiteral("InstanceType"), instance.instanceType},
            {QStringLiteral("ResourceGroupId"), instance.resourceGroupId},
            {QStringLiteral("CreationTime"),
             instance.creationTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'"))},
            {QStringLiteral("Tags"), tagsJson(instance.tags)}};
}

} // namespace

ActionReply describeInstances(const api::Parameters &parameters, ActionContext &context)
{
    const auto fleetOrError = regionFleet(parameters, context);
    if (const auto *error = std::get_if<ServiceError>(&fleetOrError))
        return *error;
    const auto ids = instanceIds(parameters);
    if (const auto *error = std::get_if<ServiceError>(&ids))
        return *error;
    const auto tags = tagFilters(parameters);
    if (const auto *error = std::get_if<ServiceError>(&tags))
        return *error;
    const QString listing = listingKey(QStringLiteral("DescribeInstances"), parameters);
    const auto request = context.tokens.pageRequest(parameters, listing, 100);
    if (const auto *error = std::get_if<ServiceError>(&request))
        return *error;

    const QString name = parameterValue(parameters, QStringLiteral("InstanceName"));
    const QString status = parameterValue(parameters, QStringLiteral("Status"));
    const QString group = parameterValue(parameters, QStringLiteral("ResourceGroupId"));
    QList<const DemoInstance *> matching;
    for (const DemoInstance &instance : std::get<const Fleet *>(fleetOrError)->instances) {
        const QStringList &wanted = std::get<QStringList>(ids);
        if ((wanted.isEmpty() || wanted.contains(instance.instanceId)) &&
            nameMatches(instance.instanceName, name) &&
            (status.isEmpty() || instance.status == status) &&
            (group.isEmpty() || instance.resourceGroupId == group) &&
            tagsMatch(instance.tags, std::get<QList<Tag>>(tags)))
            matching.append(&instance);
    }

    const Page page = slicePage(std::get<PageRequest>(request), matching.size(), listing, context);
    QJsonArray array;
    for (qsizetype i = page.first; i < page.first + page.count; ++i)
        array.append(instanceJson(*matching[i]));
    QJsonObject reply = page.fields;
    reply.insert(QStringLiteral("Instances"), QJsonObject{{QStringLiteral("Instance"), array}});
    return reply;
}

} // namespace ib::demo
