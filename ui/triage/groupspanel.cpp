#include "groupspanel.h"

#include "groupheadlines.h"
#include "models/resultgroupmodel.h"
#include "results/outputdecoder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ib::ui {

GroupsPanel::GroupsPanel(ResultGroupModel *groups, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_headlines(new GroupHeadlines(groups, this))
    , m_groupBy(new QComboBox(this))
    , m_nearEqual(new QCheckBox(tr("Near-equal outputs"), this))
    , m_summary(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_copyIds(new QPushButton(tr("Copy instance IDs"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_preview(new QPlainTextEdit(this))
{
    m_groupBy->addItem(tr("Group by output"), int(ResultGroupModel::GroupBy::Output));
    m_groupBy->addItem(tr("Group by exit code"), int(ResultGroupModel::GroupBy::ExitCode));
    m_groupBy->addItem(tr("Group by error code"), int(ResultGroupModel::GroupBy::ErrorCode));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(groups->groupBy())));
    m_nearEqual->setChecked(groups->nearEqual());
    m_nearEqual->setToolTip(tr("Outputs that differ only in numbers, ids, addresses and times "
                               "share a group"));
    m_summary->setTextFormat(Qt::PlainText);
    m_showAll->setToolTip(tr("Show every result in the table again"));
    m_copyIds->setToolTip(tr("Copy the chosen group's instance IDs, one per line, ready for a "
                             "re-run"));

    m_view->setModel(m_headlines);
    m_view->setAccessibleName(tr("Result groups"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ResultGroupModel::CountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultGroupModel::SampleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResultGroupModel::InstancesColumn, QHeaderView::ResizeToContents);

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Nothing to group yet. Fetch results (F5) or open a saved response: "
                        "the ways they ended appear here, largest group first."));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("An output of the chosen group"));
    m_preview->setPlaceholderText(tr("Choose a group to read one of its outputs here."));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        chooseGroup(-1);
        const auto groupBy = ResultGroupModel::GroupBy(m_groupBy->currentData().toInt());
        m_nearEqual->setEnabled(groupBy == ResultGroupModel::GroupBy::Output);
        m_groups->setGroupBy(groupBy);
    });
    connect(m_nearEqual, &QCheckBox::toggled, this, [this](bool nearEqual) {
        chooseGroup(-1);
        m_groups->setNearEqual(nearEqual);
    });
    // Selection, not the current index: a view that gets its rows again may make its first row
    // current by itself, and that is no choice of the person's.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            chooseGroup(rows.constFirst().row());
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] { chooseGroup(-1); });
    connect(m_copyIds, &QPushButton::clicked, this,
            [this] { Q_EMIT copyInstanceIdsRequested(m_chosen); });
    connect(groups, &ResultGroupModel::groupsChanged, this, &GroupsPanel::onGroupsChanged);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_groupBy);
    controls->addWidget(m_nearEqual);
    controls->addWidget(m_summary, 1);
    controls->addWidget(m_copyIds);
    controls->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    onGroupsChanged();
}

void GroupsPanel::setInstanceNames(const std::function<QString(const QString &)> &nameOf)
{
    m_headlines->setInstanceNames(nameOf);
}

void GroupsPanel::instanceNamesChanged()
{
    m_headlines->instanceNamesChanged();
}

void GroupsPanel::chooseGroup(int group)
{
    if (group >= m_groups->rowCount())
        group = -1;
    const bool changed = group != m_chosen;
    m_chosen = group;
    m_chosenKey = group >= 0 ? ResultKey::of(m_groups->representative(group)) : ResultKey();
    if (group >= 0 && !m_view->selectionModel()->isRowSelected(group, {}))
        m_view->setCurrentIndex(m_view->model()->index(group, ResultGroupModel::CountColumn));
    if (group < 0) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    }
    updateSummary();
    updatePreview();
    if (changed)
        Q_EMIT groupChosen(group);
}

void GroupsPanel::onGroupsChanged()
{
    m_stack->setCurrentWidget(m_groups->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    if (m_chosen < 0) {
        updateSummary();
        return;
    }
    // The groups were built again (more pages, a run that finished): follow the group that holds
    // the chosen group's first result. Samples do not do: outputs often share their first line.
    int found = -1;
    for (int group = 0; group < m_groups->rowCount() && found < 0; ++group) {
        if (m_groups->memberKeys(group).contains(m_chosenKey))
            found = group;
    }
    m_chosen = -2; // neither the old row nor "none": the choice is announced again
    chooseGroup(found);
}

void GroupsPanel::updateSummary()
{
    const int groups = m_groups->rowCount();
    m_showAll->setEnabled(m_chosen >= 0);
    m_copyIds->setEnabled(m_chosen >= 0);
    if (groups == 0)
        m_summary->clear();
    else if (m_chosen < 0)
        m_summary->setText(tr("%n group(s), largest first. Choose one to show only its results.",
                              nullptr, groups));
    else
        m_summary->setText(
            tr("The table shows group %1 of %2: %n result(s).", nullptr, m_groups->count(m_chosen))
                .arg(m_chosen + 1)
                .arg(groups));
}

void GroupsPanel::updatePreview()
{
    if (m_chosen < 0) {
        m_preview->setPlaceholderText(tr("Choose a group to read one of its outputs here."));
        m_preview->clear();
        return;
    }
    m_preview->setPlaceholderText(tr("The results of this group printed nothing."));
    const InvocationResult representative = m_groups->representative(m_chosen);
    m_preview->setPlainText(plainText(decodeOutput(representative.output).text));
}

QString GroupsPanel::previewText() const
{
    return m_preview->toPlainText();
}

QString GroupsPanel::summaryText() const
{
    return m_summary->text();
}

QString GroupsPanel::emptyText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

} // namespace ib::ui
