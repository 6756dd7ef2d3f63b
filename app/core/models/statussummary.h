#pragma once

#include "models/resultfilter.h"

#include <QAbstractListModel>
#include <QHash>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>
#include <vector>

namespace ib {

class ResultFilterProxy;
class ResultTableModel;

/// Counts the loaded results per effective status, among the rows that pass every condition
/// of the proxy's filter except the status one, so the counts can serve as status filters.
/// One row per status seen in the loaded results: known statuses in a fixed order (failures
/// first, then running, then success), others after them in the order they appeared.
class StatusSummary : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, ///< the status as the service spells it
        CountRole,                     ///< rows with this status passing the other conditions
        StatusKindRole,                ///< ib::StatusKind of the status
    };
    Q_ENUM(Role)

    explicit StatusSummary(ResultFilterProxy *proxy, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Statuses in display order.
    QStringList statuses() const;
    /// Rows with this status (compared case-insensitively) passing the other conditions.
    int count(const QString &status) const;
    /// Rows passing the other conditions, whatever their status.
    int total() const { return m_total; }

Q_SIGNALS:
    /// One or more counts changed, or a status appeared.
    void countsChanged();

private:
    struct Entry
    {
        QString status;
        int rank = 0;
        int count = 0;
    };
    struct RowState
    {
        int entry = -1;
        bool passes = false;
    };

    void attach(ResultTableModel *model);
    void rebuild();
    void refilter();
    void countRows(int first, int last);
    void recountRows(int first, int last);
    void setRowPasses(int row, bool passes);
    int entryFor(const QString &status);
    void publish();

    QPointer<ResultFilterProxy> m_proxy;
    QPointer<ResultTableModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    ResultFilter m_filter;               // the proxy's filter without its status condition
    std::vector<Entry> m_entries;        // in order of appearance
    std::vector<int> m_order;            // display row -> entry
    QHash<QString, int> m_entryByStatus; // lower-case status -> entry
    std::vector<RowState> m_rows;        // source row -> its status entry and whether it passes
    int m_total = 0;
    bool m_resetting = false;
};

} // namespace ib
