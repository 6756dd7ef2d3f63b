#include "fleettriage.h"

#include "api/apierror.h"
#include "compareview.h"
#include "fetchsession.h"
#include "groupspanel.h"
#include "logcategories.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "models/resulttablemodel.h"
#include "nameoriddelegate.h"
#include "results/resultmeaning.h"
#include "resultsview.h"
#include "runnotifier.h"
#include "triage/namedirectory.h"
#include "triage/resultpoller.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolTip>

namespace ib::ui {

namespace {

const QString followKey = QStringLiteral("triage/follow");
const QString intervalKey = QStringLiteral("triage/followIntervalMs");
constexpr int intervalChoicesMs[] = {5000, 10000, 30000, 60000};

InvocationResult resultAt(const QModelIndex &index)
{
    return index.data(ResultTableModel::ResultRole).value<InvocationResult>();
}

bool succeeded(const InvocationResult &result)
{
    return statusKind(effectiveStatus(result)) == StatusKind::Success;
}

} // namespace

FleetTriage::FleetTriage(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_groups(new ResultGroupModel(this))
    , m_names(new NameDirectory(window->resultModel(), this))
    , m_poller(new ResultPoller(window->resultModel(), this))
    , m_notifier(new RunNotifier(window->messageBar(), this))
{
    m_groups->setSourceModel(window->resultModel());
    m_panel = new GroupsPanel(m_groups, window);
    m_dock = new QDockWidget(tr("Groups"), window);
    m_dock->setObjectName(QStringLiteral("groupsDock")); // names the dock in saved window state
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                        QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->resizeDocks({m_dock}, {220}, Qt::Vertical);

    m_followLabel = new QLabel(window);
    window->statusBar()->addPermanentWidget(m_followLabel);
    m_followLabel->hide();
    QSettings settings;
    m_poller->setIntervalMs(settings.value(intervalKey, ResultPoller::defaultIntervalMs).toInt());
    createActions();

    m_panel->setInstanceNames([this](const QString &id) { return m_names->instanceName(id); });
    connect(m_names, &NameDirectory::namesChanged, m_panel, &GroupsPanel::instanceNamesChanged);
    connect(m_panel, &GroupsPanel::groupChosen, this, &FleetTriage::onGroupChosen);
    connect(m_panel, &GroupsPanel::copyInstanceIdsRequested, this,
            &FleetTriage::copyGroupInstanceIds);
    connect(window->resultModel(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_groupKeys)
            m_panel->chooseGroup(-1);
    });
    connect(window->fetchSession(), &FetchSession::finished, this, &FleetTriage::onFetchFinished);
    connect(window->resultsView(), &ResultsView::emptyActionTriggered, this,
            [this] { m_panel->chooseGroup(-1); });
    connect(m_names, &NameDirectory::failed, this, &FleetTriage::warn);
    connect(m_poller, &ResultPoller::failed, this, &FleetTriage::warn);
    connect(m_poller, &ResultPoller::invocationSettled, this, &FleetTriage::onInvocationSettled);
    connect(m_poller, &ResultPoller::activeChanged, this, &FleetTriage::updateFollowLabel);

    ResultsView *view = window->resultsView();
    view->setItemDelegateForColumn(ResultTableModel::InstanceNameColumn,
                                   new NameOrIdDelegate(ResultTableModel::InstanceIdColumn, view));
    view->setItemDelegateForColumn(ResultTableModel::CommandNameColumn,
                                   new NameOrIdDelegate(ResultTableModel::CommandIdColumn, view));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &FleetTriage::showContextMenu);
    view->viewport()->installEventFilter(this);
}

FleetTriage::~FleetTriage() = default;

CompareView *FleetTriage::compareView() const
{
    return m_compare;
}

void FleetTriage::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *created = new QAction(text, m_window);
        created->setShortcut(keys);
        m_window->addAction(created); // shortcuts work with the menu bar hidden too
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_compareAction = action(tr("Compare the two selected results"),
                             QKeySequence(Qt::CTRL | Qt::Key_D), [this] { compareSelected(); });
    m_compareSucceededAction =
        action(tr("Compare with a succeeded result of the same invocation"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { compareWithSucceeded(); });
    m_copySelectedAction = action(tr("Copy instance IDs of the selected rows"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                  [this] { m_window->resultsView()->copySelectedInstanceIds(); });
    m_copyFailedAction = action(tr("Copy instance IDs of the failed results shown"), QKeySequence(),
                                [this] { copyFailedInstanceIds(); });

    m_followAction = new QAction(tr("Follow running results"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(QSettings().value(followKey, true).toBool());
    connect(m_followAction, &QAction::toggled, this, [this](bool follow) {
        QSettings().setValue(followKey, follow);
        if (follow)
            m_poller->follow();
        else
            m_poller->cancel();
    });

    m_intervals = new QActionGroup(this);
    for (const int intervalMs : intervalChoicesMs) {
        QAction *choice =
            m_intervals->addAction(tr("Every %n second(s)", nullptr, intervalMs / 1000));
        choice->setCheckable(true);
        choice->setData(intervalMs);
        choice->setChecked(intervalMs == m_poller->intervalMs());
        connect(choice, &QAction::triggered, this,
                [this, intervalMs] { setFollowIntervalMs(intervalMs); });
    }
}

void FleetTriage::addMenus(QMenuBar *menuBar)
{
    QMenu *results = menuBar->addMenu(tr("&Results"));
    results->addAction(m_compareAction);
    results->addAction(m_compareSucceededAction);
    results->addSeparator();
    results->addAction(m_copySelectedAction);
    results->addAction(m_copyFailedAction);

    QMenu *view = menuBar->addMenu(tr("&View"));
    QAction *groups = m_dock->toggleViewAction();
    groups->setText(tr("Groups panel"));
    groups->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addAction(groups);
    view->addSeparator();
    view->addAction(m_followAction);
    QMenu *intervals = view->addMenu(tr("Check running results"));
    intervals->addActions(m_intervals->actions());
    QAction *channel = view->addAction(m_notifier->channelDescription());
    channel->setEnabled(false);
}

void FleetTriage::onFetchFinished(const api::ApiError &error)
{
    Q_UNUSED(error) // rows received before a failure are worth names and following too
    api::EcsClient *client = m_window->fetchSession()->client();
    m_names->setClient(client);
    m_names->lookUpLoaded();
    m_poller->setClient(client);
    if (m_followAction->isChecked())
        m_poller->follow();
    updateFollowLabel();
}

void FleetTriage::onInvocationSettled(const QString &invokeId, const InvocationCounts &counts)
{
    const api::Invocation *invocation = m_names->invocation(invokeId);
    const QString command = invocation ? invocation->commandName : QString();
    const QString text =
        command.isEmpty()
            ? tr("Invocation %1 finished: %2").arg(invokeId, counts.summary())
            : tr("%1 (invocation %2) finished: %3").arg(command, invokeId, counts.summary());
    m_notifier->notify(tr("Invocation finished"), text);
    updateFollowLabel();
}

void FleetTriage::updateFollowLabel()
{
    const int followed = int(m_poller->followedInvokeIds().size());
    m_followLabel->setVisible(m_poller->isActive());
    m_followLabel->setText(tr("Following %n running invocation(s), every %1 s", nullptr, followed)
                               .arg(m_poller->intervalMs() / 1000.0));
}

void FleetTriage::setFollowIntervalMs(int intervalMs)
{
    m_poller->setIntervalMs(intervalMs);
    QSettings().setValue(intervalKey, m_poller->intervalMs());
    for (QAction *choice : m_intervals->actions())
        choice->setChecked(choice->data().toInt() == m_poller->intervalMs());
    updateFollowLabel();
}

int FleetTriage::followIntervalMs() const
{
    return m_poller->intervalMs();
}

void FleetTriage::onGroupChosen(int group)
{
    ResultsView *view = m_window->resultsView();
    const QModelIndex before = view->currentIndex();
    const auto key = before.data(ResultTableModel::KeyRole).value<ResultKey>();
    if (group < 0)
        m_groupKeys.reset();
    else
        m_groupKeys = m_groups->memberKeys(group);
    Q_EMIT restrictionChanged();
    if (group < 0 || m_window->proxy()->rowCount() == 0)
        return;

    // The row the person was reading stays current when it is in the group (a rebuilt group
    // while following runs); otherwise the group's first result is shown.
    ResultFilterProxy *proxy = m_window->proxy();
    const int sourceRow =
        before.isValid() && m_groupKeys->contains(key) ? m_window->resultModel()->rowOf(key) : -1;
    const QModelIndex keep =
        sourceRow >= 0 ? proxy->mapFromSource(m_window->resultModel()->index(sourceRow, 0))
                       : QModelIndex();
    if (!keep.isValid())
        view->setCurrentIndex(proxy->index(0, 0));
    else if (keep.row() != view->currentIndex().row())
        view->setCurrentIndex(keep);
}

void FleetTriage::compareSelected()
{
    const QList<InvocationResult> selected = m_window->resultsView()->selectedResults();
    if (selected.size() != 2) {
        tell(tr("Select exactly two results to compare (Ctrl+click the second), then press "
                "Ctrl+D."));
        return;
    }
    compare(selected.at(0), selected.at(1));
}

void FleetTriage::compareWithSucceeded()
{
    const QModelIndex current = m_window->resultsView()->currentIndex();
    if (!current.isValid()) {
        tell(tr("Select a result first, then compare it with a succeeded one."));
        return;
    }
    const InvocationResult chosen = resultAt(current);
    const ResultKey chosenKey = ResultKey::of(chosen);

    // The nearest succeeded row of the same invocation in the table, else any loaded one.
    ResultFilterProxy *proxy = m_window->proxy();
    for (int distance = 1; distance < proxy->rowCount(); ++distance) {
        for (const int row : {current.row() - distance, current.row() + distance}) {
            if (row < 0 || row >= proxy->rowCount())
                continue;
            const InvocationResult other = resultAt(proxy->index(row, 0));
            if (other.invokeId == chosen.invokeId && succeeded(other)) {
                compare(chosen, other);
                return;
            }
        }
    }
    const ResultTableModel *model = m_window->resultModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const InvocationResult &other = model->result(row);
        if (other.invokeId == chosen.invokeId && succeeded(other) &&
            ResultKey::of(other) != chosenKey) {
            compare(chosen, other);
            return;
        }
    }
    tell(
        tr("No succeeded result of invocation %1 is loaded to compare with.").arg(chosen.invokeId));
}

QString FleetTriage::describe(const InvocationResult &result) const
{
    const QString name = m_names->instanceName(result.instanceId);
    const QString instance =
        name.isEmpty() ? result.instanceId : tr("%1 (%2)").arg(name, result.instanceId);
    return tr("%1 — %2, exit code %3")
        .arg(instance, statusDisplayName(effectiveStatus(result)), exitCodeText(result));
}

void FleetTriage::compare(const InvocationResult &left, const InvocationResult &right)
{
    if (!m_compare) {
        m_compare = new CompareView(m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compare->compare(left, describe(left), right, describe(right));
    m_compare->show();
    m_compare->raise();
}

void FleetTriage::copyIds(const QStringList &ids)
{
    if (ids.isEmpty()) {
        tell(tr("There are no instance IDs to copy."));
        return;
    }
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    m_window->statusBar()->showMessage(
        tr("Copied %n instance ID(s), one per line.", nullptr, int(ids.size())), 10000);
}

void FleetTriage::copyGroupInstanceIds(int group)
{
    copyIds(group >= 0 && group < m_groups->rowCount() ? m_groups->instanceIds(group)
                                                       : QStringList());
}

void FleetTriage::copyFailedInstanceIds()
{
    QStringList ids;
    ResultFilterProxy *proxy = m_window->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const InvocationResult result = resultAt(proxy->index(row, 0));
        if (statusKind(effectiveStatus(result)) == StatusKind::Failure &&
            !ids.contains(result.instanceId))
            ids.append(result.instanceId);
    }
    copyIds(ids);
}

void FleetTriage::tell(const QString &text)
{
    m_window->messageBar()->showMessage(MessageBar::Kind::Info, text);
}

void FleetTriage::warn(const QString &text)
{
    m_window->messageBar()->showUnlessMoreSerious(MessageBar::Kind::Warning, text);
}

void FleetTriage::showContextMenu(const QPoint &position)
{
    ResultsView *view = m_window->resultsView();
    const QModelIndex index = view->indexAt(position);
    QMenu menu(view);
    menu.addAction(m_compareAction);
    menu.addAction(m_compareSucceededAction);
    menu.addSeparator();
    if (index.isValid()) {
        const InvocationResult result = resultAt(index);
        const auto copy = [&menu](const QString &text, const QString &value) {
            QAction *action = menu.addAction(text.arg(value));
            connect(action, &QAction::triggered, &menu,
                    [value] { QApplication::clipboard()->setText(value); });
        };
        copy(tr("Copy instance ID %1"), result.instanceId);
        copy(tr("Copy invoke ID %1"), result.invokeId);
        copy(tr("Copy command ID %1"), result.commandId);
    }
    menu.addAction(m_copySelectedAction);
    menu.addAction(m_copyFailedAction);
    menu.exec(view->viewport()->mapToGlobal(position));
}

bool FleetTriage::eventFilter(QObject *watched, QEvent *event)
{
    // Names, OS and id of an instance together, where the table shows one of them.
    if (event->type() != QEvent::ToolTip || watched != m_window->resultsView()->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_window->resultsView()->indexAt(help->pos());
    if (index.column() != ResultTableModel::InstanceIdColumn &&
        index.column() != ResultTableModel::InstanceNameColumn)
        return QObject::eventFilter(watched, event);
    const QString id = resultAt(index).instanceId;
    const QString name = m_names->instanceName(id);
    const QString os = m_names->instanceOs(id);
    if (name.isEmpty() && os.isEmpty())
        return QObject::eventFilter(watched, event);
    QToolTip::showText(help->globalPos(), tr("%1\n%2\nInstance ID: %3").arg(name, os, id),
                       m_window->resultsView()->viewport());
    return true;
}

} // namespace ib::ui
