#include "connectionsource.h"
#include "demoserver.h"
#include "detailpane.h"
#include "fetchsession.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "models/statussummary.h"
#include "outputview.h"
#include "querybar.h"
#include "results/outputdecoder.h"
#include "results/resultmeaning.h"
#include "resultsview.h"
#include "statussummarybar.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <functional>

using namespace ib;
using namespace ib::ui;

namespace {

using Predicate = std::function<bool(const InvocationResult &)>;

QString plainOutputOf(const InvocationResult &result)
{
    return plainText(decodeOutput(result.output).text);
}

bool hasStatus(const InvocationResult &result, const QString &status)
{
    return effectiveStatus(result).compare(status, Qt::CaseInsensitive) == 0;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsWhatToDoBeforeTheFirstFetch();
    void fetchesTheWholeDemoFleet();
    void filtersByInstance();
    void filtersByCommand();
    void filtersByStatus();
    void filtersByExitCode();
    void filtersByErrorCode();
    void filtersByOutputText();
    void filtersByRegularExpression();
    void invalidRegularExpressionIsShownInline();
    void allFilteredOutOffersToClearFilters();
    void statusButtonFiltersAndCtrlClickAdds();
    void summaryCountsFollowOtherFilters();
    void failedRowShowsDetails();
    void arrowKeysMoveTheDetailPane();
    void copiesSelectedInstanceIds();
    void pagingWarningIsShown();
    void clientErrorIsShownInTheWindow();
    void settingsRoundTrip();

private:
    void fetchAndWait();
    void applyAndWait(const std::function<void(FilterBar *)> &apply);
    int expectedCount(const Predicate &accepts) const;
    void checkFilter(const std::function<void(FilterBar *)> &apply, const Predicate &accepts);
    InvocationResult firstFailedWithErrorCode() const;

    demo::DemoServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    QList<InvocationResult> m_all;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<api::ApiError>();
    QSettings().clear();

    demo::DemoOptions options;
    options.settleMs = 0; // every result final, so allResults() does not move under the test
    m_server = new demo::DemoServer(options, this);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_window = new MainWindow;
    m_window->connectionSource()->useDemoServer(m_server);
    m_window->openDemo();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->isDemo());
    QVERIFY(m_window->fetchSession()->isConfigured());
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
}

void TestMainWindow::fetchAndWait()
{
    QSignalSpy finished(m_window->fetchSession(), &FetchSession::finished);
    m_window->fetch();
    QVERIFY(m_window->fetchSession()->isRunning());
    QVERIFY(finished.wait(60000));
}

void TestMainWindow::applyAndWait(const std::function<void(FilterBar *)> &apply)
{
    QSignalSpy changed(m_window->proxy(), &ResultFilterProxy::filterChanged);
    apply(m_window->filterBar());
    // Status changes apply at once; typed text waits for the debounce.
    QVERIFY(changed.size() > 0 || changed.wait(5000));
}

int TestMainWindow::expectedCount(const Predicate &accepts) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), accepts));
}

void TestMainWindow::checkFilter(const std::function<void(FilterBar *)> &apply,
                                 const Predicate &accepts)
{
    const int expected = expectedCount(accepts);
    QVERIFY2(expected > 0, "the demo fleet should hold a row for this filter");
    applyAndWait(apply);
    QCOMPARE(m_window->proxy()->rowCount(), expected);
    applyAndWait([](FilterBar *bar) { bar->clear(); });
    QCOMPARE(m_window->proxy()->rowCount(), m_all.size());
}

InvocationResult TestMainWindow::firstFailedWithErrorCode() const
{
    for (const InvocationResult &result : m_all) {
        if (hasStatus(result, QStringLiteral("Failed")) && !result.errorCode.isEmpty() &&
            result.exitCode && !result.output.isEmpty())
            return result;
    }
    return {};
}

void TestMainWindow::showsWhatToDoBeforeTheFirstFetch()
{
    QVERIFY(m_window->resultsView()->emptyText().contains(QStringLiteral("Fetch (F5)")));
    QVERIFY(!m_window->resultsView()->emptyActionButton()->isVisible());
}

void TestMainWindow::fetchesTheWholeDemoFleet()
{
    fetchAndWait();
    m_all = m_server->allResults();
    QVERIFY(m_all.size() > 100);
    QCOMPARE(m_window->resultModel()->rowCount(), m_all.size());
    QCOMPARE(m_window->proxy()->rowCount(), m_all.size());
    QVERIFY(m_window->fetchSession()->pages() > 1);
    QVERIFY(m_window->resultsView()->emptyText().isEmpty());
    QVERIFY(!m_window->messageBar()->isVisible());
    QVERIFY(m_window->demoBannerText().contains(m_server->endpoint().authority()));
}

void TestMainWindow::filtersByInstance()
{
    const QString instance = firstFailedWithErrorCode().instanceId;
    QVERIFY(!instance.isEmpty());
    checkFilter([&](FilterBar *bar) { bar->setInstanceText(instance); },
                [&](const InvocationResult &r) {
                    return r.instanceId.contains(instance, Qt::CaseInsensitive);
                });
}

void TestMainWindow::filtersByCommand()
{
    const QString command = firstFailedWithErrorCode().commandId;
    checkFilter([&](FilterBar *bar) { bar->setCommandText(command); },
                [&](const InvocationResult &r) {
                    return r.commandId.contains(command, Qt::CaseInsensitive);
                });
}

void TestMainWindow::filtersByStatus()
{
    checkFilter([](FilterBar *bar) { bar->setStatuses({QStringLiteral("Failed")}); },
                [](const InvocationResult &r) { return hasStatus(r, QStringLiteral("Failed")); });
}

void TestMainWindow::filtersByExitCode()
{
    const qint64 code = *firstFailedWithErrorCode().exitCode;
    checkFilter([&](FilterBar *bar) { bar->setExitCodeText(QString::number(code)); },
                [&](const InvocationResult &r) { return r.exitCode && *r.exitCode == code; });
}

void TestMainWindow::filtersByErrorCode()
{
    const QString errorCode = firstFailedWithErrorCode().errorCode;
    checkFilter([&](FilterBar *bar) { bar->setErrorCodeText(errorCode); },
                [&](const InvocationResult &r) {
                    return r.errorCode.contains(errorCode, Qt::CaseInsensitive);
                });
}

void TestMainWindow::filtersByOutputText()
{
    const QString word = QStringLiteral("error");
    checkFilter([&](FilterBar *bar) { bar->setOutputText(word); },
                [&](const InvocationResult &r) {
                    return plainOutputOf(r).contains(word, Qt::CaseInsensitive);
                });
}

void TestMainWindow::filtersByRegularExpression()
{
    const QRegularExpression pattern(QStringLiteral("(denied|timed? ?out|\\bfail)"),
                                     QRegularExpression::CaseInsensitiveOption);
    checkFilter(
        [&](FilterBar *bar) { bar->setOutputText(pattern.pattern(), true); },
        [&](const InvocationResult &r) { return pattern.match(plainOutputOf(r)).hasMatch(); });
}

void TestMainWindow::invalidRegularExpressionIsShownInline()
{
    applyAndWait([](FilterBar *bar) { bar->setOutputText(QStringLiteral("(unclosed"), true); });
    QVERIFY(!m_window->filterBar()->problem().isEmpty());
    QCOMPARE(m_window->proxy()->rowCount(), 0);
    applyAndWait([](FilterBar *bar) { bar->clear(); });
    QVERIFY(m_window->filterBar()->problem().isEmpty());
}

void TestMainWindow::allFilteredOutOffersToClearFilters()
{
    applyAndWait(
        [](FilterBar *bar) { bar->setInstanceText(QStringLiteral("i-no-such-instance")); });
    ResultsView *view = m_window->resultsView();
    QVERIFY2(view->emptyText().contains(QString::number(m_all.size())),
             qPrintable(view->emptyText()));
    QVERIFY(view->emptyActionButton()->isVisible());

    QSignalSpy changed(m_window->proxy(), &ResultFilterProxy::filterChanged);
    QTest::mouseClick(view->emptyActionButton(), Qt::LeftButton);
    QVERIFY(changed.size() > 0 || changed.wait(5000));
    QCOMPARE(m_window->proxy()->rowCount(), m_all.size());
    QVERIFY(m_window->filterBar()->isEmpty());
}

void TestMainWindow::statusButtonFiltersAndCtrlClickAdds()
{
    const auto failed = [](const InvocationResult &r) {
        return hasStatus(r, QStringLiteral("Failed"));
    };
    const auto success = [](const InvocationResult &r) {
        return hasStatus(r, QStringLiteral("Success"));
    };
    StatusSummaryBar *bar = m_window->summaryBar();
    QToolButton *failedButton = bar->button(QStringLiteral("Failed"));
    QVERIFY(failedButton);
    QVERIFY(failedButton->text().contains(QString::number(expectedCount(failed))));
    QVERIFY(!failedButton->icon().isNull());

    QSignalSpy changed(m_window->proxy(), &ResultFilterProxy::filterChanged);
    QTest::mouseClick(failedButton, Qt::LeftButton);
    QVERIFY(changed.size() > 0 || changed.wait(5000));
    QCOMPARE(m_window->filterBar()->statuses(), QStringList{QStringLiteral("Failed")});
    QCOMPARE(m_window->proxy()->rowCount(), expectedCount(failed));
    QVERIFY(failedButton->isChecked());

    changed.clear();
    QTest::mouseClick(bar->button(QStringLiteral("Success")), Qt::LeftButton, Qt::ControlModifier);
    QVERIFY(changed.size() > 0 || changed.wait(5000));
    QCOMPARE(m_window->proxy()->rowCount(), expectedCount(failed) + expectedCount(success));

    changed.clear();
    QTest::mouseClick(bar->button(QString()), Qt::LeftButton);
    QVERIFY(changed.size() > 0 || changed.wait(5000));
    QCOMPARE(m_window->proxy()->rowCount(), m_all.size());
}

void TestMainWindow::summaryCountsFollowOtherFilters()
{
    const QString instance = firstFailedWithErrorCode().instanceId;
    applyAndWait([&](FilterBar *bar) { bar->setInstanceText(instance); });
    const int expected = expectedCount([&](const InvocationResult &r) {
        return r.instanceId.contains(instance, Qt::CaseInsensitive) &&
               hasStatus(r, QStringLiteral("Failed"));
    });
    QCOMPARE(m_window->statusSummary()->count(QStringLiteral("Failed")), expected);
    QVERIFY(m_window->summaryBar()
                ->button(QStringLiteral("Failed"))
                ->text()
                .contains(QString::number(expected)));
    applyAndWait([](FilterBar *bar) { bar->clear(); });
}

void TestMainWindow::failedRowShowsDetails()
{
    const InvocationResult wanted = firstFailedWithErrorCode();
    ResultFilterProxy *proxy = m_window->proxy();
    int row = -1;
    for (int i = 0; i < proxy->rowCount() && row < 0; ++i) {
        const auto r =
            proxy->index(i, 0).data(ResultTableModel::ResultRole).value<InvocationResult>();
        if (r.invokeId == wanted.invokeId && r.instanceId == wanted.instanceId &&
            r.repeats == wanted.repeats)
            row = i;
    }
    QVERIFY(row >= 0);
    m_window->resultsView()->setCurrentIndex(proxy->index(row, 0));

    DetailPane *detail = m_window->detailPane();
    QCOMPARE(detail->statusText(), QStringLiteral("Failed"));
    QCOMPARE(detail->outputView()->text(), withVisibleControls(plainOutputOf(wanted)));
    QVERIFY2(detail->exitCodeText().startsWith(exitCodeText(wanted)),
             qPrintable(detail->exitCodeText()));
    QVERIFY(detail->errorText().startsWith(wanted.errorCode));
    const QString explanation = errorCodeExplanation(wanted.errorCode);
    QVERIFY(!explanation.isEmpty());
    QVERIFY(detail->errorText().contains(explanation));

    // IB_SCREENSHOT=file.png keeps a picture of this state, for the docs.
    const QString screenshot = qEnvironmentVariable("IB_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(m_window->grab().save(screenshot));
}

void TestMainWindow::arrowKeysMoveTheDetailPane()
{
    ResultsView *view = m_window->resultsView();
    view->setFocus();
    view->setCurrentIndex(m_window->proxy()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    const auto second =
        m_window->proxy()->index(1, 0).data(ResultTableModel::ResultRole).value<InvocationResult>();
    QCOMPARE(m_window->detailPane()->outputView()->text(),
             withVisibleControls(plainOutputOf(second)));
}

void TestMainWindow::copiesSelectedInstanceIds()
{
    ResultsView *view = m_window->resultsView();
    view->clearSelection();
    view->selectionModel()->select(m_window->proxy()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_window->proxy()->index(4, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(m_window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const auto id = [&](int row) {
        return m_window->proxy()
            ->index(row, 0)
            .data(ResultTableModel::ResultRole)
            .value<InvocationResult>()
            .instanceId;
    };
    QCOMPARE(QGuiApplication::clipboard()->text(),
             id(2) + QLatin1Char('\n') + id(4) + QLatin1Char('\n'));
}

void TestMainWindow::pagingWarningIsShown()
{
    demo::Faults faults;
    faults.repeatNextToken = true;
    m_server->setFaults(faults);
    fetchAndWait();
    m_server->setFaults({});
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY(!m_window->messageBar()->text().isEmpty());
}

void TestMainWindow::clientErrorIsShownInTheWindow()
{
    demo::Faults faults;
    faults.malformedNext = 100;
    m_server->setFaults(faults);
    QSignalSpy finished(m_window->fetchSession(), &FetchSession::finished);
    m_window->fetch();
    QVERIFY(finished.wait(60000));
    m_server->setFaults({});
    const auto error = finished.constFirst().constFirst().value<api::ApiError>();
    QVERIFY(error.isError());
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(m_window->messageBar()->text(), error.explanation());
}

void TestMainWindow::settingsRoundTrip()
{
    m_window->resize(1234, 777);
    m_window->layout()->activate(); // lay out the new size now, before the splitter is measured
    m_window->centralWidget()->layout()->activate();
    QHeaderView *header = m_window->resultsView()->horizontalHeader();
    // Hide a column shown by default and show one hidden by default.
    QVERIFY(!header->isSectionHidden(ResultTableModel::ErrorCodeColumn));
    QVERIFY(header->isSectionHidden(ResultTableModel::InvokeIdColumn));
    header->setSectionHidden(ResultTableModel::ErrorCodeColumn, true);
    header->setSectionHidden(ResultTableModel::InvokeIdColumn, false);
    header->moveSection(header->visualIndex(ResultTableModel::ExitCodeColumn), 0);
    header->resizeSection(ResultTableModel::InstanceIdColumn, 233);
    m_window->splitter()->setSizes({700, 520});
    const QList<int> splitterSizes = m_window->splitter()->sizes();
    m_window->setRegion(QStringLiteral("cn-shanghai"));
    m_window->saveSettings();

    MainWindow second;
    second.restoreSettings();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(1234, 777));
    QHeaderView *restored = second.resultsView()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(ResultTableModel::ErrorCodeColumn));
    QVERIFY(!restored->isSectionHidden(ResultTableModel::InvokeIdColumn));
    QCOMPARE(restored->visualIndex(ResultTableModel::ExitCodeColumn), 0);
    QCOMPARE(restored->sectionSize(ResultTableModel::InstanceIdColumn), 233);
    QCOMPARE(second.splitter()->sizes(), splitterSizes);
    QCOMPARE(second.queryBar()->regionId(), QStringLiteral("cn-shanghai"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
