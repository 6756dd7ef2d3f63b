#include "outputview.h"

#include "logcategories.h"
#include "results/outputdecoder.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace ib::ui {

namespace {

// Wrapping a line this long costs more than it helps: start such outputs unwrapped.
constexpr int longLineChars = 4000;
// Highlighting stops here so a one-letter search in a huge output stays instant.
constexpr int maxHighlights = 2000;

// Beyond this many colour runs the output is shown without colour, to stay instant.
constexpr int maxColouredRuns = 5000;

// The eight ANSI colours (bright ones map to the same), in tones that read on light and dark
// backgrounds; black and white keep the palette's text colour so they never disappear.
QColor ansiColour(int index)
{
    static const QRgb colours[] = {0,        0xd64541, 0x2e9d4f, 0xc28a00,
                                   0x2f7fd8, 0xa347ba, 0x1f9ea8, 0};
    if (index < 0 || index > 15)
        return {};
    const QRgb rgb = colours[index % 8];
    return rgb == 0 ? QColor() : QColor(rgb);
}

int longestLine(const QString &text)
{
    int longest = 0;
    int start = 0;
    while (start <= text.size()) {
        int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = int(text.size());
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return longest;
}

} // namespace

OutputView::OutputView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
{
    m_editor->setReadOnly(true);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Decoded output"));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolRow());
    layout->addWidget(createFindRow());
    layout->addWidget(m_editor, 1);
    setTabOrder(m_save, m_editor); // the editor was made first but sits below both rows
    showPlaceholder({});
}

QWidget *OutputView::createToolRow()
{
    auto *row = new QWidget(this);
    m_encodingLabel = new QLabel(row);
    m_encodingLabel->setTextFormat(Qt::PlainText);
    m_replacementLabel = new QLabel(row);
    m_replacementLabel->setTextFormat(Qt::PlainText);

    m_decodeAs = new QComboBox(row);
    m_decodeAs->setAccessibleName(tr("Decode as"));
    m_decodeAs->setToolTip(tr("Decode this result's output with another encoding"));
    m_decodeAs->addItem(tr("Detect automatically"), QByteArray());
    const QList<QByteArray> encodings = availableEncodings();
    for (const QByteArray &name : encodings)
        m_decodeAs->addItem(QString::fromLatin1(name), name);
    connect(m_decodeAs, &QComboBox::activated, this, [this](int index) {
        const QByteArray chosen = m_decodeAs->itemData(index).toByteArray();
        showOutput(m_raw, chosen);
        Q_EMIT encodingChosen(chosen);
    });
    auto *decodeLabel = new QLabel(tr("Decode &as:"), row);
    decodeLabel->setBuddy(m_decodeAs);

    m_wrap = new QToolButton(row);
    m_wrap->setText(tr("Wrap"));
    m_wrap->setCheckable(true);
    m_wrap->setToolTip(tr("Wrap long lines"));
    connect(m_wrap, &QToolButton::toggled, this, [this](bool on) {
        m_editor->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });

    m_copy = new QToolButton(row);
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    // Icons only, so the find field keeps its room in a narrow detail pane.
    m_copy->setToolTip(tr("Copy the decoded output"));
    m_copy->setAccessibleName(tr("Copy output"));
    connect(m_copy, &QToolButton::clicked, this, &OutputView::copyAll);

    m_save = new QToolButton(row);
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setToolTip(tr("Save the exact bytes the command printed"));
    m_save->setAccessibleName(tr("Save raw output"));
    connect(m_save, &QToolButton::clicked, this, &OutputView::chooseSavePath);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_encodingLabel);
    layout->addWidget(m_replacementLabel);
    layout->addStretch(1);
    layout->addWidget(decodeLabel);
    layout->addWidget(m_decodeAs);
    return row;
}

QWidget *OutputView::createFindRow()
{
    auto *row = new QWidget(this);
    m_findField = new QLineEdit(row);
    m_findField->setPlaceholderText(tr("Find in output"));
    m_findField->setToolTip(tr("Enter: next match, Shift+Enter: previous match"));
    m_findField->setAccessibleName(tr("Find in output"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    connect(m_findField, &QLineEdit::textChanged, this,
            [this](const QString &text) { highlightMatches(text); });
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        const bool back = QApplication::keyboardModifiers() & Qt::ShiftModifier;
        find(m_findField->text(), back);
    });

    auto *previous = new QToolButton(row);
    previous->setText(QStringLiteral("\u25B2"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    connect(previous, &QToolButton::clicked, this, [this] { find(m_findField->text(), true); });
    auto *next = new QToolButton(row);
    next->setText(QStringLiteral("\u25BC"));
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    connect(next, &QToolButton::clicked, this, [this] { find(m_findField->text()); });

    auto *nextKey = new QShortcut(QKeySequence::FindNext, this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, this, [this] { find(m_findField->text()); });
    auto *previousKey = new QShortcut(QKeySequence::FindPrevious, this, nullptr, nullptr,
                                      Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, this, [this] { find(m_findField->text(), true); });

    m_findStatus = new QLabel(row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findField, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_findStatus);
    layout->addSpacing(8);
    layout->addWidget(m_wrap);
    layout->addWidget(m_copy);
    layout->addWidget(m_save);

    // Wrap, Copy and Save were made with the row above; Tab reaches them where they are shown.
    const QList<QWidget *> order{m_findField, previous, next, m_wrap, m_copy, m_save};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    return row;
}

void OutputView::showOutput(const QByteArray &raw, const QByteArray &forcedEncoding)
{
    m_raw = raw;
    const DecodedOutput decoded = decodeOutput(raw, forcedEncoding);
    m_encoding = decoded.encoding;
    m_replacements = decoded.replacementCount;

    const int index = m_decodeAs->findData(forcedEncoding);
    m_decodeAs->setCurrentIndex(std::max(index, 0));
    m_decodeAs->setEnabled(!raw.isEmpty());
    m_save->setEnabled(true);
    m_copy->setEnabled(!raw.isEmpty());
    applyDecoded(withVisibleControls(plainText(decoded.text)), !decoded.detected);
    if (decoded.text.contains(QChar(0x1b)))
        colourRuns(decoded.text);
}

void OutputView::colourRuns(const QString &decoded)
{
    // Colour is a bonus: it is painted over the text already set, and skipped when costly.
    const QList<StyledRun> runs = styledRuns(decoded);
    if (runs.size() > maxColouredRuns)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    int position = 0;
    for (const StyledRun &run : runs) {
        const int length = int(withVisibleControls(run.text).size());
        const QColor colour = ansiColour(run.foreground);
        if (colour.isValid() || run.bold) {
            QTextCharFormat format;
            if (colour.isValid())
                format.setForeground(colour);
            if (run.bold)
                format.setFontWeight(QFont::Bold);
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
        position += length;
    }
    cursor.endEditBlock();
}

void OutputView::applyDecoded(const QString &plain, bool forced)
{
    // One setPlainText keeps large outputs instant; wrapping is off for very long lines.
    const bool wrap = longestLine(plain) < longLineChars;
    m_wrap->setChecked(wrap);
    m_editor->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_editor->setPlainText(plain);

    const QString encoding = QString::fromLatin1(m_encoding);
    m_encodingLabel->setText(m_raw.isEmpty() ? tr("No output")
                             : forced        ? tr("Encoding: %1 (chosen)").arg(encoding)
                                             : tr("Encoding: %1 (detected)").arg(encoding));
    m_replacementLabel->setText(tr("%n byte sequence(s) could not be decoded and show as \uFFFD.",
                                   nullptr, m_replacements));
    m_replacementLabel->setVisible(m_replacements > 0);
    highlightMatches(m_findField->text());
}

void OutputView::showPlaceholder(const QString &text)
{
    m_raw.clear();
    m_encoding.clear();
    m_replacements = 0;
    m_editor->setPlainText(text);
    m_encodingLabel->setText(QString());
    m_replacementLabel->hide();
    m_decodeAs->setEnabled(false);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    highlightMatches(QString());
}

QString OutputView::text() const
{
    return m_editor->toPlainText();
}

QString OutputView::encodingText() const
{
    return m_encodingLabel->text();
}

QString OutputView::replacementText() const
{
    return m_replacementLabel->isHidden() ? QString() : m_replacementLabel->text();
}

bool OutputView::wrapsLines() const
{
    return m_editor->lineWrapMode() != QPlainTextEdit::NoWrap;
}

void OutputView::highlightMatches(const QString &needle)
{
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight).lighter(140));
    format.setForeground(palette().color(QPalette::HighlightedText));
    while (!needle.isEmpty() && m_matchCount < maxHighlights) {
        cursor = document->find(needle, cursor);
        if (cursor.isNull())
            break;
        selections.append({cursor, format});
        ++m_matchCount;
    }
    m_editor->setExtraSelections(selections);
    m_findStatus->setText(needle.isEmpty()    ? QString()
                          : m_matchCount == 0 ? tr("No match")
                                              : tr("%n match(es)", nullptr, m_matchCount));
}

void OutputView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return;
    if (m_findField->text() != text)
        m_findField->setText(text); // highlights every match
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_editor->find(text, flags))
        return;

    // Wrap around once, like every editor's find.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(cursor);
    m_editor->find(text, flags);
}

bool OutputView::saveRawOutput(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_raw) != m_raw.size() || !file.commit()) {
        *error = tr("Could not save the output to %1: %2").arg(path, file.errorString());
        qCWarning(lcUi) << "saving raw output failed:" << file.errorString();
        return false;
    }
    qCInfo(lcUi) << "saved" << m_raw.size() << "bytes of raw output";
    return true;
}

void OutputView::chooseSavePath()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save raw output"), QStringLiteral("output.bin"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRawOutput(path, &error))
        QMessageBox::warning(this, tr("Save raw output"), error);
}

void OutputView::copyAll()
{
    QApplication::clipboard()->setText(m_editor->toPlainText());
}

} // namespace ib::ui
