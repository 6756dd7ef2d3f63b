#pragma once

#include "results/invocationresult.h"

#include <QTableView>

class QLabel;
class QPushButton;

namespace ib::ui {

/// The results table: sortable, columns movable and hideable, header state kept between runs,
/// and a centred sentence when there is nothing to show.
class ResultsView : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// The sentence shown over an empty table (before the first fetch, no results, all filtered),
    /// with the action button (see setEmptyAction()) when withAction is true.
    void setEmptyText(const QString &text, bool withAction = false);
    QString emptyText() const;
    void setEmptyAction(const QString &text);
    QPushButton *emptyActionButton() const { return m_emptyAction; }

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

    /// The invocation results of the selected rows, in view order.
    QList<InvocationResult> selectedResults() const;
    /// Copies the selected rows' instance ids, one per line (Ctrl+Shift+C).
    void copySelectedInstanceIds() const;

Q_SIGNALS:
    /// The button under the empty-table sentence was pressed.
    void emptyActionTriggered();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void updateEmptyLabel();

    QLabel *m_empty;
    QPushButton *m_emptyAction;
    bool m_withAction = false;
};

} // namespace ib::ui
