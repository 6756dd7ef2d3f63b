#pragma once

#include "api/signer.h"

#include <QByteArray>
#include <QList>
#include <QPair>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace ib::demo {

/// An HTTP request as the endpoint received it, with its parameters decoded like the service does.
struct WireRequest
{
    QByteArray method;
    QByteArray path;
    api::Parameters query; // from the URL
    api::Parameters form;  // from an application/x-www-form-urlencoded body
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The value of the first header with this name (any case), or a null array.
    QByteArray header(const QByteArray &name) const;
    /// Query and form parameters together, in the order received.
    api::Parameters parameters() const { return query + form; }
};

/// Splits name=value pairs on '&'; '+' means a space and %XY a byte, as the service reads them.
api::Parameters parseFormEncoded(const QByteArray &encoded);

/// The request as received, the query taken from the encoded URL so '+' and %2B stay distinct.
WireRequest wireRequest(const QHttpServerRequest &request);

/// The first value of the parameter with this exact name, or a null string when absent.
QString parameterValue(const api::Parameters &parameters, const QString &name);

/// Whether a parameter with this exact name is present (even with an empty value).
bool hasParameter(const api::Parameters &parameters, const QString &name);

} // namespace ib::demo
