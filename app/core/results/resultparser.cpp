#include "results/resultparser.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <cmath>

namespace ib {

namespace {

constexpr int excerptLength = 300;

// The context for this file's user-visible texts.
class ParserText
{
    Q_DECLARE_TR_FUNCTIONS(ib::ResultParser)
};

// A key that is absent stays a null QString; a key that holds "" becomes an empty one.
QString stringField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        const QString text = value.toString();
        return text.isNull() ? QStringLiteral("") : text;
    }
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return {};
}

// Integers may come as JSON numbers or, from some gateways, as strings of digits.
std::optional<qint64> integerField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        if (double(integer) == number)
            return integer;
        if (!std::isfinite(number) || std::abs(number) >= 9.2e18)
            return std::nullopt; // not representable; converting would be undefined
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 integer = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return integer;
    }
    return std::nullopt;
}

// The service wraps lists as {"Item": [...]}; the XML-derived form may hold one object.
QJsonArray wrappedList(const QJsonValue &outer, QLatin1String itemKey)
{
    const QJsonValue inner = outer.isObject() ? outer.toObject().value(itemKey) : outer;
    if (inner.isArray())
        return inner.toArray();
    if (inner.isObject())
        return QJsonArray{inner};
    return {};
}

QList<Tag> parseTags(const QJsonValue &value)
{
    QList<Tag> tags;
    const QJsonArray list = wrappedList(value, QLatin1String("Tag"));
    for (const QJsonValue &entry : list) {
        const QJsonObject tag = entry.toObject();
        tags.append({tag.value(QLatin1String("TagKey")).toString(),
                     tag.value(QLatin1String("TagValue")).toString()});
    }
    return tags;
}

void readOutput(const QJsonObject &object, InvocationResult &result, QStringList *warnings)
{
    const QJsonValue value = object.value(QLatin1String("Output"));
    result.outputPresent = value.isString();
    if (!result.outputPresent)
        return;

    const QByteArray base64 = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded) {
        result.output = *decoded;
        return;
    }

    // Keep what the lenient decoder can read, and say so.
    result.output = QByteArray::fromBase64(base64);
    qCDebug(lcResults) << "Output of" << result.invokeId << result.instanceId
                       << "is not valid Base64";
    if (warnings) {
        warnings->append(ParserText::tr("The output of invocation %1 on instance %2 is not valid "
                                        "Base64; the readable part is shown and may be damaged.")
                             .arg(result.invokeId, result.instanceId));
    }
}

QString excerptOf(const QByteArray &body, int offset)
{
    const int start = qMax(0, qMin(offset, int(body.size())) - excerptLength / 2);
    QString text = QString::fromUtf8(body.mid(start, excerptLength)).simplified();
    if (start > 0)
        text.prepend(QStringLiteral("…"));
    if (start + excerptLength < body.size())
        text.append(QStringLiteral("…"));
    return text;
}

// Reads "Key": "value" pairs by pattern, for error bodies that are not valid JSON.
QString recoveredField(const QByteArray &body, const QString &key)
{
    const QRegularExpression pattern(QLatin1Char('"') % key %
                                     QStringLiteral("\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    return pattern.match(QString::fromUtf8(body)).captured(1);
}

ParseFailure malformedFailure(const QByteArray &body, const QJsonParseError &error)
{
    const QString code = recoveredField(body, QStringLiteral("Code"));
    const QString message = recoveredField(body, QStringLiteral("Message"));
    const QString requestId = recoveredField(body, QStringLiteral("RequestId"));

    const qsizetype line = body.left(error.offset).count('\n') + 1;

    ParseFailure failure;
    if (code.isEmpty()) {
        failure.message = ParserText::tr("The service's answer is not valid JSON (%1 on line %2).")
                              .arg(error.errorString())
                              .arg(line);
        failure.excerpt = excerptOf(body, error.offset);
        return failure;
    }

    failure.message =
        ParserText::tr("The service answered with error code %1, but the answer is not valid "
                       "JSON (%2 on line %3).")
            .arg(code, error.errorString())
            .arg(line);
    QStringList readable{QStringLiteral("Code: ") % code};
    if (!message.isEmpty())
        readable.append(QStringLiteral("Message: ") % message);
    if (!requestId.isEmpty())
        readable.append(QStringLiteral("RequestId: ") % requestId);
    failure.excerpt = readable.join(QLatin1Char('\n'));
    return failure;
}

ParseFailure missingInvocationFailure(const QJsonObject &root, const QByteArray &body)
{
    ParseFailure failure;
    failure.excerpt = excerptOf(body, 0);
    const QString code = root.value(QLatin1String("Code")).toString();
    if (!code.isEmpty()) {
        failure.message = ParserText::tr("The service answered with error code %1: %2")
                              .arg(code, root.value(QLatin1String("Message")).toString());
        return failure;
    }
    failure.message =
        ParserText::tr("The service's answer has no Invocation part, so it holds no results.");
    return failure;
}

} // namespace

InvocationResult parseInvocationResult(const QJsonObject &object, QStringList *warnings)
{
    InvocationResult result;
    result.invokeId = stringField(object, QLatin1String("InvokeId"));
    result.instanceId = stringField(object, QLatin1String("InstanceId"));
    result.commandId = stringField(object, QLatin1String("CommandId"));
    result.invocationStatus = stringField(object, QLatin1String("InvocationStatus"));
    result.invokeRecordStatus = stringField(object, QLatin1String("InvokeRecordStatus"));
    readOutput(object, result, warnings);
    result.dropped = integerField(object, QLatin1String("Dropped")).value_or(0);
    result.exitCode = integerField(object, QLatin1String("ExitCode"));
    result.errorCode = stringField(object, QLatin1String("ErrorCode"));
    result.errorInfo = stringField(object, QLatin1String("ErrorInfo"));
    result.startTime = parseServiceTime(stringField(object, QLatin1String("StartTime")));
    result.finishedTime = parseServiceTime(stringField(object, QLatin1String("FinishedTime")));
    result.stopTime = parseServiceTime(stringField(object, QLatin1String("StopTime")));
    result.repeats = int(integerField(object, QLatin1String("Repeats")).value_or(0));
    result.username = stringField(object, QLatin1String("Username"));
    result.containerId = stringField(object, QLatin1String("ContainerId"));
    result.containerName = stringField(object, QLatin1String("ContainerName"));
    result.terminationMode = stringField(object, QLatin1String("TerminationMode"));
    result.launcher = stringField(object, QLatin1String("Launcher"));
    result.ossOutputDelivery = stringField(object, QLatin1String("OssOutputDelivery"));
    result.ossOutputStatus = stringField(object, QLatin1String("OssOutputStatus"));
    result.ossOutputUri = stringField(object, QLatin1String("OssOutputUri"));
    result.ossOutputErrorCode = stringField(object, QLatin1String("OssOutputErrorCode"));
    result.ossOutputErrorInfo = stringField(object, QLatin1String("OssOutputErrorInfo"));
    result.tags = parseTags(object.value(QLatin1String("Tags")));
    return result;
}

std::variant<ResultsPage, ParseFailure> parseResultsPage(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        qCDebug(lcResults) << "Results body is not valid JSON:" << error.errorString();
        return malformedFailure(body, error);
    }
    if (!document.isObject()) {
        return ParseFailure{ParserText::tr("The service's answer is JSON but not an object."),
                            excerptOf(body, 0)};
    }

    const QJsonObject root = document.object();
    const QJsonValue invocation = root.value(QLatin1String("Invocation"));
    if (!invocation.isObject())
        return missingInvocationFailure(root, body);

    const QJsonObject page = invocation.toObject();
    ResultsPage results;
    results.requestId = stringField(root, QLatin1String("RequestId"));
    results.nextToken = stringField(page, QLatin1String("NextToken"));
    results.totalCount = integerField(page, QLatin1String("TotalCount"));

    const QJsonArray list = wrappedList(page.value(QLatin1String("InvocationResults")),
                                        QLatin1String("InvocationResult"));
    results.results.reserve(list.size());
    for (const QJsonValue &entry : list) {
        if (!entry.isObject()) {
            results.warnings.append(
                ParserText::tr("The service sent a result that is not a JSON object; "
                               "it was left out."));
            continue;
        }
        results.results.append(parseInvocationResult(entry.toObject(), &results.warnings));
    }
    return results;
}

QDateTime parseServiceTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})"
                       "(?::(\\d{2})(?:[.,](\\d+))?)?\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};

    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int msecs = match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(number(4), number(5), number(6), msecs);
    if (!date.isValid() || !time.isValid())
        return {};

    QDateTime utc(date, time, Qt::UTC);
    const QString zone = match.captured(8);
    if (zone.size() > 1) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60);
        utc = utc.addSecs(-sign * offsetSeconds);
    }
    return utc;
}

} // namespace ib
