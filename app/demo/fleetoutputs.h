#pragma once

#include "fleet.h"

#include <QByteArray>
#include <QRandomGenerator>

// Private to the demo component: what commands print on the generated fleet, as raw bytes.
namespace ib::demo::outputs {

QByteArray diskUsage(QRandomGenerator &rng, const DemoInstance &instance, int rootPercent);
QByteArray packageUpgrade(QRandomGenerator &rng, int packages);
QByteArray dpkgLocked(QRandomGenerator &rng);
QByteArray nginxRestarted(QRandomGenerator &rng);
QByteArray nginxFailed(QRandomGenerator &rng, const DemoInstance &instance);
QByteArray collectedLogs(QRandomGenerator &rng, int printedBytes);
QByteArray windowsInventory(QRandomGenerator &rng, const DemoInstance &instance);
QByteArray windowsInventoryUtf16(const DemoInstance &instance);
QByteArray javaStackTrace(QRandomGenerator &rng);
QByteArray pythonTraceback(QRandomGenerator &rng);
QByteArray deployHealthCheckFailed();
QByteArray deployMigrationFailed(QRandomGenerator &rng, const DemoInstance &instance);
QByteArray deploySucceeded(QRandomGenerator &rng, const DemoInstance &instance);
QByteArray windowsUpdates(QRandomGenerator &rng, bool rebootNeeded);
QByteArray sqlBackupChinese(QRandomGenerator &rng, const DemoInstance &instance);
QByteArray logRotation(QRandomGenerator &rng, const QDateTime &when);
QByteArray diagnostics(QRandomGenerator &rng, const DemoInstance &instance, bool complete);
QByteArray htmlLookingText();

/// Text encoded as GBK (GB18030) bytes, the way a Chinese Windows console prints it.
QByteArray gbk(const QString &text);

/// Lines joined with CRLF, as Windows commands print them.
QByteArray crlf(const QStringList &lines);

} // namespace ib::demo::outputs
