#pragma once

#include <QStyledItemDelegate>

namespace ib::ui {

/// Shows a name column's id, dimmed, where no name is known (a released instance, results
/// opened offline, names still on their way), so the column never reads blank.
class NameOrIdDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    NameOrIdDelegate(int idColumn, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_idColumn;
};

} // namespace ib::ui
