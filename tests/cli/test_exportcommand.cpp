#include "demoserver.h"
#include "exportarguments.h"
#include "results/resultmeaning.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ib;
using namespace ib::cli;

namespace {

// A small RFC 4180 reader, enough to count records and read cells back.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

struct Run
{
    int exitCode = -1;
    QByteArray standardOutput;
    QString standardError;
};

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsEveryResultOfTheFleet();
    void keepsOnlyTheRequestedStatuses();
    void writesToStandardOutput();
    void runsOnTheBuiltInDemo();
    void noResultsWritesTheHeader();
    void wrongSecretKeepsTheOldFile();
    void pagingStoppedEarlyExitsIncomplete();
    void exitCodes_data();
    void exitCodes();

private:
    Run run(const QStringList &options,
            const QString &secret = QStringLiteral("demo-access-key-secret"));
    QList<QStringList> readFile(const QString &path);
    QStringList serverOptions() const;

    std::unique_ptr<demo::DemoServer> m_server;
    QTemporaryDir m_home;
};

void TestExportCommand::initTestCase()
{
    demo::DemoOptions options;
    options.settleMs = 3600 * 1000; // nothing settles while the test runs
    m_server = std::make_unique<demo::DemoServer>(options);
    QString problem;
    QVERIFY2(m_server->start(&problem), qPrintable(problem));
    QVERIFY(m_home.isValid());
}

QStringList TestExportCommand::serverOptions() const
{
    return {QStringLiteral("export"), QStringLiteral("--endpoint"), m_server->endpoint().toString(),
            QStringLiteral("--region"), QStringLiteral("cn-hangzhou")};
}

Run TestExportCommand::run(const QStringList &options, const QString &secret)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"ALIBABA") || key.startsWith(u"ALICLOUD"))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    if (!secret.isEmpty()) {
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                           m_server->options().accessKeyId);
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IB_EXECUTABLE), options);
    // The local endpoint answers from this process's event loop, so wait on a spy.
    if (!finished.wait(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QList<QStringList> TestExportCommand::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readCsv(QString::fromUtf8(file.readAll()));
}

void TestExportCommand::exportsEveryResultOfTheFleet()
{
    const QString path = m_home.filePath(QStringLiteral("all.csv"));
    const Run result = run(serverOptions() + QStringList{QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, int(ExitSuccess));
    QVERIFY2(result.standardError.isEmpty(), qPrintable(result.standardError));

    const QList<QStringList> records = readFile(path);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().first(), QStringLiteral("InvokeId"));
    const qsizetype invokeColumn = records.first().indexOf(QStringLiteral("InvokeId"));
    const qsizetype instanceColumn = records.first().indexOf(QStringLiteral("InstanceId"));

    QStringList exported;
    for (qsizetype i = 1; i < records.size(); ++i)
        exported.append(records[i][invokeColumn] + u'|' + records[i][instanceColumn]);
    QStringList expected;
    const QList<InvocationResult> all = m_server->allResults();
    for (const InvocationResult &r : all)
        expected.append(r.invokeId + u'|' + r.instanceId);
    exported.sort();
    expected.sort();
    QCOMPARE(exported.size(), expected.size());
    QCOMPARE(exported, expected);
}

void TestExportCommand::keepsOnlyTheRequestedStatuses()
{
    const QString path = m_home.filePath(QStringLiteral("failed.csv"));
    const Run result = run(serverOptions() + QStringList{QStringLiteral("--status"),
                                                         QStringLiteral("failed,Error"),
                                                         QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, int(ExitSuccess));

    qsizetype expected = 0;
    const QList<InvocationResult> all = m_server->allResults();
    for (const InvocationResult &r : all) {
        const QString status = effectiveStatus(r);
        expected += status == QLatin1String("Failed") || status == QLatin1String("Error");
    }
    QVERIFY(expected > 0);
    QCOMPARE(readFile(path).size() - 1, expected);
}

void TestExportCommand::writesToStandardOutput()
{
    const Run result =
        run(serverOptions() + QStringList{QStringLiteral("--columns"),
                                          QStringLiteral("InstanceId,ExitCode"),
                                          QStringLiteral("--separator"), QStringLiteral("comma")});
    QCOMPARE(result.exitCode, int(ExitSuccess));
    const QList<QStringList> records = readCsv(QString::fromUtf8(result.standardOutput));
    QCOMPARE(records.first(),
             QStringList({QStringLiteral("InstanceId"), QStringLiteral("ExitCode")}));
    QCOMPARE(records.size() - 1, m_server->allResults().size());
}

void TestExportCommand::runsOnTheBuiltInDemo()
{
    const QString path = m_home.filePath(QStringLiteral("demo.csv"));
    const Run result = run({QStringLiteral("export"), QStringLiteral("--demo"),
                            QStringLiteral("--bom"), QStringLiteral("-o"), path},
                           QString());
    QCOMPARE(result.exitCode, int(ExitSuccess));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFInvokeId,"));
    QCOMPARE(readFile(path).size() - 1, m_server->allResults().size());
}

void TestExportCommand::noResultsWritesTheHeader()
{
    const QString path = m_home.filePath(QStringLiteral("none.csv"));
    const Run result = run(serverOptions() + QStringList{QStringLiteral("--invoke-id"),
                                                         QStringLiteral("t-doesnotexist"),
                                                         QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, int(ExitNoResults));
    QVERIFY(result.standardError.contains(QStringLiteral("No invocation results matched")));
    QCOMPARE(readFile(path).size(), 1);
}

void TestExportCommand::wrongSecretKeepsTheOldFile()
{
    const QString path = m_home.filePath(QStringLiteral("kept.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("what the user had\n");
    }
    const Run result = run(serverOptions() + QStringList{QStringLiteral("-o"), path},
                           QStringLiteral("not-the-secret"));
    QCOMPARE(result.exitCode, int(ExitCredentials));
    QVERIFY2(result.standardError.contains(QStringLiteral("SignatureDoesNotMatch")),
             qPrintable(result.standardError));
    QVERIFY(!result.standardError.contains(QStringLiteral("not-the-secret")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("what the user had\n"));
}

void TestExportCommand::pagingStoppedEarlyExitsIncomplete()
{
    demo::Faults faults;
    faults.repeatNextToken = true;
    m_server->setFaults(faults);
    const QString path = m_home.filePath(QStringLiteral("partial.csv"));
    const Run result = run(serverOptions() + QStringList{QStringLiteral("-o"), path});
    m_server->setFaults({});

    QCOMPARE(result.exitCode, int(ExitIncomplete));
    QVERIFY2(result.standardError.contains(QStringLiteral("some results may be missing")),
             qPrintable(result.standardError));
    const qsizetype rows = readFile(path).size() - 1;
    QVERIFY2(rows > 0 && rows < m_server->allResults().size(), qPrintable(QString::number(rows)));
}

void TestExportCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("bad argument") << QStringList{QStringLiteral("--separator"), QStringLiteral("x")}
                                  << true << int(ExitBadArguments);
    QTest::newRow("unknown region")
        << QStringList{QStringLiteral("--region"), QStringLiteral("xx-nowhere-1")} << true
        << int(ExitService);
    QTest::newRow("empty region") << QStringList{QStringLiteral("--region"),
                                                 QStringLiteral("cn-beijing")}
                                  << true << int(ExitNoResults);
    QTest::newRow("no credentials") << QStringList{} << false << int(ExitCredentials);
    QTest::newRow("unwritable output")
        << QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.csv")} << true
        << int(ExitOutput);
    QTest::newRow("plain http to a remote host")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://ecs.example.invalid")}
        << true << int(ExitNetwork);
}

void TestExportCommand::exitCodes()
{
    QFETCH(QStringList, options);
    QFETCH(bool, withCredentials);
    QFETCH(int, exitCode);

    // Later options win, so these override the endpoint and region of serverOptions().
    const Run result = run(serverOptions() + options,
                           withCredentials ? QStringLiteral("demo-access-key-secret") : QString());
    QVERIFY2(
        result.exitCode == exitCode,
        qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.standardError)));
    QVERIFY(!result.standardError.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "test_exportcommand.moc"
