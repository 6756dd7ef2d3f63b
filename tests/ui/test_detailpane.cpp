#include "detailpane.h"
#include "outputview.h"
#include "results/outputdecoder.h"
#include "statusstyle.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using namespace ib;
using namespace ib::ui;

namespace {

InvocationResult finished(const QByteArray &output,
                          const QString &instanceId = QStringLiteral("i-1"))
{
    InvocationResult result;
    result.invokeId = QStringLiteral("t-detail");
    result.instanceId = instanceId;
    result.commandId = QStringLiteral("c-detail");
    result.invocationStatus = QStringLiteral("Success");
    result.invokeRecordStatus = QStringLiteral("Finished");
    result.output = output;
    result.outputPresent = true;
    result.exitCode = 0;
    result.startTime = QDateTime(QDate(2026, 12, 1), QTime(8, 0, 0), Qt::UTC);
    result.finishedTime = result.startTime.addSecs(12);
    return result;
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gbkOutputIsDetected();
    void droppedOutputShowsBannerWithUri();
    void colourEscapesAreRemoved();
    void runningWithoutExitCodeIsPendingNotZero();
    void utf16OutputIsDetected();
    void invalidSequenceShowsReplacementCount();
    void htmlLookingTextStaysText();
    void controlCharactersAndNulAreVisible();
    void singleLineOf24KbOpensUnwrapped();
    void thousandsOfColouredLinesOpenAtOnce();
    void decodeAsSticksPerResult();
    void failureShowsExitAndErrorCodeMeaning();
    void findHighlightsEveryMatch();
    void saveRawOutputWritesExactBytes();

private:
    DetailPane *m_pane = nullptr;
};

void TestDetailPane::initTestCase()
{
    initResources();
    m_pane = new DetailPane;
    m_pane->resize(700, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestDetailPane::gbkOutputIsDetected()
{
    m_pane->showResult(finished(QByteArray::fromHex("C4E3BAC30D0A")));
    OutputView *view = m_pane->outputView();
    QCOMPARE(view->text(), QStringLiteral("你好\n"));
    QVERIFY2(view->encoding().startsWith("GB"), view->encoding().constData());
    QVERIFY(view->encodingText().contains(QStringLiteral("detected")));
    QCOMPARE(view->replacementCount(), 0);
    QVERIFY(view->replacementText().isEmpty());
}

void TestDetailPane::droppedOutputShowsBannerWithUri()
{
    InvocationResult result = finished(QByteArray(24 * 1024, 'a'));
    result.dropped = 31000;
    result.ossOutputUri = QStringLiteral("oss://bucket/prefix/t-detail/i-1.txt");
    m_pane->showResult(result);
    QVERIFY(m_pane->truncationVisible());
    QVERIFY2(m_pane->truncationText().contains(QStringLiteral("31,000")) ||
                 m_pane->truncationText().contains(QStringLiteral("31000")),
             qPrintable(m_pane->truncationText()));
    QVERIFY(m_pane->truncationText().contains(result.ossOutputUri));

    m_pane->showResult(finished("short\n"));
    QVERIFY(!m_pane->truncationVisible());
}

void TestDetailPane::colourEscapesAreRemoved()
{
    m_pane->showResult(finished(QByteArray("\x1b[31mERROR\x1b[0m done\r\n")));
    QCOMPARE(m_pane->outputView()->text(), QStringLiteral("ERROR done\n"));

    // The colour survives as a character format on "ERROR" only, never as markup in the text.
    QTextCursor cursor(m_pane->outputView()->editor()->document());
    cursor.setPosition(1);
    const QColor red = cursor.charFormat().foreground().color();
    cursor.setPosition(8);
    QVERIFY(red != cursor.charFormat().foreground().color());
    QVERIFY(red.red() > red.green());
}

void TestDetailPane::runningWithoutExitCodeIsPendingNotZero()
{
    InvocationResult result = finished({});
    result.invocationStatus = QStringLiteral("Running");
    result.invokeRecordStatus = QStringLiteral("Running");
    result.exitCode.reset();
    result.finishedTime = {};
    m_pane->showResult(result);
    QCOMPARE(m_pane->statusText(), QStringLiteral("Running"));
    QVERIFY2(m_pane->exitCodeText().contains(QStringLiteral("pending"), Qt::CaseInsensitive),
             qPrintable(m_pane->exitCodeText()));
    QVERIFY(!m_pane->exitCodeText().contains(QLatin1Char('0')));
    QVERIFY(m_pane->outputView()->text().contains(QStringLiteral("pending"), Qt::CaseInsensitive));
}

void TestDetailPane::utf16OutputIsDetected()
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray bytes = encoder.encode(QStringLiteral("hello UTF-16 执行\r\n"));
    m_pane->showResult(finished(bytes));
    QCOMPARE(m_pane->outputView()->text(), QStringLiteral("hello UTF-16 执行\n"));
    QCOMPARE(m_pane->outputView()->encoding(), QByteArray("UTF-16LE"));
}

void TestDetailPane::invalidSequenceShowsReplacementCount()
{
    const QByteArray bytes("valid \xff\xff\xff invalid\n");
    const DecodedOutput expected = decodeOutput(bytes);
    QVERIFY(expected.replacementCount > 0);

    m_pane->showResult(finished(bytes));
    OutputView *view = m_pane->outputView();
    QCOMPARE(view->replacementCount(), expected.replacementCount);
    QVERIFY(view->text().contains(QChar(0xFFFD)));
    QVERIFY2(view->replacementText().contains(QString::number(expected.replacementCount)),
             qPrintable(view->replacementText()));
}

void TestDetailPane::htmlLookingTextStaysText()
{
    const QString html = QStringLiteral("<b>bold</b> &amp; <script>alert(1)</script>\n<img src=x>");
    m_pane->showResult(finished(html.toUtf8()));
    QPlainTextEdit *editor = m_pane->outputView()->editor();
    QCOMPARE(editor->toPlainText(), html);
    QVERIFY(editor->document()->toHtml().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    QCOMPARE(editor->document()->blockCount(), 2);
}

void TestDetailPane::controlCharactersAndNulAreVisible()
{
    m_pane->showResult(finished(QByteArray("bell\x07 nul", 9) + QByteArray(1, '\0') + "end\n"));
    const QString text = m_pane->outputView()->text();
    QVERIFY(!text.contains(QChar(0)));
    QVERIFY(!text.contains(QChar(7)));
    QVERIFY(text.contains(QChar(0x2400)));
    QVERIFY(text.contains(QChar(0x2407)));
    QVERIFY(text.endsWith(QStringLiteral("end\n")));
}

void TestDetailPane::singleLineOf24KbOpensUnwrapped()
{
    QByteArray line;
    while (line.size() < 24 * 1024)
        line += "0123456789abcdef ";
    line.truncate(24 * 1024);

    QElapsedTimer timer;
    timer.start();
    m_pane->showResult(finished(line));
    QCoreApplication::processEvents();
    qInfo("24 KB single line shown in %lld ms", timer.elapsed());

    OutputView *view = m_pane->outputView();
    QCOMPARE(view->text().size(), 24 * 1024);
    QCOMPARE(view->editor()->document()->blockCount(), 1);
    QVERIFY(!view->wrapsLines());

    m_pane->showResult(finished("short line\n"));
    QVERIFY(view->wrapsLines());
}

void TestDetailPane::thousandsOfColouredLinesOpenAtOnce()
{
    QByteArray output;
    QString expected;
    for (int i = 0; i < 8000; ++i) {
        output += "\x1b[32mok\x1b[0m line " + QByteArray::number(i) + "\r\n";
        expected += QStringLiteral("ok line %1\n").arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    m_pane->showResult(finished(output));
    QCoreApplication::processEvents();
    qInfo("8000 coloured lines shown in %lld ms", timer.elapsed());
    QCOMPARE(m_pane->outputView()->text(), expected);
    QCOMPARE(m_pane->outputView()->editor()->document()->blockCount(), 8001);
}

void TestDetailPane::decodeAsSticksPerResult()
{
    const InvocationResult gbk =
        finished(QByteArray::fromHex("C4E3BAC30D0A"), QStringLiteral("i-gbk"));
    const InvocationResult other =
        finished(QByteArray::fromHex("C4E3BAC30D0A"), QStringLiteral("i-other"));
    OutputView *view = m_pane->outputView();
    QComboBox *decodeAs = view->decodeAsBox();

    m_pane->showResult(gbk);
    const int utf8 = decodeAs->findData(QByteArray("UTF-8"));
    QVERIFY(utf8 > 0);
    decodeAs->setCurrentIndex(utf8);
    Q_EMIT decodeAs->activated(utf8);
    QCOMPARE(view->encoding(), QByteArray("UTF-8"));
    QVERIFY(view->replacementCount() > 0);
    QVERIFY(view->encodingText().contains(QStringLiteral("chosen")));

    m_pane->showResult(other);
    QVERIFY(view->encoding().startsWith("GB"));
    QCOMPARE(decodeAs->currentIndex(), 0);

    m_pane->showResult(gbk);
    QCOMPARE(view->encoding(), QByteArray("UTF-8"));
    QCOMPARE(decodeAs->currentIndex(), utf8);

    // "Detect automatically" forgets the choice.
    decodeAs->setCurrentIndex(0);
    Q_EMIT decodeAs->activated(0);
    m_pane->showResult(other);
    m_pane->showResult(gbk);
    QVERIFY(view->encoding().startsWith("GB"));
}

void TestDetailPane::failureShowsExitAndErrorCodeMeaning()
{
    InvocationResult result = finished("disk full\n");
    result.invocationStatus = QStringLiteral("Failed");
    result.exitCode = 3221225477; // 0xC0000005 on Windows
    result.errorCode = QStringLiteral("ExitCodeNonzero");
    result.errorInfo = QStringLiteral("the command exited with a non-zero code");
    m_pane->showResult(result);
    QCOMPARE(m_pane->statusText(), QStringLiteral("Failed"));
    QVERIFY2(m_pane->exitCodeText().contains(QStringLiteral("0xC0000005"), Qt::CaseInsensitive),
             qPrintable(m_pane->exitCodeText()));
    QVERIFY(m_pane->errorText().startsWith(QStringLiteral("ExitCodeNonzero — ")));
    QVERIFY(m_pane->errorText().size() > QStringLiteral("ExitCodeNonzero — ").size() + 10);

    result.exitCode = 3010;
    result.errorCode.clear();
    m_pane->showResult(result);
    QVERIFY2(m_pane->exitCodeText().startsWith(QStringLiteral("3010 — ")),
             qPrintable(m_pane->exitCodeText()));
}

void TestDetailPane::findHighlightsEveryMatch()
{
    m_pane->showResult(finished("ERROR one\nok\nerror two\nERROR three\n"));
    OutputView *view = m_pane->outputView();
    view->find(QStringLiteral("error"));
    QCOMPARE(view->matchCount(), 3);
    QCOMPARE(view->editor()->extraSelections().size(), 3);
    QCOMPARE(view->editor()->textCursor().selectedText(), QStringLiteral("ERROR"));
    QCOMPARE(view->editor()->textCursor().blockNumber(), 0);
    view->find(QStringLiteral("error"));
    QCOMPARE(view->editor()->textCursor().blockNumber(), 2);
    view->find(QStringLiteral("error"), true);
    QCOMPARE(view->editor()->textCursor().blockNumber(), 0);
}

void TestDetailPane::saveRawOutputWritesExactBytes()
{
    const QByteArray raw = QByteArray::fromHex("C4E3BAC30D0A00FF1B5B33316D");
    m_pane->showResult(finished(raw));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("output.bin"));
    QString error;
    QVERIFY2(m_pane->outputView()->saveRawOutput(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), raw);

    QVERIFY(!m_pane->outputView()->saveRawOutput(dir.filePath(QStringLiteral("no/such/dir/x")),
                                                 &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestDetailPane)
#include "test_detailpane.moc"
