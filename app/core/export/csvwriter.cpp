#include "csvwriter.h"

#include "logcategories.h"

#include <QIODevice>

namespace ib {

namespace {

// Large enough that writes are few, small enough that a huge export never sits in memory.
constexpr qsizetype flushThreshold = 256 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
    , m_separator(separatorChar(options.separator))
{
    m_buffer.reserve(flushThreshold + 64 * 1024);
    if (options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

char CsvWriter::separatorChar(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Semicolon:
        return ';';
    case CsvSeparator::Tab:
        return '\t';
    case CsvSeparator::Comma:
        break;
    }
    return ',';
}

bool CsvWriter::startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

void CsvWriter::addText(QStringView text)
{
    beginField();

    const bool neutralise = startsFormula(text);
    const bool quoted = needsQuotes(text);
    if (quoted)
        m_buffer.append('"');
    if (neutralise)
        m_buffer.append('\'');

    if (quoted) {
        // Double every quote: encode the pieces between quotes, then the escaped quote.
        qsizetype start = 0;
        for (qsizetype quote = text.indexOf(u'"'); quote >= 0; quote = text.indexOf(u'"', start)) {
            appendUtf8(text.sliced(start, quote - start));
            m_buffer.append("\"\"");
            start = quote + 1;
        }
        appendUtf8(text.sliced(start));
        m_buffer.append('"');
    } else {
        appendUtf8(text);
    }
}

void CsvWriter::addNumber(qint64 number)
{
    beginField();
    m_buffer.append(QByteArray::number(number));
}

void CsvWriter::addEmpty()
{
    beginField();
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_firstField = true;
    ++m_records;
    if (m_buffer.size() >= flushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed) {
        m_buffer.resize(0); // the device is broken: drop what can never be written
        return false;
    }
    if (m_buffer.isEmpty())
        return true;

    // The pointer overload copies, so the buffer keeps its capacity for the next records.
    const qint64 written = m_device->write(m_buffer.constData(), m_buffer.size());
    if (written != m_buffer.size()) {
        qCWarning(lcExport) << "Writing CSV failed:" << m_device->errorString();
        m_failed = true;
    }
    m_buffer.resize(0);
    return !m_failed;
}

void CsvWriter::beginField()
{
    if (!m_firstField)
        m_buffer.append(m_separator);
    m_firstField = false;
}

void CsvWriter::appendUtf8(QStringView text)
{
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + m_encoder.requiredSpace(text.size()));
    const char *end = m_encoder.appendToBuffer(m_buffer.data() + start, text);
    m_buffer.resize(end - m_buffer.constData());
}

bool CsvWriter::needsQuotes(QStringView text) const
{
    const char16_t separator = char16_t(m_separator);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == separator || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

} // namespace ib
