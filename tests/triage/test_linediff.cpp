#include "triage/linediff.h"

#include <QTest>

using namespace ib;

namespace {

using Kind = DiffRow::Kind;

// Rows written compactly: "=0,0" same, "~1,1" changed, "-2" removed (left line), "+3"
// added (right line).
QString describe(const QList<DiffRow> &diff)
{
    QStringList parts;
    for (const DiffRow &row : diff) {
        switch (row.kind) {
        case Kind::Same:
            parts.append(QStringLiteral("=%1,%2").arg(row.leftLine).arg(row.rightLine));
            break;
        case Kind::Changed:
            parts.append(QStringLiteral("~%1,%2").arg(row.leftLine).arg(row.rightLine));
            break;
        case Kind::Removed:
            parts.append(QStringLiteral("-%1").arg(row.leftLine));
            break;
        case Kind::Added:
            parts.append(QStringLiteral("+%1").arg(row.rightLine));
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QStringList lines(const char *text)
{
    const QString all = QString::fromUtf8(text);
    return all.isEmpty() ? QStringList() : all.split(QLatin1Char('\n'));
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alignsLines_data();
    void alignsLines();
    void everyLineAppearsOnceInOrder();
    void changedSpan_data();
    void changedSpan();
};

void TestLineDiff::alignsLines_data()
{
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("both empty") << QStringList() << QStringList() << QByteArray();
    QTest::newRow("equal") << lines("a\nb") << lines("a\nb") << QByteArray("=0,0 =1,1");
    QTest::newRow("left empty") << QStringList() << lines("a\nb") << QByteArray("+0 +1");
    QTest::newRow("right empty") << lines("a") << QStringList() << QByteArray("-0");
    QTest::newRow("one line changed")
        << lines("start\nid=42\nend") << lines("start\nid=97\nend") << QByteArray("=0,0 ~1,1 =2,2");
    QTest::newRow("line added in the middle")
        << lines("a\nc") << lines("a\nb\nc") << QByteArray("=0,0 +1 =1,2");
    QTest::newRow("line removed at the end")
        << lines("a\nb\nc") << lines("a\nb") << QByteArray("=0,0 =1,1 -2");
    QTest::newRow("two removed, one added: one change and one removal")
        << lines("a\nx\ny\nb") << lines("a\nz\nb") << QByteArray("=0,0 ~1,1 -2 =3,2");
    QTest::newRow("deploy outputs")
        << lines("Pulling ... done\nStarting app-v2 ... done\nERROR: health check failed\n"
                 "Rolling back ... done")
        << lines("Pulling ... done\nRunning migration 0042 on web-07\nERROR: duplicate key\n"
                 "migration aborted")
        << QByteArray("=0,0 ~1,1 ~2,2 ~3,3");
}

void TestLineDiff::alignsLines()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QByteArray, expected);

    QCOMPARE(describe(diffLines(left, right)), QString::fromLatin1(expected));
}

void TestLineDiff::everyLineAppearsOnceInOrder()
{
    QStringList left;
    QStringList right;
    for (int i = 0; i < 300; ++i) {
        left.append(QStringLiteral("line %1").arg(i % 7 == 0 ? i * 1000 : i));
        if (i % 11 != 0)
            right.append(QStringLiteral("line %1").arg(i % 5 == 0 ? -i : i));
    }
    const QList<DiffRow> diff = diffLines(left, right);

    int nextLeft = 0;
    int nextRight = 0;
    for (const DiffRow &row : diff) {
        if (row.leftLine >= 0)
            QCOMPARE(row.leftLine, nextLeft++);
        if (row.rightLine >= 0)
            QCOMPARE(row.rightLine, nextRight++);
        if (row.kind == Kind::Same)
            QCOMPARE(left[row.leftLine], right[row.rightLine]);
        if (row.kind == Kind::Changed)
            QVERIFY(left[row.leftLine] != right[row.rightLine]);
    }
    QCOMPARE(nextLeft, left.size());
    QCOMPARE(nextRight, right.size());
}

void TestLineDiff::changedSpan_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("leftPart");
    QTest::addColumn<QString>("rightPart");

    QTest::newRow("number in the middle") << QStringLiteral("Key (id)=(123456) already exists")
                                          << QStringLiteral("Key (id)=(987) already exists")
                                          << QStringLiteral("123456") << QStringLiteral("987");
    QTest::newRow("different ends") << QStringLiteral("abc") << QStringLiteral("xyz")
                                    << QStringLiteral("abc") << QStringLiteral("xyz");
    QTest::newRow("appended") << QStringLiteral("done") << QStringLiteral("done.") << QString()
                              << QStringLiteral(".");
    QTest::newRow("repeated letters do not overlap")
        << QStringLiteral("aaa") << QStringLiteral("aa") << QStringLiteral("a") << QString();
    QTest::newRow("equal") << QStringLiteral("same") << QStringLiteral("same") << QString()
                           << QString();
}

void TestLineDiff::changedSpan()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, leftPart);
    QFETCH(QString, rightPart);

    const LineChange change = ib::changedSpan(left, right);
    QCOMPARE(left.mid(change.leftStart, change.leftLength), leftPart);
    QCOMPARE(right.mid(change.rightStart, change.rightLength), rightPart);
    QCOMPARE(left.left(change.leftStart), right.left(change.rightStart));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "test_linediff.moc"
