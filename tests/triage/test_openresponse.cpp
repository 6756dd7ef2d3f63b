#include "fleettriage.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resultgroupmodel.h"
#include "models/resulttablemodel.h"
#include "triage/savedresponses.h"

#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ib;
using namespace ib::ui;

namespace {

QByteArray pageJson(const QStringList &instanceIds, const QString &nextToken)
{
    QByteArray results;
    for (const QString &id : instanceIds) {
        if (!results.isEmpty())
            results += ',';
        results += R"({"InvokeId":"t-saved","InstanceId":")" + id.toUtf8() +
                   R"(","CommandId":"c-saved","InvocationStatus":"Success","ExitCode":0,)"
                   R"("Output":"b2sK","Repeats":1})";
    }
    return R"({"Invocation":{"InvocationResults":{"InvocationResult":[)" + results +
           R"(]},"NextToken":")" + nextToken.toUtf8() + R"("}})";
}

} // namespace

// Results fetched elsewhere, opened in the window offline: the rows of every page, and for a
// file that cannot be read a sentence that names it, with the rows that were there kept.
class TestOpenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensASavedResponse();
    void opensAMultiPageFile();
    void badFileKeepsTheRows_data();
    void badFileKeepsTheRows();

private:
    QStringList shownInstanceIds() const;

    MainWindow *m_window = nullptr;
    QTemporaryDir m_files;
};

void TestOpenResponse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_files.isValid());
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestOpenResponse::cleanupTestCase()
{
    delete m_window;
}

QStringList TestOpenResponse::shownInstanceIds() const
{
    QStringList ids;
    for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
        ids.append(m_window->proxy()
                       ->index(row, 0)
                       .data(ResultTableModel::ResultRole)
                       .value<InvocationResult>()
                       .instanceId);
    return ids;
}

void TestOpenResponse::opensASavedResponse()
{
    QVERIFY(m_window->openSavedResponse(QStringLiteral(IB_CASES_DIR "/published-response.json")));
    QCOMPARE(m_window->resultModel()->rowCount(), 5);
    QCOMPARE(m_window->proxy()->rowCount(), 5);
    QVERIFY(m_window->resultModel()->plainOutput(0).startsWith(QStringLiteral("15:45:01")));
    QCOMPARE(m_window->resultModel()->result(0).instanceId,
             QStringLiteral("i-uf614fhehhzmxxxxxxxx"));
    QVERIFY(!m_window->messageBar()->isVisible());
    // The banner names the file as the rows' source; nothing says they were fetched.
    QVERIFY2(m_window->demoBannerText().contains(QStringLiteral("published-response.json")),
             qPrintable(m_window->demoBannerText()));
    QVERIFY(!m_window->demoBannerText().contains(QStringLiteral("Demo data")));
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    const auto banner = std::find_if(labels.cbegin(), labels.cend(), [this](const QLabel *label) {
        return label->text() == m_window->demoBannerText();
    });
    QVERIFY(banner != labels.cend());
    QCOMPARE((*banner)->accessibleName(), QStringLiteral("Results opened offline"));
}

void TestOpenResponse::opensAMultiPageFile()
{
    const QString path = m_files.filePath(QStringLiteral("pages.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[" +
               pageJson({QStringLiteral("i-a1"), QStringLiteral("i-a2")}, QStringLiteral("T1")) +
               ",\n" + pageJson({QStringLiteral("i-b1")}, QString()) + "]\n");
    file.close();
    QVERIFY(m_window->openSavedResponse(path));
    QCOMPARE(shownInstanceIds(),
             (QStringList{QStringLiteral("i-a1"), QStringLiteral("i-a2"), QStringLiteral("i-b1")}));
    QSignalSpy grouped(m_window->triage()->groupModel(), &ResultGroupModel::groupsChanged);
    QVERIFY(grouped.wait(5000));
    QCOMPARE(m_window->triage()->groupModel()->rowCount(), 1);
    QCOMPARE(m_window->triage()->groupModel()->count(0), 3);
}

void TestOpenResponse::badFileKeepsTheRows_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("malformed") << QStringLiteral(IB_CASES_DIR "/published-error-malformed.json");
    QFile published(QStringLiteral(IB_CASES_DIR "/published-response.json"));
    QVERIFY(published.open(QIODevice::ReadOnly));
    const QString truncated = m_files.filePath(QStringLiteral("truncated.json"));
    QFile file(truncated);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(published.readAll().left(700));
    file.close();
    QTest::newRow("truncated") << truncated;
    QTest::newRow("missing") << m_files.filePath(QStringLiteral("no-such-file.json"));
}

void TestOpenResponse::badFileKeepsTheRows()
{
    QFETCH(QString, path);
    const QStringList before = shownInstanceIds();
    QVERIFY(!before.isEmpty());
    const auto read = readSavedResponseFile(path);
    QVERIFY(std::holds_alternative<QString>(read));

    QVERIFY(!m_window->openSavedResponse(path));
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(m_window->messageBar()->text(), std::get<QString>(read));
    QVERIFY(m_window->messageBar()->text().contains(QFileInfo(path).fileName()));
    QCOMPARE(shownInstanceIds(), before);
}

QTEST_MAIN(TestOpenResponse)
#include "test_openresponse.moc"
