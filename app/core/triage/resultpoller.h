#pragma once

#include "results/invocationresult.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ib {

class ResultTableModel;

namespace api {
class ApiError;
class EcsClient;
class ResultsWalk;
} // namespace api

/// How the results of one invocation ended, for a notification.
struct InvocationCounts
{
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int other = 0; // stopped, cancelled, or a status this program does not know

    /// "8 results: 6 succeeded, 2 failed", for a person.
    QString summary() const;

    friend bool operator==(const InvocationCounts &a, const InvocationCounts &b)
    {
        return a.total == b.total && a.succeeded == b.succeeded && a.failed == b.failed &&
               a.other == b.other;
    }
};

/// Whether a result may still change: Pending, Running or Stopping. Scheduled results wait
/// for their next run time and do not count as settling.
bool isSettling(const InvocationResult &result);

/// Follows runs in progress: while any loaded result is still settling, fetches its invocation
/// again every interval and updates the rows in place (ResultTableModel::updateResults), so
/// selection and scroll position stay. Stops when every followed invocation has settled,
/// on cancel(), or when the table is cleared.
class ResultPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 10000;

    explicit ResultPoller(ResultTableModel *model, QObject *parent = nullptr);
    ~ResultPoller() override;

    /// The client to fetch with; the caller keeps it alive. Following stops when it changes.
    void setClient(api::EcsClient *client);

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int intervalMs);

    /// Looks at the loaded rows and follows every invocation with a settling result.
    /// Returns whether there is anything to follow.
    bool follow();
    /// Stops following; rows keep what they show.
    void cancel();

    bool isActive() const { return m_active; }
    /// The invoke ids still followed.
    QStringList followedInvokeIds() const { return m_invokeIds; }

Q_SIGNALS:
    /// Every result of an invocation has finished; counts says how.
    void invocationSettled(const QString &invokeId, const ib::InvocationCounts &counts);
    /// Following started (true) or ended (false).
    void activeChanged(bool active);
    /// A poll failed; following goes on at the next interval. The sentence says why.
    void failed(const QString &explanation);
    /// One poll's answers are in the table.
    void polled(int updatedRows);

private:
    void poll();
    void onPollFinished(const api::ApiError &error);
    void abandonWalk();
    void settle();
    void stop();

    QPointer<ResultTableModel> m_model;
    QPointer<api::EcsClient> m_client;
    QPointer<api::ResultsWalk> m_walk;
    QList<InvocationResult> m_received; // this poll's results, applied once it ends
    QStringList m_invokeIds;
    QTimer m_timer;
    bool m_active = false;
};

} // namespace ib

Q_DECLARE_METATYPE(ib::InvocationCounts)
