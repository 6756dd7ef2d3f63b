#pragma once

#include "models/foldedtext.h"
#include "models/resultkey.h"
#include "results/invocationresult.h"

#include <QByteArrayMatcher>
#include <QMetaType>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringMatcher>
#include <optional>

namespace ib {

/// Which exit codes a filter lets through.
struct ExitCodeCondition
{
    enum class Kind
    {
        Any,
        Exact,
        Nonzero,
        Pending,    // no exit code yet: the command has not finished
        NotReported // finished without an exit code (not delivered, stopped, never started)
    };
    Kind kind = Kind::Any;
    qint64 value = 0; // only for Exact

    static ExitCodeCondition exactly(qint64 code) { return {Kind::Exact, code}; }
    static ExitCodeCondition nonzero() { return {Kind::Nonzero, 0}; }
    static ExitCodeCondition pending() { return {Kind::Pending, 0}; }
    static ExitCodeCondition notReported() { return {Kind::NotReported, 0}; }

    /// Reads what a person types: "", "3", "-1", "0xC0000005", "nonzero" ("!0"), "pending",
    /// "none" ("not reported"). Returns nothing when the text is none of these.
    static std::optional<ExitCodeCondition> parse(const QString &text);

    bool accepts(const InvocationResult &result) const;

    friend bool operator==(const ExitCodeCondition &a, const ExitCodeCondition &b)
    {
        return a.kind == b.kind && (a.kind != Kind::Exact || a.value == b.value);
    }
    friend bool operator!=(const ExitCodeCondition &a, const ExitCodeCondition &b)
    {
        return !(a == b);
    }
};

/// The conditions a person set on the result table, as a value the proxy model asks row by row.
/// Every text condition is case-insensitive; an empty condition lets everything through.
/// An invalid regular expression lets NOTHING through (isValid() is false and errorString()
/// says why), so rows are never presented as matching a pattern that was not applied.
class ResultFilter
{
public:
    enum class ErrorCodeMatch
    {
        Substring,
        Exact
    };
    enum class OutputMatch
    {
        Substring,
        RegularExpression
    };

    /// Substring of the instance id or of its name.
    QString instance() const { return m_instance; }
    void setInstance(const QString &text) { m_instance = text; }

    /// Substring of the command id or of its name.
    QString command() const { return m_command; }
    void setCommand(const QString &text) { m_command = text; }

    /// Effective statuses to show (several at once); empty shows every status.
    QSet<QString> statuses() const { return m_statuses; }
    void setStatuses(const QSet<QString> &statuses);

    ExitCodeCondition exitCode() const { return m_exitCode; }
    void setExitCode(const ExitCodeCondition &condition) { m_exitCode = condition; }

    QString errorCode() const { return m_errorCode; }
    ErrorCodeMatch errorCodeMatch() const { return m_errorCodeMatch; }
    void setErrorCode(const QString &text, ErrorCodeMatch match = ErrorCodeMatch::Substring);

    /// Text searched in the decoded plain output: a substring or a regular expression,
    /// both case-insensitive (a pattern also meets the output folded to lower case).
    QString outputText() const { return m_outputText; }
    OutputMatch outputMatch() const { return m_outputMatch; }
    void setOutputText(const QString &text, OutputMatch match = OutputMatch::Substring);

    /// Substring of the invoke id.
    QString invokeId() const { return m_invokeId; }
    void setInvokeId(const QString &text) { m_invokeId = text; }

    /// Restricts the rows to these keys (a group from ResultGroupModel); nullopt = no restriction.
    const std::optional<QSet<ResultKey>> &keys() const { return m_keys; }
    void setKeys(const QSet<ResultKey> &keys) { m_keys = keys; }
    void clearKeys() { m_keys.reset(); }

    /// False when the output pattern is not a valid regular expression.
    bool isValid() const;
    /// Why the output pattern is invalid, for a person; empty when valid.
    QString errorString() const;

    /// True when no condition is set.
    bool isEmpty() const;
    /// True when accepts() reads the plain output, so callers can skip decoding otherwise.
    bool needsOutput() const { return !m_outputText.isEmpty(); }

    /// The same filter without the status condition, for counting rows per status.
    ResultFilter exceptStatus() const;

    /// Whether a result passes every condition. Names are those shown for its instance and command.
    bool accepts(const InvocationResult &result, const QString &plainOutput,
                 const QString &instanceName = {}, const QString &commandName = {}) const;

    /// The same, with the output already folded; much faster over many rows.
    bool accepts(const InvocationResult &result, const FoldedText &foldedOutput,
                 const QString &instanceName = {}, const QString &commandName = {}) const;

    friend bool operator==(const ResultFilter &a, const ResultFilter &b);
    friend bool operator!=(const ResultFilter &a, const ResultFilter &b) { return !(a == b); }

private:
    bool acceptsFields(const InvocationResult &result, const QString &instanceName,
                       const QString &commandName) const;
    bool acceptsOutput(const QString &plainOutput) const;
    bool acceptsOutput(const FoldedText &foldedOutput) const;

    QString m_instance;
    QString m_command;
    QSet<QString> m_statuses;
    QSet<QString> m_foldedStatuses; // lower-case copy of m_statuses for matching
    ExitCodeCondition m_exitCode;
    QString m_errorCode;
    ErrorCodeMatch m_errorCodeMatch = ErrorCodeMatch::Substring;
    QString m_outputText;
    OutputMatch m_outputMatch = OutputMatch::Substring;
    QStringMatcher m_outputMatcher;    // case-insensitive, for plain output
    QStringMatcher m_foldedMatcher;    // the folded text, for folded UTF-16 output
    QByteArrayMatcher m_latin1Matcher; // the folded text, for folded Latin-1 output
    bool m_outputTextIsLatin1 = true;
    QRegularExpression m_outputPattern;
    QString m_invokeId;
    std::optional<QSet<ResultKey>> m_keys;
};

} // namespace ib

Q_DECLARE_METATYPE(ib::ResultFilter)
Q_DECLARE_METATYPE(ib::ExitCodeCondition)
