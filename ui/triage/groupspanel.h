#pragma once

#include "models/resultkey.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ib {
class ResultGroupModel;
}

namespace ib::ui {

class GroupHeadlines;

/// The groups of loaded results, largest first: how many ways a run went. Choosing a group asks
/// the window to show only its results; Show all returns to every row.
class GroupsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GroupsPanel(ResultGroupModel *groups, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// How the Instances column names an instance id; empty answers show the id.
    void setInstanceNames(const std::function<QString(const QString &)> &nameOf);
    /// New names are known: the Instances column shows them.
    void instanceNamesChanged();
    /// One output of the chosen group, as plain text; empty while no group is chosen.
    QString previewText() const;
    /// The chosen group's row in the panel, or -1 when the table shows every group.
    int chosenGroup() const { return m_chosen; }
    /// Chooses a group as a click on its row does; -1 shows every group again.
    void chooseGroup(int group);
    /// The sentence above the list: how many groups, and which one the table shows.
    QString summaryText() const;
    /// The sentence shown instead of the list when there is nothing to group, else empty.
    QString emptyText() const;

Q_SIGNALS:
    /// A group was chosen (its row in the panel), or -1 when every group is shown again.
    void groupChosen(int group);
    /// The user asked to copy the chosen group's instance ids.
    void copyInstanceIdsRequested(int group);

private:
    void onGroupsChanged();
    void updateSummary();
    void updatePreview();

    ResultGroupModel *m_groups;
    GroupHeadlines *m_headlines;
    QComboBox *m_groupBy;
    QCheckBox *m_nearEqual;
    QLabel *m_summary;
    QPushButton *m_showAll;
    QPushButton *m_copyIds;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_view;
    QPlainTextEdit *m_preview;
    int m_chosen = -1;
    ResultKey m_chosenKey; // the chosen group's first result: finds it again after a rebuild
};

} // namespace ib::ui
