#pragma once

#include "results/resultmeaning.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace ib::ui {

/// The icon shown beside a status everywhere in the window, so colour is never the only sign.
QIcon statusIcon(StatusKind kind);

/// The status colour, a mid tone chosen to read on light and dark palettes alike.
QColor statusColor(StatusKind kind);

/// base mixed with amount (0..1) of accent: a tint that keeps the palette's text readable.
QColor blend(const QColor &base, const QColor &accent, qreal amount);

/// Loads the icons and other resources compiled into ib_ui; safe to call more than once.
void initResources();

} // namespace ib::ui
