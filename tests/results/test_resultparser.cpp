#include "results/outputdecoder.h"
#include "results/resultparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ib;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(IB_RESULTS_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot open test data %s", name);
    return file.readAll();
}

InvocationResult parseOne(const QByteArray &json, QStringList *warnings = nullptr)
{
    return parseInvocationResult(QJsonDocument::fromJson(json).object(), warnings);
}

ResultsPage pageOf(const QByteArray &body)
{
    const auto parsed = parseResultsPage(body);
    if (const auto *failure = std::get_if<ParseFailure>(&parsed))
        qFatal("Unexpected parse failure: %s", qPrintable(failure->message));
    return std::get<ResultsPage>(parsed);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestResultParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceTime_data();
    void serviceTime();
    void publishedResponse();
    void publishedErrorIsMalformed();
    void notJsonIsFailure();
    void missingInvocationIsFailure();
    void emptyListIsEmptyPage();
    void exitCode_data();
    void exitCode();
    void stringFields_data();
    void stringFields();
    void countsFromNumbersOrStrings_data();
    void countsFromNumbersOrStrings();
    void outputAbsentEmptyOrBytes();
    void badBase64KeepsTheRowAndWarns();
    void timesOfAResult();
    void tags();
    void scheduledResultsAreNeverMerged();
    void singleResultObjectIsAList();
    void pageFields();
    void nonObjectResultIsLeftOutWithWarning();
    void errorBodyIsFailureWithItsCode();
    void truncatedJsonIsFailureWithExcerpt();
    void topLevelArrayIsFailure();
};

void TestResultParser::serviceTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("documented") << QStringLiteral("2017-12-10T04:04:05Z")
                                << utc(2017, 12, 10, 4, 4, 5);
    QTest::newRow("seconds missing")
        << QStringLiteral("2017-12-10T04:04Z") << utc(2017, 12, 10, 4, 4);
    QTest::newRow("space, no zone is UTC")
        << QStringLiteral("2018-01-05 15:45:02") << utc(2018, 1, 5, 15, 45, 2);
    QTest::newRow("fraction .5") << QStringLiteral("2017-12-10T04:04:05.5Z")
                                 << utc(2017, 12, 10, 4, 4, 5, 500);
    QTest::newRow("fraction, micro")
        << QStringLiteral("2017-12-10T04:04:05.123456Z") << utc(2017, 12, 10, 4, 4, 5, 123);
    QTest::newRow("offset +08:00")
        << QStringLiteral("2017-12-10T12:04:05+08:00") << utc(2017, 12, 10, 4, 4, 5);
    QTest::newRow("offset -0530") << QStringLiteral("2017-12-09T22:34:05-0530")
                                  << utc(2017, 12, 10, 4, 4, 5);
    QTest::newRow("offset hours only")
        << QStringLiteral("2017-12-10T12:04+08") << utc(2017, 12, 10, 4, 4);
    QTest::newRow("offset across midnight")
        << QStringLiteral("2018-01-01T01:00:00+02:00") << utc(2017, 12, 31, 23, 0);
    QTest::newRow("T, no zone is UTC")
        << QStringLiteral("2018-01-05T15:45:02") << utc(2018, 1, 5, 15, 45, 2);
    QTest::newRow("space and Z") << QStringLiteral("2018-01-05 15:45:02Z")
                                 << utc(2018, 1, 5, 15, 45, 2);
    QTest::newRow("surrounding spaces")
        << QStringLiteral(" 2018-01-05T15:45:02Z ") << utc(2018, 1, 5, 15, 45, 2);
    QTest::newRow("empty is not set") << QString() << QDateTime();
    QTest::newRow("\"\" is not set") << QStringLiteral("") << QDateTime();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2017-13-10T04:04:05Z") << QDateTime();
    QTest::newRow("30 February") << QStringLiteral("2017-02-30T04:04:05Z") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2017-12-10T25:04:05Z") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2017-12-10") << QDateTime();
}

void TestResultParser::serviceTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseServiceTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestResultParser::publishedResponse()
{
    const ResultsPage page = pageOf(dataFile("published-response.json"));
    QCOMPARE(page.results.size(), 5);
    QCOMPARE(page.requestId, QStringLiteral("567FA138-6026-47C6-A299-5D50xxxxxxxx"));
    QCOMPARE(page.totalCount, std::optional<qint64>(5));
    QVERIFY(page.nextToken.isEmpty());
    QVERIFY(page.warnings.isEmpty());

    QStringList outputs;
    for (const InvocationResult &result : page.results)
        outputs.append(decodeOutput(result.output).text);
    QCOMPARE(outputs,
             (QStringList{QStringLiteral("15:45:01\n"), QString(), QStringLiteral("15:30:01\n"),
                          QString(), QStringLiteral("15:15:01\n")}));
    QVERIFY(page.results.at(1).outputPresent);
    QVERIFY(page.results.at(1).output.isEmpty());

    // Rows 1 and 5 share the invoke id; rows 2 and 4 share it too. Each is its own row.
    QCOMPARE(page.results.at(0).invokeId, page.results.at(4).invokeId);
    QCOMPARE(page.results.at(1).invokeId, page.results.at(3).invokeId);
    QCOMPARE(page.results.at(3).instanceId, QStringLiteral("i-uf614fhehhzmd3zj4k74"));
    QCOMPARE(page.results.at(0).invokeRecordStatus, QStringLiteral("finished"));
    QVERIFY(page.results.at(0).invocationStatus.isNull());
    QCOMPARE(page.results.at(0).exitCode, std::optional<qint64>(0));
    QCOMPARE(page.results.at(0).finishedTime, utc(2018, 1, 5, 15, 45, 2));
}

void TestResultParser::publishedErrorIsMalformed()
{
    const auto parsed = parseResultsPage(dataFile("published-error-malformed.json"));
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    const ParseFailure failure = std::get<ParseFailure>(parsed);
    QCOMPARE(failure.message,
             QStringLiteral("The service answered with error code MissingParameter.RegionId, but "
                            "the answer is not valid JSON (unterminated object on line 4)."));
    QCOMPARE(failure.excerpt,
             QStringLiteral("Code: MissingParameter.RegionId\n"
                            "Message: The input parameter “RegionId” that is mandatory for "
                            "processing this request is not supplied.\n"
                            "RequestId: 540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx"));
}

void TestResultParser::notJsonIsFailure()
{
    const auto parsed = parseResultsPage("<html>502 Bad Gateway</html>");
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    QVERIFY(std::get<ParseFailure>(parsed).excerpt.contains(QStringLiteral("502 Bad Gateway")));
}

void TestResultParser::missingInvocationIsFailure()
{
    const auto parsed = parseResultsPage(R"({"RequestId":"r1"})");
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    QVERIFY(!std::get<ParseFailure>(parsed).message.isEmpty());
}

void TestResultParser::emptyListIsEmptyPage()
{
    const ResultsPage page = pageOf(
        R"({"RequestId":"r2","Invocation":{"NextToken":"","InvocationResults":{"InvocationResult":[]}}})");
    QVERIFY(page.results.isEmpty());
    QCOMPARE(page.requestId, QStringLiteral("r2"));
}

void TestResultParser::exitCode_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<std::optional<qint64>>("expected");
    QTest::newRow("absent") << QByteArray("{}") << std::optional<qint64>();
    QTest::newRow("null") << QByteArray(R"({"ExitCode":null})") << std::optional<qint64>();
    QTest::newRow("zero") << QByteArray(R"({"ExitCode":0})") << std::optional<qint64>(0);
    QTest::newRow("minus one") << QByteArray(R"({"ExitCode":-1})") << std::optional<qint64>(-1);
    QTest::newRow("0xC0000005") << QByteArray(R"({"ExitCode":3221225477})")
                                << std::optional<qint64>(3221225477LL);
    QTest::newRow("as string") << QByteArray(R"({"ExitCode":"3221225477"})")
                               << std::optional<qint64>(3221225477LL);
    QTest::newRow("not a number") << QByteArray(R"({"ExitCode":"n/a"})") << std::optional<qint64>();
    QTest::newRow("out of range") << QByteArray(R"({"ExitCode":1e30})") << std::optional<qint64>();
}

void TestResultParser::exitCode()
{
    QFETCH(QByteArray, json);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(parseOne(json).exitCode, expected);
}

void TestResultParser::stringFields_data()
{
    QTest::addColumn<QString>("key");
    const QStringList keys{
        QStringLiteral("InvokeId"),           QStringLiteral("InstanceId"),
        QStringLiteral("CommandId"),          QStringLiteral("InvocationStatus"),
        QStringLiteral("InvokeRecordStatus"), QStringLiteral("ErrorCode"),
        QStringLiteral("ErrorInfo"),          QStringLiteral("Username"),
        QStringLiteral("ContainerId"),        QStringLiteral("ContainerName"),
        QStringLiteral("TerminationMode"),    QStringLiteral("Launcher"),
        QStringLiteral("OssOutputDelivery"),  QStringLiteral("OssOutputStatus"),
        QStringLiteral("OssOutputUri"),       QStringLiteral("OssOutputErrorCode"),
        QStringLiteral("OssOutputErrorInfo")};
    for (const QString &key : keys)
        QTest::newRow(qPrintable(key)) << key;
}

// Every documented string field is kept, and "" stays distinct from an absent key.
void TestResultParser::stringFields()
{
    QFETCH(QString, key);
    const auto field = [&key](const InvocationResult &r) {
        const QHash<QString, QString> byKey{
            {QStringLiteral("InvokeId"), r.invokeId},
            {QStringLiteral("InstanceId"), r.instanceId},
            {QStringLiteral("CommandId"), r.commandId},
            {QStringLiteral("InvocationStatus"), r.invocationStatus},
            {QStringLiteral("InvokeRecordStatus"), r.invokeRecordStatus},
            {QStringLiteral("ErrorCode"), r.errorCode},
            {QStringLiteral("ErrorInfo"), r.errorInfo},
            {QStringLiteral("Username"), r.username},
            {QStringLiteral("ContainerId"), r.containerId},
            {QStringLiteral("ContainerName"), r.containerName},
            {QStringLiteral("TerminationMode"), r.terminationMode},
            {QStringLiteral("Launcher"), r.launcher},
            {QStringLiteral("OssOutputDelivery"), r.ossOutputDelivery},
            {QStringLiteral("OssOutputStatus"), r.ossOutputStatus},
            {QStringLiteral("OssOutputUri"), r.ossOutputUri},
            {QStringLiteral("OssOutputErrorCode"), r.ossOutputErrorCode},
            {QStringLiteral("OssOutputErrorInfo"), r.ossOutputErrorInfo}};
        return byKey.value(key);
    };

    QJsonObject object{{key, QStringLiteral("value 执行 \"x\"")}};
    QCOMPARE(field(parseInvocationResult(object)), QStringLiteral("value 执行 \"x\""));

    object[key] = QString();
    const QString empty = field(parseInvocationResult(object));
    QVERIFY(!empty.isNull());
    QVERIFY(empty.isEmpty());

    QVERIFY(field(parseInvocationResult(QJsonObject{})).isNull());

    object[key] = 3221225477LL; // a gateway that turns digit strings into numbers
    QCOMPARE(field(parseInvocationResult(object)), QStringLiteral("3221225477"));
}

void TestResultParser::countsFromNumbersOrStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("dropped");
    QTest::addColumn<int>("repeats");
    QTest::newRow("numbers") << QByteArray(R"({"Dropped":31000,"Repeats":3})") << qint64(31000)
                             << 3;
    QTest::newRow("strings") << QByteArray(R"({"Dropped":"31000","Repeats":"3"})") << qint64(31000)
                             << 3;
    QTest::newRow("absent") << QByteArray("{}") << qint64(0) << 0;
    QTest::newRow("not a number") << QByteArray(R"({"Dropped":"many"})") << qint64(0) << 0;
}

void TestResultParser::countsFromNumbersOrStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, dropped);
    QFETCH(int, repeats);
    const InvocationResult result = parseOne(json);
    QCOMPARE(result.dropped, dropped);
    QCOMPARE(result.repeats, repeats);
}

void TestResultParser::outputAbsentEmptyOrBytes()
{
    const InvocationResult absent = parseOne("{}");
    QVERIFY(!absent.outputPresent);
    QVERIFY(absent.output.isEmpty());

    const InvocationResult empty = parseOne(R"({"Output":""})");
    QVERIFY(empty.outputPresent);
    QVERIFY(empty.output.isEmpty());

    // Field case 1's bytes travel as Base64 and arrive unchanged.
    const InvocationResult gbk = parseOne(R"({"Output":"xOO6ww0K"})");
    QVERIFY(gbk.outputPresent);
    QCOMPARE(gbk.output, QByteArray::fromHex("C4E3BAC30D0A"));
}

void TestResultParser::badBase64KeepsTheRowAndWarns()
{
    const QByteArray body = R"({"Invocation":{"InvocationResults":{"InvocationResult":[
        {"InvokeId":"t-1","InstanceId":"i-1","Output":"MTU6NDU6MDEK"},
        {"InvokeId":"t-2","InstanceId":"i-2","Output":"MTU6NDU*6MDEK!"}]}}})";
    const ResultsPage page = pageOf(body);

    QCOMPARE(page.results.size(), 2);
    QCOMPARE(page.results.at(1).invokeId, QStringLiteral("t-2"));
    QVERIFY(page.results.at(1).outputPresent);
    QCOMPARE(page.results.at(1).output, QByteArray("15:45:01\n"));
    QCOMPARE(page.warnings,
             QStringList{QStringLiteral("The output of invocation t-2 on instance i-2 is not "
                                        "valid Base64; the readable part is shown and may be "
                                        "damaged.")});
}

void TestResultParser::timesOfAResult()
{
    const InvocationResult result = parseOne(
        R"({"StartTime":"2017-12-10T04:04Z","FinishedTime":"","StopTime":"2017-12-10T04:05:00Z"})");
    QCOMPARE(result.startTime, utc(2017, 12, 10, 4, 4));
    QVERIFY(!result.finishedTime.isValid());
    QCOMPARE(result.stopTime, utc(2017, 12, 10, 4, 5));
}

void TestResultParser::tags()
{
    const InvocationResult result = parseOne(
        R"({"Tags":{"Tag":[{"TagKey":"env name","TagValue":"a*b~c+d"},{"TagKey":"team","TagValue":""}]}})");
    const QList<Tag> expected{{QStringLiteral("env name"), QStringLiteral("a*b~c+d")},
                              {QStringLiteral("team"), QString()}};
    QCOMPARE(result.tags, expected);
    QVERIFY(parseOne(R"({"Tags":{}})").tags.isEmpty());
    QCOMPARE(parseOne(R"({"Tags":{"Tag":{"TagKey":"k","TagValue":"v"}}})").tags.size(), 1);
}

// Runs of a scheduled task share invoke id and instance id; each one is its own row.
void TestResultParser::scheduledResultsAreNeverMerged()
{
    const QByteArray body = R"({"Invocation":{"InvocationResults":{"InvocationResult":[
        {"InvokeId":"t-s","InstanceId":"i-1","Repeats":1,"Output":"MQ=="},
        {"InvokeId":"t-s","InstanceId":"i-1","Repeats":2,"Output":"Mg=="},
        {"InvokeId":"t-s","InstanceId":"i-1","Repeats":2,"Output":"Mg=="}]}}})";
    const ResultsPage page = pageOf(body);
    QCOMPARE(page.results.size(), 3);
    QCOMPARE(page.results.at(0).output, QByteArray("1"));
    QCOMPARE(page.results.at(1).output, QByteArray("2"));
    QCOMPARE(page.results.at(2).repeats, 2);
}

void TestResultParser::singleResultObjectIsAList()
{
    const ResultsPage page =
        pageOf(R"({"Invocation":{"InvocationResults":{"InvocationResult":{"InvokeId":"t-1"}}}})");
    QCOMPARE(page.results.size(), 1);
    QCOMPARE(page.results.at(0).invokeId, QStringLiteral("t-1"));
}

void TestResultParser::pageFields()
{
    const ResultsPage page = pageOf(
        R"({"RequestId":"r3","Invocation":{"NextToken":"AAAAAdDW+BF2/x==","InvocationResults":{}}})");
    QCOMPARE(page.nextToken, QStringLiteral("AAAAAdDW+BF2/x=="));
    QCOMPARE(page.totalCount, std::optional<qint64>());
    QVERIFY(page.results.isEmpty());
    QVERIFY(page.warnings.isEmpty());
}

void TestResultParser::nonObjectResultIsLeftOutWithWarning()
{
    const ResultsPage page = pageOf(
        R"({"Invocation":{"InvocationResults":{"InvocationResult":[42,{"InvokeId":"t-1"}]}}})");
    QCOMPARE(page.results.size(), 1);
    QCOMPARE(page.warnings.size(), 1);
}

void TestResultParser::errorBodyIsFailureWithItsCode()
{
    const auto parsed = parseResultsPage(
        R"({"RequestId":"r4","Code":"Throttling.User","Message":"Request was denied due to user flow control."})");
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    QCOMPARE(std::get<ParseFailure>(parsed).message,
             QStringLiteral("The service answered with error code Throttling.User: Request was "
                            "denied due to user flow control."));
}

void TestResultParser::truncatedJsonIsFailureWithExcerpt()
{
    const auto parsed = parseResultsPage(R"({"Invocation":{"InvocationResults":{"Invoc)");
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    const ParseFailure failure = std::get<ParseFailure>(parsed);
    QVERIFY(failure.message.startsWith(QStringLiteral("The service's answer is not valid JSON")));
    QCOMPARE(failure.excerpt, QStringLiteral(R"({"Invocation":{"InvocationResults":{"Invoc)"));
}

void TestResultParser::topLevelArrayIsFailure()
{
    const auto parsed = parseResultsPage("[]");
    QVERIFY(std::holds_alternative<ParseFailure>(parsed));
    QCOMPARE(std::get<ParseFailure>(parsed).message,
             QStringLiteral("The service's answer is JSON but not an object."));
}

QTEST_GUILESS_MAIN(TestResultParser)
#include "test_resultparser.moc"
