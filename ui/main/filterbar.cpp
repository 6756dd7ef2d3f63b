#include "filterbar.h"

#include "results/resultmeaning.h"
#include "statusstyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

// Long enough to let a word be typed, short enough to feel live.
constexpr int debounceMs = 150;

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
    , m_regex(new QCheckBox(tr("Re&gex"), this))
    , m_status(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_problem(new QLabel(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::filterChanged);

    m_output = addField(tr("Filter by text in the output (Ctrl+F)"), tr("Text in output"), 0);
    m_regex->setToolTip(tr("Treat the output filter as a regular expression"));
    connect(m_regex, &QCheckBox::toggled, this, &FilterBar::filterChanged);
    m_instance = addField(tr("Instance"), tr("Instance filter"), 90);
    m_command = addField(tr("Command"), tr("Command filter"), 80);
    m_exitCode = addField(tr("Exit code"), tr("Exit code filter"), 60);
    m_exitCode->setToolTip(tr("A number (3, -1, 0xC0000005), \"nonzero\", \"pending\" (not "
                              "finished yet) or \"none\" (finished without an exit code)"));
    m_errorCode = addField(tr("Error code"), tr("Error code filter"), 80);

    for (const QString &status : invocationStatuses())
        addStatusAction(status);
    m_status->setMenu(m_statusMenu);
    m_status->setPopupMode(QToolButton::InstantPopup);
    m_status->setAccessibleName(tr("Status filter"));
    updateStatusButton();

    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear filters"));
    clearButton->setAccessibleName(tr("Clear filters"));
    connect(clearButton, &QToolButton::clicked, this, &FilterBar::clear);

    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, statusColor(StatusKind::Failure));
    m_problem->setPalette(problemPalette);
    m_problem->hide();

    const QList<QWidget *> order{m_output,  m_regex,  clearButton, m_instance,
                                 m_command, m_status, m_exitCode,  m_errorCode};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    // Two lines, so the filters fit beside the detail pane without squeezing the text field.
    auto *textLine = new QHBoxLayout;
    textLine->addWidget(m_output, 3);
    textLine->addWidget(m_regex);
    textLine->addWidget(m_problem, 2);
    textLine->addWidget(clearButton);
    auto *fieldLine = new QHBoxLayout;
    fieldLine->addWidget(m_instance, 2);
    fieldLine->addWidget(m_command, 2);
    fieldLine->addWidget(m_status);
    fieldLine->addWidget(m_exitCode, 1);
    fieldLine->addWidget(m_errorCode, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(3);
    layout->addLayout(textLine);
    layout->addLayout(fieldLine);
}

QLineEdit *FilterBar::addField(const QString &placeholder, const QString &accessibleName, int width)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    if (width > 0)
        edit->setMinimumWidth(width);
    connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    return edit;
}

void FilterBar::addStatusAction(const QString &status)
{
    QAction *action =
        m_statusMenu->addAction(statusIcon(statusKind(status)), statusDisplayName(status));
    action->setData(status);
    action->setCheckable(true);
    connect(action, &QAction::toggled, this, [this] {
        updateStatusButton();
        Q_EMIT filterChanged();
    });
}

void FilterBar::updateStatusButton()
{
    const QStringList checked = statuses();
    QStringList names;
    for (const QString &status : checked)
        names.append(statusDisplayName(status));
    m_status->setText(checked.isEmpty()     ? tr("Any status")
                      : checked.size() == 1 ? tr("Status: %1").arg(names.first())
                                            : tr("%n status(es)", nullptr, int(checked.size())));
    m_status->setToolTip(checked.isEmpty() ? tr("Show only some statuses")
                                           : names.join(QStringLiteral(", ")));
}

QString FilterBar::outputText() const
{
    return m_output->text();
}

bool FilterBar::outputIsRegularExpression() const
{
    return m_regex->isChecked();
}

QString FilterBar::instanceText() const
{
    return m_instance->text().trimmed();
}

QString FilterBar::commandText() const
{
    return m_command->text().trimmed();
}

QString FilterBar::exitCodeText() const
{
    return m_exitCode->text().trimmed();
}

QString FilterBar::errorCodeText() const
{
    return m_errorCode->text().trimmed();
}

QStringList FilterBar::statuses() const
{
    QStringList checked;
    const QList<QAction *> actions = m_statusMenu->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    return checked;
}

void FilterBar::setOutputText(const QString &text, bool regularExpression)
{
    m_regex->setChecked(regularExpression);
    m_output->setText(text);
}

void FilterBar::setInstanceText(const QString &text)
{
    m_instance->setText(text);
}

void FilterBar::setCommandText(const QString &text)
{
    m_command->setText(text);
}

void FilterBar::setExitCodeText(const QString &text)
{
    m_exitCode->setText(text);
}

void FilterBar::setErrorCodeText(const QString &text)
{
    m_errorCode->setText(text);
}

void FilterBar::setStatuses(const QStringList &statuses)
{
    // Statuses the service added after this list was written get an entry too.
    for (const QString &status : statuses) {
        const QList<QAction *> actions = m_statusMenu->actions();
        const bool known = std::any_of(actions.cbegin(), actions.cend(), [&](const QAction *a) {
            return a->data().toString() == status;
        });
        if (!known)
            addStatusAction(status);
    }

    const QList<QAction *> actions = m_statusMenu->actions();
    for (QAction *action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(statuses.contains(action->data().toString()));
    }
    updateStatusButton();
    Q_EMIT filterChanged();
}

void FilterBar::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString FilterBar::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool FilterBar::isEmpty() const
{
    return m_output->text().isEmpty() && instanceText().isEmpty() && commandText().isEmpty() &&
           exitCodeText().isEmpty() && errorCodeText().isEmpty() && statuses().isEmpty();
}

void FilterBar::focusFilter()
{
    m_output->setFocus(Qt::ShortcutFocusReason);
    m_output->selectAll();
}

void FilterBar::clear()
{
    const QList<QLineEdit *> edits{m_output, m_instance, m_command, m_exitCode, m_errorCode};
    for (QLineEdit *edit : edits) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    const QSignalBlocker blocker(m_regex);
    m_regex->setChecked(false);
    setStatuses({});
}

} // namespace ib::ui
