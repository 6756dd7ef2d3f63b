#include "runnotifier.h"

#include "logcategories.h"
#include "messagebar.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace ib::ui {

RunNotifier::RunNotifier(MessageBar *messages, QObject *parent)
    : QObject(parent)
    , m_messages(messages)
{}

RunNotifier::Channel RunNotifier::channel() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() ? Channel::Desktop : Channel::Window;
}

QString RunNotifier::channelDescription() const
{
    return channel() == Channel::Desktop
               ? tr("Finished runs are announced as desktop notifications")
               : tr("Finished runs are announced in this window (the desktop has no system tray)");
}

void RunNotifier::notify(const QString &title, const QString &text)
{
    m_lastText = text;
    qCInfo(lcUi) << "run finished:" << text;
    if (channel() == Channel::Desktop) {
        if (!m_tray) {
            // The icon exists only to carry the message; it stays for the session once shown.
            m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
            m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
        return;
    }
    if (m_messages)
        m_messages->showUnlessMoreSerious(MessageBar::Kind::Info, text);
}

} // namespace ib::ui
