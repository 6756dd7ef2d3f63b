#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace ib {
class ResultGroupModel;
}

namespace ib::ui {

/// The groups as the panel lists them: an output group reads by the line that sets it apart
/// (a line of its output that no other group's output has, an error line first) rather than by
/// its first line, which runs of one script often share.
class GroupHeadlines : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit GroupHeadlines(ResultGroupModel *groups, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The line shown for a group's output.
    QString headline(int group) const;

private:
    void rebuild();

    ResultGroupModel *m_groups;
    QList<QString> m_headlines; // by group row; empty where the model's sample is shown
};

} // namespace ib::ui
