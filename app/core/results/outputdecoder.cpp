#include "results/outputdecoder.h"

#include "logcategories.h"

#include <QStringDecoder>
#include <cstring>

namespace ib {

namespace {

const QByteArray utf8Name = QByteArrayLiteral("UTF-8");
const QByteArray utf16LeName = QByteArrayLiteral("UTF-16LE");
const QByteArray utf16BeName = QByteArrayLiteral("UTF-16BE");
const QByteArray gb18030Name = QByteArrayLiteral("GB18030");

constexpr char16_t replacementCharacter = 0xFFFD;
constexpr char16_t substituteCharacter = 0x001A; // what ICU writes for some code pages

// How well bytes read as UTF-8: multi-byte sequences that fit, and bytes that do not.
struct Utf8Evidence
{
    qsizetype twoByteSequences = 0;
    qsizetype longSequences = 0; // 3 and 4 bytes: rare by chance in other encodings
    qsizetype invalidBytes = 0;
    qsizetype encodedReplacements = 0; // U+FFFD written in the input itself
};

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of a valid sequence starting at data[i], or 0 when the bytes there are not UTF-8.
int utf8SequenceLength(const uchar *data, qsizetype i, qsizetype size)
{
    const uchar lead = data[i];
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > size || data[i + 1] < low || data[i + 1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
    }
    return length;
}

// Skips ASCII eight bytes at a time; most output is mostly ASCII.
qsizetype skipAscii(const uchar *data, qsizetype i, qsizetype size)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    quint64 word = 0;
    while (i + 8 <= size) {
        std::memcpy(&word, data + i, sizeof word);
        if (word & highBits)
            break;
        i += 8;
    }
    while (i < size && data[i] < 0x80)
        ++i;
    return i;
}

Utf8Evidence examineUtf8(const QByteArray &bytes)
{
    Utf8Evidence evidence;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            i = skipAscii(data, i + 1, size);
            continue;
        }
        const int length = utf8SequenceLength(data, i, size);
        if (length == 0) {
            ++evidence.invalidBytes;
            ++i;
            continue;
        }
        if (length == 2)
            ++evidence.twoByteSequences;
        else
            ++evidence.longSequences;
        if (length == 3 && data[i] == 0xEF && data[i + 1] == 0xBF && data[i + 2] == 0xBD)
            ++evidence.encodedReplacements;
        i += length;
    }
    return evidence;
}

// A few bad bytes among many good sequences are a cut at the seam, not another encoding.
bool readsAsUtf8(const Utf8Evidence &evidence)
{
    if (evidence.invalidBytes == 0)
        return true;
    const qsizetype weight = 3 * evidence.longSequences + evidence.twoByteSequences;
    return weight >= evidence.invalidBytes;
}

// Chinese in GBK is mostly pairs of high bytes; the accents of Western code pages are single
// high bytes beside ASCII letters, which GB18030 would also accept but turn into nonsense.
bool looksLikeChinese(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype highPairs = 0;
    qsizetype lowPairs = 0;
    qsizetype i = 0;
    while (i + 1 < size) {
        const uchar lead = data[i];
        const uchar trail = data[i + 1];
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
        } else if (trail >= 0x30 && trail <= 0x39) {
            ++highPairs; // a four-byte GB18030 sequence
            i += 4;
        } else {
            highPairs += trail >= 0x80 && trail != 0xFF;
            lowPairs += trail >= 0x40 && trail <= 0x7E;
            i += 2;
        }
    }
    return highPairs > lowPairs;
}

// UTF-16 without a byte-order mark shows as NUL bytes on one side of each pair.
QByteArray utf16ByNulBytes(const QByteArray &bytes, bool validUtf8)
{
    // The start only: past a cut of an odd number of bytes the NUL bytes change sides.
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    const qsizetype pairs = sample / 2;
    if (pairs == 0)
        return {};

    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNul += bytes.at(i) == '\0';
        oddNul += bytes.at(i + 1) == '\0';
    }

    const auto fits = [&](qsizetype nulSide, qsizetype otherSide) {
        if (nulSide == 0 || otherSide * 20 > nulSide)
            return false;
        return nulSide * 2 >= pairs || (!validUtf8 && nulSide * 10 >= pairs);
    };
    if (fits(oddNul, evenNul))
        return utf16LeName;
    if (fits(evenNul, oddNul))
        return utf16BeName;
    return {};
}

qsizetype countOf(const QString &text, char16_t character)
{
    return text.count(QChar(character));
}

DecodedOutput decodeWithQt(const QByteArray &bytes, QStringConverter::Encoding encoding,
                           const QByteArray &name, qsizetype encodedReplacements)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    DecodedOutput decoded;
    decoded.text = decoder.decode(bytes);
    decoded.encoding = name;
    decoded.replacementCount =
        int(qMax<qsizetype>(0, countOf(decoded.text, replacementCharacter) - encodedReplacements));
    return decoded;
}

// ICU decoders drop an incomplete sequence at the very end; a final \n makes it show as U+FFFD.
DecodedOutput decodeWithIcu(const QByteArray &bytes, const QByteArray &name)
{
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    DecodedOutput decoded;
    decoded.encoding = name;
    decoded.text = decoder.decode(bytes + '\n');
    if (decoded.text.endsWith(QLatin1Char('\n')))
        decoded.text.chop(1);

    if (!bytes.contains('\x1A'))
        decoded.text.replace(QChar(substituteCharacter), QChar(replacementCharacter));
    decoded.replacementCount = int(countOf(decoded.text, replacementCharacter));
    return decoded;
}

// Where the agent cut an odd number of bytes from UTF-16 text, its NUL bytes move to the other
// side of each pair; returns where the realigned text starts, or -1 when they never move.
qsizetype utf16Realignment(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    const bool littleEndian = encoding == QStringConverter::Utf16LE;
    const int nulSide = littleEndian ? 1 : 0;
    qsizetype firstWrong = -1;
    int wrongInARow = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const bool nulExpected = bytes.at(i + nulSide) == '\0';
        const bool nulOther = bytes.at(i + 1 - nulSide) == '\0';
        if (nulExpected) {
            wrongInARow = 0;
        } else if (nulOther) {
            if (wrongInARow++ == 0)
                firstWrong = i;
            if (wrongInARow == 4)
                break;
        }
    }
    if (wrongInARow < 4)
        return -1;

    // The moved NUL is a high byte. Little-endian, its low byte is the one before it, unless that
    // is the NUL of the last whole character before the cut; big-endian, the one after it, unless
    // the byte before is itself a moved NUL.
    const bool nulBefore = firstWrong > 0 && bytes.at(firstWrong - 1) == '\0';
    if (firstWrong > 0 && nulBefore != littleEndian)
        return firstWrong - 1;
    return firstWrong + 1;
}

DecodedOutput decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding,
                          const QByteArray &name)
{
    const qsizetype seam = utf16Realignment(bytes, encoding);
    if (seam < 0)
        return decodeWithQt(bytes, encoding, name, 0);

    // The byte left over before the seam shows as one replacement mark.
    DecodedOutput decoded = decodeWithQt(bytes.left(seam), encoding, name, 0);
    const DecodedOutput tail = decodeWithQt(bytes.mid(seam), encoding, name, 0);
    decoded.text += tail.text;
    decoded.replacementCount += tail.replacementCount;
    return decoded;
}

DecodedOutput decodeAs(const QByteArray &bytes, const QByteArray &name)
{
    // Qt's own Unicode decoders, not ICU, for the UTF family: they mark a cut tail themselves.
    const auto builtIn = QStringConverter::encodingForName(name.constData());
    if (!builtIn || *builtIn == QStringConverter::Latin1 || *builtIn == QStringConverter::System)
        return decodeWithIcu(bytes, name);

    const QByteArray canonical(QStringConverter::nameForEncoding(*builtIn));
    const qsizetype encoded =
        *builtIn == QStringConverter::Utf8 ? examineUtf8(bytes).encodedReplacements : 0;
    return decodeWithQt(bytes, *builtIn, canonical, encoded);
}

DecodedOutput detectAndDecode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWithQt(bytes, QStringConverter::Utf8, utf8Name,
                            examineUtf8(bytes).encodedReplacements);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, QStringConverter::Utf16LE, utf16LeName);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, QStringConverter::Utf16BE, utf16BeName);

    const Utf8Evidence evidence = examineUtf8(bytes);
    const QByteArray utf16 = utf16ByNulBytes(bytes, evidence.invalidBytes == 0);
    if (utf16 == utf16LeName)
        return decodeUtf16(bytes, QStringConverter::Utf16LE, utf16LeName);
    if (utf16 == utf16BeName)
        return decodeUtf16(bytes, QStringConverter::Utf16BE, utf16BeName);

    if (!readsAsUtf8(evidence) && looksLikeChinese(bytes)) {
        // Each byte that does not fit UTF-8 would show as one replacement mark.
        DecodedOutput asGb18030 = decodeWithIcu(bytes, gb18030Name);
        if (asGb18030.replacementCount < evidence.invalidBytes)
            return asGb18030;
    }
    return decodeWithQt(bytes, QStringConverter::Utf8, utf8Name, evidence.encodedReplacements);
}

} // namespace

DecodedOutput decodeOutput(const QByteArray &bytes, const QByteArray &forcedEncoding)
{
    if (!forcedEncoding.isEmpty()) {
        if (QStringDecoder(forcedEncoding.constData()).isValid()) {
            DecodedOutput decoded = decodeAs(bytes, forcedEncoding);
            decoded.detected = false;
            return decoded;
        }
        qCWarning(lcResults) << "Cannot decode as" << forcedEncoding << "- detecting instead";
    }
    return detectAndDecode(bytes);
}

QList<QByteArray> availableEncodings()
{
    static const char *const candidates[] = {
        "UTF-8",        "UTF-16LE",     "UTF-16BE",     "GB18030",      "GBK",
        "Big5",         "Shift_JIS",    "EUC-JP",       "EUC-KR",       "windows-1250",
        "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255",
        "windows-1256", "windows-1257", "windows-1258", "windows-874",  "ISO-8859-1",
        "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-15",  "KOI8-R",       "KOI8-U",
        "IBM437",       "IBM850",       "IBM866"};
    QList<QByteArray> names;
    for (const char *name : candidates) {
        if (QStringDecoder(name).isValid())
            names.append(QByteArray(name));
    }
    return names;
}

} // namespace ib
