#pragma once

#include "api/clientconfig.h"
#include "results/invocationresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace ib {
class ResultTableModel;
}

namespace ib::api {
class ApiError;
class EcsClient;
class ResultsWalk;
} // namespace ib::api

namespace ib::ui {

/// The window's connection to one endpoint: runs one results fetch at a time into the table
/// model, counts pages, rows and time, and asks for the region list.
class FetchSession : public QObject
{
    Q_OBJECT
public:
    explicit FetchSession(ResultTableModel *model, QObject *parent = nullptr);
    ~FetchSession() override;

    /// Connects to an endpoint; a running fetch is cancelled first.
    void setConfig(const api::ClientConfig &config);
    bool isConfigured() const { return m_client != nullptr; }
    /// The client for the current endpoint, for names and following; nullptr before setConfig().
    api::EcsClient *client() const { return m_client; }
    const api::ClientConfig &config() const { return m_config; }

    /// Clears the table and fetches every page of the query.
    void fetch(const api::ResultsQuery &query);
    /// Replaces the table's rows with results read elsewhere (a saved response); a running
    /// fetch is abandoned first and reports Cancelled.
    void showSaved(const QList<InvocationResult> &results, int pages);
    /// Stops the fetch; rows already received stay.
    void cancel();
    bool isRunning() const { return !m_walk.isNull(); }

    /// Asks the endpoint which regions it serves; regionsReceived() answers.
    void fetchRegions();
    /// The host DescribeRegions named for a region; empty when not known.
    QString regionEndpoint(const QString &regionId) const;

    int pages() const { return m_pages; }
    int rows() const { return m_rows; }
    qint64 elapsedMs() const;

Q_SIGNALS:
    /// A fetch began; the table is empty.
    void started();
    /// Pages and rows received so far and the time spent, also once a second while waiting.
    void progressChanged(int pages, int rows, qint64 elapsedMs);
    /// Something a person should know although the fetch went on (a repeated page token).
    void warning(const QString &text);
    /// The fetch ended: error.kind is None on success, Cancelled when the user stopped it.
    void finished(const ib::api::ApiError &error);
    /// The regions the endpoint serves, as (id, local name) pairs.
    void regionsReceived(const QList<QPair<QString, QString>> &regions);
    /// The region list could not be read; the sentence says why.
    void regionsFailed(const QString &explanation);

private:
    void abandonWalk();
    void onFinished(const api::ApiError &error);

    ResultTableModel *m_model;
    QNetworkAccessManager *m_nam;
    api::ClientConfig m_config;
    api::EcsClient *m_client = nullptr;
    QPointer<api::ResultsWalk> m_walk;
    QTimer *m_ticker;
    QElapsedTimer m_elapsed;
    qint64 m_lastElapsedMs = 0;
    QHash<QString, QString> m_regionEndpoints;
    int m_pages = 0;
    int m_rows = 0;
};

} // namespace ib::ui
