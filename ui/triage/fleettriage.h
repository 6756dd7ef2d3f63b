#pragma once

#include "models/resultkey.h"
#include "results/invocationresult.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenuBar;

namespace ib {
class NameDirectory;
class ResultGroupModel;
class ResultPoller;
struct InvocationCounts;
} // namespace ib

namespace ib::api {
class ApiError;
}

namespace ib::ui {

class CompareView;
class GroupsPanel;
class MainWindow;
class RunNotifier;

/// Fleet triage in the window: the groups panel, comparing two outputs, names for ids, following
/// runs in progress and copying instance ids for a re-run. The window keeps the table; this
/// adds to it through the window's public parts.
class FleetTriage : public QObject
{
    Q_OBJECT
public:
    explicit FleetTriage(MainWindow *window);
    ~FleetTriage() override;

    /// Adds the Results and View menus.
    void addMenus(QMenuBar *menuBar);

    /// The keys of the chosen group, which the table is restricted to; nothing when no group is.
    const std::optional<QSet<ResultKey>> &groupKeys() const { return m_groupKeys; }

    /// Compares the two selected rows (Ctrl+D); a message says what to select otherwise.
    void compareSelected();
    /// Compares the current row with the nearest succeeded result of the same invocation.
    void compareWithSucceeded();
    /// Copies the instance ids of a group, or of the failed results shown, one per line.
    void copyGroupInstanceIds(int group);
    void copyFailedInstanceIds();

    /// How often running results are fetched again; kept with QSettings.
    void setFollowIntervalMs(int intervalMs);
    int followIntervalMs() const;

    ResultGroupModel *groupModel() const { return m_groups; }
    GroupsPanel *groupsPanel() const { return m_panel; }
    QDockWidget *groupsDock() const { return m_dock; }
    NameDirectory *names() const { return m_names; }
    ResultPoller *poller() const { return m_poller; }
    RunNotifier *notifier() const { return m_notifier; }
    /// The compare window once it was opened, else nullptr.
    CompareView *compareView() const;
    QAction *compareAction() const { return m_compareAction; }
    QAction *compareWithSucceededAction() const { return m_compareSucceededAction; }
    QAction *followAction() const { return m_followAction; }

Q_SIGNALS:
    /// The chosen group changed: the table's filter needs the new groupKeys().
    void restrictionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showContextMenu(const QPoint &position);
    void onGroupChosen(int group);
    void onFetchFinished(const api::ApiError &error);
    void onInvocationSettled(const QString &invokeId, const InvocationCounts &counts);
    void updateFollowLabel();
    void compare(const InvocationResult &left, const InvocationResult &right);
    QString describe(const InvocationResult &result) const;
    void copyIds(const QStringList &ids);
    void tell(const QString &text); // what to do next
    void warn(const QString &text); // something failed; the rest goes on

    MainWindow *m_window;
    ResultGroupModel *m_groups;
    NameDirectory *m_names;
    ResultPoller *m_poller;
    RunNotifier *m_notifier;
    GroupsPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QLabel *m_followLabel = nullptr;
    QPointer<CompareView> m_compare;
    std::optional<QSet<ResultKey>> m_groupKeys;
    QAction *m_compareAction = nullptr;
    QAction *m_compareSucceededAction = nullptr;
    QAction *m_copySelectedAction = nullptr;
    QAction *m_copyFailedAction = nullptr;
    QAction *m_followAction = nullptr;
    QActionGroup *m_intervals = nullptr;
};

} // namespace ib::ui
