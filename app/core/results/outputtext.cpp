// Plain text and colour runs from decoded output: terminal escapes and line ends.
#include "results/outputdecoder.h"

namespace ib {

namespace {

constexpr char16_t escape = 0x1B;
constexpr char16_t bell = 0x07;
constexpr qsizetype firstLineLimit = 256;

bool inRange(char16_t c, char16_t low, char16_t high)
{
    return c >= low && c <= high;
}

// Walks decoded output once: visible text goes to onText in spans, SGR parameters to onSgr,
// other escapes are dropped, and CRLF or a lone CR arrive as "\n".
class TerminalScanner
{
public:
    explicit TerminalScanner(QStringView text)
        : m_text(text)
    {}

    template<typename OnText, typename OnSgr>
    void scan(OnText &&onText, OnSgr &&onSgr)
    {
        const qsizetype size = m_text.size();
        qsizetype spanStart = 0;
        qsizetype i = 0;
        while (i < size) {
            const char16_t c = m_text[i].unicode();
            if (c != escape && c != u'\r') {
                ++i;
                continue;
            }

            onText(m_text.mid(spanStart, i - spanStart));
            if (c == u'\r') {
                onText(QStringView(u"\n"));
                i += (i + 1 < size && m_text[i + 1] == u'\n') ? 2 : 1;
            } else {
                i = skipEscape(i, onSgr);
            }
            spanStart = i;
        }
        onText(m_text.mid(spanStart));
    }

private:
    template<typename OnSgr>
    qsizetype skipEscape(qsizetype i, OnSgr &&onSgr) const
    {
        const qsizetype size = m_text.size();
        if (i + 1 >= size)
            return size;

        const char16_t kind = m_text[i + 1].unicode();
        if (kind == u'[')
            return skipControlSequence(i + 2, onSgr);
        if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_')
            return skipControlString(i + 2);

        qsizetype j = i + 1;
        while (j < size && inRange(m_text[j].unicode(), 0x20, 0x2F))
            ++j;
        if (j < size && inRange(m_text[j].unicode(), 0x30, 0x7E))
            return j + 1;
        return i + 1; // a lone ESC: drop only it
    }

    // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, one final byte 0x40-0x7E.
    template<typename OnSgr>
    qsizetype skipControlSequence(qsizetype start, OnSgr &&onSgr) const
    {
        const qsizetype size = m_text.size();
        qsizetype j = start;
        while (j < size && inRange(m_text[j].unicode(), 0x30, 0x3F))
            ++j;
        const qsizetype parametersEnd = j;
        while (j < size && inRange(m_text[j].unicode(), 0x20, 0x2F))
            ++j;
        if (j >= size || !inRange(m_text[j].unicode(), 0x40, 0x7E))
            return j;

        if (m_text[j] == u'm' && parametersEnd == j)
            onSgr(m_text.mid(start, parametersEnd - start));
        return j + 1;
    }

    // OSC and the other string controls end at BEL or ESC \; an unterminated one at the line end,
    // so that a stray ESC ] never hides the rest of the output.
    qsizetype skipControlString(qsizetype start) const
    {
        const qsizetype size = m_text.size();
        for (qsizetype j = start; j < size; ++j) {
            const char16_t c = m_text[j].unicode();
            if (c == bell)
                return j + 1;
            if (c == escape && j + 1 < size && m_text[j + 1] == u'\\')
                return j + 2;
            if (c == u'\n' || c == u'\r')
                return j;
        }
        return size;
    }

    QStringView m_text;
};

struct Style
{
    int foreground = -1;
    bool bold = false;
    bool operator==(const Style &other) const
    {
        return foreground == other.foreground && bold == other.bold;
    }
};

// Reads SGR parameters ("1;31", "38;5;208", "" for 0) one by one without allocating.
class SgrParameters
{
public:
    explicit SgrParameters(QStringView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_position > m_text.size(); }

    int next()
    {
        qsizetype end = m_text.indexOf(u';', m_position);
        if (end < 0)
            end = m_text.size();
        const int value = m_text.mid(m_position, end - m_position).toInt();
        m_position = end + 1;
        return value;
    }

private:
    QStringView m_text;
    qsizetype m_position = 0;
};

// Applies SGR parameters to a style: reset, bold, the 16 colours and the 256-colour palette.
Style applySgr(Style style, QStringView parameters)
{
    SgrParameters codes(parameters);
    while (!codes.atEnd()) {
        const int code = codes.next();
        if (code == 0) {
            style = Style{};
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 22) {
            style.bold = false;
        } else if (code >= 30 && code <= 37) {
            style.foreground = code - 30;
        } else if (code >= 90 && code <= 97) {
            style.foreground = 8 + code - 90;
        } else if (code == 39) {
            style.foreground = -1;
        } else if ((code == 38 || code == 48) && !codes.atEnd()) {
            const int mode = codes.next();
            if (mode == 5 && !codes.atEnd()) {
                const int index = codes.next();
                if (code == 38)
                    style.foreground = qBound(0, index, 255);
            } else if (mode == 2) {
                for (int channel = 0; channel < 3 && !codes.atEnd(); ++channel)
                    codes.next(); // true colour has no palette index; keep the current colour
            }
        }
    }
    return style;
}

} // namespace

QString plainText(const QString &decoded)
{
    QString plain;
    plain.reserve(decoded.size());
    TerminalScanner(decoded).scan([&plain](QStringView span) { plain.append(span); },
                                  [](QStringView) {});
    return plain;
}

QString firstLine(const QString &plain)
{
    qsizetype start = 0;
    while (start < plain.size()) {
        qsizetype end = plain.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = plain.size();
        const QStringView line = QStringView(plain).mid(start, end - start).trimmed();
        if (!line.isEmpty()) {
            if (line.size() <= firstLineLimit)
                return line.toString();
            return line.left(firstLineLimit).toString() % QChar(0x2026);
        }
        start = end + 1;
    }
    return {};
}

QList<StyledRun> styledRuns(const QString &decoded)
{
    QList<StyledRun> runs;
    StyledRun current;
    Style style;

    const auto onText = [&current](QStringView span) { current.text.append(span); };
    const auto onSgr = [&](QStringView parameters) {
        const Style next = applySgr(style, parameters);
        if (next == style)
            return;
        if (!current.text.isEmpty())
            runs.append(std::exchange(current, StyledRun{}));
        style = next;
        current.foreground = style.foreground;
        current.bold = style.bold;
    };
    TerminalScanner(decoded).scan(onText, onSgr);

    if (!current.text.isEmpty())
        runs.append(current);
    return runs;
}

QString withVisibleControls(const QString &plain)
{
    QString visible = plain;
    QChar *data = nullptr;
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const char16_t c = plain[i].unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || c == 0x7F;
        if (!control)
            continue;
        if (!data)
            data = visible.data(); // detach once, only when something changes
        data[i] = QChar(c == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + c));
    }
    return visible;
}

} // namespace ib
