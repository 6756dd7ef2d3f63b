#include "ecsclient.h"

#include <QNetworkAccessManager>

namespace ib::api {

EcsClient::EcsClient(ClientConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{}

ResultsWalk *EcsClient::fetchResults(const ResultsQuery &query)
{
    return new ResultsWalk(m_config, m_nam, query, this);
}

RegionsWalk *EcsClient::describeRegions()
{
    return new RegionsWalk(m_config, m_nam, this);
}

InvocationsWalk *EcsClient::describeInvocations(const InvocationsQuery &query)
{
    return new InvocationsWalk(m_config, m_nam, query, this);
}

InstancesWalk *EcsClient::describeInstances(const QStringList &instanceIds)
{
    return new InstancesWalk(m_config, m_nam, instanceIds, this);
}

} // namespace ib::api
