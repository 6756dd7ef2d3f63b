#pragma once

#include "results/invocationresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

class QJsonObject;

namespace ib {

/// One page of a DescribeInvocationResults answer, results in the order the service sent them.
struct ResultsPage
{
    QList<InvocationResult> results;
    QString nextToken; // empty or null ends the walk
    QString requestId;
    std::optional<qint64> totalCount;
    QStringList warnings; // sentences about data that was kept only in part
};

/// Why a body could not be read as a results page.
struct ParseFailure
{
    QString message; // a sentence for a person
    QString excerpt; // what could be read of the body
};

/// Parses the body of a successful DescribeInvocationResults response (JSON).
std::variant<ResultsPage, ParseFailure> parseResultsPage(const QByteArray &body);

/// Reads one element of InvocationResults.InvocationResult. Problems with a field (such as
/// Output that is not valid Base64) are described in \a warnings when given; the row is kept.
InvocationResult parseInvocationResult(const QJsonObject &object, QStringList *warnings = nullptr);

/// Reads a service time as UTC. Returns an invalid QDateTime for "" or unreadable text.
QDateTime parseServiceTime(const QString &text);

} // namespace ib
