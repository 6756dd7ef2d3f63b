#pragma once

#include "results/invocationresult.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace ib {

/// Identifies one row of results across fetches: the same run of the same command on the
/// same instance. Scheduled tasks repeat, so the run count is part of the key.
struct ResultKey
{
    QString invokeId;
    QString instanceId;
    int repeats = 0;

    static ResultKey of(const InvocationResult &result)
    {
        return {result.invokeId, result.instanceId, result.repeats};
    }

    friend bool operator==(const ResultKey &a, const ResultKey &b)
    {
        return a.repeats == b.repeats && a.invokeId == b.invokeId && a.instanceId == b.instanceId;
    }
    friend bool operator!=(const ResultKey &a, const ResultKey &b) { return !(a == b); }
};

inline size_t qHash(const ResultKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.invokeId, key.instanceId, key.repeats);
}

} // namespace ib

Q_DECLARE_METATYPE(ib::ResultKey)
