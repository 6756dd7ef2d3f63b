#pragma once

#include "results/resultparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <variant>

// Reading the small answers of DescribeRegions, DescribeInstances and DescribeInvocations.
namespace ib::api {

/// The top-level object of a success body that must hold `listKey`, or why it cannot be read.
std::variant<QJsonObject, ParseFailure> parseSuccessBody(const QByteArray &body,
                                                         QLatin1String listKey);

/// object[outer][inner] as an array: the service's {"Regions": {"Region": [...]}} shape.
QJsonArray nestedList(const QJsonObject &object, QLatin1String outer, QLatin1String inner);

/// The resource tags in {"Tags": {"Tag": [{"TagKey", "TagValue"}]}}.
QList<Tag> tagsOf(const QJsonObject &object);

} // namespace ib::api
