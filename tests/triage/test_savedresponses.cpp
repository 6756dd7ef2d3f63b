#include "results/outputdecoder.h"
#include "triage/savedresponses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ib;

namespace {

QByteArray fileBytes(const QString &name)
{
    QFile file(QStringLiteral(IB_CASES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A page as the CLI prints it, with results for these instances of one invoke id.
QByteArray page(const QStringList &instanceIds, const QString &nextToken = {})
{
    QJsonArray results;
    for (const QString &id : instanceIds) {
        results.append(QJsonObject{{QStringLiteral("InvokeId"), QStringLiteral("t-hz01")},
                                   {QStringLiteral("InstanceId"), id},
                                   {QStringLiteral("InvocationStatus"), QStringLiteral("Success")},
                                   {QStringLiteral("ExitCode"), 0},
                                   {QStringLiteral("Output"), QStringLiteral("b2sK")}});
    }
    const QJsonObject invocation{{QStringLiteral("InvocationResults"),
                                  QJsonObject{{QStringLiteral("InvocationResult"), results}}},
                                 {QStringLiteral("NextToken"), nextToken}};
    return QJsonDocument(QJsonObject{{QStringLiteral("RequestId"), QStringLiteral("R-1")},
                                     {QStringLiteral("Invocation"), invocation}})
        .toJson(QJsonDocument::Indented);
}

QStringList instanceIds(const SavedResults &saved)
{
    QStringList ids;
    for (const InvocationResult &result : saved.results)
        ids.append(result.instanceId);
    return ids;
}

} // namespace

class TestSavedResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThePublishedResponse();
    void readsSeveralPages_data();
    void readsSeveralPages();
    void reportsProblemsWithTheFileName_data();
    void reportsProblemsWithTheFileName();
    void reportsAFileThatCannotBeOpened();
};

void TestSavedResponses::readsThePublishedResponse()
{
    const auto read = readSavedResponses(fileBytes(QStringLiteral("published-response.json")),
                                         QStringLiteral("published-response.json"));
    QVERIFY(std::holds_alternative<SavedResults>(read));
    const SavedResults &saved = std::get<SavedResults>(read);

    QCOMPARE(saved.pages, 1);
    QCOMPARE(saved.results.size(), 5);
    QCOMPARE(plainText(decodeOutput(saved.results[0].output).text), QStringLiteral("15:45:01\n"));
    QCOMPARE(saved.results[1].output, QByteArray());
    QCOMPARE(saved.results[4].instanceId, QStringLiteral("i-uf614fhehhzmd3zj4k74"));
}

void TestSavedResponses::readsSeveralPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QStringList>("instances");

    const QByteArray first =
        page({QStringLiteral("i-1"), QStringLiteral("i-2")}, QStringLiteral("T1"));
    const QByteArray second = page({QStringLiteral("i-3")});
    const QStringList all{QStringLiteral("i-1"), QStringLiteral("i-2"), QStringLiteral("i-3")};

    QTest::newRow("concatenated") << first + second << 2 << all;
    QTest::newRow("concatenated without space") << first.trimmed() + second.trimmed() << 2 << all;
    QTest::newRow("concatenated with a byte-order mark")
        << QByteArray("\xEF\xBB\xBF") + first + "\n\n" + second + "\n"
        << 2 << all;
    QTest::newRow("array") << QByteArray("[") + first + ",\n" + second + "]" << 2 << all;
    QTest::newRow("array of one") << QByteArray("[") + second + "]" << 1
                                  << QStringList{QStringLiteral("i-3")};
    QTest::newRow("one page") << first << 1 << all.mid(0, 2);
}

void TestSavedResponses::readsSeveralPages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, pages);
    QFETCH(QStringList, instances);

    const auto read = readSavedResponses(bytes, QStringLiteral("pages.json"));
    QVERIFY2(std::holds_alternative<SavedResults>(read),
             qPrintable(std::get_if<QString>(&read) ? *std::get_if<QString>(&read) : QString()));
    QCOMPARE(std::get<SavedResults>(read).pages, pages);
    QCOMPARE(instanceIds(std::get<SavedResults>(read)), instances);
}

void TestSavedResponses::reportsProblemsWithTheFileName_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("published malformed error")
        << fileBytes(QStringLiteral("published-error-malformed.json")) << QStringLiteral("JSON");
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
    QTest::newRow("second page cut short")
        << page({QStringLiteral("i-1")}) + page({QStringLiteral("i-2")}).left(40)
        << QStringLiteral("page 2");
    QTest::newRow("an error answer, not results")
        << QByteArray("{\"RequestId\":\"R\",\"Code\":\"Forbidden.RAM\",\"Message\":\"denied\"}")
        << QStringLiteral("Forbidden.RAM");
    QTest::newRow("array holding a number") << QByteArray("[1]") << QStringLiteral("saved.json");
}

void TestSavedResponses::reportsProblemsWithTheFileName()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);

    const auto read = readSavedResponses(bytes, QStringLiteral("saved.json"));
    QVERIFY(std::holds_alternative<QString>(read));
    const QString sentence = std::get<QString>(read);
    QVERIFY2(sentence.startsWith(QStringLiteral("saved.json")), qPrintable(sentence));
    QVERIFY2(sentence.contains(mentions), qPrintable(sentence));
}

void TestSavedResponses::reportsAFileThatCannotBeOpened()
{
    const auto read = readSavedResponseFile(QStringLiteral("/nonexistent/dir/results.json"));
    QVERIFY(std::holds_alternative<QString>(read));
    QVERIFY(std::get<QString>(read).startsWith(QStringLiteral("results.json could not be opened")));
}

QTEST_GUILESS_MAIN(TestSavedResponses)
#include "test_savedresponses.moc"
