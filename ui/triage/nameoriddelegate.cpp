#include "nameoriddelegate.h"

namespace ib::ui {

NameOrIdDelegate::NameOrIdDelegate(int idColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_idColumn(idColumn)
{}

void NameOrIdDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->text.isEmpty())
        return;
    option->text = index.siblingAtColumn(m_idColumn).data().toString();
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace ib::ui
