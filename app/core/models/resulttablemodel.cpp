#include "models/resulttablemodel.h"

#include "logcategories.h"
#include "models/resultformat.h"
#include "results/outputdecoder.h"

#include <QLocale>

namespace ib {

namespace {

// Lines and characters of output shown when hovering the Output column.
constexpr int toolTipLines = 15;
constexpr int toolTipChars = 2000;
// Folded output takes one byte per character for most output: 100,000 rows of 2 KB fit.
constexpr qint64 defaultOutputCacheBudget = 256LL * 1024 * 1024;

QString outputPreview(const QString &plain)
{
    QString preview = plain.left(toolTipChars).section(QLatin1Char('\n'), 0, toolTipLines - 1);
    if (preview.size() < plain.size())
        preview += QStringLiteral("\n…");
    return preview;
}

// Absent values compare after present ones, so they gather at the end of an ascending sort.
template<typename T>
int compareOptional(const std::optional<T> &left, const std::optional<T> &right)
{
    if (!left || !right)
        return int(!left) - int(!right);
    return *left < *right ? -1 : (*right < *left ? 1 : 0);
}

int compareTimes(const QDateTime &left, const QDateTime &right)
{
    const auto msecs = [](const QDateTime &time) {
        return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
    };
    return compareOptional(msecs(left), msecs(right));
}

int compareTexts(const QString &left, const QString &right, const QCollator *collator)
{
    if (left.isEmpty() || right.isEmpty())
        return int(left.isEmpty()) - int(right.isEmpty());
    return collator ? collator->compare(left, right) : left.compare(right, Qt::CaseInsensitive);
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_outputCacheBudget(defaultOutputCacheBudget)
{
    // "web-2" before "web-10", and names in the reader's alphabet.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

ResultTableModel::~ResultTableModel() = default;

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == ExitCodeColumn || column == DurationColumn || column == RepeatsColumn ||
            column == DroppedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        return column == StatusColumn ? statusAppearance(row, role) : QVariant();
    case RawValueRole:
        return rawValue(row, column);
    case ResultRole:
        return QVariant::fromValue(m_results[size_t(row)]);
    case StatusKindRole:
        return QVariant::fromValue(statusKind(effectiveStatus(m_results[size_t(row)])));
    case PlainOutputRole:
        return plainOutput(row);
    case KeyRole:
        return QVariant::fromValue(ResultKey::of(m_results[size_t(row)]));
    default:
        return {};
    }
}

QVariant ResultTableModel::displayValue(int row, int column) const
{
    const InvocationResult &r = m_results[size_t(row)];
    switch (column) {
    case StatusColumn:
        return statusDisplayName(effectiveStatus(r));
    case ExitCodeColumn:
        return exitCodeText(r);
    case StartColumn:
        return localTimeText(r.startTime);
    case FinishColumn:
        return localTimeText(r.finishedTime);
    case DurationColumn: {
        const std::optional<qint64> msecs = runDuration(r);
        return msecs ? formatDuration(*msecs) : QString();
    }
    case RepeatsColumn:
        return QLocale().toString(r.repeats);
    case DroppedColumn:
        return r.dropped > 0 ? QLocale().toString(r.dropped) : QString();
    default:
        return columnText(row, column);
    }
}

QVariant ResultTableModel::rawValue(int row, int column) const
{
    const InvocationResult &r = m_results[size_t(row)];
    switch (column) {
    case StatusColumn:
        return effectiveStatus(r);
    case ExitCodeColumn:
        return r.exitCode ? QVariant::fromValue(*r.exitCode) : QVariant();
    case StartColumn:
        return r.startTime.isValid() ? QVariant(r.startTime) : QVariant();
    case FinishColumn:
        return r.finishedTime.isValid() ? QVariant(r.finishedTime) : QVariant();
    case DurationColumn: {
        const std::optional<qint64> msecs = runDuration(r);
        return msecs ? QVariant::fromValue(*msecs) : QVariant();
    }
    case RepeatsColumn:
        return QVariant::fromValue(qint64(r.repeats));
    case DroppedColumn:
        return QVariant::fromValue(r.dropped);
    default:
        return displayValue(row, column);
    }
}

QVariant ResultTableModel::toolTip(int row, int column) const
{
    const InvocationResult &r = m_results[size_t(row)];
    switch (column) {
    case StatusColumn:
        return r.invokeRecordStatus.isEmpty() ? QString()
                                              : tr("Task status: %1").arg(r.invokeRecordStatus);
    case ExitCodeColumn:
        return exitCodeMeaning(r);
    case ErrorCodeColumn: {
        const QString explanation = errorCodeExplanation(r.errorCode);
        if (r.errorInfo.isEmpty() || explanation.isEmpty())
            return explanation.isEmpty() ? r.errorInfo : explanation;
        return QString(explanation % QStringLiteral("\n\n") % r.errorInfo);
    }
    case StartColumn:
        return utcTimeText(r.startTime);
    case FinishColumn:
        return utcTimeText(r.finishedTime);
    case DroppedColumn:
        return dropNotice(r);
    case OutputColumn:
        return outputPreview(plainOutput(row));
    default:
        return {};
    }
}

QVariant ResultTableModel::statusAppearance(int row, int role) const
{
    const StatusKind kind = statusKind(effectiveStatus(m_results[size_t(row)]));
    if (role == Qt::DecorationRole && m_statusIcon)
        return m_statusIcon(kind);
    if (role == Qt::ForegroundRole && m_statusColor)
        return m_statusColor(kind);
    return {};
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case StatusColumn:
        return tr("Status");
    case InstanceIdColumn:
        return tr("Instance ID");
    case InstanceNameColumn:
        return tr("Instance name");
    case CommandIdColumn:
        return tr("Command ID");
    case CommandNameColumn:
        return tr("Command name");
    case InvokeIdColumn:
        return tr("Invoke ID");
    case ExitCodeColumn:
        return tr("Exit code");
    case ErrorCodeColumn:
        return tr("Error code");
    case StartColumn:
        return tr("Start");
    case FinishColumn:
        return tr("Finish");
    case DurationColumn:
        return tr("Duration");
    case RepeatsColumn:
        return tr("Repeats");
    case DroppedColumn:
        return tr("Dropped bytes");
    case OutputColumn:
        return tr("Output");
    default:
        return {};
    }
}

void ResultTableModel::appendResults(const QList<InvocationResult> &results)
{
    if (results.isEmpty())
        return;

    const int first = int(m_results.size());
    beginInsertRows({}, first, first + int(results.size()) - 1);
    m_cache.resize(m_cache.size() + size_t(results.size()));
    for (const InvocationResult &result : results) {
        const ResultKey key = ResultKey::of(result);
        if (!m_rowByKey.contains(key))
            m_rowByKey.insert(key, int(m_results.size()));
        m_results.push_back(result);
    }
    endInsertRows();
    qCDebug(lcModels) << "appended" << results.size() << "results, now" << m_results.size();
}

int ResultTableModel::updateResults(const QList<InvocationResult> &results)
{
    QList<InvocationResult> added;
    int firstChanged = -1;
    int lastChanged = -1;
    // A run still pending is listed with Repeats 0 and gets its run count once it starts: it
    // is the same row, under its new key.
    const auto pendingRowOf = [this](const InvocationResult &result) {
        const int row = result.repeats == 0 ? -1 : rowOf({result.invokeId, result.instanceId, 0});
        const bool pending =
            row >= 0 && statusKind(effectiveStatus(m_results[size_t(row)])) == StatusKind::Pending;
        return pending ? row : -1;
    };
    for (const InvocationResult &result : results) {
        const ResultKey key = ResultKey::of(result);
        int row = rowOf(key);
        if (row < 0 && (row = pendingRowOf(result)) >= 0) {
            m_rowByKey.remove(ResultKey::of(m_results[size_t(row)]));
            m_rowByKey.insert(key, row);
        }
        if (row < 0) {
            added.append(result);
            continue;
        }
        m_results[size_t(row)] = result;
        forgetCache(row);
        firstChanged = firstChanged < 0 ? row : qMin(firstChanged, row);
        lastChanged = qMax(lastChanged, row);
    }

    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    appendResults(added);
    return int(results.size() - added.size());
}

void ResultTableModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_cache.clear();
    m_rowByKey.clear();
    m_outputCacheBytes = 0;
    endResetModel();
}

const InvocationResult &ResultTableModel::result(int row) const
{
    Q_ASSERT(row >= 0 && size_t(row) < m_results.size());
    return m_results[size_t(row)];
}

int ResultTableModel::rowOf(const ResultKey &key) const
{
    return m_rowByKey.value(key, -1);
}

QString ResultTableModel::plainOutput(int row) const
{
    const InvocationResult &r = m_results[size_t(row)];
    if (r.output.isEmpty())
        return {};
    return plainText(decodeOutput(r.output).text);
}

FoldedText ResultTableModel::foldedOutput(int row) const
{
    RowCache &cache = m_cache[size_t(row)];
    if (cache.foldedReady)
        return cache.folded;

    const QString plain = plainOutput(row);
    if (!cache.firstLineReady) {
        cache.firstLine = firstLine(plain);
        cache.firstLineReady = true;
    }
    const FoldedText folded = FoldedText::fromPlain(plain);
    if (m_outputCacheBytes + folded.bytes() <= m_outputCacheBudget) {
        cache.folded = folded;
        cache.foldedReady = true;
        m_outputCacheBytes += folded.bytes();
    }
    return folded;
}

QString ResultTableModel::outputFirstLine(int row) const
{
    RowCache &cache = m_cache[size_t(row)];
    if (!cache.firstLineReady) {
        cache.firstLine = firstLine(plainOutput(row));
        cache.firstLineReady = true;
    }
    return cache.firstLine;
}

void ResultTableModel::forgetCache(int row)
{
    RowCache &cache = m_cache[size_t(row)];
    m_outputCacheBytes -= cache.folded.bytes();
    cache = RowCache();
}

int ResultTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const InvocationResult &left = m_results[size_t(leftRow)];
    const InvocationResult &right = m_results[size_t(rightRow)];

    switch (column) {
    case ExitCodeColumn:
        return compareOptional(left.exitCode, right.exitCode);
    case StartColumn:
        return compareTimes(left.startTime, right.startTime);
    case FinishColumn:
        return compareTimes(left.finishedTime, right.finishedTime);
    case DurationColumn:
        return compareOptional(runDuration(left), runDuration(right));
    case RepeatsColumn:
        return compareOptional<qint64>(left.repeats, right.repeats);
    case DroppedColumn:
        return compareOptional(std::optional(left.dropped), std::optional(right.dropped));
    case InstanceNameColumn:
    case CommandNameColumn:
    case OutputColumn:
        return compareTexts(columnText(leftRow, column), columnText(rightRow, column), &m_collator);
    default: // ids, statuses and error codes are ASCII words of the service
        return compareTexts(columnText(leftRow, column), columnText(rightRow, column), nullptr);
    }
}

QString ResultTableModel::columnText(int row, int column) const
{
    const InvocationResult &r = m_results[size_t(row)];
    switch (column) {
    case StatusColumn:
        return effectiveStatus(r);
    case InstanceIdColumn:
        return r.instanceId;
    case InstanceNameColumn:
        return instanceName(row);
    case CommandIdColumn:
        return r.commandId;
    case CommandNameColumn:
        return commandName(row);
    case InvokeIdColumn:
        return r.invokeId;
    case ErrorCodeColumn:
        return r.errorCode;
    case OutputColumn:
        return outputFirstLine(row);
    default:
        return {};
    }
}

bool ResultTableModel::matches(int row, const ResultFilter &filter) const
{
    if (filter.isEmpty())
        return true;
    return filter.accepts(m_results[size_t(row)],
                          filter.needsOutput() ? foldedOutput(row) : FoldedText(),
                          instanceName(row), commandName(row));
}

void ResultTableModel::setInstanceNames(const QHash<QString, QString> &names)
{
    m_instanceNames = names;
    if (!m_results.empty())
        Q_EMIT dataChanged(index(0, InstanceNameColumn), index(rowCount() - 1, InstanceNameColumn));
}

void ResultTableModel::setCommandNames(const QHash<QString, QString> &names)
{
    m_commandNames = names;
    if (!m_results.empty())
        Q_EMIT dataChanged(index(0, CommandNameColumn), index(rowCount() - 1, CommandNameColumn));
}

QString ResultTableModel::instanceName(int row) const
{
    return m_instanceNames.value(m_results[size_t(row)].instanceId);
}

QString ResultTableModel::commandName(int row) const
{
    return m_commandNames.value(m_results[size_t(row)].commandId);
}

void ResultTableModel::setStatusAppearance(const StatusIcon &icon, const StatusColor &color)
{
    m_statusIcon = icon;
    m_statusColor = color;
    if (!m_results.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn),
                           {Qt::DecorationRole, Qt::ForegroundRole});
}

void ResultTableModel::setOutputCacheBudget(qint64 bytes)
{
    m_outputCacheBudget = bytes;
    if (m_outputCacheBytes <= bytes)
        return;

    // Shrinking: drop the folded output but keep first lines, which are small.
    for (RowCache &cache : m_cache) {
        cache.folded = FoldedText();
        cache.foldedReady = false;
    }
    m_outputCacheBytes = 0;
}

} // namespace ib
