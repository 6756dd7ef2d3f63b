#include "api/apierror.h"
#include "connectionsource.h"
#include "demoserver.h"
#include "detailpane.h"
#include "fetchsession.h"
#include "fleettriage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "querybar.h"
#include "results/resultmeaning.h"
#include "resultsview.h"
#include "runnotifier.h"
#include "triage/resultpoller.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ib;
using namespace ib::ui;

// Following a run in progress in the window: the rows change in place, the selection stays,
// and the person is told how the invocation ended.
class TestFollowRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runningRowsSettleInPlaceAndNotify();
    void intervalIsRemembered();
};

void TestFollowRuns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<api::ApiError>();
    QSettings().clear();
}

void TestFollowRuns::runningRowsSettleInPlaceAndNotify()
{
    demo::DemoOptions options;
    options.settleMs = 6000; // the newest invocation runs for six seconds, then settles
    demo::DemoServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    MainWindow window;
    window.connectionSource()->useDemoServer(&server);
    window.openDemo();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FleetTriage *triage = window.triage();
    triage->setFollowIntervalMs(200);

    QString invokeId;
    for (const demo::DemoInvocation &invocation : server.invocations()) {
        if (invocation.commandName == QStringLiteral("collect-diagnostics"))
            invokeId = invocation.invokeId;
    }
    QVERIFY(!invokeId.isEmpty());
    window.queryBar()->setInvokeIds({invokeId});
    QSignalSpy finished(window.fetchSession(), &FetchSession::finished);
    window.fetch();
    QVERIFY(finished.wait(60000));
    ResultTableModel *model = window.resultModel();
    QCOMPARE(model->rowCount(), 8);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(isSettling(model->result(row)), "the run is still in progress");
    QVERIFY(triage->poller()->isActive());
    QCOMPARE(triage->poller()->followedInvokeIds(), QStringList{invokeId});

    ResultsView *view = window.resultsView();
    const QModelIndex chosen = window.proxy()->index(6, 0);
    view->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    const ResultKey chosenKey = chosen.data(ResultTableModel::KeyRole).value<ResultKey>();
    // Rows taller than the table, so that eight of them scroll.
    view->verticalHeader()->setDefaultSectionSize(view->viewport()->height() / 2);
    QCoreApplication::processEvents(); // the view lays out its new row heights
    view->scrollToBottom();
    QScrollBar *scroll = view->verticalScrollBar();
    QVERIFY2(scroll->maximum() > 0, "the table should scroll for this test to mean anything");
    const int scrolled = scroll->value();
    QVERIFY(scrolled > 0);
    QSignalSpy settled(triage->poller(), &ResultPoller::invocationSettled);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(settled.wait(30000));

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), 8);
    const QModelIndex current = view->currentIndex();
    QCOMPARE(current.row(), 6);
    QCOMPARE(scroll->value(), scrolled);
    // The run count goes from 0 to 1 as the run starts: the row is the same instance's.
    const auto key = current.data(ResultTableModel::KeyRole).value<ResultKey>();
    QCOMPARE(key.instanceId, chosenKey.instanceId);
    QCOMPARE(key.invokeId, chosenKey.invokeId);
    QVERIFY(view->selectionModel()->isRowSelected(6, {}));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    const auto updated = current.data(ResultTableModel::ResultRole).value<InvocationResult>();
    QVERIFY(!isSettling(updated));
    QCOMPARE(window.detailPane()->statusText(), effectiveStatus(updated));

    const QString counts = QStringLiteral("8 result(s): 6 succeeded, 2 failed");
    QVERIFY2(triage->notifier()->lastText().contains(counts),
             qPrintable(triage->notifier()->lastText()));
    QVERIFY(triage->notifier()->lastText().contains(QStringLiteral("collect-diagnostics")));
    if (triage->notifier()->channel() == RunNotifier::Channel::Window) {
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->text(), triage->notifier()->lastText());
    }
    QVERIFY(!triage->poller()->isActive());
}

void TestFollowRuns::intervalIsRemembered()
{
    {
        MainWindow window;
        window.triage()->setFollowIntervalMs(30000);
    }
    MainWindow later;
    QCOMPARE(later.triage()->followIntervalMs(), 30000);
    QCOMPARE(later.triage()->poller()->intervalMs(), 30000);
}

QTEST_MAIN(TestFollowRuns)
#include "test_followruns.moc"
