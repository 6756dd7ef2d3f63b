#include "models/resultfilter.h"
#include "resultbuilder.h"

#include <QTest>

using namespace ib;

namespace {

ResultFilter withInstance(const QString &text)
{
    ResultFilter filter;
    filter.setInstance(text);
    return filter;
}

ResultFilter withCommand(const QString &text)
{
    ResultFilter filter;
    filter.setCommand(text);
    return filter;
}

ResultFilter withStatuses(const QSet<QString> &statuses)
{
    ResultFilter filter;
    filter.setStatuses(statuses);
    return filter;
}

ResultFilter withExitCode(const ExitCodeCondition &condition)
{
    ResultFilter filter;
    filter.setExitCode(condition);
    return filter;
}

ResultFilter withErrorCode(const QString &text, ResultFilter::ErrorCodeMatch match)
{
    ResultFilter filter;
    filter.setErrorCode(text, match);
    return filter;
}

ResultFilter withOutput(const QString &text, ResultFilter::OutputMatch match)
{
    ResultFilter filter;
    filter.setOutputText(text, match);
    return filter;
}

ResultFilter withInvokeId(const QString &text)
{
    ResultFilter filter;
    filter.setInvokeId(text);
    return filter;
}

ResultFilter withKeys(const QSet<ResultKey> &keys)
{
    ResultFilter filter;
    filter.setKeys(keys);
    return filter;
}

const QString web1 = QStringLiteral("i-bp1web000000000001");

} // namespace

class TestResultFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void everyConditionMustHold();
    void invalidPatternAcceptsNothing();
    void parsesExitCodeConditions_data();
    void parsesExitCodeConditions();
    void exceptStatusDropsOnlyTheStatuses();
    void equalityCoversEveryField();
    void emptinessAndOutputNeed();
};

void TestResultFilter::accepts_data()
{
    using OM = ResultFilter::OutputMatch;
    using EM = ResultFilter::ErrorCodeMatch;
    QTest::addColumn<ResultFilter>("filter");
    QTest::addColumn<InvocationResult>("result");
    QTest::addColumn<QString>("plainOutput");
    QTest::addColumn<QString>("instanceName");
    QTest::addColumn<QString>("commandName");
    QTest::addColumn<bool>("accepted");

    const InvocationResult success = ResultBuilder(web1, QStringLiteral("Success")).exitCode(0);
    const InvocationResult failed = ResultBuilder(web1, QStringLiteral("Failed"))
                                        .exitCode(-1)
                                        .errorCode(QStringLiteral("ExitCodeNonzero"));
    const InvocationResult running = ResultBuilder(web1, QStringLiteral("Running"));
    const InvocationResult crashed =
        ResultBuilder(web1, QStringLiteral("Failed")).exitCode(3221225477);
    const InvocationResult notRunning = ResultBuilder(web1, QStringLiteral("Failed"))
                                            .errorCode(QStringLiteral("InstanceNotRunning"));
    const QString none;
    const QString web = QStringLiteral("web-01");

    QTest::newRow("empty filter") << ResultFilter() << failed << none << none << none << true;

    QTest::newRow("instance id substring, any case")
        << withInstance(QStringLiteral("BP1WEB")) << success << none << none << none << true;
    QTest::newRow("instance name substring")
        << withInstance(QStringLiteral("WEB-0")) << success << none << web << none << true;
    QTest::newRow("instance neither")
        << withInstance(QStringLiteral("db-")) << success << none << web << none << false;
    QTest::newRow("command id") << withCommand(QStringLiteral("9f0002")) << success << none << none
                                << none << true;
    QTest::newRow("command name") << withCommand(QStringLiteral("deploy")) << success << none
                                  << none << QStringLiteral("Deploy nginx") << true;
    QTest::newRow("command neither") << withCommand(QStringLiteral("deploy")) << success << none
                                     << none << QStringLiteral("Restart") << false;

    const QSet<QString> failedOrError{QStringLiteral("Failed"), QStringLiteral("Error")};
    QTest::newRow("status in set")
        << withStatuses(failedOrError) << failed << none << none << none << true;
    QTest::newRow("status not in set")
        << withStatuses(failedOrError) << success << none << none << none << false;
    QTest::newRow("status any case")
        << withStatuses({QStringLiteral("running")}) << running << none << none << none << true;

    QTest::newRow("exit code exact")
        << withExitCode(ExitCodeCondition::exactly(0)) << success << none << none << none << true;
    QTest::newRow("exit code exact other")
        << withExitCode(ExitCodeCondition::exactly(1)) << success << none << none << none << false;
    QTest::newRow("exit code 0 is not pending")
        << withExitCode(ExitCodeCondition::exactly(0)) << running << none << none << none << false;
    QTest::newRow("exit code beyond 32 bits")
        << withExitCode(ExitCodeCondition::exactly(3221225477)) << crashed << none << none << none
        << true;
    QTest::newRow("nonzero takes -1")
        << withExitCode(ExitCodeCondition::nonzero()) << failed << none << none << none << true;
    QTest::newRow("nonzero refuses 0")
        << withExitCode(ExitCodeCondition::nonzero()) << success << none << none << none << false;
    QTest::newRow("nonzero refuses absent")
        << withExitCode(ExitCodeCondition::nonzero()) << running << none << none << none << false;
    QTest::newRow("pending takes absent")
        << withExitCode(ExitCodeCondition::pending()) << running << none << none << none << true;
    QTest::newRow("pending refuses 0")
        << withExitCode(ExitCodeCondition::pending()) << success << none << none << none << false;
    QTest::newRow("pending, finished without an exit code")
        << withExitCode(ExitCodeCondition::pending()) << notRunning << none << none << none
        << false;
    QTest::newRow("not reported, finished without an exit code")
        << withExitCode(ExitCodeCondition::notReported()) << notRunning << none << none << none
        << true;
    QTest::newRow("not reported, still running") << withExitCode(ExitCodeCondition::notReported())
                                                 << running << none << none << none << false;

    QTest::newRow("error code substring")
        << withErrorCode(QStringLiteral("notrunning"), EM::Substring) << notRunning << none << none
        << none << true;
    QTest::newRow("error code substring absent")
        << withErrorCode(QStringLiteral("NotRunning"), EM::Substring) << success << none << none
        << none << false;
    QTest::newRow("error code exact, any case")
        << withErrorCode(QStringLiteral("instancenotrunning"), EM::Exact) << notRunning << none
        << none << none << true;
    QTest::newRow("error code exact refuses a part")
        << withErrorCode(QStringLiteral("NotRunning"), EM::Exact) << notRunning << none << none
        << none << false;

    const QString output = QStringLiteral("starting\nERROR done\n执行失败\n");
    QTest::newRow("output substring, any case")
        << withOutput(QStringLiteral("error DONE"), OM::Substring) << failed << output << none
        << none << true;
    QTest::newRow("output substring, Chinese")
        << withOutput(QStringLiteral("执行失败"), OM::Substring) << failed << output << none << none
        << true;
    QTest::newRow("output substring, Chinese in plain ASCII output")
        << withOutput(QStringLiteral("执行"), OM::Substring) << failed
        << QStringLiteral("ERROR done\n") << none << none << false;
    QTest::newRow("output substring, Latin-1 letters any case")
        << withOutput(QStringLiteral("ÄRGER"), OM::Substring) << failed
        << QStringLiteral("kein ärger\n") << none << none << true;
    QTest::newRow("output substring missing")
        << withOutput(QStringLiteral("timeout"), OM::Substring) << failed << output << none << none
        << false;
    QTest::newRow("output substring is not a pattern")
        << withOutput(QStringLiteral("ERR.R"), OM::Substring) << failed << output << none << none
        << false;
    QTest::newRow("output pattern anchors per line")
        << withOutput(QStringLiteral("^error \\w+$"), OM::RegularExpression) << failed << output
        << none << none << true;
    QTest::newRow("output pattern missing")
        << withOutput(QStringLiteral("^done"), OM::RegularExpression) << failed << output << none
        << none << false;
    QTest::newRow("output invalid pattern")
        << withOutput(QStringLiteral("(ERROR"), OM::RegularExpression) << failed << output << none
        << none << false;
    QTest::newRow("output needed but empty") << withOutput(QStringLiteral("x"), OM::Substring)
                                             << running << none << none << none << false;

    QTest::newRow("invoke id substring")
        << withInvokeId(QStringLiteral("JDFWD9F0001")) << success << none << none << none << true;
    QTest::newRow("invoke id other")
        << withInvokeId(QStringLiteral("t-other")) << success << none << none << none << false;

    QTest::newRow("key in set") << withKeys({ResultKey::of(success)}) << failed << none << none
                                << none << true;
    QTest::newRow("key not in set") << withKeys({ResultKey{QStringLiteral("t-other"), web1, 0}})
                                    << failed << none << none << none << false;
    QTest::newRow("key needs the same repeats") << withKeys({ResultKey{success.invokeId, web1, 3}})
                                                << failed << none << none << none << false;
}

void TestResultFilter::accepts()
{
    QFETCH(ResultFilter, filter);
    QFETCH(InvocationResult, result);
    QFETCH(QString, plainOutput);
    QFETCH(QString, instanceName);
    QFETCH(QString, commandName);
    QFETCH(bool, accepted);

    QCOMPARE(filter.accepts(result, plainOutput, instanceName, commandName), accepted);
    // The model's fast path, over output folded once, answers the same.
    QCOMPARE(filter.accepts(result, FoldedText::fromPlain(plainOutput), instanceName, commandName),
             accepted);
}

void TestResultFilter::everyConditionMustHold()
{
    ResultFilter filter;
    filter.setInstance(QStringLiteral("web"));
    filter.setStatuses({QStringLiteral("Failed")});
    filter.setOutputText(QStringLiteral("disk full"));

    const InvocationResult failed = ResultBuilder(web1, QStringLiteral("Failed")).exitCode(1);
    QVERIFY(filter.accepts(failed, QStringLiteral("error: disk full")));
    QVERIFY(!filter.accepts(failed, QStringLiteral("error: timeout")));
    QVERIFY(!filter.accepts(ResultBuilder(QStringLiteral("i-db"), QStringLiteral("Failed")),
                            QStringLiteral("error: disk full")));
    QVERIFY(!filter.accepts(ResultBuilder(web1, QStringLiteral("Success")),
                            QStringLiteral("error: disk full")));
}

void TestResultFilter::invalidPatternAcceptsNothing()
{
    ResultFilter filter;
    QVERIFY(filter.isValid());
    QVERIFY(filter.errorString().isEmpty());

    filter.setOutputText(QStringLiteral("([a-z]"), ResultFilter::OutputMatch::RegularExpression);
    QVERIFY(!filter.isValid());
    QVERIFY(filter.errorString().contains(QStringLiteral("regular expression")));
    QVERIFY(!filter.accepts(ResultBuilder(web1, QStringLiteral("Success")), QStringLiteral("(a")));

    // The same text is a fine substring.
    filter.setOutputText(QStringLiteral("([a-z]"), ResultFilter::OutputMatch::Substring);
    QVERIFY(filter.isValid());
    QVERIFY(filter.accepts(ResultBuilder(web1, QStringLiteral("Success")),
                           QStringLiteral("x ([a-z] y")));
}

void TestResultFilter::parsesExitCodeConditions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ExitCodeCondition>("condition");

    QTest::newRow("empty is any") << QString() << true << ExitCodeCondition{};
    QTest::newRow("blank is any") << QStringLiteral("  ") << true << ExitCodeCondition{};
    QTest::newRow("zero") << QStringLiteral("0") << true << ExitCodeCondition::exactly(0);
    QTest::newRow("negative") << QStringLiteral(" -1 ") << true << ExitCodeCondition::exactly(-1);
    QTest::newRow("windows decimal")
        << QStringLiteral("3221225477") << true << ExitCodeCondition::exactly(3221225477);
    QTest::newRow("windows hex") << QStringLiteral("0xC0000005") << true
                                 << ExitCodeCondition::exactly(3221225477);
    QTest::newRow("nonzero") << QStringLiteral("NonZero") << true << ExitCodeCondition::nonzero();
    QTest::newRow("not zero") << QStringLiteral("!0") << true << ExitCodeCondition::nonzero();
    QTest::newRow("pending") << QStringLiteral("pending") << true << ExitCodeCondition::pending();
    QTest::newRow("none") << QStringLiteral("None") << true << ExitCodeCondition::notReported();
    QTest::newRow("not reported, as the table says")
        << QStringLiteral("not reported") << true << ExitCodeCondition::notReported();
    QTest::newRow("words") << QStringLiteral("failed") << false << ExitCodeCondition{};
    QTest::newRow("bad hex") << QStringLiteral("0xZZ") << false << ExitCodeCondition{};
}

void TestResultFilter::parsesExitCodeConditions()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(ExitCodeCondition, condition);

    const std::optional<ExitCodeCondition> parsed = ExitCodeCondition::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QVERIFY(*parsed == condition);
}

void TestResultFilter::exceptStatusDropsOnlyTheStatuses()
{
    ResultFilter filter;
    filter.setInstance(QStringLiteral("web"));
    filter.setExitCode(ExitCodeCondition::nonzero());
    filter.setStatuses({QStringLiteral("Failed")});

    const ResultFilter others = filter.exceptStatus();
    QVERIFY(others.statuses().isEmpty());
    QCOMPARE(others.instance(), QStringLiteral("web"));
    QVERIFY(others.exitCode() == ExitCodeCondition::nonzero());
    QCOMPARE(filter.statuses(), QSet<QString>{QStringLiteral("Failed")});

    const InvocationResult error = ResultBuilder(web1, QStringLiteral("Error")).exitCode(2);
    QVERIFY(!filter.accepts(error, QString()));
    QVERIFY(others.accepts(error, QString()));
}

void TestResultFilter::equalityCoversEveryField()
{
    const QList<ResultFilter> different = {
        ResultFilter(),
        withInstance(QStringLiteral("a")),
        withCommand(QStringLiteral("a")),
        withStatuses({QStringLiteral("Failed")}),
        withExitCode(ExitCodeCondition::exactly(1)),
        withExitCode(ExitCodeCondition::exactly(2)),
        withExitCode(ExitCodeCondition::pending()),
        withErrorCode(QStringLiteral("a"), ResultFilter::ErrorCodeMatch::Substring),
        withErrorCode(QStringLiteral("a"), ResultFilter::ErrorCodeMatch::Exact),
        withOutput(QStringLiteral("a"), ResultFilter::OutputMatch::Substring),
        withOutput(QStringLiteral("a"), ResultFilter::OutputMatch::RegularExpression),
        withInvokeId(QStringLiteral("a")),
        withKeys({}),
        withKeys({ResultKey{QStringLiteral("t-1"), QStringLiteral("i-1"), 0}}),
    };
    for (qsizetype i = 0; i < different.size(); ++i) {
        for (qsizetype j = 0; j < different.size(); ++j)
            QCOMPARE(different[i] == different[j], i == j);
    }

    // How a text matches does not matter while there is no text.
    QVERIFY(withOutput({}, ResultFilter::OutputMatch::RegularExpression) == ResultFilter());
    QVERIFY(withErrorCode({}, ResultFilter::ErrorCodeMatch::Exact) == ResultFilter());
}

void TestResultFilter::emptinessAndOutputNeed()
{
    ResultFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.needsOutput());

    filter.setKeys({});
    QVERIFY(!filter.isEmpty());
    QVERIFY(!filter.accepts(ResultBuilder(web1, QStringLiteral("Success")), QString()));
    filter.clearKeys();
    QVERIFY(filter.isEmpty());

    filter.setOutputText(QStringLiteral("x"));
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter.needsOutput());
}

QTEST_GUILESS_MAIN(TestResultFilter)
#include "test_resultfilter.moc"
