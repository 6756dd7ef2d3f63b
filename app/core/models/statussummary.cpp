#include "models/statussummary.h"

#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "results/resultmeaning.h"

namespace ib {

namespace {

// What needs attention first: failures, then what is still moving, then what went well.
int statusRank(const QString &foldedStatus)
{
    static const QStringList order = {
        QStringLiteral("failed"),        QStringLiteral("error"),      QStringLiteral("timeout"),
        QStringLiteral("partialfailed"), QStringLiteral("invalid"),    QStringLiteral("aborted"),
        QStringLiteral("cancelled"),     QStringLiteral("terminated"), QStringLiteral("stopping"),
        QStringLiteral("stopped"),       QStringLiteral("running"),    QStringLiteral("pending"),
        QStringLiteral("scheduled"),     QStringLiteral("success"),    QStringLiteral("finished")};
    const qsizetype rank = order.indexOf(foldedStatus);
    return rank < 0 ? int(order.size()) : int(rank);
}

} // namespace

StatusSummary::StatusSummary(ResultFilterProxy *proxy, QObject *parent)
    : QAbstractListModel(parent)
    , m_proxy(proxy)
{
    Q_ASSERT(proxy);
    m_filter = proxy->filter().exceptStatus();

    connect(proxy, &ResultFilterProxy::filterChanged, this, [this](const ResultFilter &filter) {
        const ResultFilter others = filter.exceptStatus();
        if (others == m_filter)
            return;
        m_filter = others;
        refilter();
    });
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this,
            [this] { attach(m_proxy->resultModel()); });
    attach(proxy->resultModel());
}

int StatusSummary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant StatusSummary::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[size_t(m_order[size_t(index.row())])];

    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(statusDisplayName(entry.status)).arg(entry.count);
    case StatusRole:
        return entry.status;
    case CountRole:
        return entry.count;
    case StatusKindRole:
        return QVariant::fromValue(statusKind(entry.status));
    default:
        return {};
    }
}

QStringList StatusSummary::statuses() const
{
    QStringList list;
    for (const int entry : m_order)
        list.append(m_entries[size_t(entry)].status);
    return list;
}

int StatusSummary::count(const QString &status) const
{
    const int entry = m_entryByStatus.value(status.toLower(), -1);
    return entry < 0 ? 0 : m_entries[size_t(entry)].count;
}

void StatusSummary::attach(ResultTableModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;

    if (model) {
        m_modelConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) {
                        if (size_t(first) == m_rows.size())
                            countRows(first, last);
                        else
                            rebuild();
                    }),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        recountRows(topLeft.row(), bottomRight.row());
                    }),
            connect(model, &QAbstractItemModel::modelReset, this, &StatusSummary::rebuild),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusSummary::rebuild),
            connect(model, &QAbstractItemModel::rowsMoved, this, &StatusSummary::rebuild),
            connect(model, &QAbstractItemModel::layoutChanged, this, &StatusSummary::rebuild),
        };
    }
    rebuild();
}

void StatusSummary::rebuild()
{
    beginResetModel();
    m_resetting = true;
    m_entries.clear();
    m_order.clear();
    m_entryByStatus.clear();
    m_rows.clear();
    m_total = 0;
    if (m_model && m_model->rowCount() > 0)
        countRows(0, m_model->rowCount() - 1);
    m_resetting = false;
    endResetModel();
    Q_EMIT countsChanged();
}

void StatusSummary::refilter()
{
    if (!m_model)
        return;
    for (size_t row = 0; row < m_rows.size(); ++row)
        setRowPasses(int(row), m_model->matches(int(row), m_filter));
    publish();
}

void StatusSummary::countRows(int first, int last)
{
    m_rows.resize(size_t(last) + 1);
    for (int row = first; row <= last; ++row) {
        m_rows[size_t(row)].entry = entryFor(effectiveStatus(m_model->result(row)));
        setRowPasses(row, m_model->matches(row, m_filter));
    }
    if (!m_resetting)
        publish();
}

void StatusSummary::recountRows(int first, int last)
{
    if (!m_model || size_t(last) >= m_rows.size())
        return rebuild();

    for (int row = first; row <= last; ++row) {
        setRowPasses(row, false);
        m_rows[size_t(row)].entry = entryFor(effectiveStatus(m_model->result(row)));
        setRowPasses(row, m_model->matches(row, m_filter));
    }
    publish();
}

void StatusSummary::setRowPasses(int row, bool passes)
{
    RowState &state = m_rows[size_t(row)];
    if (state.passes == passes)
        return;
    state.passes = passes;
    const int delta = passes ? 1 : -1;
    m_entries[size_t(state.entry)].count += delta;
    m_total += delta;
}

int StatusSummary::entryFor(const QString &status)
{
    const QString folded = status.toLower();
    const auto found = m_entryByStatus.constFind(folded);
    if (found != m_entryByStatus.constEnd())
        return found.value();

    const int entry = int(m_entries.size());
    const int rank = statusRank(folded);
    m_entries.push_back({status, rank, 0});
    m_entryByStatus.insert(folded, entry);

    // Equal ranks keep their order of appearance, which places unknown statuses last.
    auto position = std::find_if(m_order.begin(), m_order.end(),
                                 [&](int other) { return m_entries[size_t(other)].rank > rank; });
    const int displayRow = int(position - m_order.begin());
    if (!m_resetting)
        beginInsertRows({}, displayRow, displayRow);
    m_order.insert(position, entry);
    if (!m_resetting)
        endInsertRows();
    return entry;
}

void StatusSummary::publish()
{
    if (!m_order.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, CountRole});
    Q_EMIT countsChanged();
}

} // namespace ib
