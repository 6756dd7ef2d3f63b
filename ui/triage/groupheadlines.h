#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <functional>

namespace ib {
class ResultGroupModel;
}

namespace ib::ui {

/// The groups as the panel lists them: an output group reads by the line that sets it apart
/// (a line of its output that no other group's output has, an error line first) rather than by
/// its first line, which runs of one script often share; instances read by name where known.
class GroupHeadlines : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit GroupHeadlines(ResultGroupModel *groups, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The line shown for a group's output.
    QString headline(int group) const;

    /// How an instance id reads in the Instances column; an empty answer shows the id.
    void setInstanceNames(const std::function<QString(const QString &)> &nameOf);
    /// Names became known: the Instances column reads again.
    void instanceNamesChanged();

private:
    void rebuild();
    QString instancesText(int group) const;
    QString instancesToolTip(int group) const;

    ResultGroupModel *m_groups;
    QList<QString> m_headlines; // by group row; empty where the model's sample is shown
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace ib::ui
