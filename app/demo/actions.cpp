#include "actions.h"

#include "actionsupport.h"

#include <QJsonArray>

namespace ib::demo {

namespace {

struct KnownRegion
{
    const char *regionId;
    const char *localName;
};

const KnownRegion knownRegions[] = {{"cn-hangzhou", "华东1（杭州）"},
                                    {"cn-shanghai", "华东2（上海）"},
                                    {"cn-beijing", "华北2（北京）"},
                                    {"ap-southeast-1", "新加坡"}};

ActionReply describeRegions(ActionContext &context)
{
    QJsonArray regions;
    for (const KnownRegion &region : knownRegions) {
        // The endpoint of every region is this one, so a client that follows it stays local.
        regions.append(
            QJsonObject{{QStringLiteral("RegionId"), QLatin1String(region.regionId)},
                        {QStringLiteral("LocalName"), QString::fromUtf8(region.localName)},
                        {QStringLiteral("RegionEndpoint"), context.endpointHost},
                        {QStringLiteral("Status"), QStringLiteral("available")}});
    }
    return QJsonObject{
        {QStringLiteral("Regions"), QJsonObject{{QStringLiteral("Region"), regions}}}};
}

} // namespace

ActionReply describeInvocationResults(const api::Parameters &parameters, ActionContext &context);
ActionReply describeInvocations(const api::Parameters &parameters, ActionContext &context);
ActionReply describeInstances(const api::Parameters &parameters, ActionContext &context);

ActionReply runAction(const QString &action, const api::Parameters &parameters,
                      ActionContext &context)
{
    if (action == QLatin1String("DescribeInvocationResults"))
        return describeInvocationResults(parameters, context);
    if (action == QLatin1String("DescribeInvocations"))
        return describeInvocations(parameters, context);
    if (action == QLatin1String("DescribeInstances"))
        return describeInstances(parameters, context);
    if (action == QLatin1String("DescribeRegions"))
        return describeRegions(context);
    return ServiceError{404, QStringLiteral("InvalidAction.NotFound"),
                        QStringLiteral("Specified api is not found, please check your url and "
                                       "method.")};
}

std::variant<const Fleet *, ServiceError> regionFleet(const api::Parameters &parameters,
                                                      const ActionContext &context)
{
    const QString regionId = parameterValue(parameters, QStringLiteral("RegionId"));
    if (regionId.isEmpty())
        return ServiceError::missingParameter(QStringLiteral("RegionId"));
    const auto fleet = context.fleets.constFind(regionId);
    if (fleet == context.fleets.cend())
        return ServiceError{404, QStringLiteral("InvalidRegionId.NotFound"),
                            QStringLiteral("The specified RegionId does not exist.")};
    return &fleet.value();
}

std::variant<QList<Tag>, ServiceError> tagFilters(const api::Parameters &parameters)
{
    QMap<int, Tag> byNumber;
    QSet<int> withKey;
    for (const auto &[name, value] : parameters) {
        if (!name.startsWith(QLatin1String("Tag.")))
            continue;
        const QStringList parts = name.split(QLatin1Char('.'));
        bool ok = false;
        const int number = parts.value(1).toInt(&ok);
        if (parts.size() != 3 || !ok || number < 1 || number > 20 ||
            (parts[2] != QLatin1String("Key") && parts[2] != QLatin1String("Value")))
            return ServiceError::invalidParameter(name);
        if (parts[2] == QLatin1String("Key")) {
            byNumber[number].key = value;
            withKey.insert(number);
        } else {
            byNumber[number].value = value;
        }
    }
    QList<Tag> filters;
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        if (!withKey.contains(it.key()) || it->key.isEmpty())
            return ServiceError::invalidParameter(QStringLiteral("Tag.%1.Key").arg(it.key()));
        filters.append(it.value());
    }
    return filters;
}

bool tagsMatch(const QList<Tag> &tags, const QList<Tag> &filters)
{
    return std::all_of(filters.cbegin(), filters.cend(), [&tags](const Tag &filter) {
        return std::any_of(tags.cbegin(), tags.cend(), [&filter](const Tag &tag) {
            return tag.key == filter.key && (filter.value.isEmpty() || tag.value == filter.value);
        });
    });
}

QJsonObject tagsJson(const QList<Tag> &tags)
{
    QJsonArray array;
    for (const Tag &tag : tags)
        array.append(QJsonObject{{QStringLiteral("TagKey"), tag.key},
                                 {QStringLiteral("TagValue"), tag.value}});
    return QJsonObject{{QStringLiteral("Tag"), array}};
}

std::variant<bool, ServiceError> booleanParameter(const api::Parameters &parameters,
                                                  const QString &name)
{
    const QString value = parameterValue(parameters, name);
    if (value.isNull() || value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    return ServiceError::invalidParameter(name);
}

Page slicePage(const PageRequest &request, qsizetype total, const QString &listing,
               ActionContext &context)
{
    Page page;
    page.first = qMin(request.offset, total);
    page.count = qMin<qsizetype>(request.size, total - page.first);

    QString nextToken = QStringLiteral("");
    if (request.tokenStyle && context.repeatNextToken && !request.token.isEmpty()) {
        page.count = 0;
        nextToken = request.token;
    } else if (page.first + page.count < total) {
        nextToken = context.tokens.issue(listing, page.first + page.count);
    }
    page.fields = {{QStringLiteral("NextToken"), nextToken},
                   {QStringLiteral("PageNumber"), request.tokenStyle ? 1 : request.pageNumber},
                   {QStringLiteral("PageSize"), request.size},
                   {QStringLiteral("TotalCount"), double(total)}};
    return page;
}

QString serviceTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace ib::demo
