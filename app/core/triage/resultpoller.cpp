#include "triage/resultpoller.h"

#include "api/ecsclient.h"
#include "logcategories.h"
#include "models/resulttablemodel.h"
#include "results/resultmeaning.h"

#include <QCoreApplication>
#include <QHash>

namespace ib {

namespace {

class PollerText
{
    Q_DECLARE_TR_FUNCTIONS(ResultPoller)
};

} // namespace

QString InvocationCounts::summary() const
{
    QStringList parts;
    if (succeeded > 0)
        parts.append(PollerText::tr("%n succeeded", nullptr, succeeded));
    if (failed > 0)
        parts.append(PollerText::tr("%n failed", nullptr, failed));
    if (other > 0)
        parts.append(PollerText::tr("%n stopped or other", nullptr, other));
    return PollerText::tr("%n result(s): %1", nullptr, total).arg(parts.join(QStringLiteral(", ")));
}

bool isSettling(const InvocationResult &result)
{
    const QString status = effectiveStatus(result);
    if (status.compare(QLatin1String("Scheduled"), Qt::CaseInsensitive) == 0)
        return false;
    const StatusKind kind = statusKind(status);
    return kind == StatusKind::Pending || kind == StatusKind::Running ||
           status.compare(QLatin1String("Stopping"), Qt::CaseInsensitive) == 0;
}

ResultPoller::ResultPoller(ResultTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ResultPoller::poll);
    // Answers for a table that was cleared or replaced must not land in the new one.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ResultPoller::cancel);
}

ResultPoller::~ResultPoller()
{
    abandonWalk();
}

void ResultPoller::setClient(api::EcsClient *client)
{
    if (client == m_client)
        return;
    cancel();
    m_client = client;
}

void ResultPoller::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(qMax(100, intervalMs));
    if (m_timer.isActive())
        m_timer.start();
}

bool ResultPoller::follow()
{
    if (!m_model || !m_client)
        return false;
    QStringList invokeIds;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InvocationResult &result = m_model->result(row);
        if (isSettling(result) && !invokeIds.contains(result.invokeId))
            invokeIds.append(result.invokeId);
    }
    if (invokeIds.isEmpty())
        return isActive();

    for (const QString &invokeId : std::as_const(invokeIds)) {
        if (!m_invokeIds.contains(invokeId))
            m_invokeIds.append(invokeId);
    }
    qCInfo(lcModels) << "following" << m_invokeIds.size() << "invocations every"
                     << m_timer.interval() << "ms";
    if (!m_walk && !m_timer.isActive())
        m_timer.start();
    if (!m_active) {
        m_active = true;
        Q_EMIT activeChanged(true);
    }
    return true;
}

void ResultPoller::cancel()
{
    if (!isActive() && !m_walk)
        return;
    abandonWalk();
    stop();
}

void ResultPoller::stop()
{
    m_timer.stop();
    m_invokeIds.clear();
    if (m_active) {
        m_active = false;
        Q_EMIT activeChanged(false);
    }
}

void ResultPoller::abandonWalk()
{
    m_received.clear();
    if (!m_walk)
        return;
    api::ResultsWalk *walk = m_walk.data();
    m_walk.clear();
    disconnect(walk, nullptr, this, nullptr);
    walk->cancel();
    walk->deleteLater();
}

void ResultPoller::poll()
{
    if (!m_client || !m_model || m_invokeIds.isEmpty()) {
        stop();
        return;
    }
    api::ResultsQuery query;
    query.invokeIds = m_invokeIds;
    m_received.clear();
    m_walk = m_client->fetchResults(query);
    connect(m_walk.data(), &api::ResultsWalk::pageReceived, this,
            [this](const QList<InvocationResult> &results) { m_received += results; });
    connect(m_walk.data(), &api::ResultsWalk::finished, this, &ResultPoller::onPollFinished);
}

void ResultPoller::onPollFinished(const api::ApiError &error)
{
    if (m_walk)
        m_walk->deleteLater();
    m_walk.clear();
    const QList<InvocationResult> received = std::exchange(m_received, {});

    if (error.isError()) {
        qCWarning(lcModels) << "poll failed:" << error.summary();
        Q_EMIT failed(tr("Following running results: %1").arg(error.explanation()));
    }
    // Pages that arrived before a failure are still newer than what the table shows.
    const int updated = m_model && !received.isEmpty() ? m_model->updateResults(received) : 0;
    Q_EMIT polled(updated);
    settle();
    if (isActive())
        m_timer.start();
}

void ResultPoller::settle()
{
    QHash<QString, InvocationCounts> counts;
    QSet<QString> unsettled;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const InvocationResult &result = m_model->result(row);
        if (!m_invokeIds.contains(result.invokeId))
            continue;
        InvocationCounts &c = counts[result.invokeId];
        ++c.total;
        if (isSettling(result))
            unsettled.insert(result.invokeId);
        switch (statusKind(effectiveStatus(result))) {
        case StatusKind::Success:
            ++c.succeeded;
            break;
        case StatusKind::Failure:
            ++c.failed;
            break;
        default:
            ++c.other;
            break;
        }
    }

    const QStringList followed = m_invokeIds;
    for (const QString &invokeId : followed) {
        if (unsettled.contains(invokeId))
            continue;
        m_invokeIds.removeOne(invokeId);
        qCInfo(lcModels) << "invocation settled:" << invokeId;
        Q_EMIT invocationSettled(invokeId, counts.value(invokeId));
    }
    if (m_invokeIds.isEmpty())
        stop();
}

} // namespace ib
