#pragma once

#include "api/signer.h"
#include "demooptions.h"
#include "fleet.h"
#include "results/invocationresult.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace ib::demo {

/// What the endpoint saw of one request and how it answered, for tests to inspect.
struct RequestRecord
{
    int number = 0;           // 1 for the first request the server received
    QString action;           // as the caller named it; empty when it did not authenticate
    QString signatureVersion; // "1.0" or "ACS3-HMAC-SHA256"
    QString nonce;
    api::Parameters parameters; // query and form, without Signature and SecurityToken
    int httpStatus = 0;
    QString errorCode; // "" on success
    QString fault;     // the injected fault, if any: latency is not listed
};

/// The local ECS endpoint on loopback: speaks the real wire protocol, checks signatures,
/// pages, serves a generated fleet and fails on purpose when asked.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(DemoOptions options = {}, QObject *parent = nullptr);
    ~DemoServer() override;

    /// Listens on 127.0.0.1 at the configured port (0: any free one); false with a reason if not.
    bool start(QString *error = nullptr);
    /// http://127.0.0.1:<port>, valid once started.
    QUrl endpoint() const;
    quint16 port() const;
    const DemoOptions &options() const;

    void setFaults(const Faults &faults);
    Faults faults() const;

    /// Every result a walk of cn-hangzhou without IncludeHistory returns now, in service order.
    QList<InvocationResult> allResults() const;
    /// The fleet of cn-hangzhou (results there are stored final; see resultAt()).
    const Fleet &fleet() const;
    QList<DemoInstance> instances() const;
    QList<DemoInvocation> invocations() const;
    /// Milliseconds since start(); settling results move on with it.
    qint64 elapsedMs() const;

    int requestCount() const;
    QList<RequestRecord> requests() const;

Q_SIGNALS:
    /// A reply was written (or cut short on purpose) for the request `record` describes.
    void requestHandled(const ib::demo::RequestRecord &record);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ib::demo

Q_DECLARE_METATYPE(ib::demo::RequestRecord)
