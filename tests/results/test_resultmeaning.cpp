#include "results/resultmeaning.h"
#include "results/resultparser.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace ib;

Q_DECLARE_METATYPE(ib::StatusKind)

namespace {

InvocationResult withExitCode(std::optional<qint64> exitCode, const QString &status = {})
{
    InvocationResult result;
    result.invocationStatus = status;
    result.exitCode = exitCode;
    return result;
}

} // namespace

class TestResultMeaning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusKinds_data();
    void statusKinds();
    void effectiveStatusFromRecordStatus_data();
    void effectiveStatusFromRecordStatus();
    void runningWithoutExitCodeIsPending();
    void outputNotices_data();
    void outputNotices();
    void publishedFinishedRowsReadAsSuccess();
    void exitCodeShown_data();
    void exitCodeShown();
    void specialExitCodesAreNotFailures_data();
    void specialExitCodesAreNotFailures();
    void everyDocumentedErrorCodeExplained();
    void clientNotRunningSaysWhatToDo();
    void unknownErrorCodeIsEmpty();
    void durationShown_data();
    void durationShown();
    void runDurationFromTimes();
    void dropNoticeCountsBytes();
    void dropNoticeNamesOssUri();
    void noDropNoNotice();
};

void TestResultMeaning::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestResultMeaning::statusKinds_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<StatusKind>("kind");
    QTest::newRow("Pending") << QStringLiteral("Pending") << StatusKind::Pending;
    QTest::newRow("Invalid") << QStringLiteral("Invalid") << StatusKind::Failure;
    QTest::newRow("Aborted") << QStringLiteral("Aborted") << StatusKind::Failure;
    QTest::newRow("Running") << QStringLiteral("Running") << StatusKind::Running;
    QTest::newRow("Success") << QStringLiteral("Success") << StatusKind::Success;
    QTest::newRow("Failed") << QStringLiteral("Failed") << StatusKind::Failure;
    QTest::newRow("Error") << QStringLiteral("Error") << StatusKind::Failure;
    QTest::newRow("Timeout") << QStringLiteral("Timeout") << StatusKind::Failure;
    QTest::newRow("Cancelled") << QStringLiteral("Cancelled") << StatusKind::Stopped;
    QTest::newRow("Stopping") << QStringLiteral("Stopping") << StatusKind::Stopped;
    QTest::newRow("Terminated") << QStringLiteral("Terminated") << StatusKind::Stopped;
    QTest::newRow("Scheduled") << QStringLiteral("Scheduled") << StatusKind::Pending;
    QTest::newRow("record Stopped") << QStringLiteral("Stopped") << StatusKind::Stopped;
    QTest::newRow("record PartialFailed") << QStringLiteral("PartialFailed") << StatusKind::Failure;
    QTest::newRow("lower case") << QStringLiteral("success") << StatusKind::Success;
    QTest::newRow("unknown") << QStringLiteral("Hibernating") << StatusKind::Unknown;
    QTest::newRow("empty") << QString() << StatusKind::Unknown;
}

void TestResultMeaning::statusKinds()
{
    QFETCH(QString, status);
    QFETCH(StatusKind, kind);
    QCOMPARE(statusKind(status), kind);
}

void TestResultMeaning::effectiveStatusFromRecordStatus_data()
{
    QTest::addColumn<QString>("invocationStatus");
    QTest::addColumn<QString>("recordStatus");
    QTest::addColumn<std::optional<qint64>>("exitCode");
    QTest::addColumn<QString>("expected");
    const std::optional<qint64> none;
    QTest::newRow("invocation status wins")
        << QStringLiteral("Timeout") << QStringLiteral("Finished") << none
        << QStringLiteral("Timeout");
    QTest::newRow("published finished, exit 0")
        << QString() << QStringLiteral("finished") << std::optional<qint64>(0)
        << QStringLiteral("Success");
    QTest::newRow("finished, exit 1") << QString() << QStringLiteral("Finished")
                                      << std::optional<qint64>(1) << QStringLiteral("Failed");
    QTest::newRow("finished, no exit code")
        << QString() << QStringLiteral("finished") << none << QStringLiteral("Finished");
    QTest::newRow("running") << QString() << QStringLiteral("running") << none
                             << QStringLiteral("Running");
    QTest::newRow("unknown kept as it came")
        << QString() << QStringLiteral("Hibernating") << none << QStringLiteral("Hibernating");
    QTest::newRow("neither") << QString() << QString() << none << QString();
}

void TestResultMeaning::effectiveStatusFromRecordStatus()
{
    QFETCH(QString, invocationStatus);
    QFETCH(QString, recordStatus);
    QFETCH(std::optional<qint64>, exitCode);
    QFETCH(QString, expected);

    InvocationResult result = withExitCode(exitCode, invocationStatus);
    result.invokeRecordStatus = recordStatus;
    QCOMPARE(effectiveStatus(result), expected);
}

// Field case 11.
void TestResultMeaning::runningWithoutExitCodeIsPending()
{
    InvocationResult result = withExitCode(std::nullopt, QStringLiteral("Running"));
    result.output = "";
    result.outputPresent = true;

    QCOMPARE(exitCodeText(result), QStringLiteral("pending"));
    QCOMPARE(statusKind(effectiveStatus(result)), StatusKind::Running);
    QVERIFY(exitCodeMeaning(result).isEmpty());
    QCOMPARE(outputNotice(result),
             QStringLiteral("The command is still running and has printed nothing so far."));
}

void TestResultMeaning::outputNotices_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("outputPresent");
    QTest::addColumn<QString>("notice");
    QTest::newRow("running with partial output")
        << QStringLiteral("Running") << QByteArray("step 1\n") << true
        << QStringLiteral("The command is still running; this output is partial and may change.");
    QTest::newRow("pending") << QStringLiteral("Pending") << QByteArray() << false
                             << QStringLiteral("The command has not started on this instance yet.");
    QTest::newRow("finished, no Output key")
        << QStringLiteral("Failed") << QByteArray() << false
        << QStringLiteral("The service sent no output for this result.");
    QTest::newRow("finished, empty output")
        << QStringLiteral("Success") << QByteArray() << true << QString();
    QTest::newRow("finished with output")
        << QStringLiteral("Success") << QByteArray("ok\n") << true << QString();
}

void TestResultMeaning::outputNotices()
{
    QFETCH(QString, status);
    QFETCH(QByteArray, output);
    QFETCH(bool, outputPresent);
    QFETCH(QString, notice);

    InvocationResult result = withExitCode(std::nullopt, status);
    result.output = output;
    result.outputPresent = outputPresent;
    QCOMPARE(outputNotice(result), notice);
}

// The published example has only a lower-case "finished" record status and exit code 0.
void TestResultMeaning::publishedFinishedRowsReadAsSuccess()
{
    QFile file(QStringLiteral(IB_RESULTS_TEST_DATA "/published-response.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = parseResultsPage(file.readAll());
    QVERIFY(std::holds_alternative<ResultsPage>(parsed));

    const QList<InvocationResult> results = std::get<ResultsPage>(parsed).results;
    QCOMPARE(results.size(), 5);
    for (const InvocationResult &result : results) {
        QCOMPARE(effectiveStatus(result), QStringLiteral("Success"));
        QCOMPARE(statusKind(effectiveStatus(result)), StatusKind::Success);
        QCOMPARE(exitCodeText(result), QStringLiteral("0"));
        QVERIFY(dropNotice(result).isEmpty());
    }
}

void TestResultMeaning::exitCodeShown_data()
{
    QTest::addColumn<std::optional<qint64>>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << std::optional<qint64>(0) << QStringLiteral("Success")
                          << QStringLiteral("0");
    QTest::newRow("minus one") << std::optional<qint64>(-1) << QStringLiteral("Failed")
                               << QStringLiteral("-1");
    QTest::newRow("0xC0000005") << std::optional<qint64>(3221225477LL) << QStringLiteral("Failed")
                                << QStringLiteral("3221225477 (0xC0000005)");
    QTest::newRow("signed 0xC0000005")
        << std::optional<qint64>(-1073741819LL) << QStringLiteral("Failed")
        << QStringLiteral("-1073741819 (0xC0000005)");
    QTest::newRow("absent when finished")
        << std::optional<qint64>() << QStringLiteral("Failed") << QStringLiteral("not reported");
    QTest::newRow("absent when scheduled")
        << std::optional<qint64>() << QStringLiteral("Scheduled") << QStringLiteral("pending");
}

void TestResultMeaning::exitCodeShown()
{
    QFETCH(std::optional<qint64>, exitCode);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    QCOMPARE(exitCodeText(withExitCode(exitCode, status)), expected);
}

void TestResultMeaning::specialExitCodesAreNotFailures_data()
{
    QTest::addColumn<qint64>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("193 Linux stop")
        << qint64(193)
        << QStringLiteral("On Linux, exit code 193 asks the Cloud Assistant agent to stop the "
                          "instance after the command; it is not an ordinary failure.");
    QTest::newRow("194 Linux reboot")
        << qint64(194)
        << QStringLiteral("On Linux, exit code 194 asks the Cloud Assistant agent to reboot the "
                          "instance after the command; it is not an ordinary failure.");
    QTest::newRow("3009 Windows stop")
        << qint64(3009)
        << QStringLiteral("On Windows, exit code 3009 asks the Cloud Assistant agent to stop the "
                          "instance after the command; it is not an ordinary failure.");
    QTest::newRow("3010 Windows reboot")
        << qint64(3010)
        << QStringLiteral("On Windows, exit code 3010 asks the Cloud Assistant agent to reboot "
                          "the instance after the command; it is not an ordinary failure.");
    QTest::newRow("0") << qint64(0) << QStringLiteral("The command reported success.");
    QTest::newRow("137") << qint64(137)
                         << QStringLiteral("On Linux, 137 means the command was killed with "
                                           "SIGKILL, often by the out-of-memory killer or "
                                           "because it was stopped.");
    QTest::newRow("143") << qint64(143)
                         << QStringLiteral("On Linux, 143 usually means the command was ended by "
                                           "signal 15 (SIGTERM).");
    QTest::newRow("0xC0000005")
        << qint64(3221225477LL)
        << QStringLiteral("On Windows, 0xC0000005 is an access violation: the program crashed "
                          "reading or writing memory it does not own.");
    QTest::newRow("1") << qint64(1)
                       << QStringLiteral("A non-zero exit code usually means the command failed; "
                                         "the output should say why.");
}

void TestResultMeaning::specialExitCodesAreNotFailures()
{
    QFETCH(qint64, exitCode);
    QFETCH(QString, expected);
    QCOMPARE(exitCodeMeaning(withExitCode(exitCode)), expected);
}

void TestResultMeaning::everyDocumentedErrorCodeExplained()
{
    const QStringList documented{
        QStringLiteral("InstanceNotExists"),      QStringLiteral("InstanceReleased"),
        QStringLiteral("InstanceNotRunning"),     QStringLiteral("CommandNotApplicable"),
        QStringLiteral("AccountNotExists"),       QStringLiteral("DirectoryNotExists"),
        QStringLiteral("BadCronExpression"),      QStringLiteral("ClientNotRunning"),
        QStringLiteral("ClientNotResponse"),      QStringLiteral("ClientIsUpgrading"),
        QStringLiteral("ClientNeedUpgrade"),      QStringLiteral("DeliveryTimeout"),
        QStringLiteral("ExecutionTimeout"),       QStringLiteral("ExecutionException"),
        QStringLiteral("ExecutionInterrupted"),   QStringLiteral("ExitCodeNonzero"),
        QStringLiteral("SecurityGroupRuleDenied")};
    QCOMPARE(documentedErrorCodes(), documented);

    QSet<QString> explanations;
    for (const QString &code : documented) {
        const QString explanation = errorCodeExplanation(code);
        QVERIFY2(explanation.endsWith(QLatin1Char('.')), qPrintable(code));
        QVERIFY2(explanation.count(QStringLiteral(". ")) >= 1, qPrintable(code)); // two sentences
        explanations.insert(explanation);
    }
    QCOMPARE(explanations.size(), documented.size());
}

void TestResultMeaning::clientNotRunningSaysWhatToDo()
{
    QCOMPARE(errorCodeExplanation(QStringLiteral("ClientNotRunning")),
             QStringLiteral("The Cloud Assistant agent is not running on the instance. Start the "
                            "agent or reinstall it, then run the command again."));
}

void TestResultMeaning::unknownErrorCodeIsEmpty()
{
    QVERIFY(errorCodeExplanation(QStringLiteral("InvalidProcess.NotExist")).isEmpty());
    QVERIFY(errorCodeExplanation(QStringLiteral("clientnotrunning")).isEmpty());
    QVERIFY(errorCodeExplanation(QString()).isEmpty());
}

void TestResultMeaning::durationShown_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ms") << qint64(850) << QStringLiteral("850 ms");
    QTest::newRow("seconds") << qint64(12345) << QStringLiteral("12.3 s");
    QTest::newRow("minutes") << qint64(245000) << QStringLiteral("4 min 5 s");
    QTest::newRow("hours") << qint64(7380000) << QStringLiteral("2 h 3 min");
    QTest::newRow("days") << qint64(3 * 86400000LL + 4 * 3600000LL) << QStringLiteral("3 d 4 h");
    QTest::newRow("negative") << qint64(-1) << QString();
}

void TestResultMeaning::durationShown()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(msecs), expected);
}

void TestResultMeaning::runDurationFromTimes()
{
    InvocationResult result;
    QCOMPARE(runDuration(result), std::optional<qint64>());

    result.startTime = QDateTime(QDate(2026, 12, 3), QTime(4, 4, 0), Qt::UTC);
    result.stopTime = result.startTime.addSecs(90);
    QCOMPARE(runDuration(result), std::optional<qint64>(90000));

    result.finishedTime = result.startTime.addMSecs(1500);
    QCOMPARE(runDuration(result), std::optional<qint64>(1500));
}

// Field case 2.
void TestResultMeaning::dropNoticeCountsBytes()
{
    InvocationResult result;
    result.output = QByteArray(24 * 1024, 'x');
    result.dropped = 31000;
    QCOMPARE(dropNotice(result),
             QStringLiteral("The agent dropped 31,000 bytes of this output because it exceeded "
                            "the size limit. The cut may be in the middle, so the text shown is "
                            "not continuous."));
}

void TestResultMeaning::dropNoticeNamesOssUri()
{
    InvocationResult result;
    result.dropped = 31000;
    result.ossOutputUri = QStringLiteral("oss://fleet-logs/cloud-assistant/t-1/i-1.log");
    QCOMPARE(dropNotice(result),
             QStringLiteral("The agent dropped 31,000 bytes of this output because it exceeded "
                            "the size limit. The cut may be in the middle, so the text shown is "
                            "not continuous. The full output was delivered to "
                            "oss://fleet-logs/cloud-assistant/t-1/i-1.log."));
}

void TestResultMeaning::noDropNoNotice()
{
    InvocationResult result;
    result.ossOutputUri = QStringLiteral("oss://bucket/x");
    QVERIFY(dropNotice(result).isEmpty());
}

QTEST_GUILESS_MAIN(TestResultMeaning)
#include "test_resultmeaning.moc"
