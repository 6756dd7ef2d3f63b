#include "mainwindow.h"

#include "api/apierror.h"
#include "connectionsource.h"
#include "credentials/credentialstore.h"
#include "detailpane.h"
#include "fetchsession.h"
#include "filterbar.h"
#include "fleettriage.h"
#include "logcategories.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "models/statussummary.h"
#include "profiledialog.h"
#include "querybar.h"
#include "resultsview.h"
#include "statusstyle.h"
#include "statussummarybar.h"
#include "tableexport.h"
#include "triage/savedresponses.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString headerKey = QStringLiteral("table/header");
const QString profileKey = QStringLiteral("query/profile");
const QString regionKey = QStringLiteral("query/region");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ResultTableModel(this))
    , m_proxy(new ResultFilterProxy(this))
    , m_summary(nullptr)
    , m_session(new FetchSession(m_model, this))
    , m_connections(new ConnectionSource(this))
    , m_export(nullptr)
{
    initResources();
    setWindowTitle(tr("Invocation Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/invocation-browser.svg")));
    m_model->setStatusAppearance(&statusIcon, &statusColor);
    m_proxy->setSourceModel(m_model);
    m_summary = new StatusSummary(m_proxy, this);

    m_queryBar = new QueryBar(this);
    m_demoBanner = new QLabel(this);
    m_demoBanner->setTextFormat(Qt::PlainText);
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setMargin(4);
    QPalette bannerPalette = m_demoBanner->palette();
    bannerPalette.setColor(QPalette::Window, blend(palette().color(QPalette::Window),
                                                   statusColor(StatusKind::Unknown), 0.3));
    m_demoBanner->setPalette(bannerPalette);
    m_demoBanner->hide();
    m_messages = new MessageBar(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createTablePane());
    m_detail = new DetailPane(this); // created after the table: Tab reaches it last
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_queryBar);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Fetching"));
    m_busy->hide();
    m_progressLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_busy);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_export = new TableExport(m_proxy, m_view->horizontalHeader(), this);
    createActions();
    m_triage = new FleetTriage(this);
    connect(m_triage, &FleetTriage::restrictionChanged, this, &MainWindow::applyFilters);
    createMenus();
    connect(m_session, &FetchSession::started, this, &MainWindow::onFetchStarted);
    connect(m_session, &FetchSession::progressChanged, this, &MainWindow::onProgress);
    connect(m_session, &FetchSession::finished, this, &MainWindow::onFetchFinished);
    connect(m_session, &FetchSession::warning, this, [this](const QString &text) {
        m_messages->showUnlessMoreSerious(MessageBar::Kind::Warning, text);
    });
    connect(m_session, &FetchSession::regionsReceived, this,
            [this](const QList<QPair<QString, QString>> &regions) {
                m_queryBar->setRegions(regions, m_session->config().regionId);
            });

    resize(1360, 860);
    updateEmptyState();
    updateCounts();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createTablePane()
{
    auto *pane = new QWidget(this);
    m_summaryBar = new StatusSummaryBar(m_summary, pane);
    m_filterBar = new FilterBar(pane);
    m_view = new ResultsView(pane);
    m_view->setModel(m_proxy);
    m_view->setEmptyAction(tr("Clear filters"));
    auto *exportButton = new QToolButton(pane);
    exportButton->setText(tr("Export CSV…"));
    exportButton->setToolTip(tr("Export the rows and columns shown to a CSV file (Ctrl+E)"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, &MainWindow::exportResults);
    m_summaryBar->addTrailingWidget(exportButton);

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ResultTableModel::OutputColumn, QHeaderView::Stretch);
    header->resizeSection(ResultTableModel::StatusColumn, 95);
    header->resizeSection(ResultTableModel::InstanceIdColumn, 165);
    header->resizeSection(ResultTableModel::InstanceNameColumn, 115);
    header->resizeSection(ResultTableModel::CommandIdColumn, 150);
    header->resizeSection(ResultTableModel::CommandNameColumn, 115);
    header->resizeSection(ResultTableModel::InvokeIdColumn, 150);
    header->resizeSection(ResultTableModel::ExitCodeColumn, 75);
    header->resizeSection(ResultTableModel::ErrorCodeColumn, 125);
    header->resizeSection(ResultTableModel::StartColumn, 135);
    header->resizeSection(ResultTableModel::FinishColumn, 140);
    header->resizeSection(ResultTableModel::DurationColumn, 80);
    header->resizeSection(ResultTableModel::RepeatsColumn, 60);
    header->resizeSection(ResultTableModel::DroppedColumn, 70);
    // Less-used columns start hidden; the header's context menu brings them back.
    const int hidden[] = {ResultTableModel::CommandIdColumn, ResultTableModel::InvokeIdColumn,
                          ResultTableModel::StartColumn,     ResultTableModel::FinishColumn,
                          ResultTableModel::RepeatsColumn,   ResultTableModel::DroppedColumn,
                          ResultTableModel::DurationColumn};
    for (int column : hidden)
        header->setSectionHidden(column, true);

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilters);
    connect(m_summaryBar, &StatusSummaryBar::statusesRequested, m_filterBar,
            &FilterBar::setStatuses);
    connect(m_view, &ResultsView::emptyActionTriggered, m_filterBar, &FilterBar::clear);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentResult);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            &MainWindow::showCurrentResultIfChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summaryBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    return pane;
}

void MainWindow::createActions()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, this);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F5), [this] { fetch(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { cancelFetch(); });
    shortcut(QKeySequence::Find, [this] { m_filterBar->focusFilter(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportResults(); });

    connect(m_queryBar, &QueryBar::fetchRequested, this, &MainWindow::fetch);
    connect(m_queryBar, &QueryBar::cancelRequested, this, &MainWindow::cancelFetch);
    connect(m_queryBar, &QueryBar::profileChanged, this, &MainWindow::openProfile);
    connect(m_queryBar, &QueryBar::regionChanged, this,
            [this] { openProfile(m_queryBar->profileName()); });
    connect(m_connections, &ConnectionSource::opened, this, &MainWindow::onConnectionOpened);
    connect(m_connections, &ConnectionSource::failed, this, [this](const QString &text) {
        m_messages->showMessage(MessageBar::Kind::Error, text);
    });
    connect(m_connections, &ConnectionSource::profilesChanged, this, [this] {
        m_queryBar->setProfiles(m_connections->profileNames(), m_queryBar->profileName());
    });
    connect(m_messages, &MessageBar::actionTriggered, this, &MainWindow::fetch);
    connect(m_queryBar, &QueryBar::manageProfilesRequested, this, &MainWindow::manageProfiles);
    connect(m_export, &TableExport::finished, this, &MainWindow::onExportFinished);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open saved response…"), QKeySequence::Open, this,
                    &MainWindow::chooseSavedResponse);
    file->addAction(tr("Export CSV…"), this, &MainWindow::exportResults);
    file->addSeparator();
    file->addAction(tr("Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_triage->addMenus(menuBar());
}

void MainWindow::openDemo()
{
    m_connections->openDemo(m_queryBar->regionId());
}

QString MainWindow::demoBannerText() const
{
    return m_demoBanner->isHidden() ? QString() : m_demoBanner->text();
}

void MainWindow::setRegion(const QString &regionId)
{
    m_queryBar->setRegions({{regionId, QString()}}, regionId);
}

void MainWindow::setEndpointOverride(const QUrl &endpoint)
{
    m_connections->setEndpointOverride(endpoint);
}

void MainWindow::openProfile(const QString &name)
{
    if (name.isEmpty()) {
        openDemo();
        return;
    }
    const QString region = m_queryBar->regionId();
    m_connections->openProfile(name, region, m_session->regionEndpoint(region));
}

void MainWindow::onConnectionOpened(const api::ClientConfig &config, const QString &profileName)
{
    m_demo = profileName.isEmpty();
    m_demoEndpoint = config.endpoint.authority();
    updateBanner();
    m_queryBar->setProfiles(m_connections->profileNames(), profileName);

    m_session->setConfig(config);
    m_queryBar->setRegions({{config.regionId, QString()}}, config.regionId);
    m_session->fetchRegions();
    // Qt adds the program's display name after the title, as the desktop expects.
    setWindowTitle(m_demo ? tr("Demo") : tr("%1 — %2").arg(profileName, config.regionId));
    updateEmptyState();
}

void MainWindow::fetch()
{
    if (!m_session->isConfigured()) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("Choose a profile first, or pick the demo entry to try the "
                                   "built-in endpoint."));
        return;
    }
    api::ResultsQuery query;
    QString problem;
    if (!m_queryBar->readQuery(&query, &problem)) {
        m_messages->showMessage(MessageBar::Kind::Warning, problem);
        return;
    }
    m_messages->hide();
    m_session->fetch(query);
}

void MainWindow::cancelFetch()
{
    m_session->cancel();
}

void MainWindow::updateBanner()
{
    // Whenever the rows do not come from a real account, the banner says where they come from.
    if (!m_offlineFile.isEmpty())
        m_demoBanner->setText(tr("Offline: these results were opened from %1, not fetched. Fetch "
                                 "(F5) replaces them.")
                                  .arg(m_offlineFile));
    else
        m_demoBanner->setText(tr("Demo data — a local endpoint at %1, no account. Nothing here "
                                 "comes from a real fleet.")
                                  .arg(m_demoEndpoint));
    m_demoBanner->setAccessibleName(m_offlineFile.isEmpty() ? tr("Demo mode")
                                                            : tr("Results opened offline"));
    m_demoBanner->setVisible(m_demo || !m_offlineFile.isEmpty());
}

void MainWindow::onFetchStarted()
{
    m_offlineFile.clear();
    updateBanner();
    m_fetchedOnce = true;
    m_queryBar->setFetching(true);
    m_busy->show();
    m_detail->showNothing(tr("Select a result to see its output, exit code and error code."));
    onProgress(0, 0, 0);
    updateEmptyState();
}

void MainWindow::onProgress(int pages, int rows, qint64 elapsedMs)
{
    const QString pagesText = tr("%n page(s)", nullptr, pages);
    const QString rowsText = tr("%n result(s)", nullptr, rows);
    const QString text =
        m_session->isRunning()
            ? tr("Fetching… %1, %2, %3").arg(pagesText, rowsText, formatDuration(elapsedMs))
            : tr("Fetched %1, %2 in %3").arg(pagesText, rowsText, formatDuration(elapsedMs));
    m_progressLabel->setText(text);
}

void MainWindow::onFetchFinished(const api::ApiError &error)
{
    m_queryBar->setFetching(false);
    m_busy->hide();
    if (error.kind == api::ApiError::Kind::Cancelled) {
        m_progressLabel->setText(tr("Cancelled after %n result(s); the rows received stay.",
                                    nullptr, m_session->rows()));
    } else if (error.isError()) {
        m_messages->showMessage(MessageBar::Kind::Error, error.explanation(), tr("Retry"));
        m_progressLabel->setText(error.summary());
    }
    updateEmptyState();
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void MainWindow::applyFilters()
{
    ResultFilter filter;
    filter.setInstance(m_filterBar->instanceText());
    filter.setCommand(m_filterBar->commandText());
    const QStringList statuses = m_filterBar->statuses();
    filter.setStatuses(QSet<QString>(statuses.cbegin(), statuses.cend()));
    filter.setErrorCode(m_filterBar->errorCodeText());
    filter.setOutputText(m_filterBar->outputText(),
                         m_filterBar->outputIsRegularExpression()
                             ? ResultFilter::OutputMatch::RegularExpression
                             : ResultFilter::OutputMatch::Substring);
    QString problem;
    const std::optional<ExitCodeCondition> exitCode =
        ExitCodeCondition::parse(m_filterBar->exitCodeText());
    if (exitCode)
        filter.setExitCode(*exitCode);
    else
        problem = tr("Exit code: type a number, \"nonzero\", \"pending\" or \"none\".");
    if (m_triage && m_triage->groupKeys())
        filter.setKeys(*m_triage->groupKeys());
    if (!filter.isValid())
        problem = filter.errorString();
    m_filterBar->setProblem(problem);

    m_proxy->setFilter(filter);
    m_summaryBar->setSelectedStatuses(statuses);
    updateEmptyState();
    updateCounts();
}

void MainWindow::showCurrentResult()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->showNothing(tr("Select a result to see its output, exit code and error code."));
        return;
    }
    m_detail->showResult(current.data(ResultTableModel::ResultRole).value<InvocationResult>());
}

void MainWindow::showCurrentResultIfChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    // A followed run's row changed in place; names arriving change no column the pane shows.
    const int row = m_view->currentIndex().row();
    if (row >= topLeft.row() && row <= bottomRight.row() &&
        topLeft.column() <= ResultTableModel::StatusColumn)
        showCurrentResult();
}

void MainWindow::updateCounts()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(shown == total
                              ? tr("%n result(s)", nullptr, total)
                              : tr("%1 of %n result(s) shown", nullptr, total).arg(shown));
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int hidden = total - m_proxy->rowCount();
    if (!m_fetchedOnce && m_demo) {
        m_view->setEmptyText(tr("Press Fetch (F5) to load the demo fleet's results. Leave the "
                                "query fields empty to see every recent result."));
    } else if (!m_fetchedOnce) {
        m_view->setEmptyText(tr("Choose a profile and a region, then press Fetch (F5). Leave the "
                                "query fields empty to see every recent result."));
    } else if (m_session->isRunning() && total == 0) {
        m_view->setEmptyText(tr("Fetching results… The first page is on its way."));
    } else if (total == 0) {
        m_view->setEmptyText(tr("No invocation results matched. Records are kept for a limited "
                                "time (about two to four weeks); check the region, the ids and "
                                "that the profile may call DescribeInvocationResults."));
    } else if (hidden > 0) {
        m_view->setEmptyText(tr("%n result(s) hidden by filters.", nullptr, hidden), true);
    } else {
        m_view->setEmptyText(QString());
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_view->saveHeaderState());
    settings.setValue(profileKey, m_demo ? QString() : m_queryBar->profileName());
    settings.setValue(regionKey, m_queryBar->regionId());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    if (!m_view->restoreHeaderState(settings.value(headerKey).toByteArray()))
        qCDebug(lcUi) << "no saved table header; using the default columns";
    const QString region = settings.value(regionKey).toString();
    if (!region.isEmpty())
        setRegion(region);
}

QString MainWindow::lastProfileName()
{
    return QSettings().value(profileKey).toString();
}

void MainWindow::exportResults()
{
    Q_EMIT exportRequested();
    if (m_proxy->rowCount() == 0) {
        m_messages->showMessage(MessageBar::Kind::Info,
                                tr("There is nothing to export: no result is shown."));
        return;
    }
    m_export->chooseFileAndWrite();
}

void MainWindow::onExportFinished(const ExportResult &result)
{
    if (result.status == ExportResult::Status::Failed)
        m_messages->showMessage(MessageBar::Kind::Error, result.message);
    else
        statusBar()->showMessage(result.message, 10000);
}

void MainWindow::manageProfiles()
{
    CredentialStore *store = m_connections->credentialStore();
    if (!store) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("Profiles are not available in this window."));
        return;
    }
    auto *dialog = new ProfileDialog(store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectProfile(m_queryBar->profileName());
    connect(dialog, &ProfileDialog::testRequested, m_connections, &ConnectionSource::testProfile);
    connect(m_connections, &ConnectionSource::tested, dialog, &ProfileDialog::showTestResult);
    dialog->open();
}

void MainWindow::chooseSavedResponse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open saved response"), QString(),
                                     tr("Saved responses (*.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        openSavedResponse(path);
}

bool MainWindow::openSavedResponse(const QString &path)
{
    std::variant<SavedResults, QString> read = readSavedResponseFile(path);
    if (const QString *problem = std::get_if<QString>(&read)) {
        m_messages->showMessage(MessageBar::Kind::Error, *problem);
        return false;
    }
    const SavedResults &saved = std::get<SavedResults>(read);
    m_fetchedOnce = true;
    m_session->showSaved(saved.results, saved.pages);
    const QString name = QFileInfo(path).fileName();
    m_offlineFile = name;
    updateBanner();
    m_progressLabel->setText(tr("Opened %1 offline: %n result(s); Fetch (F5) replaces them.",
                                nullptr, int(saved.results.size()))
                                 .arg(name));
    if (saved.warnings.isEmpty())
        m_messages->hide();
    else
        m_messages->showMessage(MessageBar::Kind::Warning, saved.warnings.join(QLatin1Char(' ')));
    updateEmptyState();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Sizes only mean something once the splitter has its width: give the table about 2/3.
    if (!m_splitterRestored && !event->spontaneous()) {
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 66 / 100, width - width * 66 / 100});
        m_splitterRestored = true;
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ib::ui
