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
    QTest::newRow("empty is not set") << QString() << QDateTime();
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

    QCOMPARE(page.results.at(0).output, QByteArray("15:45:01\n"));
    QCOMPARE(page.results.at(1).output, QByteArray(""));
    QVERIFY(page.results.at(1).outputPresent);
    QCOMPARE(page.results.at(2).output, QByteArray("15:30:01\n"));
    QCOMPARE(page.results.at(4).output, QByteArray("15:15:01\n"));
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
    QVERIFY(failure.message.contains(QStringLiteral("not valid JSON")));
    QVERIFY(failure.message.contains(QStringLiteral("MissingParameter.RegionId")));
    QVERIFY(failure.excerpt.contains(QStringLiteral("Code: MissingParameter.RegionId")));
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
}

void TestResultParser::exitCode()
{
    QFETCH(QByteArray, json);
    QFETCH(std::optional<qint64>, expected);
    QCOMPARE(parseOne(json).exitCode, expected);
}

QTEST_GUILESS_MAIN(TestResultParser)
#include "test_resultparser.moc"
