#pragma once

#include <QIcon>

class QMenu;
class QWidget;

namespace ib::ui {

/// The program's icon, rendered at 16 to 256 pixels, for windows and the About dialog.
QIcon applicationIcon();

/// Adds Settings… (the platform's Preferences shortcut) to `tools` and About Invocation Browser
/// and About Qt to `help`; the dialogs open over `window`.
void addHelpAndSettingsActions(QWidget *window, QMenu *help, QMenu *tools);

} // namespace ib::ui
