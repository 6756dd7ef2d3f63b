#pragma once

#include "actions.h"

#include <QJsonArray>

// Private to the demo component: pieces every listing action uses.
namespace ib::demo {

/// The fleet of the request's RegionId, or MissingParameter.RegionId / InvalidRegionId.NotFound.
std::variant<const Fleet *, ServiceError> regionFleet(const api::Parameters &parameters,
                                                      const ActionContext &context);

/// The Tag.N.Key / Tag.N.Value filters (N 1..20); a filter without a value matches any value.
std::variant<QList<Tag>, ServiceError> tagFilters(const api::Parameters &parameters);

/// Whether `tags` satisfy every filter.
bool tagsMatch(const QList<Tag> &tags, const QList<Tag> &filters);

/// {"Tag": [{"TagKey", "TagValue"}]}, the shape of Tags in every reply.
QJsonObject tagsJson(const QList<Tag> &tags);

/// Whether the boolean parameter is absent, "true" or "false" (else InvalidParameter).
std::variant<bool, ServiceError> booleanParameter(const api::Parameters &parameters,
                                                  const QString &name);

/// One page of a listing: the slice, and the paging fields of the reply.
struct Page
{
    qsizetype first = 0;
    qsizetype count = 0;
    QJsonObject fields; // NextToken, PageNumber, PageSize, TotalCount
};

/// The page `request` asks for out of `total` items, issuing the next token when more remain.
Page slicePage(const PageRequest &request, qsizetype total, const QString &listing,
               ActionContext &context);

} // namespace ib::demo
