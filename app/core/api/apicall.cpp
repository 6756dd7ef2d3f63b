#include "apicall.h"

#include "logcategories.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace ib::api {

namespace {

// The RequestId of a success body, for the log, without parsing the whole page twice.
QByteArray requestIdIn(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"RequestId\":\"");
    const qsizetype start = body.indexOf(key);
    if (start < 0)
        return {};
    const qsizetype from = start + key.size();
    const qsizetype end = body.indexOf('"', from);
    if (end < 0 || end - from > 100)
        return {};
    return body.mid(from, end - from);
}

// Qt's error texts can quote the URL, whose query holds the signature and the token.
QString withoutQuery(QString message)
{
    static const QRegularExpression query(QStringLiteral("\\?\\S*"));
    return message.replace(query, QString());
}

// The connection failed (possibly mid-body, after a status line): errors below 100 are
// the transport's, the others mirror the HTTP status.
bool transportFailed(const QNetworkReply *reply)
{
    const QNetworkReply::NetworkError code = reply->error();
    return code != QNetworkReply::NoError && code < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

ApiCall::ApiCall(const ClientConfig &config, QNetworkAccessManager *nam, ActionCall call,
                 QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_call(std::move(call))
{
    m_policy.maxRetries = config.maxRetries;
    m_policy.baseDelayMs = config.retryBaseDelayMs;
    m_policy.maxDelayMs = config.retryMaxDelayMs;
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    abort();
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::abort()
{
    m_backoff.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::sendAttempt()
{
    m_tooLarge = false;
    m_signedAt = m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc();
    const QNetworkRequest request = signedRequest(m_config, m_call, newNonce(), m_signedAt);
    m_elapsed.start();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onDownloadProgress);
}

void ApiCall::onDownloadProgress(qint64 received, qint64 total)
{
    if (received <= m_config.maxResponseBytes && total <= m_config.maxResponseBytes)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    // After an abort (size cap, timeout) the reply is closed and has nothing to read.
    const QByteArray body = reply->isOpen() && !m_tooLarge ? reply->readAll() : QByteArray();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && !m_tooLarge && !transportFailed(reply) &&
        !cutShort(reply, body)) {
        const QByteArray headerId = reply->rawHeader("x-acs-request-id");
        logAnswer(status, headerId.isEmpty() ? requestIdIn(body) : headerId);
        Q_EMIT succeeded(body);
        return;
    }

    const ApiError error = errorOf(reply, body);
    if (status != 0) {
        m_answeredBefore = true;
        logAnswer(status, error.requestId.toLatin1());
    }
    if (RetryPolicy::isRetryable(error, m_answeredBefore) && m_retries < m_policy.maxRetries) {
        const int delay = m_policy.delayMs(m_retries++);
        qCInfo(lcApi).noquote() << "retry" << m_retries << "of" << m_call.action << "in" << delay
                                << "ms after" << error.summary();
        Q_EMIT retrying(error, delay);
        m_backoff.start(delay);
        return;
    }

    qCWarning(lcApi).noquote() << m_call.action << "failed:" << error.summary();
    Q_EMIT failed(error);
}

bool ApiCall::cutShort(QNetworkReply *reply, const QByteArray &body)
{
    // A compressed body is longer or shorter than its Content-Length once Qt has inflated it.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return reply->rawHeader("Content-Encoding").isEmpty() && length.isValid() &&
           body.size() < length.toLongLong();
}

ApiError ApiCall::errorOf(QNetworkReply *reply, const QByteArray &body) const
{
    if (m_tooLarge)
        return ApiError::tooLarge(m_config.maxResponseBytes);
    if (cutShort(reply, body))
        return ApiError::network(
            QNetworkReply::RemoteHostClosedError,
            tr("The connection closed after %1 of %2 bytes of the answer.")
                .arg(body.size())
                .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()));

    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && !transportFailed(reply)) {
        // The local clock now, as the request's signer sees it, against the service's Date.
        const QDateTime localNow = m_signedAt.addMSecs(m_elapsed.elapsed());
        ApiError error =
            ApiError::fromResponse(status, body, parseHttpDate(reply->rawHeader("Date")), localNow);
        error.location = QString::fromUtf8(reply->rawHeader("Location"));
        return error;
    }

    // The transfer timeout aborts the reply, which Qt reports as a cancelled operation.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return ApiError::timeout(m_config.timeoutMs);
    return ApiError::network(code, withoutQuery(reply->errorString()));
}

void ApiCall::logAnswer(int status, const QByteArray &requestId) const
{
    qCInfo(lcApi).noquote() << m_call.action << m_config.endpoint.host() << "HTTP" << status
                            << m_elapsed.elapsed() << "ms RequestId"
                            << (requestId.isEmpty() ? QByteArray("-") : requestId);
}

} // namespace ib::api
