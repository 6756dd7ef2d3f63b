// Decoding the largest outputs: a 24 KB single line (the agent's cap) and 5 MB.
#include "benchmarks.h"
#include "benchreport.h"
#include "results/outputdecoder.h"

#include <QStringEncoder>

namespace ib::bench {

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

void benchmarkDecoding(BenchReport &report)
{
    report.section(QStringLiteral("Decoding large outputs"));
    QByteArray line;
    while (line.size() < 24 * 1024)
        line += "\x1b[32m\xe6\x89\xa7\xe8\xa1\x8c ok\x1b[0m;";
    Stopwatch stopwatch;
    const DecodedOutput decoded = decodeOutput(line);
    const QString plain = plainText(decoded.text);
    const QList<StyledRun> runs = styledRuns(decoded.text);
    const QString first = firstLine(plain);
    const Timing lineTime = stopwatch.elapsed();
    report.add(QStringLiteral("24 KB colour line: decode, plain, runs, first line"),
               lineTime.text(), QStringLiteral("<= 50 ms cpu"),
               lineTime.cpuMs <= 50 && runs.size() > 1000 && !first.isEmpty());

    const QByteArray gbkLine = encoded(QStringLiteral("第%1行：正在复制文件\r\n"), "GBK");
    QByteArray gbk;
    while (gbk.size() < 5 * 1024 * 1024)
        gbk += gbkLine;
    const QByteArray utf8 = QString(5 * 1024 * 1024, QChar(u'é')).toUtf8().left(5 * 1024 * 1024);
    stopwatch.restart();
    const DecodedOutput asGbk = decodeOutput(gbk);
    const DecodedOutput asUtf8 = decodeOutput(utf8);
    const QString visible = withVisibleControls(plainText(asGbk.text));
    const Timing bigTime = stopwatch.elapsed();
    report.add(QStringLiteral("5 MB GBK and 5 MB UTF-8: detect, decode, plain, controls"),
               bigTime.text(), QStringLiteral("<= 1000 ms cpu"),
               bigTime.cpuMs <= 1000 && asGbk.encoding == "GB18030" && asUtf8.encoding == "UTF-8" &&
                   !visible.isEmpty());
}

} // namespace ib::bench
