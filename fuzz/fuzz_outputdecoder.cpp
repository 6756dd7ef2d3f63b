// Fuzz harness: output decoding and the text derived from it, on any bytes. The whole input is
// decoded with detection; the bytes after the first are also decoded as the encoding the first
// byte picks from availableEncodings().
#include "results/outputdecoder.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// What must hold for any decoded text: runs add up to the plain text, which has no escapes or
// CRs, and visible controls change no length and leave no control but \n and \t.
void checkDerivedText(const ib::DecodedOutput &decoded)
{
    const QString plain = ib::plainText(decoded.text);
    check(!plain.contains(QChar(0x1B)) && !plain.contains(QLatin1Char('\r')));

    QString joined;
    for (const ib::StyledRun &run : ib::styledRuns(decoded.text)) {
        check(!run.text.isEmpty());
        check(run.foreground >= -1 && run.foreground <= 255);
        joined += run.text;
    }
    check(joined == plain);

    const QString visible = ib::withVisibleControls(plain);
    check(visible.size() == plain.size());
    for (const QChar c : visible)
        check(c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'));

    const QString line = ib::firstLine(plain);
    check(line.size() <= 257 && !line.contains(QLatin1Char('\n')));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ib::DecodedOutput detected = ib::decodeOutput(bytes);
    check(detected.detected && !detected.encoding.isEmpty() && detected.replacementCount >= 0);
    checkDerivedText(detected);

    if (size == 0)
        return 0;
    static const QList<QByteArray> encodings = ib::availableEncodings();
    const QByteArray forced = encodings.at(data[0] % encodings.size());
    const ib::DecodedOutput decoded = ib::decodeOutput(bytes.mid(1), forced);
    check(!decoded.detected && !decoded.encoding.isEmpty());
    checkDerivedText(decoded);
    return 0;
}
