#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "api/retrypolicy.h"
#include "api/signedrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ib::api {

/// One call of one action, with its retries: every attempt is signed anew with a fresh
/// nonce and timestamp. Emits exactly one of succeeded or failed, unless aborted.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(const ClientConfig &config, QNetworkAccessManager *nam, ActionCall call,
            QObject *parent = nullptr);
    ~ApiCall() override;

    /// Whether the endpoint has answered this walk before: a refused connection is then
    /// a blip worth retrying rather than a wrong address.
    void setAnsweredBefore(bool answered) { m_answeredBefore = answered; }

    void start();

    /// Stops the attempt in flight or the wait before a retry; no signal follows.
    void abort();

Q_SIGNALS:
    /// The body of a 2xx answer.
    void succeeded(const QByteArray &body);
    /// The call failed for good: not retryable, or the retries ran out.
    void failed(const ib::api::ApiError &error);
    /// An attempt failed and another follows after `delayMs`.
    void retrying(const ib::api::ApiError &error, int delayMs);

private:
    void sendAttempt();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    /// A successful answer whose body is shorter than its Content-Length: the connection dropped.
    static bool cutShort(QNetworkReply *reply, const QByteArray &body);
    ApiError errorOf(QNetworkReply *reply, const QByteArray &body) const;
    void logAnswer(int status, const QByteArray &requestId) const;

    ClientConfig m_config;
    QNetworkAccessManager *m_nam;
    ActionCall m_call;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    QDateTime m_signedAt; // the local clock when the attempt in flight was signed
    int m_retries = 0;
    bool m_answeredBefore = false;
    bool m_tooLarge = false;
};

/// Reads an HTTP Date header ("Thu, 03 Dec 2026 19:24:49 GMT") as UTC; invalid if unreadable.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace ib::api
