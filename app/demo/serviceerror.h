#pragma once

#include <QString>

namespace ib::demo {

/// An error the way the service reports it: HTTP status, Code and Message of the envelope.
struct ServiceError
{
    int httpStatus = 400;
    QString code;
    QString message;

    static ServiceError invalidParameter(const QString &name)
    {
        return {400, QStringLiteral("InvalidParameter"),
                QStringLiteral("The specified parameter \"%1\" is not valid.").arg(name)};
    }
    static ServiceError missingParameter(const QString &name)
    {
        return {400, QStringLiteral("MissingParameter.") + name,
                QStringLiteral("The input parameter \"%1\" that is mandatory for processing this "
                               "request is not supplied.")
                    .arg(name)};
    }
    static ServiceError incompleteSignature(const QString &detail)
    {
        return {400, QStringLiteral("IncompleteSignature"),
                QStringLiteral("The request signature does not conform to Aliyun standards. ") +
                    detail};
    }
};

} // namespace ib::demo
