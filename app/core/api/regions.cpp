#include "regions.h"

#include "api/jsonbody.h"

namespace ib::api {

std::variant<QList<Region>, ParseFailure> parseRegions(const QByteArray &body)
{
    auto parsed = parseSuccessBody(body, QLatin1String("Regions"));
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return *failure;

    QList<Region> regions;
    const QJsonObject &object = std::get<QJsonObject>(parsed);
    const QJsonArray list = nestedList(object, QLatin1String("Regions"), QLatin1String("Region"));
    for (const QJsonValue &value : list) {
        const QJsonObject region = value.toObject();
        regions.append({region.value(QLatin1String("RegionId")).toString(),
                        region.value(QLatin1String("LocalName")).toString(),
                        region.value(QLatin1String("RegionEndpoint")).toString(),
                        region.value(QLatin1String("Status")).toString()});
    }
    return regions;
}

RegionsWalk::RegionsWalk(const ClientConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : ActionWalk(config, nam, QStringLiteral("DescribeRegions"), {{{}, false}}, parent)
{}

ActionWalk::Page RegionsWalk::takePage(const QByteArray &body)
{
    auto parsed = parseRegions(body);
    if (auto *failure = std::get_if<ParseFailure>(&parsed))
        return malformedPage(*failure);

    Page page;
    const QList<Region> &regions = std::get<QList<Region>>(parsed);
    page.itemCount = int(regions.size());
    Q_EMIT regionsReceived(regions);
    return page;
}

} // namespace ib::api
