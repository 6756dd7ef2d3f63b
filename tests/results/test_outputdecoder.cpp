#include "results/outputdecoder.h"

#include <QTest>

using namespace ib;

class TestOutputDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseWindowsGbk();
    void validUtf8();
    void colourEscapesRemoved();
    void availableEncodingsDecode();
};

// Field case 1.
void TestOutputDecoder::chineseWindowsGbk()
{
    const DecodedOutput decoded = decodeOutput(QByteArray::fromHex("C4E3BAC30D0A"));
    QCOMPARE(decoded.text, QStringLiteral("你好\r\n"));
    QCOMPARE(decoded.encoding, QByteArray("GB18030"));
    QVERIFY(decoded.detected);
    QCOMPARE(decoded.replacementCount, 0);
}

void TestOutputDecoder::validUtf8()
{
    const DecodedOutput decoded = decodeOutput(QStringLiteral("执行失败\n").toUtf8());
    QCOMPARE(decoded.text, QStringLiteral("执行失败\n"));
    QCOMPARE(decoded.encoding, QByteArray("UTF-8"));
}

// Field case 10.
void TestOutputDecoder::colourEscapesRemoved()
{
    const QByteArray bytes = QByteArray::fromHex("1B5B33316D4552524F521B5B306D20646F6E650D0A");
    QCOMPARE(plainText(decodeOutput(bytes).text), QStringLiteral("ERROR done\n"));
}

void TestOutputDecoder::availableEncodingsDecode()
{
    const QList<QByteArray> names = availableEncodings();
    QVERIFY(names.contains("UTF-8"));
    QVERIFY(names.contains("GB18030"));
    for (const QByteArray &name : names)
        QVERIFY2(!decodeOutput("abc", name).detected, name.constData());
}

QTEST_GUILESS_MAIN(TestOutputDecoder)
#include "test_outputdecoder.moc"
