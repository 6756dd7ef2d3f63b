#include "compareview.h"

#include "results/outputdecoder.h"
#include "results/resultmeaning.h"
#include "statusstyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <algorithm>

namespace ib::ui {

namespace {

// The output's lines as shown in the detail pane; a final line break adds no empty line.
QStringList outputLines(const InvocationResult &result)
{
    const QString plain = plainText(decodeOutput(result.output).text);
    if (plain.isEmpty())
        return {};
    QStringList lines = plain.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QPlainTextEdit *createSide(QWidget *parent, const QString &accessibleName)
{
    auto *side = new QPlainTextEdit(parent);
    side->setReadOnly(true);
    side->setLineWrapMode(QPlainTextEdit::NoWrap);
    side->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    side->setAccessibleName(accessibleName);
    side->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return side;
}

QTextEdit::ExtraSelection lineTint(const QTextBlock &block, const QColor &colour)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.format.setBackground(colour);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

QTextEdit::ExtraSelection spanTint(const QTextBlock &block, int start, int length,
                                   const QColor &colour)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.cursor.setPosition(block.position() + start);
    selection.cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
    selection.format.setBackground(colour);
    return selection;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QDialog(parent)
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_left(createSide(this, tr("Left output")))
    , m_right(createSide(this, tr("Right output")))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare outputs"));
    for (QLabel *label : {m_leftTitle, m_rightTitle, m_summary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    // Both sides scroll together, so aligned rows stay side by side.
    const auto pair = [this](QScrollBar *a, QScrollBar *b) {
        connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    };
    pair(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    pair(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());

    auto *previous = new QPushButton(tr("Previous difference"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    previous->setToolTip(tr("Previous difference (Alt+Up)"));
    auto *next = new QPushButton(tr("Next difference"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    next->setToolTip(tr("Next difference (Alt+Down)"));
    connect(previous, &QPushButton::clicked, this, [this] { goToDifference(-1); });
    connect(next, &QPushButton::clicked, this, [this] { goToDifference(1); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *legend = new QLabel(tr("Amber: changed lines, the changed part darker. Red: only on the "
                                 "left. Green: only on the right. Grey: no line on this side."),
                              this);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    auto *heading = new QVBoxLayout;
    heading->addWidget(m_summary);
    heading->addWidget(legend);

    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(previous, 0, Qt::AlignTop);
    top->addWidget(next, 0, Qt::AlignTop);

    auto *grid = new QGridLayout(this);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(m_leftTitle, 1, 0);
    grid->addWidget(m_rightTitle, 1, 1);
    grid->addWidget(m_left, 2, 0);
    grid->addWidget(m_right, 2, 1);
    grid->addWidget(buttons, 3, 0, 1, 2);
    grid->setRowStretch(2, 1);
    resize(1200, 560);
}

void CompareView::compare(const InvocationResult &left, const QString &leftTitle,
                          const InvocationResult &right, const QString &rightTitle)
{
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    showRows(outputLines(left), outputLines(right));
}

void CompareView::showRows(const QStringList &left, const QStringList &right)
{
    m_leftLines = left;
    m_rightLines = right;
    m_rows = diffLines(left, right);

    QStringList leftShown;
    QStringList rightShown;
    int differing = 0;
    for (const DiffRow &row : std::as_const(m_rows)) {
        leftShown.append(row.leftLine >= 0 ? left.at(row.leftLine) : QString());
        rightShown.append(row.rightLine >= 0 ? right.at(row.rightLine) : QString());
        differing += row.kind == DiffRow::Kind::Same ? 0 : 1;
    }
    m_left->setPlainText(leftShown.join(QLatin1Char('\n')));
    m_right->setPlainText(rightShown.join(QLatin1Char('\n')));
    tint(m_left, true);
    tint(m_right, false);
    m_differenceStarts.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool differs = m_rows.at(row).kind != DiffRow::Kind::Same;
        if (differs && (row == 0 || m_rows.at(row - 1).kind == DiffRow::Kind::Same))
            m_differenceStarts.append(row);
    }
    m_currentDifference = -1;

    if (left.isEmpty() && right.isEmpty())
        m_summary->setText(tr("Neither result has any output."));
    else if (differing == 0)
        m_summary->setText(tr("The outputs are the same: %n line(s).", nullptr, int(left.size())));
    else
        m_summary->setText(tr("%n line(s) differ.", nullptr, differing));
}

void CompareView::tint(QPlainTextEdit *side, bool isLeft)
{
    const QColor base = palette().color(QPalette::Base);
    const QColor removed = blend(base, statusColor(StatusKind::Failure), 0.22);
    const QColor added = blend(base, statusColor(StatusKind::Success), 0.22);
    const QColor changed = blend(base, statusColor(StatusKind::Pending), 0.22);
    const QColor changedPart = blend(base, statusColor(StatusKind::Pending), 0.55);
    const QColor missing = blend(base, palette().color(QPalette::Mid), 0.35);

    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = side->document()->firstBlock();
    for (const DiffRow &row : std::as_const(m_rows)) {
        const int line = isLeft ? row.leftLine : row.rightLine;
        if (row.kind == DiffRow::Kind::Changed) {
            selections.append(lineTint(block, changed));
            const LineChange span =
                changedSpan(m_leftLines.at(row.leftLine), m_rightLines.at(row.rightLine));
            const int start = isLeft ? span.leftStart : span.rightStart;
            const int length = isLeft ? span.leftLength : span.rightLength;
            if (length > 0)
                selections.append(spanTint(block, start, length, changedPart));
        } else if (row.kind != DiffRow::Kind::Same) {
            selections.append(lineTint(block, line < 0 ? missing : isLeft ? removed : added));
        }
        block = block.next();
    }
    side->setExtraSelections(selections);
}

void CompareView::goToDifference(int direction)
{
    if (m_differenceStarts.isEmpty())
        return;
    m_currentDifference =
        std::clamp(m_currentDifference + direction, 0, int(m_differenceStarts.size()) - 1);
    const int row = m_differenceStarts.at(m_currentDifference);
    for (QPlainTextEdit *side : {m_left, m_right}) {
        side->setTextCursor(QTextCursor(side->document()->findBlockByNumber(row)));
        side->centerCursor();
    }
}

QString CompareView::leftText() const
{
    return m_left->toPlainText();
}

QString CompareView::rightText() const
{
    return m_right->toPlainText();
}

QString CompareView::summaryText() const
{
    return m_summary->text();
}

QList<int> CompareView::tintedLines(bool left) const
{
    QList<int> lines;
    const QList<QTextEdit::ExtraSelection> selections =
        (left ? m_left : m_right)->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool())
            lines.append(selection.cursor.blockNumber());
    }
    return lines;
}

} // namespace ib::ui
