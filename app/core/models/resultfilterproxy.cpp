#include "models/resultfilterproxy.h"

#include "logcategories.h"
#include "models/resulttablemodel.h"

namespace ib {

ResultFilterProxy::ResultFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultTableModel::RawValueRole);
}

void ResultFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_results = qobject_cast<ResultTableModel *>(model);
    if (model && !m_results)
        qCWarning(lcModels) << "ResultFilterProxy needs a ResultTableModel; it will show no rows";
    QSortFilterProxyModel::setSourceModel(model);
}

void ResultFilterProxy::setFilter(const ResultFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    Q_EMIT filterChanged(m_filter);
}

bool ResultFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_results || sourceParent.isValid())
        return false;
    return m_results->matches(sourceRow, m_filter);
}

bool ResultFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_results && sortRole() == ResultTableModel::RawValueRole)
        return m_results->compareRows(left.row(), right.row(), left.column()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ib
