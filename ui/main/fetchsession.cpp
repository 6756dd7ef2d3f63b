#include "fetchsession.h"

#include "api/ecsclient.h"
#include "logcategories.h"
#include "models/resulttablemodel.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace ib::ui {

FetchSession::FetchSession(ResultTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_nam(new QNetworkAccessManager(this))
    , m_ticker(new QTimer(this))
{
    // The elapsed time in the status bar moves even while a slow page is on its way.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this,
            [this] { Q_EMIT progressChanged(m_pages, m_rows, elapsedMs()); });
}

FetchSession::~FetchSession() = default;

void FetchSession::setConfig(const api::ClientConfig &config)
{
    const bool wasRunning = isRunning();
    abandonWalk();
    delete m_client;
    m_config = config;
    m_client = new api::EcsClient(config, m_nam, this);
    qCInfo(lcUi) << "connected to" << config.endpoint.toDisplayString() << "region"
                 << config.regionId;
    if (wasRunning) {
        m_ticker->stop();
        Q_EMIT finished(api::ApiError::cancelled());
    }
}

void FetchSession::fetch(const api::ResultsQuery &query)
{
    if (!m_client)
        return;
    abandonWalk();
    m_model->clear();
    m_pages = 0;
    m_rows = 0;
    m_lastElapsedMs = 0;
    m_elapsed.start();
    m_ticker->start();

    m_walk = m_client->fetchResults(query);
    api::ResultsWalk *walk = m_walk.data();
    connect(walk, &api::ResultsWalk::pageReceived, this,
            [this](const QList<InvocationResult> &results) { m_model->appendResults(results); });
    connect(walk, &api::ResultsWalk::progress, this, [this](int pages, int rows) {
        m_pages = pages;
        m_rows = rows;
        Q_EMIT progressChanged(pages, rows, elapsedMs());
    });
    connect(walk, &api::ResultsWalk::warning, this, &FetchSession::warning);
    connect(walk, &api::ResultsWalk::finished, this, &FetchSession::onFinished);
    qCInfo(lcUi) << "fetch started";
    Q_EMIT started();
}

void FetchSession::showSaved(const QList<InvocationResult> &results, int pages)
{
    if (isRunning()) {
        abandonWalk();
        m_ticker->stop();
        Q_EMIT finished(api::ApiError::cancelled());
    }
    m_model->clear();
    m_model->appendResults(results);
    m_pages = pages;
    m_rows = int(results.size());
    m_lastElapsedMs = 0;
}

void FetchSession::cancel()
{
    if (m_walk)
        m_walk->cancel();
}

void FetchSession::abandonWalk()
{
    if (!m_walk)
        return;

    // The old walk's late pages and its Cancelled answer must not reach the new fetch.
    api::ResultsWalk *old = m_walk.data();
    m_walk.clear();
    disconnect(old, nullptr, this, nullptr);
    old->cancel();
    if (old->isFinished())
        old->deleteLater();
    else
        connect(old, &api::ResultsWalk::finished, old, &QObject::deleteLater);
}

void FetchSession::onFinished(const api::ApiError &error)
{
    m_ticker->stop();
    m_lastElapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_elapsed.invalidate();
    if (m_walk)
        m_walk->deleteLater();
    m_walk.clear();
    if (error.isError())
        qCWarning(lcUi) << "fetch ended:" << error.summary();
    else
        qCInfo(lcUi) << "fetch finished:" << m_pages << "pages," << m_rows << "results";
    Q_EMIT progressChanged(m_pages, m_rows, m_lastElapsedMs);
    Q_EMIT finished(error);
}

qint64 FetchSession::elapsedMs() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : m_lastElapsedMs;
}

void FetchSession::fetchRegions()
{
    if (!m_client)
        return;
    api::RegionsWalk *walk = m_client->describeRegions();
    connect(walk, &api::RegionsWalk::regionsReceived, this,
            [this](const QList<api::Region> &regions) {
                QList<QPair<QString, QString>> idsAndNames;
                for (const api::Region &region : regions) {
                    idsAndNames.append({region.regionId, region.localName});
                    m_regionEndpoints.insert(region.regionId, region.regionEndpoint);
                }
                Q_EMIT regionsReceived(idsAndNames);
            });
    connect(walk, &api::RegionsWalk::finished, this, [this, walk](const api::ApiError &error) {
        walk->deleteLater();
        if (error.isError() && error.kind != api::ApiError::Kind::Cancelled) {
            qCWarning(lcUi) << "region list failed:" << error.summary();
            Q_EMIT regionsFailed(error.explanation());
        }
    });
}

QString FetchSession::regionEndpoint(const QString &regionId) const
{
    return m_regionEndpoints.value(regionId);
}

} // namespace ib::ui
