#pragma once

#include "models/resultfilter.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace ib {

class ResultTableModel;

/// Shows the rows of a ResultTableModel that pass a ResultFilter, sorted by raw values
/// (times as times, numbers as numbers; absent values after present ones when ascending).
class ResultFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ResultFilterProxy(QObject *parent = nullptr);

    /// Must be a ResultTableModel; any other model shows no rows.
    void setSourceModel(QAbstractItemModel *model) override;
    ResultTableModel *resultModel() const { return m_results; }

    const ResultFilter &filter() const { return m_filter; }
    void setFilter(const ResultFilter &filter);

Q_SIGNALS:
    /// The filter changed and the rows were filtered again.
    void filterChanged(const ib::ResultFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<ResultTableModel> m_results;
    ResultFilter m_filter;
};

} // namespace ib
