// Status names on screen follow the user's language, while the table's raw value, its sorting,
// its filters and its export keep the service's spelling.
#include "export/resultexport.h"
#include "loadtranslations.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "resultbuilder.h"
#include "results/resultmeaning.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ib;

class TestStatusNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishNamesAreTheServiceWords_data();
    void englishNamesAreTheServiceWords();
    void chineseNames_data();
    void chineseNames();
    void chineseTableKeepsTheServiceWordsUnderneath();
    void cleanupTestCase();

private:
    static void useLanguage(const QString &language);
};

void TestStatusNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStatusNames::useLanguage(const QString &language)
{
    const InstalledTranslations installed = installTranslations(*qApp, language);
    QCOMPARE(installed.application, language != QLatin1String("en"));
}

void TestStatusNames::englishNamesAreTheServiceWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Failed") << "Failed"
                            << "Failed";
    QTest::newRow("lower case") << "failed"
                                << "Failed";
    QTest::newRow("record status") << "PartialFailed"
                                   << "PartialFailed";
    QTest::newRow("unknown") << "Quarantined"
                             << "Quarantined";
    QTest::newRow("empty") << ""
                           << "";
}

void TestStatusNames::englishNamesAreTheServiceWords()
{
    useLanguage(QStringLiteral("en"));
    QFETCH(QString, status);
    QTEST(statusDisplayName(status), "shown");
}

void TestStatusNames::chineseNames_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Success") << "Success" << QStringLiteral("成功");
    QTest::newRow("Failed") << "Failed" << QStringLiteral("失败");
    QTest::newRow("Running") << "Running" << QStringLiteral("运行中");
    QTest::newRow("Pending") << "Pending" << QStringLiteral("等待中");
    QTest::newRow("Terminated") << "Terminated" << QStringLiteral("已终止");
    QTest::newRow("PartialFailed") << "PartialFailed" << QStringLiteral("部分失败");
    QTest::newRow("unknown stays as it came") << "Quarantined"
                                              << "Quarantined";
}

void TestStatusNames::chineseNames()
{
    useLanguage(QStringLiteral("zh_CN"));
    QFETCH(QString, status);
    QTEST(statusDisplayName(status), "shown");
}

void TestStatusNames::chineseTableKeepsTheServiceWordsUnderneath()
{
    useLanguage(QStringLiteral("zh_CN"));
    ResultTableModel model;
    ResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendResults(
        {ResultBuilder(QStringLiteral("i-0002"), QStringLiteral("Success")).exitCode(0),
         ResultBuilder(QStringLiteral("i-0001"), QStringLiteral("Failed")).exitCode(1)});

    const QModelIndex failed = model.index(1, ResultTableModel::StatusColumn);
    QCOMPARE(failed.data(Qt::DisplayRole).toString(), QStringLiteral("失败"));
    QCOMPARE(failed.data(ResultTableModel::RawValueRole).toString(), QStringLiteral("Failed"));

    // Sorted by the service's word: "Failed" before "Success" ("成功" would sort first).
    proxy.sort(ResultTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ResultTableModel::InstanceIdColumn).data().toString(),
             QStringLiteral("i-0001"));

    ResultFilter filter;
    filter.setStatuses({QStringLiteral("Failed")});
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("failed.csv"));
    ResultExport job(&proxy,
                     tableExportColumns(proxy, {ResultTableModel::StatusColumn,
                                                ResultTableModel::InstanceIdColumn}),
                     path, {});
    QSignalSpy finished(&job, &ResultExport::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).value<ExportResult>().status, ExportResult::Status::Written);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.at(0), QStringLiteral("状态,实例 ID\r").toUtf8()); // headers in the language
    QCOMPARE(lines.at(1), QByteArrayLiteral("Failed,i-0001\r")); // values as the service spells
}

void TestStatusNames::cleanupTestCase()
{
    installTranslations(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestStatusNames)
#include "test_statusnames.moc"
