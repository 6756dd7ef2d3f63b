#include "groupheadlines.h"

#include "models/resultgroupmodel.h"
#include "results/outputdecoder.h"

#include <QRegularExpression>
#include <QSet>

namespace ib::ui {

namespace {

// Beyond these, a headline is not worth the time: the model's first line is shown instead.
constexpr int maxGroups = 2000;
constexpr int maxLines = 400;
// Instances named in the Instances column, and in its tooltip.
constexpr int listedInstances = 3;
constexpr int toolTipInstances = 40;

QStringList distinctLines(const QString &plain)
{
    QStringList lines;
    QSet<QString> seen;
    const QStringList all = plain.split(QLatin1Char('\n'));
    for (const QString &line : all.mid(0, maxLines)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen.insert(trimmed);
            lines.append(trimmed);
        }
    }
    return lines;
}

} // namespace

GroupHeadlines::GroupHeadlines(ResultGroupModel *groups, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_groups(groups)
{
    setSourceModel(groups);
    connect(groups, &ResultGroupModel::groupsChanged, this, &GroupHeadlines::rebuild);
    rebuild();
}

void GroupHeadlines::rebuild()
{
    m_headlines.clear();
    const int groups = m_groups->rowCount();
    if (m_groups->groupBy() != ResultGroupModel::GroupBy::Output || groups < 2 ||
        groups > maxGroups)
        return;

    QList<QStringList> lines;
    QHash<QString, int> groupsWithLine;
    for (int group = 0; group < groups; ++group) {
        lines.append(
            distinctLines(plainText(decodeOutput(m_groups->representative(group).output).text)));
        for (const QString &line : std::as_const(lines.last()))
            ++groupsWithLine[line];
    }

    static const QRegularExpression trouble(
        QStringLiteral("error|fail|fatal|denied|refused|abort|exception|traceback|timed? ?out"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QStringList &groupLines : std::as_const(lines)) {
        QString first;
        QString troubled;
        for (const QString &line : groupLines) {
            if (groupsWithLine.value(line) != 1)
                continue;
            if (first.isEmpty())
                first = line;
            if (trouble.match(line).hasMatch()) {
                troubled = line;
                break;
            }
        }
        m_headlines.append(troubled.isEmpty() ? first : troubled);
    }
    if (!m_headlines.isEmpty())
        Q_EMIT dataChanged(index(0, ResultGroupModel::SampleColumn),
                           index(groups - 1, ResultGroupModel::SampleColumn), {Qt::DisplayRole});
}

QString GroupHeadlines::headline(int group) const
{
    const QString line = group < m_headlines.size() ? m_headlines.at(group) : QString();
    return line.isEmpty() ? m_groups->sample(group) : line;
}

void GroupHeadlines::setInstanceNames(const std::function<QString(const QString &)> &nameOf)
{
    m_nameOf = nameOf;
    instanceNamesChanged();
}

void GroupHeadlines::instanceNamesChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ResultGroupModel::InstancesColumn),
                           index(rowCount() - 1, ResultGroupModel::InstancesColumn));
}

QString GroupHeadlines::instancesText(int group) const
{
    const QStringList ids = m_groups->instanceIds(group);
    QStringList names;
    for (const QString &id : ids.mid(0, listedInstances)) {
        const QString name = m_nameOf ? m_nameOf(id) : QString();
        names.append(name.isEmpty() ? id : name);
    }
    const QString listed = names.join(QStringLiteral(", "));
    if (ids.size() <= listedInstances)
        return listed;
    return tr("%1 and %n more", nullptr, int(ids.size()) - listedInstances).arg(listed);
}

QString GroupHeadlines::instancesToolTip(int group) const
{
    const QStringList ids = m_groups->instanceIds(group);
    QStringList lines;
    for (const QString &id : ids.mid(0, toolTipInstances)) {
        const QString name = m_nameOf ? m_nameOf(id) : QString();
        lines.append(name.isEmpty() ? id : tr("%1  %2").arg(name, id));
    }
    if (ids.size() > toolTipInstances)
        lines.append(tr("and %n more", nullptr, int(ids.size()) - toolTipInstances));
    return lines.join(QLatin1Char('\n'));
}

QVariant GroupHeadlines::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == ResultGroupModel::SampleColumn)
        return headline(index.row());
    if (role == Qt::DisplayRole && index.column() == ResultGroupModel::InstancesColumn)
        return instancesText(index.row());
    if (role == Qt::ToolTipRole && index.column() == ResultGroupModel::InstancesColumn)
        return instancesToolTip(index.row());
    return QIdentityProxyModel::data(index, role);
}

} // namespace ib::ui
