#include "models/resultfilter.h"

#include "results/resultmeaning.h"

#include <QCoreApplication>
#include <algorithm>

namespace ib {

namespace {

bool containsFolded(const QString &haystack, const QString &needle)
{
    return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

std::optional<ExitCodeCondition> ExitCodeCondition::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ExitCodeCondition{};
    if (trimmed.compare(QLatin1String("nonzero"), Qt::CaseInsensitive) == 0 ||
        trimmed == QLatin1String("!0") || trimmed == QLatin1String("!=0"))
        return nonzero();
    if (trimmed.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
        return pending();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("not reported"), Qt::CaseInsensitive) == 0)
        return notReported();

    bool ok = false;
    const qint64 code = trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
                            ? qint64(trimmed.mid(2).toULongLong(&ok, 16))
                            : trimmed.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return exactly(code);
}

bool ExitCodeCondition::accepts(const InvocationResult &result) const
{
    const std::optional<qint64> &exitCode = result.exitCode;
    switch (kind) {
    case Kind::Any:
        return true;
    case Kind::Exact:
        return exitCode && *exitCode == value;
    case Kind::Nonzero:
        return exitCode && *exitCode != 0;
    case Kind::Pending:
        return !exitCode && isUnfinished(result);
    case Kind::NotReported:
        return !exitCode && !isUnfinished(result);
    }
    return true;
}

void ResultFilter::setStatuses(const QSet<QString> &statuses)
{
    m_statuses = statuses;
    m_foldedStatuses.clear();
    for (const QString &status : statuses)
        m_foldedStatuses.insert(status.toLower());
}

void ResultFilter::setErrorCode(const QString &text, ErrorCodeMatch match)
{
    m_errorCode = text;
    m_errorCodeMatch = match;
}

void ResultFilter::setOutputText(const QString &text, OutputMatch match)
{
    m_outputText = text;
    m_outputMatch = match;
    m_outputMatcher = QStringMatcher(text, Qt::CaseInsensitive);
    const QString folded = text.toCaseFolded();
    m_foldedMatcher = QStringMatcher(folded, Qt::CaseSensitive);
    m_outputTextIsLatin1 =
        std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x100; });
    m_latin1Matcher = QByteArrayMatcher(m_outputTextIsLatin1 ? folded.toLatin1() : QByteArray());

    // Per-line anchors suit output, which is read line by line.
    m_outputPattern = match == OutputMatch::RegularExpression
                          ? QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::MultilineOption)
                          : QRegularExpression();
}

bool ResultFilter::isValid() const
{
    return m_outputMatch != OutputMatch::RegularExpression || m_outputPattern.isValid();
}

QString ResultFilter::errorString() const
{
    if (isValid())
        return {};
    return QCoreApplication::translate("ib::ResultFilter",
                                       "The output pattern is not a valid regular expression: "
                                       "%1 at character %2.")
        .arg(m_outputPattern.errorString())
        .arg(m_outputPattern.patternErrorOffset() + 1);
}

bool ResultFilter::isEmpty() const
{
    return m_instance.isEmpty() && m_command.isEmpty() && m_statuses.isEmpty() &&
           m_exitCode.kind == ExitCodeCondition::Kind::Any && m_errorCode.isEmpty() &&
           m_outputText.isEmpty() && m_invokeId.isEmpty() && !m_keys;
}

ResultFilter ResultFilter::exceptStatus() const
{
    ResultFilter copy = *this;
    copy.setStatuses({});
    return copy;
}

bool ResultFilter::accepts(const InvocationResult &result, const QString &plainOutput,
                           const QString &instanceName, const QString &commandName) const
{
    return acceptsFields(result, instanceName, commandName) && acceptsOutput(plainOutput);
}

bool ResultFilter::accepts(const InvocationResult &result, const FoldedText &foldedOutput,
                           const QString &instanceName, const QString &commandName) const
{
    return acceptsFields(result, instanceName, commandName) && acceptsOutput(foldedOutput);
}

bool ResultFilter::acceptsFields(const InvocationResult &result, const QString &instanceName,
                                 const QString &commandName) const
{
    if (m_keys && !m_keys->contains(ResultKey::of(result)))
        return false;

    if (!m_foldedStatuses.isEmpty() &&
        !m_foldedStatuses.contains(effectiveStatus(result).toLower()))
        return false;

    if (!m_exitCode.accepts(result))
        return false;

    if (!m_instance.isEmpty() && !containsFolded(result.instanceId, m_instance) &&
        !containsFolded(instanceName, m_instance))
        return false;

    if (!m_command.isEmpty() && !containsFolded(result.commandId, m_command) &&
        !containsFolded(commandName, m_command))
        return false;

    if (!containsFolded(result.invokeId, m_invokeId))
        return false;

    if (m_errorCodeMatch == ErrorCodeMatch::Exact && !m_errorCode.isEmpty() &&
        result.errorCode.compare(m_errorCode, Qt::CaseInsensitive) != 0)
        return false;
    if (m_errorCodeMatch == ErrorCodeMatch::Substring &&
        !containsFolded(result.errorCode, m_errorCode))
        return false;
    return true;
}

bool ResultFilter::acceptsOutput(const QString &plainOutput) const
{
    if (m_outputText.isEmpty())
        return true;
    if (m_outputMatch == OutputMatch::Substring)
        return m_outputMatcher.indexIn(plainOutput) >= 0;
    return m_outputPattern.isValid() && m_outputPattern.match(plainOutput).hasMatch();
}

bool ResultFilter::acceptsOutput(const FoldedText &foldedOutput) const
{
    if (m_outputText.isEmpty())
        return true;
    if (m_outputMatch == OutputMatch::RegularExpression)
        return m_outputPattern.isValid() &&
               m_outputPattern.match(foldedOutput.toString()).hasMatch();
    if (!foldedOutput.isLatin1())
        return m_foldedMatcher.indexIn(foldedOutput.wide()) >= 0;
    // Text beyond Latin-1 cannot occur in output that is all Latin-1.
    return m_outputTextIsLatin1 && m_latin1Matcher.indexIn(foldedOutput.latin1()) >= 0;
}

bool operator==(const ResultFilter &a, const ResultFilter &b)
{
    return a.m_instance == b.m_instance && a.m_command == b.m_command &&
           a.m_statuses == b.m_statuses && a.m_exitCode == b.m_exitCode &&
           a.m_errorCode == b.m_errorCode &&
           (a.m_errorCode.isEmpty() || a.m_errorCodeMatch == b.m_errorCodeMatch) &&
           a.m_outputText == b.m_outputText &&
           (a.m_outputText.isEmpty() || a.m_outputMatch == b.m_outputMatch) &&
           a.m_invokeId == b.m_invokeId && a.m_keys == b.m_keys;
}

} // namespace ib
