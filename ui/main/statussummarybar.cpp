#include "statussummarybar.h"

#include "flowlayout.h"
#include "models/statussummary.h"
#include "results/resultmeaning.h"
#include "statusstyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QToolButton>

namespace ib::ui {

StatusSummaryBar::StatusSummaryBar(StatusSummary *summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_layout(new QHBoxLayout(this))
    , m_chips(new FlowLayout(nullptr, 2))
    , m_all(new QToolButton(this))
{
    setAccessibleName(tr("Status summary"));
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->setSpacing(4);
    m_all->setCheckable(true);
    m_all->setAutoRaise(true);
    m_all->setToolTip(tr("Show every status"));
    connect(m_all, &QToolButton::clicked, this, [this] { Q_EMIT statusesRequested({}); });
    m_chips->addWidget(m_all);
    m_layout->addLayout(m_chips, 1);
    setToolTip(tr("Click a status to show only it; Ctrl+click to add it."));

    connect(m_summary, &StatusSummary::countsChanged, this, &StatusSummaryBar::rebuild);
    connect(m_summary, &QAbstractItemModel::modelReset, this, &StatusSummaryBar::rebuild);
    rebuild();
}

void StatusSummaryBar::rebuild()
{
    const QStringList statuses = m_summary->statuses();
    if (statuses != m_order) {
        qDeleteAll(m_buttons);
        m_buttons.clear();
        m_order = statuses;
        for (int i = 0; i < statuses.size(); ++i) {
            const QString status = statuses.at(i);
            auto *button = new QToolButton(this);
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setIcon(statusIcon(statusKind(status)));
            connect(button, &QToolButton::clicked, this, [this, status] { onClicked(status); });
            m_chips->insertWidget(1 + i, button);
            m_buttons.insert(status, button);
        }
        updateTabOrder();
    }

    m_all->setText(tr("All %1").arg(m_summary->total()));
    m_all->setAccessibleName(tr("All statuses: %n result(s)", nullptr, m_summary->total()));
    for (const QString &status : std::as_const(m_order)) {
        const int count = m_summary->count(status);
        QToolButton *button = m_buttons.value(status);
        const QString name = statusDisplayName(status);
        button->setText(tr("%1 %2").arg(name).arg(count));
        button->setAccessibleName(tr("%1: %n result(s)", nullptr, count).arg(name));
        button->setToolTip(tr("Show only %1 results (Ctrl+click to add)").arg(status));
    }
    setSelectedStatuses(m_selected);
}

void StatusSummaryBar::onClicked(const QString &status)
{
    QStringList statuses;
    if (QApplication::keyboardModifiers() & Qt::ControlModifier) {
        statuses = m_selected;
        if (!statuses.removeAll(status))
            statuses.append(status);
    } else if (m_selected != QStringList{status}) {
        statuses = {status};
    }
    Q_EMIT statusesRequested(statuses);
}

void StatusSummaryBar::setSelectedStatuses(const QStringList &statuses)
{
    m_selected = statuses;
    m_all->setChecked(statuses.isEmpty());
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key(), Qt::CaseInsensitive));
}

void StatusSummaryBar::addTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignTop);
    m_trailing.append(widget);
    updateTabOrder();
}

void StatusSummaryBar::updateTabOrder()
{
    // Buttons made after the window was built would otherwise come last in the window's Tab chain.
    QList<QWidget *> order{m_all};
    for (const QString &status : std::as_const(m_order))
        order.append(m_buttons.value(status));
    order.append(m_trailing);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QToolButton *StatusSummaryBar::button(const QString &status) const
{
    return status.isEmpty() ? m_all : m_buttons.value(status);
}

} // namespace ib::ui
