#include "models/outputsimilarity.h"

#include <QTest>

using namespace ib;

class TestOutputSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void replacesWhatVaries_data();
    void replacesWhatVaries();
};

void TestOutputSimilarity::normalizes_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("unchanged") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
    QTest::newRow("trailing spaces and tabs")
        << QStringLiteral("a  \nb\t\n") << QStringLiteral("a\nb");
    QTest::newRow("trailing blank lines") << QStringLiteral("a\n\n  \n") << QStringLiteral("a");
    QTest::newRow("leading space kept") << QStringLiteral("  a\n\nb") << QStringLiteral("  a\n\nb");
    QTest::newRow("only blanks") << QStringLiteral(" \n\t\n") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOutputSimilarity::normalizes()
{
    QFETCH(QString, plain);
    QFETCH(QString, normalized);
    QCOMPARE(normalizedOutput(plain), normalized);
}

void TestOutputSimilarity::replacesWhatVaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replaced");

    QTest::newRow("numbers") << QStringLiteral("took 42 ms, 3.5 MB, web01")
                             << QStringLiteral("took <n> ms, <n> MB, web<n>");
    QTest::newRow("ISO timestamp")
        << QStringLiteral("at 2024-03-01T10:00:07Z done") << QStringLiteral("at <time> done");
    QTest::newRow("timestamp with space and fraction")
        << QStringLiteral("[2024-03-01 10:00:07.123] start") << QStringLiteral("[<time>] start");
    QTest::newRow("clock time") << QStringLiteral("15:45:01") << QStringLiteral("<time>");
    QTest::newRow("date") << QStringLiteral("backup 2024/03/01 ok")
                          << QStringLiteral("backup <time> ok");
    QTest::newRow("UUID") << QStringLiteral("request 567FA138-6026-47C6-A299-5D50AB12CD34 failed")
                          << QStringLiteral("request <uuid> failed");
    QTest::newRow("IPv4") << QStringLiteral("connect 10.0.3.17:443 refused")
                          << QStringLiteral("connect <ip>:<n> refused");
    QTest::newRow("instance id") << QStringLiteral("on i-bp1abcdefgh12345xyz now")
                                 << QStringLiteral("on <id> now");
    QTest::newRow("invoke and command ids")
        << QStringLiteral("t-hz0jdfwd9f0001 c-6b0fb9d72adc421a") << QStringLiteral("<id> <id>");
    QTest::newRow("words with a dash stay") << QStringLiteral("pre-installed re-download")
                                            << QStringLiteral("pre-installed re-download");
    QTest::newRow("hex") << QStringLiteral("crash 0xC0000005 at sha 3f2a9c1d7be4")
                         << QStringLiteral("crash <hex> at sha <hex>");
    QTest::newRow("plain words stay")
        << QStringLiteral("deadbeef facade") << QStringLiteral("deadbeef facade");
    QTest::newRow("Chinese with numbers")
        << QStringLiteral("执行失败，退出码 1") << QStringLiteral("执行失败，退出码 <n>");
}

void TestOutputSimilarity::replacesWhatVaries()
{
    QFETCH(QString, text);
    QFETCH(QString, replaced);
    QCOMPARE(withPlaceholders(text), replaced);
}

QTEST_GUILESS_MAIN(TestOutputSimilarity)
#include "test_outputsimilarity.moc"
