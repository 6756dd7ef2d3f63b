// Fuzz harness: CsvWriter with random options and cells. The file it writes is read back
// (RFC 4180) and must hold exactly the cells given, text that could run as a formula behind
// an apostrophe, and no field that starts with an unneutralised formula character.
//
// Input: one byte of options (separator, byte-order mark), then operations, each one byte:
// 0 text as UTF-8 and 1 text as raw UTF-16 (both followed by a two-byte length and the
// bytes), 2 a number (eight bytes), 3 an empty cell, 4 end of record, 5 flush.
#include "export/csvwriter.h"

#include <QBuffer>
#include <QSet>
#include <QStringDecoder>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using Record = QStringList;

// Names the broken expectation before aborting, so that a crash report says what failed.
void check(bool condition, const char *expectation)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_csvwriter: expected %s\n", expectation);
    std::abort();
}

class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}

    bool atEnd() const { return m_position >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_position++]; }

    QByteArray bytes(size_t count)
    {
        count = std::min(count, m_size - m_position);
        const QByteArray taken(reinterpret_cast<const char *>(m_data + m_position),
                               qsizetype(count));
        m_position += count;
        return taken;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_position = 0;
};

// Splits CSV text into records of fields, undoing the quoting. Returns false on bad quoting.
bool readCsv(QStringView text, QChar separator, QList<Record> *records)
{
    Record record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += text[++i];
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
        } else if (c == separator) {
            record.append(std::exchange(field, QString()));
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            record.append(std::exchange(field, QString()));
            records->append(std::exchange(record, Record()));
            ++i;
        } else {
            field += c;
        }
    }
    return !quoted && field.isEmpty() && record.isEmpty();
}

// UTF-8 as a spreadsheet reads it: a byte-order mark inside the text stays a character.
QString fromUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

// What UTF-8 can carry of a text: each unpaired surrogate becomes U+FFFD.
QString carriedByUtf8(const QString &text)
{
    QString carried;
    carried.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            carried += c;
            carried += text.at(++i);
        } else {
            carried += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return carried;
}

// The cell a spreadsheet should read back for a text: what UTF-8 can carry, a formula disarmed.
QString expectedText(const QString &text)
{
    const QString carried = carriedByUtf8(text);
    return ib::CsvWriter::startsFormula(text) ? QLatin1Char('\'') + carried : carried;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input input(data, size);
    const uint8_t optionBits = input.byte();
    ib::CsvOptions options;
    options.separator = ib::CsvSeparator(optionBits % 3);
    options.byteOrderMark = optionBits & 4;

    QBuffer device;
    device.open(QIODevice::WriteOnly);
    ib::CsvWriter writer(&device, options);
    QList<Record> expected;
    Record current;
    QSet<QPair<qsizetype, qsizetype>> numberCells; // (record, field) written as numbers

    while (!input.atEnd()) {
        const uint8_t operation = input.byte() % 6;
        if (operation <= 1) {
            const size_t length = input.byte() | (size_t(input.byte()) << 8);
            const QByteArray raw = input.bytes(length);
            const QString text =
                operation == 0
                    ? QString::fromUtf8(raw)
                    : QString(reinterpret_cast<const QChar *>(raw.constData()), raw.size() / 2);
            writer.addText(text);
            current.append(expectedText(text));
        } else if (operation == 2) {
            qint64 number = 0;
            const QByteArray raw = input.bytes(sizeof number);
            std::memcpy(&number, raw.constData(), size_t(raw.size()));
            writer.addNumber(number);
            numberCells.insert({expected.size(), current.size()});
            current.append(QString::number(number));
        } else if (operation == 3) {
            writer.addEmpty();
            current.append(QString());
        } else if (operation == 4) {
            writer.endRecord();
            expected.append(current.isEmpty() ? Record{QString()} : current);
            current.clear();
        } else {
            check(writer.flush(), "a flush to succeed");
        }
    }
    if (!current.isEmpty()) {
        writer.endRecord();
        expected.append(current);
    }
    check(writer.flush(), "the last flush to succeed");
    check(writer.recordsWritten() == expected.size(), "one record written per record ended");

    QByteArray written = device.data();
    if (options.byteOrderMark) {
        check(written.startsWith("\xEF\xBB\xBF"), "a byte-order mark first");
        written.remove(0, 3);
    }
    QList<Record> readBack;
    const QChar separator = QLatin1Char(ib::CsvWriter::separatorChar(options.separator));
    check(readCsv(fromUtf8(written), separator, &readBack), "well-formed quoting");
    check(readBack == expected, "the cells read back as written");
    for (qsizetype r = 0; r < readBack.size(); ++r) {
        for (qsizetype f = 0; f < readBack.at(r).size(); ++f) {
            if (!numberCells.contains({r, f}))
                check(!ib::CsvWriter::startsFormula(readBack.at(r).at(f)),
                      "no text cell that starts a formula");
        }
    }
    return 0;
}
