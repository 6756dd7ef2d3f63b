#pragma once

#include "api/actionwalk.h"
#include "results/resultparser.h"

#include <variant>

namespace ib::api {

/// One instance as DescribeInstances reports it: what a person knows the machine by.
struct Instance
{
    QString instanceId;
    QString instanceName;
    QString hostName;
    QString osType; // "linux" or "windows"
    QString osName;
    QString status; // Running, Stopped, ...
    QList<Tag> tags;
};

/// One page of a DescribeInstances answer.
struct InstancesPage
{
    QList<Instance> instances;
    QString nextToken;
};

/// Reads a DescribeInstances answer: Instances.Instance[] and NextToken.
std::variant<InstancesPage, ParseFailure> parseInstancesPage(const QByteArray &body);

/// DescribeInstances for a list of ids, in batches of up to 100 (the service's limit).
class InstancesWalk : public ActionWalk
{
    Q_OBJECT

public:
    InstancesWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                  const QStringList &instanceIds, QObject *parent = nullptr);

    static constexpr int batchSize = 100;

    /// The InstanceIds parameter of each batch: a JSON array string.
    static QStringList batches(const QStringList &instanceIds);

Q_SIGNALS:
    /// The instances of one page.
    void instancesReceived(const QList<ib::api::Instance> &instances);

protected:
    Page takePage(const QByteArray &body) override;
};

} // namespace ib::api
