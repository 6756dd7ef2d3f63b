#include "models/resultgroupmodel.h"

#include "logcategories.h"
#include "models/outputsimilarity.h"
#include "models/resulttablemodel.h"
#include "results/outputdecoder.h"
#include "results/resultmeaning.h"

#include <QElapsedTimer>
#include <QLocale>
#include <algorithm>

namespace ib {

namespace {

// Instance ids listed in the Instances column before "and N more".
constexpr int listedInstances = 3;
// Instance ids listed when hovering the Instances column.
constexpr int toolTipInstances = 40;
// A second hash seed: with two hashes, two different outputs sharing a group by chance is
// negligible, and the model need not keep every distinct output in memory.
constexpr size_t secondSeed = 0x9e3779b97f4a7c15ULL;

// Marks keys that are not output text, so that no output can look like them.
constexpr QChar notText(0x1);

std::pair<size_t, size_t> hashes(const QString &text)
{
    return {qHash(text, 0), qHash(text, secondSeed)};
}

} // namespace

ResultGroupModel::ResultGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Pages arrive in bursts; group once they settle rather than once per page.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResultGroupModel::refresh);
}

int ResultGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ResultGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return QLocale().toString(count(row));
        if (index.column() == SampleColumn)
            return sample(row);
        if (index.column() == InstancesColumn) {
            const QStringList ids = instanceIds(row);
            const QString listed = ids.mid(0, listedInstances).join(QStringLiteral(", "));
            return ids.size() <= listedInstances
                       ? listed
                       : tr("%1 and %n more", nullptr, int(ids.size()) - listedInstances)
                             .arg(listed);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == InstancesColumn)
            return instanceIds(row).mid(0, toolTipInstances).join(QLatin1Char('\n'));
        if (index.column() == SampleColumn)
            return m_model ? m_model->plainOutput(group(row).rows.first()) : QString();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case CountRole:
        return count(row);
    case RepresentativeRole:
        return QVariant::fromValue(representative(row));
    default:
        return {};
    }
}

QVariant ResultGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CountColumn:
        return tr("Results");
    case SampleColumn:
        switch (m_groupBy) {
        case GroupBy::Output:
            return tr("Output");
        case GroupBy::ExitCode:
            return tr("Exit code");
        case GroupBy::ErrorCode:
            return tr("Error code");
        }
        return {};
    case InstancesColumn:
        return tr("Instances");
    default:
        return {};
    }
}

void ResultGroupModel::setSourceModel(ResultTableModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();

    beginResetModel();
    m_model = model;
    m_groups.clear();
    m_order.clear();
    m_groupByKey.clear();
    m_rowsGrouped = 0;
    endResetModel();

    if (!model)
        return;
    const auto forgetGroups = [this] {
        beginResetModel();
        m_groups.clear();
        m_order.clear();
        m_groupByKey.clear();
        m_rowsGrouped = 0;
    };
    const auto regroupLater = [this] {
        endResetModel();
        scheduleRefresh(true);
    };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scheduleRefresh(false); }),
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    // Names and appearance do not change what a result shares with others.
                    if (topLeft.column() <= ResultTableModel::OutputColumn &&
                        bottomRight.column() >= ResultTableModel::ExitCodeColumn)
                        scheduleRefresh(true);
                }),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forgetGroups),
        connect(model, &QAbstractItemModel::modelReset, this, regroupLater),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forgetGroups),
        connect(model, &QAbstractItemModel::rowsRemoved, this, regroupLater),
    };
    scheduleRefresh(true);
}

void ResultGroupModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    Q_EMIT headerDataChanged(Qt::Horizontal, SampleColumn, SampleColumn);
    scheduleRefresh(true);
}

void ResultGroupModel::setNearEqual(bool nearEqual)
{
    if (nearEqual == m_nearEqual)
        return;
    m_nearEqual = nearEqual;
    if (m_groupBy == GroupBy::Output)
        scheduleRefresh(true);
}

void ResultGroupModel::scheduleRefresh(bool fromScratch)
{
    m_fromScratch = m_fromScratch || fromScratch;
    m_refreshTimer.start();
}

void ResultGroupModel::refresh()
{
    m_refreshTimer.stop();
    QElapsedTimer timer;
    timer.start();

    beginResetModel();
    if (m_fromScratch) {
        m_groups.clear();
        m_groupByKey.clear();
        m_rowsGrouped = 0;
        m_fromScratch = false;
    }
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows > m_rowsGrouped)
        addRows(m_rowsGrouped, rows - 1);

    m_order.resize(m_groups.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = int(i);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int left, int right) {
        return m_groups[size_t(left)].rows.size() > m_groups[size_t(right)].rows.size();
    });
    endResetModel();

    qCDebug(lcModels) << "grouped" << rows << "results into" << m_groups.size() << "groups in"
                      << timer.elapsed() << "ms";
    Q_EMIT groupsChanged();
}

void ResultGroupModel::addRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const auto [key, sampleText] = keyOf(row);
        const auto found = m_groupByKey.constFind(key);
        int index = 0;
        if (found != m_groupByKey.constEnd()) {
            index = found.value();
        } else {
            index = int(m_groups.size());
            m_groupByKey.insert(key, index);
            m_groups.push_back({sampleText, {}, {}, {}});
        }
        m_groups[size_t(index)].add(row, m_model->result(row).instanceId);
    }
    m_rowsGrouped = last + 1;
}

void ResultGroupModel::Group::add(int row, const QString &instanceId)
{
    rows.append(row);
    if (!seenInstances.contains(instanceId)) {
        seenInstances.insert(instanceId);
        instanceIds.append(instanceId);
    }
}

std::pair<ResultGroupModel::GroupKey, QString> ResultGroupModel::keyOf(int row) const
{
    const InvocationResult &result = m_model->result(row);
    switch (m_groupBy) {
    case GroupBy::Output:
        return outputKeyOf(row);
    case GroupBy::ExitCode:
        // Without an exit code, a run still going and a run that ended are different answers.
        return {hashes(result.exitCode        ? QString::number(*result.exitCode)
                       : isUnfinished(result) ? QString(notText)
                                              : QString(notText) + notText),
                exitCodeText(result)};
    case GroupBy::ErrorCode:
        return {hashes(result.errorCode),
                result.errorCode.isEmpty() ? tr("(no error code)") : result.errorCode};
    }
    return {};
}

std::pair<ResultGroupModel::GroupKey, QString> ResultGroupModel::outputKeyOf(int row) const
{
    const QString normalized = normalizedOutput(m_model->plainOutput(row));
    const QString text = m_nearEqual ? withPlaceholders(normalized) : normalized;
    if (!text.isEmpty())
        return {hashes(text), firstLine(text)};

    // Runs that printed nothing are told apart by why: not finished yet, or the error code.
    const InvocationResult &result = m_model->result(row);
    if (isUnfinished(result))
        return {hashes(QString(notText) + notText), tr("(no output yet)")};
    const QString errorCode = result.errorCode;
    return {hashes(notText % errorCode), errorCode.isEmpty()
                                             ? tr("(no output)")
                                             : tr("(no output) error code %1").arg(errorCode)};
}

const ResultGroupModel::Group &ResultGroupModel::group(int index) const
{
    return m_groups[size_t(m_order[size_t(index)])];
}

int ResultGroupModel::count(int group) const
{
    return int(this->group(group).rows.size());
}

QString ResultGroupModel::sample(int group) const
{
    return this->group(group).sample;
}

InvocationResult ResultGroupModel::representative(int group) const
{
    return m_model ? m_model->result(this->group(group).rows.first()) : InvocationResult();
}

QStringList ResultGroupModel::instanceIds(int group) const
{
    return this->group(group).instanceIds;
}

QSet<ResultKey> ResultGroupModel::memberKeys(int group) const
{
    QSet<ResultKey> keys;
    if (!m_model)
        return keys;
    for (const int row : this->group(group).rows)
        keys.insert(ResultKey::of(m_model->result(row)));
    return keys;
}

ResultFilter ResultGroupModel::filterFor(int group) const
{
    ResultFilter filter;
    filter.setKeys(memberKeys(group));
    return filter;
}

} // namespace ib
