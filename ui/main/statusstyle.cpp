#include "statusstyle.h"

// Q_INIT_RESOURCE must be used outside a namespace; the static library's resources are
// otherwise dropped by the linker.
static void initIbUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace ib::ui {

QIcon statusIcon(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Success:
        return QIcon(QStringLiteral(":/icons/status-success.svg"));
    case StatusKind::Failure:
        return QIcon(QStringLiteral(":/icons/status-failure.svg"));
    case StatusKind::Running:
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    case StatusKind::Pending:
        return QIcon(QStringLiteral(":/icons/status-pending.svg"));
    case StatusKind::Stopped:
        return QIcon(QStringLiteral(":/icons/status-stopped.svg"));
    case StatusKind::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-unknown.svg"));
}

QColor statusColor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Success:
        return QColor(0x2e, 0x9d, 0x4f);
    case StatusKind::Failure:
        return QColor(0xd6, 0x45, 0x41);
    case StatusKind::Running:
        return QColor(0x2f, 0x7f, 0xd8);
    case StatusKind::Pending:
        return QColor(0xc2, 0x8a, 0x00);
    case StatusKind::Stopped:
        return QColor(0x7b, 0x87, 0x94);
    case StatusKind::Unknown:
        break;
    }
    return QColor(0x8e, 0x7c, 0xc3);
}

QColor blend(const QColor &base, const QColor &accent, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(base.redF() * keep + accent.redF() * amount),
                            float(base.greenF() * keep + accent.greenF() * amount),
                            float(base.blueF() * keep + accent.blueF() * amount));
}

void initResources()
{
    static bool done = false;
    if (!done) {
        initIbUiResources();
        done = true;
    }
}

} // namespace ib::ui
