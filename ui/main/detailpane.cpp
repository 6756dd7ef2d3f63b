#include "detailpane.h"

#include "models/resultformat.h"
#include "outputview.h"
#include "results/resultmeaning.h"
#include "statusstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Result details"));
    m_statusIcon = new QLabel(this);
    m_status = plainLabel(this);
    QFont bold = m_status->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_status->setFont(bold);
    auto *title = new QHBoxLayout;
    title->addWidget(m_statusIcon);
    title->addWidget(m_status, 1);

    m_placeholder = plainLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_truncation = plainLabel(this);
    m_truncation->setAutoFillBackground(true);
    m_truncation->setMargin(6);
    QPalette warn = m_truncation->palette();
    warn.setColor(QPalette::Window,
                  blend(palette().color(QPalette::Window), statusColor(StatusKind::Pending), 0.2));
    m_truncation->setPalette(warn);
    m_truncation->setAccessibleName(tr("Output truncated"));

    m_fields = new QWidget(this);
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(3);
    m_exitCode = addField(tr("Exit code:"));
    m_errorCode = addField(tr("Error code:"));
    m_errorInfo = addField(tr("Error info:"));
    m_started = addField(tr("Started:"));
    m_finished = addField(tr("Finished:"));
    m_stopped = addField(tr("Stopped:"));
    m_duration = addField(tr("Duration:"));
    m_repeats = addField(tr("Repeats:"));
    m_invokeId = addField(tr("Invoke ID:"), true);
    m_instanceId = addField(tr("Instance ID:"), true);
    m_commandId = addField(tr("Command ID:"), true);
    m_output = new OutputView(this); // made after the fields above it, so Tab reaches it after them

    connect(m_output, &OutputView::encodingChosen, this, [this](const QByteArray &encoding) {
        if (encoding.isEmpty())
            m_chosenEncodings.remove(m_key);
        else
            m_chosenEncodings.insert(m_key, encoding);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addLayout(title);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_fields);
    layout->addWidget(m_truncation);
    layout->addWidget(m_output, 1);
    showNothing(tr("Select a result to see its output, exit code and error code."));
}

QLabel *DetailPane::addField(const QString &labelText, bool copyable)
{
    const int row = m_grid->rowCount();
    auto *label = new QLabel(labelText, m_fields);
    auto *field = plainLabel(m_fields);
    label->setBuddy(field);
    field->setAccessibleName(QString(labelText).remove(QLatin1Char(':')));
    m_grid->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignRight);
    m_grid->addWidget(field, row, 1);
    QList<QWidget *> widgets{label, field};
    if (copyable) {
        auto *copy = new QToolButton(m_fields);
        copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
        copy->setAutoRaise(true);
        const QString name = QString(labelText).remove(QLatin1Char(':'));
        copy->setToolTip(tr("Copy %1").arg(name));
        copy->setAccessibleName(tr("Copy %1").arg(name));
        connect(copy, &QToolButton::clicked, field,
                [field] { QApplication::clipboard()->setText(field->text()); });
        m_grid->addWidget(copy, row, 2);
        widgets.append(copy);
    }
    m_rowWidgets.insert(field, widgets);
    return field;
}

void DetailPane::setRowVisible(QLabel *field, bool visible)
{
    const QList<QWidget *> widgets = m_rowWidgets.value(field);
    for (QWidget *widget : widgets)
        widget->setVisible(visible);
}

void DetailPane::showNothing(const QString &text)
{
    m_key = {};
    m_statusIcon->clear();
    m_status->clear();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_fields->hide();
    m_truncation->hide();
    m_output->hide();
}

void DetailPane::showResult(const InvocationResult &result)
{
    m_key = ResultKey::of(result);
    m_placeholder->hide();
    m_fields->show();
    m_output->show();

    const QString status = effectiveStatus(result);
    m_statusIcon->setPixmap(statusIcon(statusKind(status)).pixmap(20, 20));
    m_status->setText(status.isEmpty() ? tr("Status not reported") : statusDisplayName(status));

    const QString meaning = exitCodeMeaning(result);
    const QString code = ib::exitCodeText(result);
    m_exitCode->setText(meaning.isEmpty() ? code : tr("%1 — %2").arg(code, meaning));

    const QString explanation = errorCodeExplanation(result.errorCode);
    m_errorCode->setText(explanation.isEmpty() ? result.errorCode
                                               : tr("%1 — %2").arg(result.errorCode, explanation));
    setRowVisible(m_errorCode, !result.errorCode.isEmpty());
    m_errorInfo->setText(result.errorInfo);
    setRowVisible(m_errorInfo, !result.errorInfo.isEmpty());

    showTimes(result);
    m_repeats->setText(QString::number(result.repeats));
    setRowVisible(m_repeats, result.repeats > 1);
    m_invokeId->setText(result.invokeId);
    m_instanceId->setText(result.instanceId);
    m_commandId->setText(result.commandId);

    m_truncation->setText(dropNotice(result));
    m_truncation->setVisible(result.dropped > 0);

    if (result.output.isEmpty() && isUnfinished(result))
        m_output->showPlaceholder(tr("Output pending: the command has not printed anything yet."));
    else
        m_output->showOutput(result.output, m_chosenEncodings.value(m_key));
}

void DetailPane::showTimes(const InvocationResult &result)
{
    setTime(m_started, result.startTime);
    setTime(m_finished, result.finishedTime);
    setTime(m_stopped, result.stopTime);
    setRowVisible(m_stopped, result.stopTime.isValid());

    const std::optional<qint64> duration = runDuration(result);
    m_duration->setText(duration ? formatDuration(*duration) : tr("not known yet"));
}

void DetailPane::setTime(QLabel *field, const QDateTime &time)
{
    if (!time.isValid()) {
        field->setText(tr("not set"));
        field->setToolTip(QString());
        return;
    }
    field->setText(localTimeText(time));
    field->setToolTip(utcTimeText(time));
}

QString DetailPane::statusText() const
{
    return m_status->text();
}

QString DetailPane::exitCodeText() const
{
    return m_exitCode->text();
}

QString DetailPane::errorText() const
{
    return m_errorCode->text();
}

QString DetailPane::truncationText() const
{
    return m_truncation->text();
}

bool DetailPane::truncationVisible() const
{
    return !m_truncation->isHidden();
}

} // namespace ib::ui
