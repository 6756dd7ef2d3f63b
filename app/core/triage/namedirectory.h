#pragma once

#include "api/instances.h"
#include "api/invocations.h"
#include "results/invocationresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace ib {

class ResultTableModel;

namespace api {
class ApiError;
class EcsClient;
} // namespace api

/// What people call the ids in loaded results: command names by invoke id (DescribeInvocations)
/// and instance names and OS (DescribeInstances, 100 ids a request). Answers are kept for the
/// session, so no id is asked twice, and passed on to a ResultTableModel. Instances the service
/// no longer lists (released ones) keep showing their id.
class NameDirectory : public QObject
{
    Q_OBJECT

public:
    explicit NameDirectory(ResultTableModel *model, QObject *parent = nullptr);
    ~NameDirectory() override;

    /// The client to ask; the caller keeps it alive. A client for another endpoint or region
    /// starts a new session: the names known so far are forgotten.
    void setClient(api::EcsClient *client);

    /// Asks for the names of every id in the model's rows that was not asked before.
    void lookUpLoaded();
    /// Asks for the names of these results' ids that were not asked before.
    void lookUp(const QList<InvocationResult> &results);

    /// True while an answer is still on its way.
    bool isBusy() const;

    QString instanceName(const QString &instanceId) const;
    /// The instance's OS name (such as "Ubuntu 22.04 64 bit"); empty when not known.
    QString instanceOs(const QString &instanceId) const;
    QString commandName(const QString &commandId) const;
    /// The task DescribeInvocations reported for an invoke id; nullptr when not known.
    const api::Invocation *invocation(const QString &invokeId) const;

Q_SIGNALS:
    /// New names arrived and the model shows them.
    void namesChanged();
    /// Every question asked so far has been answered (or has failed).
    void idle();
    /// A lookup failed; the sentence says why. The ids stay as they are.
    void failed(const QString &explanation);

private:
    void forget();
    void abandonWalks();
    void askNextInvocations();
    void askInstances(const QStringList &instanceIds);
    void onInvocations(const QList<api::Invocation> &invocations);
    void onInstances(const QList<api::Instance> &instances);
    void onWalkFinished(api::ActionWalk *walk, const api::ApiError &error, const QStringList &ids,
                        QSet<QString> *asked);

    QPointer<ResultTableModel> m_model;
    QPointer<api::EcsClient> m_client;
    QString m_session; // endpoint and region the names belong to
    QSet<QString> m_askedInvokeIds;
    QSet<QString> m_askedInstanceIds;
    QStringList m_waitingInvokeIds;           // asked one request each, a few at a time
    QList<QPointer<api::ActionWalk>> m_walks; // children of the client
    QHash<QString, QString> m_instanceNames;
    QHash<QString, QString> m_instanceOs;
    QHash<QString, QString> m_commandNames;
    QHash<QString, api::Invocation> m_invocations;
    bool m_reportedFailure = false;
};

} // namespace ib
