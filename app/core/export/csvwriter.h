#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QStringView>

class QIODevice;

namespace ib {

/// The field separators a spreadsheet reads without an import dialog in most locales.
enum class CsvSeparator
{
    Comma,
    Semicolon,
    Tab
};

/// How a CSV file is written.
struct CsvOptions
{
    CsvSeparator separator = CsvSeparator::Comma;
    bool byteOrderMark = false; // lets spreadsheets on Windows recognise UTF-8 (Chinese output)
    bool rawOutput = false;     // the Output column holds Base64 of the raw bytes, not decoded text
};

/// Writes RFC 4180 records to a device as they come, one typed cell at a time.
/// Text cells that a spreadsheet would run as a formula get a leading apostrophe;
/// number cells are written as they are. Bytes are buffered and written in large blocks.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvOptions &options);
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addText(QStringView text);
    void addNumber(qint64 number);
    void addEmpty();

    /// Ends the record with CRLF; writes the buffer to the device once it is large.
    void endRecord();

    /// Writes whatever is buffered. False once any write to the device has failed.
    bool flush();

    const CsvOptions &options() const { return m_options; }
    bool hasFailed() const { return m_failed; }
    qint64 recordsWritten() const { return m_records; }

    /// True for text a spreadsheet would read as a formula: it starts with = + - @ tab or CR.
    static bool startsFormula(QStringView text);

    static char separatorChar(CsvSeparator separator);

private:
    void beginField();
    void appendUtf8(QStringView text);
    bool needsQuotes(QStringView text) const;

    QIODevice *m_device;
    CsvOptions m_options;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    char m_separator;
    bool m_firstField = true;
    bool m_failed = false;
    qint64 m_records = 0;
};

} // namespace ib
