#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "api/instances.h"
#include "api/invocations.h"
#include "api/regions.h"
#include "api/resultswalk.h"

#include <QObject>

class QNetworkAccessManager;

namespace ib::api {

/// The ECS API as this program uses it. Each call returns a walk that starts by itself
/// once control returns to the event loop, reports through its signals and is a child of
/// the client: delete it (deleteLater) after finished when it is no longer needed.
class EcsClient : public QObject
{
    Q_OBJECT

public:
    /// Uses `nam` when given (it must outlive the client), else a network manager of its own.
    explicit EcsClient(ClientConfig config, QNetworkAccessManager *nam = nullptr,
                       QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }

    /// Every DescribeInvocationResults page of every invoke id in the query.
    ResultsWalk *fetchResults(const ResultsQuery &query);

    /// DescribeRegions: the regions this account can use, with their endpoints.
    RegionsWalk *describeRegions();

    /// DescribeInvocations: one record per task, with the command's name and content.
    InvocationsWalk *describeInvocations(const InvocationsQuery &query);

    /// DescribeInstances for these ids, in batches of up to 100.
    InstancesWalk *describeInstances(const QStringList &instanceIds);

private:
    ClientConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace ib::api
