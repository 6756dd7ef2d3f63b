#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

// A tiny HTTP/1.1 endpoint on loopback for the client's tests: records each request exactly as
// it arrived on the socket and answers as the test says (an answer, a dropped connection,
// or silence).

/// One request as received: the raw request target and headers.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                     // "/?Action=..." exactly as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QList<QByteArray> headerNames;         // lower case, in arrival order, repeats kept
    int openAtArrival = 0; // requests open at the endpoint when this one arrived, itself included

    QByteArray encodedQuery() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /// The decoded value of one query parameter ("" when absent).
    QString parameter(const QString &name) const;
    /// The nonce of either signature version.
    QString nonce() const;
};

/// What the endpoint does with one request.
struct FakeAnswer
{
    enum class Action
    {
        Answer,
        DropConnection,
        CutBody,
        StaySilent
    };
    Action action = Action::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeAnswer json(int status, const QByteArray &body);
    static FakeAnswer drop();
    /// Sends the status line, headers and half the body, then closes the connection.
    static FakeAnswer cut(const QByteArray &body);
    static FakeAnswer silent();
};

class FakeEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit FakeEndpoint(QObject *parent = nullptr);

    bool listen();
    QUrl url() const; // http://127.0.0.1:<port>

    /// Answers in order; when they run out, `fallback` decides.
    QList<FakeAnswer> queue;
    std::function<FakeAnswer(const RecordedRequest &)> fallback;
    QList<RecordedRequest> requests;
    int latencyMs = 0;    // every answer waits this long
    int openRequests = 0; // received and not yet answered
    int maxOpenRequests = 0;

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeAnswer &answer);

    QHash<QTcpSocket *, QByteArray> m_buffers; // before the server: its sockets outlive it
    QTcpServer m_server;
};
