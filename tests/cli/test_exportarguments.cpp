#include "exportarguments.h"

#include <QTest>

using namespace ib;
using namespace ib::cli;

class TestExportArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryServiceFilter();
    void usesDefaultColumnsAndStandardOutput();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void statusesAreReadWithoutCase();
    void helpListsExitCodes();
};

namespace {

QStringList command(const QStringList &options)
{
    return QStringList{QStringLiteral("invocation-browser"), QStringLiteral("export")} + options;
}

} // namespace

void TestExportArguments::readsEveryServiceFilter()
{
    const ParsedExport parsed =
        parseExportArguments(command({QStringLiteral("--profile"),
                                      QStringLiteral("prod"),
                                      QStringLiteral("--region"),
                                      QStringLiteral("cn-shanghai"),
                                      QStringLiteral("--invoke-id"),
                                      QStringLiteral("t-1,t-2"),
                                      QStringLiteral("--invoke-id"),
                                      QStringLiteral("t-3"),
                                      QStringLiteral("--instance-id"),
                                      QStringLiteral("i-9"),
                                      QStringLiteral("--command-id"),
                                      QStringLiteral("c-7"),
                                      QStringLiteral("--invoke-record-status"),
                                      QStringLiteral("Failed"),
                                      QStringLiteral("--resource-group"),
                                      QStringLiteral("rg-1"),
                                      QStringLiteral("--tag"),
                                      QStringLiteral("env name=a*b~c+d"),
                                      QStringLiteral("--include-history"),
                                      QStringLiteral("--status"),
                                      QStringLiteral("Failed,Error"),
                                      QStringLiteral("--columns"),
                                      QStringLiteral("instanceid,ExitCode"),
                                      QStringLiteral("--separator"),
                                      QStringLiteral("semicolon"),
                                      QStringLiteral("--bom"),
                                      QStringLiteral("--raw-output"),
                                      QStringLiteral("--signature-version"),
                                      QStringLiteral("v1"),
                                      QStringLiteral("--endpoint"),
                                      QStringLiteral("https://ecs-vpc.cn-shanghai.aliyuncs.com"),
                                      QStringLiteral("-o"),
                                      QStringLiteral("out.csv")}));

    QVERIFY2(parsed.arguments.has_value(), qPrintable(parsed.text));
    const ExportArguments &a = *parsed.arguments;
    QCOMPARE(a.profileName, QStringLiteral("prod"));
    QCOMPARE(a.regionId, QStringLiteral("cn-shanghai"));
    QCOMPARE(a.query.invokeIds,
             QStringList({QStringLiteral("t-1"), QStringLiteral("t-2"), QStringLiteral("t-3")}));
    QCOMPARE(a.query.instanceId, QStringLiteral("i-9"));
    QCOMPARE(a.query.commandId, QStringLiteral("c-7"));
    QCOMPARE(a.query.invokeRecordStatus, QStringLiteral("Failed"));
    QCOMPARE(a.query.resourceGroupId, QStringLiteral("rg-1"));
    QCOMPARE(a.query.tags.size(), 1);
    QCOMPARE(a.query.tags.first().key, QStringLiteral("env name"));
    QCOMPARE(a.query.tags.first().value, QStringLiteral("a*b~c+d"));
    QVERIFY(a.query.includeHistory);
    QCOMPARE(a.statuses, QStringList({QStringLiteral("Failed"), QStringLiteral("Error")}));
    QCOMPARE(a.fields, QList<ResultField>({ResultField::InstanceId, ResultField::ExitCode}));
    QCOMPARE(a.csv.separator, CsvSeparator::Semicolon);
    QVERIFY(a.csv.byteOrderMark);
    QVERIFY(a.csv.rawOutput);
    QCOMPARE(a.signatureVersion, std::optional(api::SignatureVersion::V1));
    QCOMPARE(a.endpoint.host(), QStringLiteral("ecs-vpc.cn-shanghai.aliyuncs.com"));
    QCOMPARE(a.output, QStringLiteral("out.csv"));
}

void TestExportArguments::usesDefaultColumnsAndStandardOutput()
{
    const ParsedExport parsed = parseExportArguments(command({QStringLiteral("--demo")}));
    QVERIFY(parsed.arguments.has_value());
    QVERIFY(parsed.arguments->demo);
    QCOMPARE(parsed.arguments->fields, defaultResultFields());
    QCOMPARE(parsed.arguments->output, QStringLiteral("-"));
    QCOMPARE(parsed.arguments->csv.separator, CsvSeparator::Comma);
    QVERIFY(!parsed.arguments->signatureVersion.has_value());
}

void TestExportArguments::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("demo and profile")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("p")}
        << QStringLiteral("--demo");
    QTest::newRow("tag without value")
        << QStringList{QStringLiteral("--tag"), QStringLiteral("x")} << QStringLiteral("KEY=VALUE");
    QTest::newRow("unknown column")
        << QStringList{QStringLiteral("--columns"), QStringLiteral("Nope")}
        << QStringLiteral("Nope");
    QTest::newRow("separator") << QStringList{QStringLiteral("--separator"), QStringLiteral("pipe")}
                               << QStringLiteral("semicolon");
    QTest::newRow("signature") << QStringList{QStringLiteral("--signature-version"),
                                              QStringLiteral("v2")}
                               << QStringLiteral("v1 or v3");
    QTest::newRow("endpoint") << QStringList{QStringLiteral("--endpoint"),
                                             QStringLiteral("ftp://x")}
                              << QStringLiteral("https://");
    QTest::newRow("history without invoke id")
        << QStringList{QStringLiteral("--include-history")} << QStringLiteral("--invoke-id");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("misspelt status")
        << QStringList{QStringLiteral("--status"), QStringLiteral("Failed,Eror")}
        << QStringLiteral("\"Eror\"");
    QTest::newRow("misspelt record status")
        << QStringList{QStringLiteral("--invoke-record-status"), QStringLiteral("Faild")}
        << QStringLiteral("PartialFailed");
}

void TestExportArguments::refusesBadArguments()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    const ParsedExport parsed = parseExportArguments(command(options));
    QVERIFY(!parsed.arguments.has_value());
    QCOMPARE(parsed.exitCode, int(ExitBadArguments));
    QVERIFY2(parsed.text.contains(mentions), qPrintable(parsed.text));
}

void TestExportArguments::statusesAreReadWithoutCase()
{
    const ParsedExport parsed = parseExportArguments(
        command({QStringLiteral("--invoke-record-status"), QStringLiteral("partialfailed"),
                 QStringLiteral("--status"), QStringLiteral("failed,ERROR")}));
    QVERIFY2(parsed.arguments.has_value(), qPrintable(parsed.text));
    QCOMPARE(parsed.arguments->query.invokeRecordStatus, QStringLiteral("PartialFailed"));
    QCOMPARE(parsed.arguments->statuses,
             (QStringList{QStringLiteral("failed"), QStringLiteral("ERROR")}));
}

void TestExportArguments::helpListsExitCodes()
{
    const ParsedExport parsed = parseExportArguments(command({QStringLiteral("--help")}));
    QVERIFY(!parsed.arguments.has_value());
    QCOMPARE(parsed.exitCode, int(ExitSuccess));
    QVERIFY(parsed.text.contains(QStringLiteral("export [options]")));
    QVERIFY(parsed.text.contains(QStringLiteral("130 interrupted")));
}

QTEST_GUILESS_MAIN(TestExportArguments)
#include "test_exportarguments.moc"
