#pragma once

#include <QString>
#include <QUrl>

namespace ib::cli {

/// The service's public endpoint for a region, used when neither the profile nor the command
/// line names one.
inline QUrl publicEndpoint(const QString &regionId)
{
    return QUrl(QStringLiteral("https://ecs.%1.aliyuncs.com").arg(regionId));
}

} // namespace ib::cli
