#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "api/retrypolicy.h"
#include "api/signer.h"
#include "results/resultparser.h"

#include <QObject>
#include <QSet>
#include <optional>

class QNetworkAccessManager;

namespace ib::api {

class ApiCall;

/// One fetch of one action: one or more lanes (parameter sets) each walked page by page
/// with NextToken, lanes side by side within a concurrency limit that backs off on
/// throttling. Starts itself when control returns to the event loop. The first failure
/// that retries cannot fix ends the whole walk; pages already delivered stay delivered.
class ActionWalk : public QObject
{
    Q_OBJECT

public:
    /// One parameter set walked on its own. `paged` lanes send NextToken until it is empty.
    struct Lane
    {
        Parameters parameters;
        bool paged = true;
    };

    ~ActionWalk() override;

    /// Aborts every request in flight; finished(Cancelled) follows once.
    void cancel();

    bool isFinished() const { return m_finished; }
    /// Whether paging stopped before the service said the last page (a repeated token, empty
    /// pages without end): what was delivered may be incomplete.
    bool stoppedEarly() const { return m_stoppedEarly; }

Q_SIGNALS:
    /// Pages and items received so far, over all lanes.
    void progress(int pages, int items);
    /// Something a person should know although the walk goes on or ended normally,
    /// such as a page token that repeated.
    void warning(const QString &text);
    /// Emitted once; error.kind == None on success.
    void finished(const ib::api::ApiError &error);

protected:
    /// What a derived walk read from one page body.
    struct Page
    {
        int itemCount = 0;
        QString nextToken;
        QStringList warnings;
        std::optional<ApiError> failure;
    };

    ActionWalk(const ClientConfig &config, QNetworkAccessManager *nam, const QString &action,
               const QList<Lane> &lanes, QObject *parent);

    /// The page of a body that could not be read.
    static Page malformedPage(const ParseFailure &failure);

    /// Parses one successful body and emits its items. Called once per page.
    virtual Page takePage(const QByteArray &body) = 0;

    /// Ends the walk before it starts, for a query that cannot be sent.
    void failBeforeStart(const ApiError &error);

private:
    struct LaneState
    {
        Lane lane;
        QString nextToken;
        QSet<QString> seenTokens;
        int pages = 0;
        int emptyPagesInRow = 0;
    };

    void start();
    void sendWaitingLanes();
    void send(int laneIndex);
    void onPageBody(ApiCall *call, int laneIndex, const QByteArray &body);
    bool continueLane(LaneState &state, const Page &page);
    void finishCall(ApiCall *call);
    void finish(const ApiError &error);

    ClientConfig m_config;
    QNetworkAccessManager *m_nam;
    QString m_action;
    QList<LaneState> m_lanes;
    QList<int> m_waiting; // lanes ready to send their next page
    QList<ApiCall *> m_calls;
    ConcurrencyLimit m_limit;
    std::optional<ApiError> m_earlyFailure;
    bool m_answered = false;
    bool m_finished = false;
    bool m_stoppedEarly = false;
    int m_pages = 0;
    int m_items = 0;
};

} // namespace ib::api
