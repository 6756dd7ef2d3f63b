#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ib {

/// The text of a command's output and how it was obtained from the raw bytes.
struct DecodedOutput
{
    QString text;
    QByteArray encoding;      // e.g. "UTF-8", "GB18030", "UTF-16LE"
    bool detected = true;     // false when the encoding was forced by the caller
    int replacementCount = 0; // invalid byte sequences shown as U+FFFD
};

/// Decodes raw output bytes. Without \a forcedEncoding the encoding is detected: a byte-order
/// mark, then UTF-16 by its NUL bytes, then UTF-8 (tolerating a few bytes damaged where the
/// agent cut the output), then GB18030. Unknown forced names fall back to detection.
DecodedOutput decodeOutput(const QByteArray &bytes, const QByteArray &forcedEncoding = {});

/// Encodings that this build can decode, for a "decode as" choice.
QList<QByteArray> availableEncodings();

/// Removes ANSI/VT100 escape sequences and turns CRLF and lone CR into \n.
QString plainText(const QString &decoded);

/// The first line with visible text, for a table column; long lines are shortened.
QString firstLine(const QString &plain);

/// A stretch of output text with one appearance, from SGR colour escapes.
struct StyledRun
{
    QString text;        // plain text: escapes removed, line ends \n
    int foreground = -1; // colour index 0-7, 8-15 bright, up to 255 for 256-colour; -1 default
    bool bold = false;
    friend bool operator==(const StyledRun &a, const StyledRun &b)
    {
        return a.text == b.text && a.foreground == b.foreground && a.bold == b.bold;
    }
};

/// Splits decoded output into runs by its SGR colour escapes; other escapes are removed.
QList<StyledRun> styledRuns(const QString &decoded);

/// Makes control characters and NUL visible (Control Pictures), keeping \n and \t.
QString withVisibleControls(const QString &plain);

} // namespace ib
