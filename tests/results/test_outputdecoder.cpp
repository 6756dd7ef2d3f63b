#include "results/outputdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace ib;

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray utf16Le(const QString &text)
{
    return encoded(text, "UTF-16LE");
}

} // namespace

class TestOutputDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detection_data();
    void detection();
    void chineseWindowsGbk();
    void utf8SplitAtTheCutStaysUtf8();
    void utf8SplitAtTheSeamStaysUtf8();
    void utf16CutByAnOddCountRealigns_data();
    void utf16CutByAnOddCountRealigns();
    void invalidBytesDoNotEndTheText();
    void nulBytesDoNotEndTheText();
    void truncatedLastCharacterIsMarked();
    void forcedEncoding_data();
    void forcedEncoding();
    void unknownForcedEncodingFallsBackToDetection();
    void availableEncodingsDecode();
    void plainText_data();
    void plainText();
    void colourEscapesRemoved();
    void styledRunsFromSgr_data();
    void styledRunsFromSgr();
    void controlsMadeVisible();
    void firstLineForTheTable_data();
    void firstLineForTheTable();
    void longSingleLineIsDecodedWhole();
    void fiveMegabytesAreDecodedWhole();
};

void TestOutputDecoder::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("replacements");

    const QString chinese = QStringLiteral("执行失败：文件不存在\r\n");
    QTest::newRow("empty") << QByteArray() << QString() << QByteArray("UTF-8") << 0;
    QTest::newRow("ascii") << QByteArray("15:45:01\n") << QStringLiteral("15:45:01\n")
                           << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8") << chinese.toUtf8() << chinese << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                      "ok\n")
                                        << QStringLiteral("ok\n") << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 with an encoded U+FFFD")
        << QStringLiteral("a\uFFFDb").toUtf8() << QStringLiteral("a\uFFFDb") << QByteArray("UTF-8")
        << 0;
    QTest::newRow("gbk sentence") << encoded(chinese, "GBK") << chinese << QByteArray("GB18030")
                                  << 0;
    QTest::newRow("gbk among ascii")
        << encoded(QStringLiteral("Result: 成功\r\n"), "GBK") << QStringLiteral("Result: 成功\r\n")
        << QByteArray("GB18030") << 0;
    QTest::newRow("western accents are not taken for Chinese")
        << QByteArray("r\xE9sum\xE9 caf\xE9\r\n")
        << QStringLiteral("r\uFFFDsum\uFFFD caf\uFFFD\r\n") << QByteArray("UTF-8") << 3;
    QTest::newRow("utf-16le BOM") << QByteArray("\xFF\xFE") + utf16Le(chinese) << chinese
                                  << QByteArray("UTF-16LE") << 0;
    QTest::newRow("utf-16be BOM") << QByteArray("\xFE\xFF") + encoded(chinese, "UTF-16BE")
                                  << chinese << QByteArray("UTF-16BE") << 0;
    QTest::newRow("utf-16le ascii, no BOM")
        << utf16Le(QStringLiteral("Windows IP Configuration\r\n"))
        << QStringLiteral("Windows IP Configuration\r\n") << QByteArray("UTF-16LE") << 0;
    QTest::newRow("utf-16be ascii, no BOM")
        << encoded(QStringLiteral("Get-Service\r\n"), "UTF-16BE")
        << QStringLiteral("Get-Service\r\n") << QByteArray("UTF-16BE") << 0;
    QTest::newRow("utf-16le chinese, no BOM")
        << utf16Le(QStringLiteral("你好\r\n")) << QStringLiteral("你好\r\n")
        << QByteArray("UTF-16LE") << 0;
}

void TestOutputDecoder::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QByteArray, encoding);
    QFETCH(int, replacements);

    const DecodedOutput decoded = decodeOutput(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.replacementCount, replacements);
    QVERIFY(decoded.detected);
}

// Field case 1.
void TestOutputDecoder::chineseWindowsGbk()
{
    const DecodedOutput decoded = decodeOutput(QByteArray::fromHex("C4E3BAC30D0A"));
    QCOMPARE(decoded.text, QStringLiteral("你好\r\n"));
    QCOMPARE(decoded.encoding, QByteArray("GB18030"));
    QVERIFY(decoded.detected);
    QCOMPARE(decoded.replacementCount, 0);
}

// The agent cuts at a byte offset: here the first byte of 你 is gone.
void TestOutputDecoder::utf8SplitAtTheCutStaysUtf8()
{
    const QByteArray bytes = QStringLiteral("你好世界\n").toUtf8().mid(1);
    const DecodedOutput decoded = decodeOutput(bytes);
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QCOMPARE(decoded.text, QStringLiteral("\uFFFD\uFFFD好世界\n"));
    QCOMPARE(decoded.replacementCount, 2);
}

// The head ends inside one character and the tail starts inside another.
void TestOutputDecoder::utf8SplitAtTheSeamStaysUtf8()
{
    const QByteArray head = QStringLiteral("开始安装软件包，请稍候").toUtf8().chopped(2);
    const QByteArray tail = QStringLiteral("好，安装完成\n").toUtf8().mid(2);
    const DecodedOutput decoded = decodeOutput(head + tail);
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QCOMPARE(decoded.text, QStringLiteral("开始安装软件包，请稍\uFFFD\uFFFD，安装完成\n"));
    QCOMPARE(decoded.replacementCount, 2);
}

void TestOutputDecoder::utf16CutByAnOddCountRealigns_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("headBytes");
    QTest::addColumn<int>("tailFrom");
    QTest::addColumn<int>("headChars");
    QTest::addColumn<int>("tailChars");
    // Head kept whole, then the cut; or the head ends inside a character.
    QTest::newRow("LE, cut after a whole character")
        << QStringLiteral("UTF-16LE") << 6000 << 6001 << 3000 << 3001;
    QTest::newRow("LE, head ends inside a character")
        << QStringLiteral("UTF-16LE") << 5999 << 6000 << 2999 << 3000;
    QTest::newRow("BE, cut after a whole character")
        << QStringLiteral("UTF-16BE") << 6000 << 6001 << 3000 << 3001;
    QTest::newRow("BE, head ends inside a character")
        << QStringLiteral("UTF-16BE") << 5999 << 6000 << 2999 << 3000;
}

// Dropped > 0 with an odd count: the text after the cut must not turn into nonsense.
void TestOutputDecoder::utf16CutByAnOddCountRealigns()
{
    QFETCH(QString, encoding);
    QFETCH(int, headBytes);
    QFETCH(int, tailFrom);
    QFETCH(int, headChars);
    QFETCH(int, tailChars);

    QString text;
    for (int line = 0; text.size() < 8000; ++line)
        text += QStringLiteral("Line %1: service running\r\n").arg(line);
    const QByteArray full = encoded(text, qPrintable(encoding));

    const DecodedOutput decoded = decodeOutput(full.left(headBytes) + full.mid(tailFrom));
    QCOMPARE(decoded.encoding, encoding.toLatin1());
    QCOMPARE(decoded.text, text.left(headChars) + QChar(0xFFFD) + text.mid(tailChars));
    QCOMPARE(decoded.replacementCount, 1);
}

void TestOutputDecoder::invalidBytesDoNotEndTheText()
{
    const DecodedOutput decoded = decodeOutput(QByteArray("abc\xFF"
                                                          "def\n"));
    QCOMPARE(decoded.text, QStringLiteral("abc\uFFFDdef\n"));
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QCOMPARE(decoded.replacementCount, 1);
}

void TestOutputDecoder::nulBytesDoNotEndTheText()
{
    const QByteArray bytes("a.txt\0b.txt\0done\n", 17);
    const DecodedOutput decoded = decodeOutput(bytes);
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QCOMPARE(decoded.text, QString::fromUtf8(bytes));
    QCOMPARE(decoded.text.size(), 17);
}

void TestOutputDecoder::truncatedLastCharacterIsMarked()
{
    const DecodedOutput gbk = decodeOutput(QByteArray::fromHex("C4E3BAC3C4"), "GB18030");
    QCOMPARE(gbk.text, QStringLiteral("你好\uFFFD"));
    QCOMPARE(gbk.replacementCount, 1);

    const DecodedOutput utf8 = decodeOutput(QByteArray("ok \xE4\xBD"), "UTF-8");
    QVERIFY(utf8.text.startsWith(QStringLiteral("ok \uFFFD")));
    QVERIFY(utf8.replacementCount >= 1);
}

void TestOutputDecoder::forcedEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("replacements");
    QTest::newRow("windows-1252") << QByteArray("caf\xE9\r\n") << QByteArray("windows-1252")
                                  << QStringLiteral("café\r\n") << 0;
    QTest::newRow("Shift_JIS") << QByteArray::fromHex("82B182F182C982BF82CD")
                               << QByteArray("Shift_JIS") << QStringLiteral("こんにちは") << 0;
    QTest::newRow("Shift_JIS, bad byte")
        << QByteArray::fromHex("82A0FF82A0") << QByteArray("Shift_JIS")
        << QStringLiteral("あ\uFFFDあ") << 1;
    QTest::newRow("GBK as UTF-8") << QByteArray::fromHex("C4E3BAC3") << QByteArray("UTF-8")
                                  << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD") << 4;
    QTest::newRow("lower-case utf-8")
        << QByteArray("\xE6\x89\xA7") << QByteArray("utf-8") << QStringLiteral("执") << 0;
    QTest::newRow("UTF-16LE") << utf16Le(QStringLiteral("ok")) << QByteArray("UTF-16LE")
                              << QStringLiteral("ok") << 0;
}

void TestOutputDecoder::forcedEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    QFETCH(int, replacements);

    const DecodedOutput decoded = decodeOutput(bytes, encoding);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding.toLower(), encoding.toLower());
    QCOMPARE(decoded.replacementCount, replacements);
    QVERIFY(!decoded.detected);
}

void TestOutputDecoder::unknownForcedEncodingFallsBackToDetection()
{
    QTest::ignoreMessage(QtWarningMsg, "Cannot decode as \"no-such-encoding\" - detecting instead");
    const DecodedOutput decoded = decodeOutput("ok\n", "no-such-encoding");
    QCOMPARE(decoded.text, QStringLiteral("ok\n"));
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QVERIFY(decoded.detected);
}

void TestOutputDecoder::availableEncodingsDecode()
{
    const QList<QByteArray> names = availableEncodings();
    QVERIFY(names.contains("UTF-8"));
    QVERIFY(names.contains("GB18030"));
    QVERIFY(names.contains("windows-1252"));
    QVERIFY(names.contains("Shift_JIS"));
    for (const QByteArray &name : names) {
        const DecodedOutput decoded = decodeOutput("abc", name);
        QVERIFY2(!decoded.detected, name.constData());
        QCOMPARE(decoded.encoding, name);
    }
}

void TestOutputDecoder::plainText_data()
{
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QString>("plain");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("lone CR") << QStringLiteral("50%\r100%\r\n") << QStringLiteral("50%\n100%\n");
    QTest::newRow("CSI with parameters")
        << QStringLiteral("\x1b[1;32mOK\x1b[0m") << QStringLiteral("OK");
    QTest::newRow("CSI erase line") << QStringLiteral("\x1b[2Kdone") << QStringLiteral("done");
    QTest::newRow("OSC title, BEL")
        << QStringLiteral("\x1b]0;title\x07text") << QStringLiteral("text");
    QTest::newRow("OSC link, ST") << QStringLiteral("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\")
                                  << QStringLiteral("link");
    QTest::newRow("unterminated OSC stops at the line end")
        << QStringLiteral("\x1b]0;title\nrest") << QStringLiteral("\nrest");
    QTest::newRow("charset designation")
        << QStringLiteral("\x1b(Bplain") << QStringLiteral("plain");
    QTest::newRow("lone ESC at the end") << QStringLiteral("end\x1b") << QStringLiteral("end");
    QTest::newRow("lone ESC before a control")
        << QStringLiteral("a\x1b\nb") << QStringLiteral("a\nb");
    QTest::newRow("HTML stays text")
        << QStringLiteral("<b>bold</b>&amp;") << QStringLiteral("<b>bold</b>&amp;");
    QTest::newRow("NUL kept") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                              << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
}

void TestOutputDecoder::plainText()
{
    QFETCH(QString, decoded);
    QFETCH(QString, plain);
    QCOMPARE(ib::plainText(decoded), plain);
}

// Field case 10.
void TestOutputDecoder::colourEscapesRemoved()
{
    const QByteArray bytes = QByteArray::fromHex("1B5B33316D4552524F521B5B306D20646F6E650D0A");
    const DecodedOutput decoded = decodeOutput(bytes);
    QCOMPARE(ib::plainText(decoded.text), QStringLiteral("ERROR done\n"));

    const QList<StyledRun> runs = styledRuns(decoded.text);
    const QList<StyledRun> expected{{QStringLiteral("ERROR"), 1, false},
                                    {QStringLiteral(" done\n"), -1, false}};
    QCOMPARE(runs, expected);
}

void TestOutputDecoder::styledRunsFromSgr_data()
{
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QList<StyledRun>>("runs");
    QTest::newRow("no escapes") << QStringLiteral("plain\r\n")
                                << QList<StyledRun>{{QStringLiteral("plain\n"), -1, false}};
    QTest::newRow("bold green") << QStringLiteral("\x1b[1;32mOK\x1b[0m rest")
                                << QList<StyledRun>{{QStringLiteral("OK"), 2, true},
                                                    {QStringLiteral(" rest"), -1, false}};
    QTest::newRow("bright red, default colour keeps bold")
        << QStringLiteral("\x1b[1m\x1b[91mX\x1b[39mY\x1b[22mZ")
        << QList<StyledRun>{{QStringLiteral("X"), 9, true},
                            {QStringLiteral("Y"), -1, true},
                            {QStringLiteral("Z"), -1, false}};
    QTest::newRow("256 colours") << QStringLiteral("\x1b[38;5;208mwarm\x1b[m")
                                 << QList<StyledRun>{{QStringLiteral("warm"), 208, false}};
    QTest::newRow("true colour and background are skipped")
        << QStringLiteral("\x1b[48;5;1;38;2;1;2;3;33mY")
        << QList<StyledRun>{{QStringLiteral("Y"), 3, false}};
    QTest::newRow("empty") << QString() << QList<StyledRun>{};
}

void TestOutputDecoder::styledRunsFromSgr()
{
    QFETCH(QString, decoded);
    QFETCH(QList<StyledRun>, runs);
    QCOMPARE(styledRuns(decoded), runs);
}

void TestOutputDecoder::controlsMadeVisible()
{
    const QString text = QStringLiteral("a") + QChar(0) + QStringLiteral("b\x07\tc\n\x7f\x08");
    QCOMPARE(withVisibleControls(text), QStringLiteral("a\u2400b\u2407\tc\n\u2421\u2408"));
    QCOMPARE(withVisibleControls(QStringLiteral("plain\n")), QStringLiteral("plain\n"));
}

void TestOutputDecoder::firstLineForTheTable_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("line");
    QTest::newRow("one line") << QStringLiteral("15:45:01\n") << QStringLiteral("15:45:01");
    QTest::newRow("blank lines first")
        << QStringLiteral("\n  \n  hello world  \nsecond") << QStringLiteral("hello world");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only blank") << QStringLiteral("\n\n") << QString();
    QTest::newRow("long line shortened")
        << QString(300, QLatin1Char('x')) << QString(256, QLatin1Char('x')) + QChar(0x2026);
}

void TestOutputDecoder::firstLineForTheTable()
{
    QFETCH(QString, plain);
    QFETCH(QString, line);
    QCOMPARE(firstLine(plain), line);
}

void TestOutputDecoder::longSingleLineIsDecodedWhole()
{
    QByteArray bytes;
    while (bytes.size() < 24 * 1024)
        bytes += "\x1b[32m\xe6\x89\xa7\xe8\xa1\x8c ok\x1b[0m;";

    const DecodedOutput decoded = decodeOutput(bytes);
    const QString plain = ib::plainText(decoded.text);
    const QList<StyledRun> runs = styledRuns(decoded.text);
    const QString line = firstLine(plain);

    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
    QVERIFY(plain.startsWith(QStringLiteral("执行 ok;执行 ok;")));
    QVERIFY(!plain.contains(QChar(0x1b)));
    QCOMPARE(line.size(), 257);
    QVERIFY(runs.size() > 1000);
}

void TestOutputDecoder::fiveMegabytesAreDecodedWhole()
{
    const QByteArray gbkLine = encoded(QStringLiteral("第%1行：正在复制文件\r\n"), "GBK");
    QByteArray gbk;
    gbk.reserve(5 * 1024 * 1024);
    while (gbk.size() < 5 * 1024 * 1024)
        gbk += gbkLine;
    const QByteArray utf8 = QString(5 * 1024 * 1024, QChar(u'é')).toUtf8().left(5 * 1024 * 1024);

    const DecodedOutput asGbk = decodeOutput(gbk);
    const DecodedOutput asUtf8 = decodeOutput(utf8);
    const QString plain = ib::plainText(asGbk.text);
    const QString visible = withVisibleControls(plain);

    QCOMPARE(asGbk.encoding, QByteArray("GB18030"));
    QCOMPARE(asGbk.replacementCount, 0);
    QCOMPARE(asUtf8.encoding, QByteArray("UTF-8"));
    QCOMPARE(asUtf8.text.size(), 5 * 1024 * 1024 / 2);
    QCOMPARE(visible.size(), plain.size());
}

QTEST_GUILESS_MAIN(TestOutputDecoder)
#include "test_outputdecoder.moc"
