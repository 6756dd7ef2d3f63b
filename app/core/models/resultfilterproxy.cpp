#include "models/resultfilterproxy.h"

#include "logcategories.h"
#include "models/resulttablemodel.h"

#include <QDateTime>

namespace ib {

namespace {} // namespace

ResultFilterProxy::ResultFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultTableModel::RawValueRole);

    // "web-2" before "web-10", and names in the reader's alphabet.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
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
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());

    // Absent values (an exit code not reported yet, a time not set) gather after the rest.
    if (!leftValue.isValid() || !rightValue.isValid())
        return leftValue.isValid() && !rightValue.isValid();
    if (leftValue.userType() == QMetaType::QDateTime &&
        rightValue.userType() == QMetaType::QDateTime)
        return leftValue.toDateTime() < rightValue.toDateTime();
    if (leftValue.userType() == QMetaType::LongLong && rightValue.userType() == QMetaType::LongLong)
        return leftValue.toLongLong() < rightValue.toLongLong();
    return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
}

} // namespace ib
