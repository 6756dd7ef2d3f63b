#pragma once

#include "results/resultmeaning.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace ib::ui {

/// The icon shown beside a status everywhere in the window, so colour is never the only sign.
QIcon statusIcon(StatusKind kind);

/// The status colour as text: its hue, light or dark enough to read on the application palette's
/// base, alternate base and window colours.
QColor statusColor(StatusKind kind);

/// The contrast a text colour keeps against its background (WCAG's level AA for body text).
constexpr qreal minimumTextContrast = 4.5;

/// The WCAG contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

/// accent with its lightness moved until it reaches minimumTextContrast on every background.
QColor readableColor(const QColor &accent, const QList<QColor> &backgrounds);

/// base mixed with amount (0..1) of accent: a tint that keeps the palette's text readable.
QColor blend(const QColor &base, const QColor &accent, qreal amount);

/// Loads the icons and other resources compiled into ib_ui; safe to call more than once.
void initResources();

} // namespace ib::ui
