#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// DescribeInvocationResults answers for the client's tests, shaped as the service sends them.

/// A success page of `count` results for `invokeId`, instances i-<first>..; `token` is sent
/// as NextToken unless `withToken` is false (the key is then absent).
inline QByteArray resultsBody(const QString &invokeId, int count, const QString &token,
                              int first = 0, bool withToken = true)
{
    QJsonArray results;
    for (int i = first; i < first + count; ++i)
        results.append(QJsonObject{
            {QStringLiteral("InvokeId"), invokeId},
            {QStringLiteral("InstanceId"), QStringLiteral("i-%1").arg(i, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("CommandId"), QStringLiteral("c-test")},
            {QStringLiteral("InvocationStatus"), QStringLiteral("Success")},
            {QStringLiteral("InvokeRecordStatus"), QStringLiteral("Finished")},
            {QStringLiteral("Output"), QStringLiteral("aGVsbG8K")},
            {QStringLiteral("ExitCode"), 0},
            {QStringLiteral("StartTime"), QStringLiteral("2026-12-01T10:00:00Z")}});

    QJsonObject invocation{{QStringLiteral("InvocationResults"),
                            QJsonObject{{QStringLiteral("InvocationResult"), results}}},
                           {QStringLiteral("MaxResults"), 50}};
    if (withToken)
        invocation.insert(QStringLiteral("NextToken"), token);
    QJsonObject root;
    root.insert(QStringLiteral("RequestId"), QString(QStringLiteral("req-") + invokeId));
    root.insert(QStringLiteral("Invocation"), invocation);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// An error answer as the service sends it.
inline QByteArray errorBody(const QString &code, const QString &message = QStringLiteral("m"))
{
    const QJsonObject root{{QStringLiteral("RequestId"), QStringLiteral("req-error")},
                           {QStringLiteral("HostId"), QStringLiteral("ecs.example")},
                           {QStringLiteral("Code"), code},
                           {QStringLiteral("Message"), message}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
