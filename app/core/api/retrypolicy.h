#pragma once

#include "api/apierror.h"

#include <QRandomGenerator>

namespace ib::api {

/// Which failures are worth another attempt, and how long to wait before it.
struct RetryPolicy
{
    int maxRetries = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 20000;

    /// Throttling, an unavailable or failing service, 5xx without a code, timeouts and
    /// dropped connections. A refused connection counts only once the endpoint has answered
    /// before (`answeredBefore`): at the start it means a wrong address, not a blip.
    static bool isRetryable(const ApiError &error, bool answeredBefore);

    /// True for the service's throttling codes: the caller should also slow down.
    static bool isThrottling(const ApiError &error);

    /// Exponential backoff with full jitter: uniform in [0, min(max, base * 2^retry)].
    int delayMs(int retry, QRandomGenerator *random = QRandomGenerator::global()) const;
};

/// How many requests may be in flight: halves on throttling, grows back by one after
/// a run of successes, never below one nor above the configured maximum.
class ConcurrencyLimit
{
public:
    explicit ConcurrencyLimit(int maximum);

    int current() const { return m_current; }
    int maximum() const { return m_maximum; }
    void recordThrottled();
    void recordSuccess();

private:
    int m_maximum;
    int m_current;
    int m_successes = 0;
};

} // namespace ib::api
