#include "demoserver.h"

#include "actions.h"
#include "logcategories.h"
#include "paging.h"
#include "requestverifier.h"
#include "serviceerror.h"
#include "wirerequest.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <functional>

namespace ib::demo {

namespace {

/// A reply ready to be written: status, body, and whether to cut it short.
struct Reply
{
    int httpStatus = 200;
    QByteArray body;
    bool dropMidBody = false;
};

constexpr int dropDelayMs = 50;

using RequestHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

// QAbstractHttpServer of Qt 6.4 hands over the socket, so a reply can wait or stop mid-body.
class HttpFrontend : public QAbstractHttpServer
{
public:
    explicit HttpFrontend(RequestHandler handler)
        : m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    RequestHandler m_handler;
};

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class DemoServer::Private
{
public:
    Private(DemoServer *q, DemoOptions options);

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Reply answer(const WireRequest &wire, const QString &requestId, RequestRecord &record);
    std::optional<Reply> injectedFault(const QString &requestId, const QString &regionId,
                                       RequestRecord &record);
    Reply errorReply(const ServiceError &error, const QString &requestId,
                     const QString &regionId) const;
    void send(QHttpServerResponder &responder, const Reply &reply, const QString &requestId);

    DemoServer *q;
    DemoOptions options;
    Faults faults;
    QHash<QString, Fleet> fleets;
    TokenBook tokens;
    RequestVerifier verifier;
    QElapsedTimer clock;
    std::unique_ptr<HttpFrontend> http;
    quint16 port = 0;
    int requestCount = 0;
    QList<RequestRecord> requests;
};

DemoServer::Private::Private(DemoServer *q, DemoOptions options)
    : q(q)
    , options(options)
    , faults(options.faults)
    , tokens(options.seed)
    , verifier({options.accessKeyId, options.accessKeySecret, options.securityToken})
{
    if (!this->options.now.isValid())
        this->options.now = QDateTime::currentDateTimeUtc();
    const QDateTime now = this->options.now.toUTC();
    fleets.insert(QStringLiteral("cn-hangzhou"),
                  options.synthetic ? Fleet::synthetic(*options.synthetic, options.seed, now)
                                    : Fleet::generate(options.seed, now));
    for (const char *regionId : {"cn-shanghai", "cn-beijing", "ap-southeast-1"})
        fleets.insert(QLatin1String(regionId), Fleet::empty(QLatin1String(regionId), now));
}

void DemoServer::Private::handle(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
{
    const WireRequest wire = wireRequest(request);
    RequestRecord record;
    record.number = ++requestCount;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const Reply reply = answer(wire, requestId, record);
    record.httpStatus = reply.httpStatus;
    requests.append(record);
    qCInfo(lcDemo).noquote() << "Request" << record.number
                             << (record.action.isEmpty() ? QStringLiteral("-") : record.action)
                             << "answered" << reply.httpStatus << record.errorCode << record.fault;

    if (faults.latencyMs <= 0) {
        send(responder, reply, requestId);
        Q_EMIT q->requestHandled(record);
        return;
    }
    // The responder waits in the timer; the socket as context drops it if the client leaves.
    auto waiting = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(faults.latencyMs, waiting->socket(),
                       [this, waiting, reply, requestId, record] {
                           send(*waiting, reply, requestId);
                           Q_EMIT q->requestHandled(record);
                       });
}

Reply DemoServer::Private::answer(const WireRequest &wire, const QString &requestId,
                                  RequestRecord &record)
{
    const api::Parameters parameters = wire.parameters();
    for (const api::Parameter &parameter : parameters) {
        if (parameter.first != QLatin1String("Signature") &&
            parameter.first != QLatin1String("SecurityToken"))
            record.parameters.append(parameter);
    }
    const QString regionId = parameterValue(parameters, QStringLiteral("RegionId"));
    const auto fail = [&](const ServiceError &error) {
        record.errorCode = error.code;
        return errorReply(error, requestId, regionId);
    };

    if (wire.method != "GET" && wire.method != "POST")
        return fail({405, QStringLiteral("UnsupportedHTTPMethod"),
                     QStringLiteral("Specified HTTP method is not supported.")});
    if (wire.path != "/")
        return fail(
            {404, QStringLiteral("InvalidAction.NotFound"),
             QStringLiteral("Specified api is not found, please check your url and method.")});

    const auto verdict = verifier.verify(wire, QDateTime::currentDateTimeUtc());
    if (const auto *error = std::get_if<ServiceError>(&verdict))
        return fail(*error);
    const Caller &caller = std::get<Caller>(verdict);
    record.action = caller.action;
    record.signatureVersion = caller.signatureVersion;
    record.nonce = caller.nonce;

    if (auto fault = injectedFault(requestId, regionId, record))
        return *fault;

    ActionContext context{fleets,
                          tokens,
                          q->elapsedMs(),
                          options.settleMs,
                          QStringLiteral("127.0.0.1:%1").arg(port),
                          faults.repeatNextToken};
    const ActionReply result = runAction(caller.action, parameters, context);
    Reply reply;
    if (const auto *error = std::get_if<ServiceError>(&result)) {
        reply = fail(*error);
    } else {
        QJsonObject body = std::get<QJsonObject>(result);
        body.insert(QStringLiteral("RequestId"), requestId);
        reply.body = json(body);
    }

    if (faults.dropConnectionNext > 0) {
        --faults.dropConnectionNext;
        record.fault = QStringLiteral("drop");
        reply.dropMidBody = true;
    } else if (faults.malformedNext > 0) {
        --faults.malformedNext;
        record.fault = QStringLiteral("malformed");
        reply.body = reply.body.left(reply.body.size() / 2); // cut inside the JSON text
    }
    return reply;
}

std::optional<Reply> DemoServer::Private::injectedFault(const QString &requestId,
                                                        const QString &regionId,
                                                        RequestRecord &record)
{
    std::optional<ServiceError> error;
    if (faults.serverErrorNext > 0) {
        --faults.serverErrorNext;
        error = ServiceError{503, QStringLiteral("ServiceUnavailable"),
                             QStringLiteral("The request has failed due to a temporary failure of "
                                            "the server.")};
    } else if (faults.throttleNext > 0 ||
               (faults.throttleEvery > 0 && record.number % faults.throttleEvery == 0)) {
        if (faults.throttleNext > 0)
            --faults.throttleNext;
        error = ServiceError{400, QStringLiteral("Throttling.User"),
                             QStringLiteral("Request was denied due to user flow control.")};
    }
    if (!error)
        return std::nullopt;
    record.fault = error->code;
    record.errorCode = error->code;
    return errorReply(*error, requestId, regionId);
}

Reply DemoServer::Private::errorReply(const ServiceError &error, const QString &requestId,
                                      const QString &regionId) const
{
    const QString hostId = regionId.isEmpty() ? QStringLiteral("ecs.aliyuncs.com")
                                              : QStringLiteral("ecs.%1.aliyuncs.com").arg(regionId);
    const QString recommend =
        QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=Ecs&requestId=%2")
            .arg(error.code, requestId);
    return {error.httpStatus,
            json({{QStringLiteral("RequestId"), requestId},
                  {QStringLiteral("HostId"), hostId},
                  {QStringLiteral("Code"), error.code},
                  {QStringLiteral("Message"), error.message},
                  {QStringLiteral("Recommend"), recommend}}),
            false};
}

void DemoServer::Private::send(QHttpServerResponder &responder, const Reply &reply,
                               const QString &requestId)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json;charset=utf-8"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeHeader(QByteArrayLiteral("Date"), httpDate());
    responder.writeHeader(QByteArrayLiteral("x-acs-request-id"), requestId.toLatin1());
    if (!reply.dropMidBody) {
        responder.writeBody(reply.body);
        return;
    }
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    // Reset the connection a moment later: an orderly close can make Qt's client report the
    // truncated body as complete, which is a client-side check, not this fault.
    QTcpSocket *socket = responder.socket();
    socket->flush();
    QTimer::singleShot(dropDelayMs, socket, [socket] { socket->abort(); });
}

DemoServer::DemoServer(DemoOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
    qRegisterMetaType<ib::demo::RequestRecord>();
}

DemoServer::~DemoServer() = default;

bool DemoServer::start(QString *error)
{
    if (d->http)
        return true;
    auto http = std::make_unique<HttpFrontend>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            d->handle(request, std::move(responder));
        });
    const quint16 port = http->listen(QHostAddress::LocalHost, d->options.port);
    if (port == 0) {
        const QList<QTcpServer *> servers = http->servers();
        const QString reason = servers.isEmpty() ? QString() : servers.first()->errorString();
        if (error)
            *error = tr("The demo endpoint could not listen on 127.0.0.1 port %1: %2")
                         .arg(d->options.port)
                         .arg(reason.isEmpty() ? tr("the port is not available") : reason);
        qCWarning(lcDemo) << "Could not listen on port" << d->options.port << reason;
        return false;
    }
    d->http = std::move(http);
    d->port = port;
    d->clock.start();
    qCInfo(lcDemo) << "Demo endpoint listening on" << endpoint().toString();
    return true;
}

QUrl DemoServer::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/"));
    return url;
}

quint16 DemoServer::port() const
{
    return d->port;
}
const DemoOptions &DemoServer::options() const
{
    return d->options;
}
void DemoServer::setFaults(const Faults &faults)
{
    d->faults = faults;
}
Faults DemoServer::faults() const
{
    return d->faults;
}
const Fleet &DemoServer::fleet() const
{
    return d->fleets[QStringLiteral("cn-hangzhou")];
}
QList<DemoInstance> DemoServer::instances() const
{
    return fleet().instances;
}
QList<DemoInvocation> DemoServer::invocations() const
{
    return fleet().invocations;
}
qint64 DemoServer::elapsedMs() const
{
    return d->clock.isValid() ? d->clock.elapsed() : 0;
}
int DemoServer::requestCount() const
{
    return d->requestCount;
}
QList<RequestRecord> DemoServer::requests() const
{
    return d->requests;
}

QList<InvocationResult> DemoServer::allResults() const
{
    const api::Parameters region{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}};
    const auto results = matchingResults(fleet(), region, elapsedMs(), d->options.settleMs);
    return std::get<QList<InvocationResult>>(results);
}

} // namespace ib::demo
