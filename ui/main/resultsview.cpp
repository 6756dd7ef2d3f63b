#include "resultsview.h"

#include "models/resulttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace ib::ui {

ResultsView::ResultsView(QWidget *parent)
    : QTableView(parent)
    , m_empty(new QLabel(viewport()))
    , m_emptyAction(new QPushButton(viewport()))
{
    setAccessibleName(tr("Invocation results"));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResultsView::showHeaderMenu);

    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyAction->hide();
    connect(m_emptyAction, &QPushButton::clicked, this, &ResultsView::emptyActionTriggered);
}

void ResultsView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const auto update = [this] { updateEmptyLabel(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::layoutChanged, this, update);
    updateEmptyLabel();
}

void ResultsView::setEmptyText(const QString &text, bool withAction)
{
    m_empty->setText(text);
    m_withAction = withAction;
    updateEmptyLabel();
}

void ResultsView::setEmptyAction(const QString &text)
{
    m_emptyAction->setText(text);
    m_emptyAction->adjustSize();
}

QString ResultsView::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void ResultsView::updateEmptyLabel()
{
    const bool empty = !model() || model()->rowCount() == 0;
    m_empty->setVisible(empty && !m_empty->text().isEmpty());
    m_emptyAction->setVisible(empty && m_withAction);

    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    const int textHeight = m_empty->heightForWidth(area.width());
    m_empty->setGeometry(area.x(), area.y(), area.width(), std::max(textHeight, 20));
    const QSize button = m_emptyAction->sizeHint();
    m_emptyAction->setGeometry(area.center().x() - button.width() / 2,
                               m_empty->geometry().bottom() + 8, button.width(), button.height());
}

void ResultsView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateEmptyLabel();
}

QByteArray ResultsView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool ResultsView::restoreHeaderState(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void ResultsView::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int logical = 0; logical < header->count(); ++logical) {
        const QString name = model()->headerData(logical, Qt::Horizontal).toString();
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column cannot be hidden: an empty header has no menu to undo it.
        action->setEnabled(header->isSectionHidden(logical) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
                [header, logical](bool shown) { header->setSectionHidden(logical, !shown); });
    }
    menu.exec(header->mapToGlobal(position));
}

QList<InvocationResult> ResultsView::selectedResults() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<InvocationResult> results;
    results.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        results.append(row.data(ResultTableModel::ResultRole).value<InvocationResult>());
    return results;
}

void ResultsView::copySelectedInstanceIds() const
{
    QStringList ids;
    const QList<InvocationResult> results = selectedResults();
    for (const InvocationResult &result : results)
        ids.append(result.instanceId);
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace ib::ui
