#include "actionwalk.h"

#include "api/apicall.h"
#include "api/signedrequest.h"
#include "logcategories.h"

namespace ib::api {

namespace {

// Empty pages that still carry new tokens: past this many in a row the walk stops.
constexpr int maxEmptyPagesInRow = 20;

} // namespace

ActionWalk::ActionWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                       const QString &action, const QList<Lane> &lanes, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_action(action)
    , m_limit(config.maxConcurrency)
{
    for (const Lane &lane : lanes) {
        m_lanes.append({lane, {}, {}, 0, 0});
        m_waiting.append(int(m_lanes.size() - 1));
    }
    m_earlyFailure = checkConfig(config);

    // Queued, so that whoever asked for the walk can connect to it first.
    QMetaObject::invokeMethod(this, &ActionWalk::start, Qt::QueuedConnection);
}

ActionWalk::~ActionWalk()
{
    qDeleteAll(m_calls);
}

void ActionWalk::cancel()
{
    if (m_finished)
        return;
    qCInfo(lcApi).noquote() << m_action << "cancelled";
    finish(ApiError::cancelled());
}

ActionWalk::Page ActionWalk::malformedPage(const ParseFailure &failure)
{
    Page page;
    page.failure = ApiError::malformed(failure.message, failure.excerpt);
    return page;
}

void ActionWalk::failBeforeStart(const ApiError &error)
{
    if (!m_earlyFailure)
        m_earlyFailure = error;
}

void ActionWalk::start()
{
    if (m_finished)
        return;
    if (m_earlyFailure) {
        finish(*m_earlyFailure);
        return;
    }
    sendWaitingLanes();
}

void ActionWalk::sendWaitingLanes()
{
    while (!m_finished && !m_waiting.isEmpty() && m_calls.size() < m_limit.current())
        send(m_waiting.takeFirst());

    if (!m_finished && m_calls.isEmpty() && m_waiting.isEmpty())
        finish({});
}

void ActionWalk::send(int laneIndex)
{
    const LaneState &state = m_lanes.at(laneIndex);
    ActionCall request{m_action, state.lane.parameters};
    if (!m_config.regionId.isEmpty())
        request.parameters.append({QStringLiteral("RegionId"), m_config.regionId});
    if (!state.nextToken.isEmpty())
        request.parameters.append({QStringLiteral("NextToken"), state.nextToken});

    auto *call = new ApiCall(m_config, m_nam, request);
    call->setAnsweredBefore(m_answered);
    m_calls.append(call);
    connect(call, &ApiCall::succeeded, this,
            [this, call, laneIndex](const QByteArray &body) { onPageBody(call, laneIndex, body); });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        finishCall(call);
        finish(error);
    });
    connect(call, &ApiCall::retrying, this, [this](const ApiError &error) {
        if (RetryPolicy::isThrottling(error)) {
            m_limit.recordThrottled();
            qCInfo(lcApi) << "throttled: concurrency now" << m_limit.current();
        }
    });
    call->start();
}

void ActionWalk::onPageBody(ApiCall *call, int laneIndex, const QByteArray &body)
{
    finishCall(call);
    m_answered = true;
    m_limit.recordSuccess();

    const Page page = takePage(body);
    if (page.failure) {
        finish(*page.failure);
        return;
    }
    if (m_finished) // a receiver of the items cancelled the walk
        return;

    m_pages += 1;
    m_items += page.itemCount;
    Q_EMIT progress(m_pages, m_items);
    for (const QString &text : page.warnings)
        Q_EMIT warning(text);

    LaneState &state = m_lanes[laneIndex];
    if (!m_finished && continueLane(state, page))
        m_waiting.prepend(laneIndex);
    sendWaitingLanes();
}

bool ActionWalk::continueLane(LaneState &state, const Page &page)
{
    state.pages += 1;
    state.emptyPagesInRow = page.itemCount == 0 ? state.emptyPagesInRow + 1 : 0;
    if (!state.lane.paged || page.nextToken.isEmpty())
        return false;

    if (page.nextToken == state.nextToken || state.seenTokens.contains(page.nextToken)) {
        qCWarning(lcApi).noquote()
            << m_action << "page token repeated after" << state.pages << "pages; lane stopped";
        m_stoppedEarly = true;
        Q_EMIT warning(tr("The service sent a page token it had sent before, so fetching stopped "
                          "after page %1 instead of looping. The results shown may be "
                          "incomplete; try again later.")
                           .arg(state.pages));
        return false;
    }
    if (state.emptyPagesInRow >= maxEmptyPagesInRow) {
        m_stoppedEarly = true;
        Q_EMIT warning(tr("The service sent %1 empty pages in a row, so fetching stopped. The "
                          "results shown may be incomplete; try again later.")
                           .arg(state.emptyPagesInRow));
        return false;
    }

    state.seenTokens.insert(page.nextToken);
    state.nextToken = page.nextToken;
    return true;
}

void ActionWalk::finishCall(ApiCall *call)
{
    m_calls.removeOne(call);
    call->deleteLater();
}

void ActionWalk::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    for (ApiCall *call : std::as_const(m_calls)) {
        call->abort();
        call->deleteLater();
    }
    m_calls.clear();
    m_waiting.clear();

    if (error.isError())
        qCWarning(lcApi).noquote() << m_action << "ended:" << error.summary();
    else
        qCInfo(lcApi).noquote() << m_action << "complete:" << m_pages << "pages," << m_items
                                << "items";
    Q_EMIT finished(error);
}

} // namespace ib::api
