#include "fakeendpoint.h"

#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

QByteArray RecordedRequest::encodedQuery() const
{
    const qsizetype mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QString RecordedRequest::parameter(const QString &name) const
{
    const QList<QByteArray> pairs = encodedQuery().split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (QByteArray::fromPercentEncoding(pair.left(equals)) == name.toUtf8())
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return {};
}

QString RecordedRequest::nonce() const
{
    const QByteArray v3 = header("x-acs-signature-nonce");
    return v3.isEmpty() ? parameter(QStringLiteral("SignatureNonce")) : QString::fromLatin1(v3);
}

FakeAnswer FakeAnswer::json(int status, const QByteArray &body)
{
    FakeAnswer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

FakeAnswer FakeAnswer::drop()
{
    FakeAnswer answer;
    answer.action = Action::DropConnection;
    return answer;
}

FakeAnswer FakeAnswer::cut(const QByteArray &body)
{
    FakeAnswer answer = json(200, body);
    answer.action = Action::CutBody;
    return answer;
}

FakeAnswer FakeAnswer::silent()
{
    FakeAnswer answer;
    answer.action = Action::StaySilent;
    return answer;
}

FakeEndpoint::FakeEndpoint(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeEndpoint::onConnection);
}

bool FakeEndpoint::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FakeEndpoint::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FakeEndpoint::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeEndpoint::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;

    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    RecordedRequest request{requestLine.value(0), requestLine.value(1), {}, {}, 0};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        request.headerNames.append(name);
        request.headers.insert(name, lines.at(i).mid(colon + 1).trimmed());
    }
    openRequests += 1;
    maxOpenRequests = std::max(maxOpenRequests, openRequests);
    request.openAtArrival = openRequests;
    requests.append(request);
    const FakeAnswer answer = !queue.isEmpty() ? queue.takeFirst()
                              : fallback       ? fallback(request)
                                               : FakeAnswer::json(404, "{}");
    Q_EMIT requestReceived();

    if (answer.action == FakeAnswer::Action::StaySilent)
        return;
    if (latencyMs <= 0)
        respond(socket, answer);
    else
        QTimer::singleShot(latencyMs, socket, [this, socket, answer] { respond(socket, answer); });
}

void FakeEndpoint::respond(QTcpSocket *socket, const FakeAnswer &answer)
{
    openRequests -= 1;
    if (answer.action == FakeAnswer::Action::DropConnection) {
        socket->abort();
        return;
    }

    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n" +
                          "Content-Type: application/json\r\nConnection: close\r\n" +
                          "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        response += name + ": " + value + "\r\n";
    if (answer.action == FakeAnswer::Action::CutBody) {
        socket->write(response + "\r\n" + answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(response + "\r\n" + answer.body);
    socket->disconnectFromHost();
}
