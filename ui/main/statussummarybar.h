#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace ib {
class StatusSummary;
}

namespace ib::ui {

class FlowLayout;

/// A count per status as buttons (icon, word and number): a click filters to that status,
/// Ctrl+click adds it to the statuses already shown.
class StatusSummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit StatusSummaryBar(StatusSummary *summary, QWidget *parent = nullptr);

    /// Marks the statuses the filter currently shows.
    void setSelectedStatuses(const QStringList &statuses);
    /// The button for a status, or nullptr; the first button ("All") has an empty status.
    QToolButton *button(const QString &status) const;
    /// Puts a widget at the right end of the bar (the export button).
    void addTrailingWidget(QWidget *widget);

Q_SIGNALS:
    /// The user asked to show these statuses (empty: every status).
    void statusesRequested(const QStringList &statuses);

private:
    void rebuild();
    void onClicked(const QString &status);
    void updateTabOrder();

    StatusSummary *m_summary;
    QHBoxLayout *m_layout;
    FlowLayout *m_chips;
    QToolButton *m_all;
    QHash<QString, QToolButton *> m_buttons;
    QList<QWidget *> m_trailing;
    QStringList m_order;
    QStringList m_selected;
};

} // namespace ib::ui
