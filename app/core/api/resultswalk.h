#pragma once

#include "api/actionwalk.h"
#include "results/invocationresult.h"

namespace ib::api {

/// One DescribeInvocationResults fetch: every page of every invoke id in the query,
/// delivered page by page as they arrive.
class ResultsWalk : public ActionWalk
{
    Q_OBJECT

public:
    ResultsWalk(const ClientConfig &config, QNetworkAccessManager *nam, const ResultsQuery &query,
                QObject *parent = nullptr);

    /// The request parameters of one lane (without the invoke id), as the service reads them.
    static Parameters queryParameters(const ResultsQuery &query);

    static constexpr int maxTags = 20;
    static constexpr int pageSize = 50;

Q_SIGNALS:
    /// The results of one page, in the order the service sent them; never empty.
    void pageReceived(const QList<ib::InvocationResult> &results);

protected:
    Page takePage(const QByteArray &body) override;
};

} // namespace ib::api
