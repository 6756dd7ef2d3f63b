#include "statusstyle.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>

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

namespace {

// The hue of each status; statusColor() adjusts its lightness to the palette in use.
QColor statusAccent(StatusKind kind)
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

} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    // Relative luminance as WCAG defines it, from sRGB channels.
    const auto luminance = [](const QColor &c) {
        const auto linear = [](float v) {
            return v <= 0.04045f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableColor(const QColor &accent, const QList<QColor> &backgrounds)
{
    const auto worst = [&backgrounds](const QColor &colour) {
        qreal lowest = 21.0;
        for (const QColor &background : backgrounds)
            lowest = std::min(lowest, contrastRatio(colour, background));
        return lowest;
    };
    // Dark backgrounds get a lighter shade of the hue, light ones a darker shade.
    const bool darkBackground = !backgrounds.isEmpty() && backgrounds.first().lightnessF() < 0.5;
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    accent.getHslF(&hue, &saturation, &lightness);
    QColor colour = accent;
    while (worst(colour) < minimumTextContrast && lightness > 0.0f && lightness < 1.0f) {
        lightness = std::clamp(lightness + (darkBackground ? 0.02f : -0.02f), 0.0f, 1.0f);
        colour = QColor::fromHslF(hue, saturation, lightness);
    }
    return colour;
}

QColor statusColor(StatusKind kind)
{
    const QPalette palette = QGuiApplication::palette();
    return readableColor(statusAccent(kind),
                         {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase),
                          palette.color(QPalette::Window)});
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
