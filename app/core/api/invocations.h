#pragma once

#include "api/actionwalk.h"
#include "results/resultparser.h"

#include <QDateTime>
#include <optional>
#include <variant>

namespace ib::api {

/// One instance of a task as DescribeInvocations reports it.
struct InvokeInstance
{
    QString instanceId;
    QString invocationStatus;
    std::optional<qint64> exitCode;
    QDateTime startTime;
    QDateTime finishTime; // named FinishTime here, FinishedTime in DescribeInvocationResults
};

/// One task (invocation) as DescribeInvocations reports it: what was run, how and when.
struct Invocation
{
    QString invokeId;
    QString commandId;
    QString commandName;
    QString commandType;       // RunShellScript, RunBatScript, RunPowerShellScript
    QByteArray commandContent; // the script, Base64 already decoded
    QString parameters;        // the custom parameters as the service sent them (JSON text)
    QString repeatMode;
    QString frequency;
    qint64 timeoutSeconds = 0;
    QString workingDir;
    QDateTime creationTime;
    QString invocationStatus; // overall state of the task
    QList<InvokeInstance> instances;
};

/// One page of a DescribeInvocations answer.
struct InvocationsPage
{
    QList<Invocation> invocations;
    QString nextToken;
};

/// Reads a DescribeInvocations answer: Invocations.Invocation[] and NextToken.
std::variant<InvocationsPage, ParseFailure> parseInvocationsPage(const QByteArray &body);

/// Every DescribeInvocations page for a query.
class InvocationsWalk : public ActionWalk
{
    Q_OBJECT

public:
    InvocationsWalk(const ClientConfig &config, QNetworkAccessManager *nam,
                    const InvocationsQuery &query, QObject *parent = nullptr);

    static Parameters queryParameters(const InvocationsQuery &query);

Q_SIGNALS:
    /// The tasks of one page.
    void invocationsReceived(const QList<ib::api::Invocation> &invocations);

protected:
    Page takePage(const QByteArray &body) override;
};

} // namespace ib::api
