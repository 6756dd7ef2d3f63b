#include "instances.h"

#include "api/jsonbody.h"

#include <QJsonDocument>

namespace ib::api {

namespace {

QList<ActionWalk::Lane> lanesFor(const QStringList &instanceIds)
{
    QList<ActionWalk::Lane> lanes;
    for (const QString &batch : InstancesWalk::batches(instanceIds))
        lanes.append({{{QStringLiteral("InstanceIds"), batch},
                       {QStringLiteral("MaxResults"), QString::number(InstancesWalk::batchSize)}},
                      true});
    return lanes;
}

Instance instanceOf(const QJsonObject &object)
{
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    return {text("InstanceId"), text("InstanceName"), text("HostName"), text("OSType"),
            text("OSName"),     text("Status"),       tagsOf(object)};
}

} // namespace

QStringList InstancesWalk::batches(const QStringList &instanceIds)
{
    QStringList ids = instanceIds;
    ids.removeAll(QString());
    ids.removeDuplicates();

    QStringList batches;
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        const QJsonArray batch = QJsonArray::fromStringList(ids.mid(from, batchSize));
        batches.append(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
    }
    return batches;
}

std::variant<InstancesPage, ParseFailure> parseInstancesPage(const QByteArray &body)
{
    auto parsed = parseSuccessBody(body, QLatin1String("Instances"));
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return *failure;

    const QJsonObject &object = std::get<QJsonObject>(parsed);
    InstancesPage page;
    page.nextToken = object.value(QLatin1String("NextToken")).toString();
    const QJsonArray list =
        nestedList(object, QLatin1String("Instances"), QLatin1String("Instance"));
    for (const QJsonValue &value : list)
        page.instances.append(instanceOf(value.toObject()));
    return page;
}

InstancesWalk::InstancesWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                             const QStringList &instanceIds, QObject *parent)
    : ActionWalk(config, nam, QStringLiteral("DescribeInstances"), lanesFor(instanceIds), parent)
{}

ActionWalk::Page InstancesWalk::takePage(const QByteArray &body)
{
    auto parsed = parseInstancesPage(body);
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return malformedPage(*failure);

    Page page;
    const InstancesPage &instances = std::get<InstancesPage>(parsed);
    page.itemCount = int(instances.instances.size());
    page.nextToken = instances.nextToken;
    if (!instances.instances.isEmpty())
        Q_EMIT instancesReceived(instances.instances);
    return page;
}

} // namespace ib::api
