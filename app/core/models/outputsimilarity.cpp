#include "models/outputsimilarity.h"

#include <QRegularExpression>
#include <QStringList>

namespace ib {

namespace {

// One pass over the text; alternatives are tried in order, so a timestamp wins over its numbers.
const QRegularExpression &variablePart()
{
    static const QRegularExpression pattern = [] {
        const QString time = QStringLiteral(
            "(?<time>\\d{4}[-/]\\d{2}[-/]\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
            "(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?\\b)");
        const QString uuid =
            QStringLiteral("(?<uuid>\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}\\b)");
        const QString ip = QStringLiteral("(?<ip>\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b)");
        // Cloud resource ids: a short prefix, a dash and at least eight characters with a digit.
        const QString id = QStringLiteral("(?<id>\\b[a-z]{1,5}-(?=[0-9a-z]*\\d)[0-9a-z]{8,}\\b)");
        const QString hex = QStringLiteral(
            "(?<hex>\\b0[xX][0-9a-fA-F]+\\b|\\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\\d)[0-9a-f]{8,}\\b)");
        const QString number = QStringLiteral("(?<n>\\d+(?:\\.\\d+)?)");
        QRegularExpression combined(
            QStringList{time, uuid, ip, id, hex, number}.join(QLatin1Char('|')));
        combined.optimize();
        return combined;
    }();
    return pattern;
}

QString placeholderFor(const QRegularExpressionMatch &match)
{
    static const QStringList names = {QStringLiteral("time"), QStringLiteral("uuid"),
                                      QStringLiteral("ip"),   QStringLiteral("id"),
                                      QStringLiteral("hex"),  QStringLiteral("n")};
    for (const QString &name : names) {
        if (match.capturedStart(name) >= 0)
            return QLatin1Char('<') % name % QLatin1Char('>');
    }
    return {};
}

} // namespace

QString normalizedOutput(const QString &plain)
{
    QStringList lines = plain.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString withPlaceholders(const QString &text)
{
    QString result;
    result.reserve(text.size());
    qsizetype copied = 0;
    QRegularExpressionMatchIterator matches = variablePart().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += placeholderFor(match);
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

} // namespace ib
