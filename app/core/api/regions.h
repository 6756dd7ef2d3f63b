#pragma once

#include "api/actionwalk.h"
#include "results/resultparser.h"

#include <variant>

namespace ib::api {

/// One region as DescribeRegions reports it.
struct Region
{
    QString regionId;       // e.g. "cn-hangzhou"
    QString localName;      // the name in the service's language
    QString regionEndpoint; // the host to call for this region
    QString status;         // "available" or "soldOut"
};

/// Reads a DescribeRegions answer: Regions.Region[].
std::variant<QList<Region>, ParseFailure> parseRegions(const QByteArray &body);

/// One DescribeRegions call.
class RegionsWalk : public ActionWalk
{
    Q_OBJECT

public:
    RegionsWalk(const ClientConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);

Q_SIGNALS:
    /// Every region the endpoint listed, before finished.
    void regionsReceived(const QList<ib::api::Region> &regions);

protected:
    Page takePage(const QByteArray &body) override;
};

} // namespace ib::api
