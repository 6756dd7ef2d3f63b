#include "wirerequest.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace ib::demo {

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

QByteArray WireRequest::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

api::Parameters parseFormEncoded(const QByteArray &encoded)
{
    api::Parameters parameters;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            parameters.append({decodeComponent(pair), QString()});
        else
            parameters.append(
                {decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1))});
    }
    return parameters;
}

WireRequest wireRequest(const QHttpServerRequest &request)
{
    WireRequest wire;
    wire.method = methodName(request.method());
    wire.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    if (wire.path.isEmpty())
        wire.path = QByteArrayLiteral("/");
    wire.query = parseFormEncoded(request.url().query(QUrl::FullyEncoded).toLatin1());
    wire.headers = request.headers();
    wire.body = request.body();

    const QByteArray contentType = wire.header(QByteArrayLiteral("content-type")).toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded"))
        wire.form = parseFormEncoded(wire.body);
    return wire;
}

QString parameterValue(const api::Parameters &parameters, const QString &name)
{
    for (const auto &[parameterName, value] : parameters) {
        if (parameterName == name)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

bool hasParameter(const api::Parameters &parameters, const QString &name)
{
    return std::any_of(parameters.cbegin(), parameters.cend(),
                       [&name](const api::Parameter &p) { return p.first == name; });
}

} // namespace ib::demo
