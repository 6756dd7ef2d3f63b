#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace ib::ui {

class MessageBar;

/// Tells the person that a followed run finished: a desktop notification where the desktop has
/// a system tray, otherwise a message in the window's message bar.
class RunNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel
    {
        Desktop,
        Window
    };

    RunNotifier(MessageBar *messages, QObject *parent = nullptr);

    Channel channel() const;
    /// Where notifications go, as a sentence for the View menu.
    QString channelDescription() const;

    void notify(const QString &title, const QString &text);
    /// The last text notified, for tests and the status bar.
    QString lastText() const { return m_lastText; }

private:
    QPointer<MessageBar> m_messages;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastText;
};

} // namespace ib::ui
