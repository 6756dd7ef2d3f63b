#include "messagebar.h"

#include "statusstyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ib::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);

    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showUnlessMoreSerious(Kind kind, const QString &text)
{
    if (!isHidden() && m_kind > kind)
        return;
    showMessage(kind, text);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    static const char *const icons[] = {":/icons/info.svg", ":/icons/warning.svg",
                                        ":/icons/error.svg"};
    m_icon->setPixmap(QIcon(QLatin1String(icons[static_cast<int>(kind)])).pixmap(16, 16));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());

    // A faint wash of the message colour over the window colour keeps text readable in any theme.
    static const QColor accents[] = {QColor(0x2f, 0x7f, 0xd8), QColor(0xc2, 0x8a, 0x00),
                                     QColor(0xd6, 0x45, 0x41)};
    QPalette pal = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, blend(base, accents[static_cast<int>(kind)], 0.18));
    setPalette(pal);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace ib::ui
