#include "retrypolicy.h"

#include <algorithm>

namespace ib::api {

namespace {

// Successes needed at the current limit before it grows by one: slow, additive recovery.
constexpr int successesPerStep = 8;

} // namespace

bool RetryPolicy::isThrottling(const ApiError &error)
{
    return error.kind == ApiError::Kind::Service &&
           (error.code == QLatin1String("Throttling") ||
            error.code.startsWith(QLatin1String("Throttling.")));
}

bool RetryPolicy::isRetryable(const ApiError &error, bool answeredBefore)
{
    switch (error.kind) {
    case ApiError::Kind::Service:
        // Every attempt is signed with a new nonce, so a used one means an attempt went out
        // twice (Qt sends a request again when its connection closes early): signing anew is safe.
        return isThrottling(error) || error.code == QLatin1String("ServiceUnavailable") ||
               error.code.startsWith(QLatin1String("InternalError")) ||
               error.code == QLatin1String("SignatureNonceUsed");
    case ApiError::Kind::Http:
        return error.httpStatus >= 500;
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        switch (error.networkError) {
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionClosedError:
            return true;
        case QNetworkReply::ConnectionRefusedError:
            return answeredBefore;
        default:
            return false;
        }
    default:
        return false;
    }
}

int RetryPolicy::delayMs(int retry, QRandomGenerator *random) const
{
    const int shift = std::clamp(retry, 0, 20);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    if (ceiling <= 0)
        return 0;
    return int(random->bounded(ceiling + 1));
}

ConcurrencyLimit::ConcurrencyLimit(int maximum)
    : m_maximum(std::max(1, maximum))
    , m_current(m_maximum)
{}

void ConcurrencyLimit::recordThrottled()
{
    m_current = std::max(1, m_current / 2);
    m_successes = 0;
}

void ConcurrencyLimit::recordSuccess()
{
    if (m_current >= m_maximum)
        return;
    if (++m_successes >= successesPerStep * m_current) {
        ++m_current;
        m_successes = 0;
    }
}

} // namespace ib::api
