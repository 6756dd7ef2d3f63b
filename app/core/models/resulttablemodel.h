#pragma once

#include "models/foldedtext.h"
#include "models/resultfilter.h"
#include "models/resultkey.h"
#include "results/invocationresult.h"
#include "results/resultmeaning.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <deque>
#include <functional>
#include <vector>

namespace ib {

/// The loaded invocation results, one row each, for the result table, the filters and export.
/// Decoded output is cached per row: the first line once shown, and the output folded to one
/// case for filtering, within a memory budget (see setOutputCacheBudget()). The plain text
/// itself is decoded when asked for, one row at a time.
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
    /// The plain output folded to one case, as filters search it; cached within the budget.
    FoldedText foldedOutput(int row) const;
    /// The first line of plainOutput(row), as the Output column shows it.
    QString outputFirstLine(int row) const;

    /// Orders two rows by a column as RawValueRole does, without building values: times and
    /// numbers as such, names in the reader's alphabet, absent values after present ones.
    int compareRows(int leftRow, int rightRow, int column) const;

    /// Whether a row passes a filter, decoding its output only when the filter needs it.
    bool matches(int row, const ResultFilter &filter) const;

    /// Names shown for instance and command ids (from DescribeInstances / DescribeInvocations).
    void setInstanceNames(const QHash<QString, QString> &names);
    void setCommandNames(const QHash<QString, QString> &names);
    QString instanceName(int row) const;
    QString commandName(int row) const;

    void setStatusAppearance(const StatusIcon &icon, const StatusColor &color);

    /// How many bytes of folded output the model keeps; rows beyond it decode on each search.
    void setOutputCacheBudget(qint64 bytes);
    qint64 outputCacheBudget() const { return m_outputCacheBudget; }
    /// Bytes of folded output currently cached, to measure the budget.
    qint64 outputCacheBytes() const { return m_outputCacheBytes; }

private:
    struct RowCache
    {
        QString firstLine;
        FoldedText folded;
        bool firstLineReady = false;
        bool foldedReady = false;
    };

    QVariant displayValue(int row, int column) const;
    QString columnText(int row, int column) const; // the columns that show a field's text
    QVariant rawValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant statusAppearance(int row, int role) const;
    void forgetCache(int row);

    // A key with its hash worked out once, so that growing the index never hashes every key.
    struct IndexKey
    {
        ResultKey key;
        size_t hash = 0;

        IndexKey() = default;
        IndexKey(const ResultKey &resultKey)
            : key(resultKey)
            , hash(qHash(resultKey))
        {}
        friend bool operator==(const IndexKey &a, const IndexKey &b)
        {
            return a.hash == b.hash && a.key == b.key;
        }
        friend size_t qHash(const IndexKey &k, size_t seed) { return ::qHash(k.hash, seed); }
    };

    // A deque grows without moving what it holds: appending a page never moves every result.
    std::deque<InvocationResult> m_results;
    mutable std::vector<RowCache> m_cache; // small entries, cheap to move when it grows
    QHash<IndexKey, int> m_rowByKey;
    QHash<QString, QString> m_instanceNames;
    QHash<QString, QString> m_commandNames;
    QCollator m_collator;
    StatusIcon m_statusIcon;
    StatusColor m_statusColor;
    qint64 m_outputCacheBudget;
    mutable qint64 m_outputCacheBytes = 0;
};

} // namespace ib
