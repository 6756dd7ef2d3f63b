#include "api/apierror.h"
#include "compareview.h"
#include "connectionsource.h"
#include "demoserver.h"
#include "fetchsession.h"
#include "fleettriage.h"
#include "groupspanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "models/resulttablemodel.h"
#include "querybar.h"
#include "results/outputdecoder.h"
#include "results/resultmeaning.h"
#include "resultsview.h"
#include "triage/namedirectory.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ib;
using namespace ib::ui;

namespace {

InvocationResult resultAt(const QModelIndex &index)
{
    return index.data(ResultTableModel::ResultRole).value<InvocationResult>();
}

StatusKind kindOf(const InvocationResult &result)
{
    return statusKind(effectiveStatus(result));
}

// IB_SCREENSHOT_DIR=dir keeps pictures of the groups panel and the compare view, for the docs.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("IB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // lay out what changed before the picture is taken
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

// The window's triage on the demo fleet: deploy-app-v2 failed in three ways on 22 of its 40
// instances; which ways, where, and how one failure differs from a success.
class TestTriageWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void groupsPanelListsTheThreeFailures();
    void choosingAGroupFiltersTheTable_data();
    void choosingAGroupFiltersTheTable();
    void rebuiltGroupsKeepTheChoiceAndTheRow();
    void copiesTheChosenGroupsInstanceIds();
    void copiesTheFailedInstanceIds();
    void namesReplaceIds();
    void comparesTwoSelectedResults();
    void comparesWithASucceededResult();
    void comparesTwoNearEqualFailures();

private:
    void activateWindow();
    int proxyRowOf(const std::function<bool(const InvocationResult &)> &accepts) const;
    void clickGroup(int group);

    demo::DemoServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    FleetTriage *m_triage = nullptr;
};

void TestTriageWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<api::ApiError>();
    QSettings().clear();
    demo::DemoOptions options;
    options.settleMs = 0;
    m_server = new demo::DemoServer(options, this);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_window = new MainWindow;
    m_triage = m_window->triage();
    m_window->connectionSource()->useDemoServer(m_server);
    m_window->openDemo();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    activateWindow();
    QCOMPARE(m_triage->groupsPanel()->emptyText().isEmpty(), false);

    m_window->queryBar()->setInvokeIds({m_server->fleet().deploy.invokeId});
    QSignalSpy finished(m_window->fetchSession(), &FetchSession::finished);
    QSignalSpy grouped(m_triage->groupModel(), &ResultGroupModel::groupsChanged);
    QSignalSpy named(m_triage->names(), &NameDirectory::idle);
    m_window->fetch();
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_window->resultModel()->rowCount(), 40);
    QVERIFY(m_triage->groupModel()->rowCount() > 0 || grouped.wait(5000));
    QVERIFY(!m_triage->names()->isBusy() || named.wait(20000));
}

void TestTriageWindow::activateWindow()
{
    // Window shortcuts reach only the active window; the compare window may have taken over.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestTriageWindow::cleanupTestCase()
{
    delete m_window;
}

int TestTriageWindow::proxyRowOf(const std::function<bool(const InvocationResult &)> &accepts) const
{
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
        if (accepts(resultAt(m_window->proxy()->index(row, 0))))
            return row;
    }
    return -1;
}

void TestTriageWindow::clickGroup(int group)
{
    QTableView *view = m_triage->groupsPanel()->view();
    const QRect cell = view->visualRect(view->model()->index(group, ResultGroupModel::CountColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestTriageWindow::groupsPanelListsTheThreeFailures()
{
    const ResultGroupModel *groups = m_triage->groupModel();
    QTableView *view = m_triage->groupsPanel()->view();
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(groups->rowCount(), 4);
    QStringList counts;
    for (int group = 0; group < groups->rowCount(); ++group)
        counts.append(view->model()->index(group, ResultGroupModel::CountColumn).data().toString());
    QCOMPARE(counts, (QStringList{QStringLiteral("18"), QStringLiteral("12"), QStringLiteral("7"),
                                  QStringLiteral("3")}));
    QCOMPARE(kindOf(groups->representative(0)), StatusKind::Success);
    for (int group = 1; group < 4; ++group)
        QCOMPARE(kindOf(groups->representative(group)), StatusKind::Failure);
    QCOMPARE(groups->representative(1).exitCode, std::optional<qint64>(1));
    QCOMPARE(groups->representative(2).exitCode, std::optional<qint64>(2));
    QCOMPARE(groups->representative(3).errorCode, QStringLiteral("ClientNotResponse"));

    // Each group reads by the line that sets it apart, not by the first line they all share.
    const auto headline = [view](int group) {
        return view->model()->index(group, ResultGroupModel::SampleColumn).data().toString();
    };
    QVERIFY2(headline(0).startsWith(QStringLiteral("health check passed after ")),
             qPrintable(headline(0)));
    QCOMPARE(headline(1),
             QStringLiteral("ERROR: health check failed after 30 attempts: connection refused"));
    QVERIFY2(headline(2).startsWith(QStringLiteral("ERROR: duplicate key value violates unique")),
             qPrintable(headline(2)));
    QCOMPARE(headline(3), groups->sample(3));
    QVERIFY(headline(3).contains(QStringLiteral("ClientNotResponse")));
    QCOMPARE(m_triage->groupsPanel()->emptyText(), QString());
    QVERIFY(m_triage->groupsPanel()->summaryText().startsWith(QStringLiteral("4 group(s)")));
}

void TestTriageWindow::choosingAGroupFiltersTheTable_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("rows");
    QTest::newRow("succeeded") << 0 << 18;
    QTest::newRow("health check") << 1 << 12;
    QTest::newRow("migration") << 2 << 7;
    QTest::newRow("agent silent") << 3 << 3;
}

void TestTriageWindow::choosingAGroupFiltersTheTable()
{
    QFETCH(int, group);
    QFETCH(int, rows);
    QSignalSpy filtered(m_window->proxy(), &ResultFilterProxy::filterChanged);
    clickGroup(group);
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(m_triage->groupsPanel()->chosenGroup(), group);
    QCOMPARE(m_window->proxy()->rowCount(), rows);
    const QSet<ResultKey> members = m_triage->groupModel()->memberKeys(group);
    for (int row = 0; row < rows; ++row)
        QVERIFY(members.contains(ResultKey::of(resultAt(m_window->proxy()->index(row, 0)))));
    QVERIFY(m_window->resultsView()->currentIndex().isValid());
    const InvocationResult representative = m_triage->groupModel()->representative(group);
    QCOMPARE(m_triage->groupsPanel()->previewText(),
             plainText(decodeOutput(representative.output).text));

    if (group == 1)
        keepScreenshot(m_window, QStringLiteral("triage-groups.png"));
    m_triage->groupsPanel()->chooseGroup(-1);
    QCOMPARE(m_window->proxy()->rowCount(), 40);
    QVERIFY(m_triage->groupsPanel()->summaryText().startsWith(QStringLiteral("4 group(s)")));
}

void TestTriageWindow::rebuiltGroupsKeepTheChoiceAndTheRow()
{
    clickGroup(2);
    QCOMPARE(m_window->proxy()->rowCount(), 7);
    ResultsView *view = m_window->resultsView();
    view->setCurrentIndex(m_window->proxy()->index(4, 0));
    const auto reading = view->currentIndex().data(ResultTableModel::KeyRole).value<ResultKey>();

    // Grouping again (as new pages or a followed run's answers do) finds the same group.
    m_triage->groupModel()->refresh();
    QCOMPARE(m_triage->groupsPanel()->chosenGroup(), 2);
    QCOMPARE(m_window->proxy()->rowCount(), 7);
    QCOMPARE(view->currentIndex().data(ResultTableModel::KeyRole).value<ResultKey>(), reading);
    m_triage->groupsPanel()->chooseGroup(-1);
    QCOMPARE(m_window->proxy()->rowCount(), 40);
}

void TestTriageWindow::copiesTheChosenGroupsInstanceIds()
{
    clickGroup(1);
    QStringList expected;
    const ResultTableModel *model = m_window->resultModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->result(row).exitCode == std::optional<qint64>(1))
            expected.append(model->result(row).instanceId);
    }
    QCOMPARE(expected.size(), 12);

    QPushButton *copy = nullptr;
    for (QPushButton *button : m_triage->groupsPanel()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Copy instance IDs"))
            copy = button;
    }
    QVERIFY(copy && copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    m_triage->groupsPanel()->chooseGroup(-1);
}

void TestTriageWindow::copiesTheFailedInstanceIds()
{
    QStringList expected;
    const ResultTableModel *model = m_window->resultModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (kindOf(model->result(row)) == StatusKind::Failure)
            expected.append(model->result(row).instanceId);
    }
    QCOMPARE(expected.size(), 22);
    QGuiApplication::clipboard()->clear();
    m_triage->copyFailedInstanceIds();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TestTriageWindow::namesReplaceIds()
{
    QHeaderView *header = m_window->resultsView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(ResultTableModel::InstanceNameColumn));
    QVERIFY(!header->isSectionHidden(ResultTableModel::CommandNameColumn));
    const ResultTableModel *model = m_window->resultModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const demo::DemoInstance *instance =
            m_server->fleet().instance(model->result(row).instanceId);
        QVERIFY(instance);
        QCOMPARE(model->index(row, ResultTableModel::InstanceNameColumn).data().toString(),
                 instance->instanceName);
        QCOMPARE(m_triage->names()->instanceOs(instance->instanceId), instance->osName);
        QCOMPARE(model->index(row, ResultTableModel::CommandNameColumn).data().toString(),
                 QStringLiteral("deploy-app-v2"));
    }

    // The groups panel names its instances too; the ids stay what is copied.
    QAbstractItemModel *listed = m_triage->groupsPanel()->view()->model();
    const QStringList ids = m_triage->groupModel()->instanceIds(1);
    const auto nameOf = [this](const QString &id) {
        return m_server->fleet().instance(id)->instanceName;
    };
    QCOMPARE(listed->index(1, ResultGroupModel::InstancesColumn).data().toString(),
             QStringLiteral("%1, %2, %3 and 9 more")
                 .arg(nameOf(ids.at(0)), nameOf(ids.at(1)), nameOf(ids.at(2))));
}

void TestTriageWindow::comparesTwoSelectedResults()
{
    const int success =
        proxyRowOf([](const InvocationResult &r) { return kindOf(r) == StatusKind::Success; });
    const int healthCheck = proxyRowOf(
        [](const InvocationResult &r) { return r.exitCode == std::optional<qint64>(1); });
    QVERIFY(success >= 0 && healthCheck >= 0);
    ResultsView *view = m_window->resultsView();
    view->clearSelection();
    for (const int row : {success, healthCheck})
        view->selectionModel()->select(m_window->proxy()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    activateWindow();
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);

    CompareView *compare = m_triage->compareView();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    // A success: pull, stop, start, "health check passed", "deployed". The health-check failure
    // shares the first three lines, then waits, fails and rolls back: one line more.
    const bool successLeft = success < healthCheck;
    using Kind = DiffRow::Kind;
    const DiffRow extra = successLeft ? DiffRow{Kind::Added, -1, 5} : DiffRow{Kind::Removed, 5, -1};
    const QList<DiffRow> expected{{Kind::Same, 0, 0},    {Kind::Same, 1, 1},    {Kind::Same, 2, 2},
                                  {Kind::Changed, 3, 3}, {Kind::Changed, 4, 4}, extra};
    QCOMPARE(compare->rows(), expected);
    QCOMPARE(compare->tintedLines(true), (QList<int>{3, 4, 5}));
    QCOMPARE(compare->tintedLines(false), (QList<int>{3, 4, 5}));
    const QString failureSide = successLeft ? compare->rightText() : compare->leftText();
    const QString successSide = successLeft ? compare->leftText() : compare->rightText();
    QCOMPARE(failureSide.split(QLatin1Char('\n')).at(4),
             QStringLiteral("ERROR: health check failed after 30 attempts: connection refused"));
    QVERIFY(successSide.split(QLatin1Char('\n')).at(4).startsWith(QStringLiteral("deployed")));
    QCOMPARE(successSide.split(QLatin1Char('\n')).at(5), QString());
    QCOMPARE(compare->summaryText(), QStringLiteral("3 line(s) differ."));
    compare->close();
}

void TestTriageWindow::comparesWithASucceededResult()
{
    const int migration = proxyRowOf(
        [](const InvocationResult &r) { return r.exitCode == std::optional<qint64>(2); });
    QVERIFY(migration >= 0);
    const InvocationResult failed = resultAt(m_window->proxy()->index(migration, 0));
    m_window->resultsView()->setCurrentIndex(m_window->proxy()->index(migration, 0));
    activateWindow();
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);

    CompareView *compare = m_triage->compareView();
    QVERIFY(compare && compare->isVisible());
    QVERIFY(compare->leftText().contains(QStringLiteral("migration aborted")));
    QVERIFY(compare->rightText().contains(QStringLiteral("deployed app-v2 on")));
    QCOMPARE(compare->rows().constFirst(), (DiffRow{DiffRow::Kind::Same, 0, 0}));
    const QString name = m_server->fleet().instance(failed.instanceId)->instanceName;
    bool titled = false;
    for (const QLabel *label : compare->findChildren<QLabel *>())
        titled =
            titled || label->text().startsWith(name + QStringLiteral(" (") + failed.instanceId);
    QVERIFY(titled);
    compare->close();
}

void TestTriageWindow::comparesTwoNearEqualFailures()
{
    // Two migration failures differ only in the instance name and the numbers of one line.
    QList<int> rows;
    for (int row = 0; row < m_window->proxy()->rowCount() && rows.size() < 2; ++row) {
        if (resultAt(m_window->proxy()->index(row, 0)).exitCode == std::optional<qint64>(2))
            rows.append(row);
    }
    QCOMPARE(rows.size(), 2);
    ResultsView *view = m_window->resultsView();
    view->clearSelection();
    for (const int row : std::as_const(rows))
        view->selectionModel()->select(m_window->proxy()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_triage->compareAction()->trigger();

    CompareView *compare = m_triage->compareView();
    QVERIFY(compare && compare->isVisible());
    using Kind = DiffRow::Kind;
    const QList<DiffRow> expected{{Kind::Same, 0, 0},
                                  {Kind::Changed, 1, 1},
                                  {Kind::Same, 2, 2},
                                  {Kind::Changed, 3, 3},
                                  {Kind::Same, 4, 4}};
    QCOMPARE(compare->rows(), expected);
    QCOMPARE(compare->tintedLines(true), (QList<int>{1, 3}));
    QCOMPARE(compare->tintedLines(false), (QList<int>{1, 3}));
    QCOMPARE(compare->summaryText(), QStringLiteral("2 line(s) differ."));
    keepScreenshot(compare, QStringLiteral("triage-compare.png"));
    compare->close();
}

QTEST_MAIN(TestTriageWindow)
#include "test_triagewindow.moc"
