#pragma once

#include "results/invocationresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace ib {

/// The invocation results of a saved DescribeInvocationResults response, opened offline.
struct SavedResults
{
    QList<InvocationResult> results; // every page's results, in the order saved
    int pages = 0;
    QStringList warnings; // sentences about data kept only in part
};

/// Reads what the vendor CLI prints for DescribeInvocationResults: one page object, a JSON
/// array of page objects, or page objects one after another (as `--pager` or repeated runs
/// write them). On failure, a sentence naming \a fileName and the problem.
std::variant<SavedResults, QString> readSavedResponses(const QByteArray &bytes,
                                                       const QString &fileName);

/// The same for a file on disk; an unreadable file is a failure sentence too.
std::variant<SavedResults, QString> readSavedResponseFile(const QString &path);

} // namespace ib
