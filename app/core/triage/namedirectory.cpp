#include "triage/namedirectory.h"

#include "api/ecsclient.h"
#include "logcategories.h"
#include "models/resulttablemodel.h"

#include <utility>

namespace ib {

namespace {

// DescribeInvocations is asked once per invoke id; this many at a time keeps throttling away.
constexpr int invocationsInFlight = 4;

QString sessionOf(const api::EcsClient *client)
{
    if (!client)
        return {};
    return client->config().endpoint.toString() % QLatin1Char(' ') % client->config().regionId;
}

} // namespace

NameDirectory::NameDirectory(ResultTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

NameDirectory::~NameDirectory()
{
    abandonWalks();
}

void NameDirectory::abandonWalks()
{
    // Their late answers belong to a session that is over.
    const QList<QPointer<api::ActionWalk>> walks = std::exchange(m_walks, {});
    for (const QPointer<api::ActionWalk> &walk : walks) {
        if (!walk)
            continue;
        disconnect(walk, nullptr, this, nullptr);
        walk->cancel();
        walk->deleteLater();
    }
}

void NameDirectory::setClient(api::EcsClient *client)
{
    const QString session = sessionOf(client);
    if (session != m_session)
        forget();
    m_session = session;
    m_client = client;
}

void NameDirectory::forget()
{
    abandonWalks();
    m_waitingInvokeIds.clear();
    m_askedInvokeIds.clear();
    m_askedInstanceIds.clear();
    m_instanceNames.clear();
    m_instanceOs.clear();
    m_commandNames.clear();
    m_invocations.clear();
    m_reportedFailure = false;
}

void NameDirectory::lookUpLoaded()
{
    if (!m_model)
        return;
    QList<InvocationResult> results;
    results.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        results.append(m_model->result(row));
    lookUp(results);
}

void NameDirectory::lookUp(const QList<InvocationResult> &results)
{
    if (!m_client)
        return;
    m_reportedFailure = false;

    QStringList instanceIds;
    for (const InvocationResult &result : results) {
        if (!result.invokeId.isEmpty() && !m_askedInvokeIds.contains(result.invokeId)) {
            m_askedInvokeIds.insert(result.invokeId);
            m_waitingInvokeIds.append(result.invokeId);
        }
        if (!result.instanceId.isEmpty() && !m_askedInstanceIds.contains(result.instanceId)) {
            m_askedInstanceIds.insert(result.instanceId);
            instanceIds.append(result.instanceId);
        }
    }

    if (!instanceIds.isEmpty())
        askInstances(instanceIds);
    askNextInvocations();
}

bool NameDirectory::isBusy() const
{
    return !m_walks.isEmpty() || !m_waitingInvokeIds.isEmpty();
}

void NameDirectory::askInstances(const QStringList &instanceIds)
{
    qCInfo(lcApi) << "looking up" << instanceIds.size() << "instance names";
    api::InstancesWalk *walk = m_client->describeInstances(instanceIds);
    m_walks.append(walk);
    connect(walk, &api::InstancesWalk::instancesReceived, this, &NameDirectory::onInstances);
    connect(walk, &api::InstancesWalk::finished, this,
            [this, walk, instanceIds](const api::ApiError &error) {
                onWalkFinished(walk, error, instanceIds, &m_askedInstanceIds);
            });
}

void NameDirectory::askNextInvocations()
{
    int inFlight = 0;
    for (const QPointer<api::ActionWalk> &walk : std::as_const(m_walks))
        inFlight += qobject_cast<api::InvocationsWalk *>(walk.data()) ? 1 : 0;

    while (m_client && inFlight < invocationsInFlight && !m_waitingInvokeIds.isEmpty()) {
        const QString invokeId = m_waitingInvokeIds.takeFirst();
        api::InvocationsQuery query;
        query.invokeId = invokeId;
        api::InvocationsWalk *walk = m_client->describeInvocations(query);
        m_walks.append(walk);
        ++inFlight;
        connect(walk, &api::InvocationsWalk::invocationsReceived, this,
                &NameDirectory::onInvocations);
        connect(walk, &api::InvocationsWalk::finished, this,
                [this, walk, invokeId](const api::ApiError &error) {
                    onWalkFinished(walk, error, {invokeId}, &m_askedInvokeIds);
                });
    }
}

void NameDirectory::onWalkFinished(api::ActionWalk *walk, const api::ApiError &error,
                                   const QStringList &ids, QSet<QString> *asked)
{
    m_walks.removeOne(walk);
    walk->deleteLater();
    if (error.isError() && error.kind != api::ApiError::Kind::Cancelled) {
        // Asked again with the next fetch: the failure may pass (network, throttling).
        for (const QString &id : ids)
            asked->remove(id);
        // The ids still waiting would most likely fail the same way: leave them for next time.
        for (const QString &invokeId : std::as_const(m_waitingInvokeIds))
            m_askedInvokeIds.remove(invokeId);
        m_waitingInvokeIds.clear();
        qCWarning(lcApi) << "name lookup failed:" << error.summary();
        if (!m_reportedFailure) {
            m_reportedFailure = true;
            Q_EMIT failed(tr("Names could not be looked up, so ids are shown instead: %1")
                              .arg(error.explanation()));
        }
    }
    askNextInvocations();
    if (!isBusy())
        Q_EMIT idle();
}

void NameDirectory::onInvocations(const QList<api::Invocation> &invocations)
{
    bool changed = false;
    for (const api::Invocation &invocation : invocations) {
        m_invocations.insert(invocation.invokeId, invocation);
        if (!invocation.commandName.isEmpty() && !invocation.commandId.isEmpty()) {
            m_commandNames.insert(invocation.commandId, invocation.commandName);
            changed = true;
        }
    }
    if (changed && m_model) {
        m_model->setCommandNames(m_commandNames);
        Q_EMIT namesChanged();
    }
}

void NameDirectory::onInstances(const QList<api::Instance> &instances)
{
    for (const api::Instance &instance : instances) {
        if (!instance.instanceName.isEmpty())
            m_instanceNames.insert(instance.instanceId, instance.instanceName);
        if (!instance.osName.isEmpty())
            m_instanceOs.insert(instance.instanceId, instance.osName);
    }
    if (!instances.isEmpty() && m_model) {
        m_model->setInstanceNames(m_instanceNames);
        Q_EMIT namesChanged();
    }
}

QString NameDirectory::instanceName(const QString &instanceId) const
{
    return m_instanceNames.value(instanceId);
}

QString NameDirectory::instanceOs(const QString &instanceId) const
{
    return m_instanceOs.value(instanceId);
}

QString NameDirectory::commandName(const QString &commandId) const
{
    return m_commandNames.value(commandId);
}

const api::Invocation *NameDirectory::invocation(const QString &invokeId) const
{
    const auto found = m_invocations.constFind(invokeId);
    return found == m_invocations.constEnd() ? nullptr : &found.value();
}

} // namespace ib
