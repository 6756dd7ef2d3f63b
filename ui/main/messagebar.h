#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ib::ui {

/// An inline message above the table: what happened and, when there is one, the next step.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows text; a non-empty actionText adds a button that emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    /// Shows text like showMessage(), unless a more serious message is still on screen: for news
    /// from work in the background, which must not hide an error the user has not read yet.
    void showUnlessMoreSerious(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    /// The user pressed the message's action button.
    void actionTriggered();

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace ib::ui
