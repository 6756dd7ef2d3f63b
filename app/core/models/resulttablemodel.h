#pragma once

#include "models/resultfilter.h"
#include "models/resultkey.h"
#include "results/invocationresult.h"
#include "results/resultmeaning.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace ib {

/// The loaded invocation results, one row each, for the result table, the filters and export.
/// Decoded output is cached per row: the first line always once shown, the whole plain text
/// within a memory budget (see setPlainTextBudget()).
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        InstanceIdColumn,
        InstanceNameColumn,
        CommandIdColumn,
        CommandNameColumn,
        InvokeIdColumn,
        ExitCodeColumn,
        ErrorCodeColumn,
        StartColumn,
        FinishColumn,
        DurationColumn,
        RepeatsColumn,
        DroppedColumn,
        OutputColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole =
            Qt::UserRole + 1, ///< sort key: qint64, QDateTime, QString; invalid if absent
        ResultRole,           ///< the whole InvocationResult
        StatusKindRole,       ///< ib::StatusKind of the row's effective status
        PlainOutputRole,      ///< the decoded output as plain text (any column)
        KeyRole,              ///< the ResultKey of the row
    };
    Q_ENUM(Role)

    /// How the window shows a status besides its word; the core has no icons or palette of its own.
    using StatusIcon = std::function<QIcon(StatusKind)>;
    using StatusColor = std::function<QColor(StatusKind)>;

    explicit ResultTableModel(QObject *parent = nullptr);
    ~ResultTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Adds one page of results at the end, in one insertion.
    void appendResults(const QList<InvocationResult> &results);
    /// Replaces rows that have the same key in place and appends the rest; returns how many
    /// rows were replaced. Used when polling results that were still running.
    int updateResults(const QList<InvocationResult> &results);
    void clear();

    /// The result shown in a row. The reference is valid until the model next changes.
    const InvocationResult &result(int row) const;
    /// The row holding a key, or -1.
    int rowOf(const ResultKey &key) const;
    /// The decoded output of a row with escapes removed and line ends as "\n".
    QString plainOutput(int row) const;
    /// The first line of plainOutput(row), as the Output column shows it.
    QString outputFirstLine(int row) const;

    /// Whether a row passes a filter, decoding its output only when the filter needs it.
    bool matches(int row, const ResultFilter &filter) const;

    /// Names shown for instance and command ids (from DescribeInstances / DescribeInvocations).
    void setInstanceNames(const QHash<QString, QString> &names);
    void setCommandNames(const QHash<QString, QString> &names);
    QString instanceName(int row) const;
    QString commandName(int row) const;

    void setStatusAppearance(const StatusIcon &icon, const StatusColor &color);

    /// How many bytes of decoded plain text the model keeps; rows beyond it decode on each use.
    void setPlainTextBudget(qint64 bytes);
    qint64 plainTextBudget() const { return m_plainTextBudget; }
    /// Bytes of plain text currently cached, to measure the budget.
    qint64 plainTextCached() const { return m_plainTextCached; }

private:
    struct RowCache
    {
        QString firstLine;
        QString plainText;
        bool firstLineReady = false;
        bool plainTextReady = false;
    };

    QVariant displayValue(int row, int column) const;
    QVariant rawValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant statusAppearance(int row, int role) const;
    QString decodePlain(int row) const;
    void forgetCache(int row);

    std::vector<InvocationResult> m_results;
    mutable std::vector<RowCache> m_cache;
    QHash<ResultKey, int> m_rowByKey;
    QHash<QString, QString> m_instanceNames;
    QHash<QString, QString> m_commandNames;
    StatusIcon m_statusIcon;
    StatusColor m_statusColor;
    qint64 m_plainTextBudget;
    mutable qint64 m_plainTextCached = 0;
};

} // namespace ib
