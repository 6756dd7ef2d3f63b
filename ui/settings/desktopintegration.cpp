#include "desktopintegration.h"

#include "aboutdialog.h"
#include "settingsdialog.h"
#include "statusstyle.h"

#include <QApplication>
#include <QMenu>

namespace ib::ui {

namespace {

// Opens the window's one dialog of this kind, or brings the open one forward.
template<typename Dialog>
void openOnce(QWidget *window)
{
    auto *dialog = window->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new Dialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

QIcon applicationIcon()
{
    initResources();
    // Rendered sizes rather than the SVG: the SVG engine reports no sizes and keeps one added
    // pixmap, while these cover every size up to 128 at twice the pixel density.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/invocation-browser-%1.png").arg(size),
                     QSize(size, size));
    return icon;
}

void addHelpAndSettingsActions(QWidget *window, QMenu *help, QMenu *tools)
{
    QAction *settings = tools->addAction(SettingsDialog::tr("&Settings…"));
    settings->setMenuRole(QAction::PreferencesRole);
    // Not every platform binds Preferences to a key; Ctrl+, is what Linux desktops commonly use.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->setShortcuts(
        keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
    QObject::connect(settings, &QAction::triggered, window,
                     [window] { openOnce<SettingsDialog>(window); });

    QAction *about = help->addAction(AboutDialog::tr("&About Invocation Browser"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window,
                     [window] { openOnce<AboutDialog>(window); });

    QAction *aboutQt = help->addAction(AboutDialog::tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, window, &QApplication::aboutQt);
}

} // namespace ib::ui
