#pragma once

#include "models/resultfilter.h"
#include "models/resultkey.h"
#include "results/invocationresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <utility>
#include <vector>

namespace ib {

class ResultTableModel;

/// Groups the loaded results that look alike, largest group first, so that a fleet's runs read
/// as a few kinds of outcome: by normalised output, by exit code or by error code. A group
/// yields a ResultFilter that shows exactly its results in the table.
class ResultGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class GroupBy
    {
        Output,
        ExitCode,
        ErrorCode
    };
    Q_ENUM(GroupBy)

    enum Column
    {
        CountColumn,
        SampleColumn,
        InstancesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        CountRole = Qt::UserRole + 1, ///< how many results the group holds
        RepresentativeRole,           ///< the group's first InvocationResult
    };
    Q_ENUM(Role)

    explicit ResultGroupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The results to group; the groups follow its changes shortly after they happen.
    void setSourceModel(ResultTableModel *model);

    GroupBy groupBy() const { return m_groupBy; }
    void setGroupBy(GroupBy groupBy);

    /// Whether outputs that differ only in numbers, ids, addresses and times share a group.
    bool nearEqual() const { return m_nearEqual; }
    void setNearEqual(bool nearEqual);

    /// Groups again now rather than after the pending changes settle.
    void refresh();

    int count(int group) const;
    /// What the group's results share, in one line: output, exit code or error code.
    QString sample(int group) const;
    InvocationResult representative(int group) const;
    /// The group's instances, each once, in the order their results arrived.
    QStringList instanceIds(int group) const;
    QSet<ResultKey> memberKeys(int group) const;
    /// A filter that shows exactly this group's results.
    ResultFilter filterFor(int group) const;

Q_SIGNALS:
    /// The groups were built again.
    void groupsChanged();

private:
    struct Group
    {
        QString sample;
        QList<int> rows; // source rows, the first is the representative
        // Kept as rows join, so that painting a group never walks all its rows.
        QStringList instanceIds;
        QSet<QString> seenInstances;

        void add(int row, const QString &instanceId);
    };
    using GroupKey = std::pair<size_t, size_t>; // two independent hashes of what the group shares

    void scheduleRefresh(bool fromScratch);
    void addRows(int first, int last);
    std::pair<GroupKey, QString> keyOf(int row) const;
    std::pair<GroupKey, QString> outputKeyOf(int row) const;
    const Group &group(int index) const;

    QPointer<ResultTableModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    GroupBy m_groupBy = GroupBy::Output;
    bool m_nearEqual = true;
    std::vector<Group> m_groups; // in order of appearance
    std::vector<int> m_order;    // display row -> group, largest first
    QHash<GroupKey, int> m_groupByKey;
    int m_rowsGrouped = 0;
    bool m_fromScratch = true;
    QTimer m_refreshTimer;
};

} // namespace ib
