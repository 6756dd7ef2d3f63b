#pragma once

#include "api/clientconfig.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSplitter;

namespace ib {
class ResultFilterProxy;
class ResultTableModel;
class StatusSummary;
struct ExportResult;
} // namespace ib

namespace ib::api {
class ApiError;
}

namespace ib::ui {

class ConnectionSource;
class DetailPane;
class FetchSession;
class FilterBar;
class FleetTriage;
class MessageBar;
class QueryBar;
class ResultsView;
class StatusSummaryBar;
class TableExport;

/// The window an operator works in: query, status summary, filters, table and detail pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects to the built-in local endpoint (started on first use); a banner says so.
    void openDemo();
    /// Connects with a profile's credentials from the keychain; an empty name is the demo.
    void openProfile(const QString &name);
    bool isDemo() const { return m_demo; }
    /// The demo banner's sentence while it is shown, else empty.
    QString demoBannerText() const;
    /// The region the next connection uses (from --region or the saved settings).
    void setRegion(const QString &regionId);
    /// Sends a profile's requests to this endpoint instead of the region's (from --endpoint).
    void setEndpointOverride(const QUrl &endpoint);
    ConnectionSource *connectionSource() const { return m_connections; }

    /// Window geometry, splitter and table header, kept with QSettings between runs.
    void saveSettings() const;
    void restoreSettings();
    /// The profile in use when the window last closed; empty for the demo endpoint.
    static QString lastProfileName();

    ResultTableModel *resultModel() const { return m_model; }
    ResultFilterProxy *proxy() const { return m_proxy; }
    StatusSummary *statusSummary() const { return m_summary; }
    QueryBar *queryBar() const { return m_queryBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    StatusSummaryBar *summaryBar() const { return m_summaryBar; }
    ResultsView *resultsView() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    MessageBar *messageBar() const { return m_messages; }
    FetchSession *fetchSession() const { return m_session; }
    QSplitter *splitter() const { return m_splitter; }
    FleetTriage *triage() const { return m_triage; }

public Q_SLOTS:
    /// Fetches every result the query bar describes (F5).
    void fetch();
    /// Stops the running fetch (Esc).
    void cancelFetch();
    /// Asks for a file and exports the rows and columns shown (Ctrl+E).
    void exportResults();
    /// Opens the profile dialog.
    void manageProfiles();
    /// Shows the results of a saved DescribeInvocationResults response instead of the table's
    /// rows. A file that cannot be read leaves the rows as they were and says why.
    bool openSavedResponse(const QString &path);
    /// Asks for a saved response file and opens it (Ctrl+O).
    void chooseSavedResponse();

Q_SIGNALS:
    /// The user asked to export the rows on screen (Ctrl+E), before the file dialog opens.
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createTablePane();
    void createActions();
    void createMenus();
    void showCurrentResultIfChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void applyFilters();
    void showCurrentResult();
    void updateEmptyState();
    void updateCounts();
    void updateBanner();
    void onFetchStarted();
    void onProgress(int pages, int rows, qint64 elapsedMs);
    void onFetchFinished(const api::ApiError &error);
    void onExportFinished(const ExportResult &result);
    void onConnectionOpened(const api::ClientConfig &config, const QString &profileName);

    ResultTableModel *m_model;
    ResultFilterProxy *m_proxy;
    StatusSummary *m_summary;
    FetchSession *m_session;
    ConnectionSource *m_connections;
    TableExport *m_export;
    FleetTriage *m_triage = nullptr;
    QueryBar *m_queryBar = nullptr;
    QLabel *m_demoBanner = nullptr;
    MessageBar *m_messages = nullptr;
    StatusSummaryBar *m_summaryBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    ResultsView *m_view = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    bool m_demo = false;
    QString m_demoEndpoint; // host:port of the demo endpoint, for the banner
    QString m_offlineFile;  // the saved response the rows were opened from, until a fetch
    bool m_fetchedOnce = false;
    bool m_splitterRestored = false;
};

} // namespace ib::ui
