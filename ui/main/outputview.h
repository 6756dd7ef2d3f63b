#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace ib::ui {

/// One result's output: decoded truthfully, shown as plain text, searchable, saveable as raw bytes.
class OutputView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputView(QWidget *parent = nullptr);

    /// Shows raw output bytes, decoded with forcedEncoding or, when it is empty, detected.
    void showOutput(const QByteArray &raw, const QByteArray &forcedEncoding = {});
    /// Shows a sentence instead of output (no result, output pending).
    void showPlaceholder(const QString &text);

    QString text() const;
    QByteArray encoding() const { return m_encoding; }
    int replacementCount() const { return m_replacements; }
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *decodeAsBox() const { return m_decodeAs; }
    /// "Encoding: … (detected)" and the replacement sentence, as shown.
    QString encodingText() const;
    QString replacementText() const;
    bool wrapsLines() const;

    /// Finds text in the output, highlights every match and moves to the next (or previous) one.
    void find(const QString &text, bool backwards = false);
    int matchCount() const { return m_matchCount; }

    /// Writes the exact raw bytes; returns false with a sentence in *error when that fails.
    bool saveRawOutput(const QString &path, QString *error) const;

Q_SIGNALS:
    /// The user picked an encoding in "Decode as"; empty means "detect automatically".
    void encodingChosen(const QByteArray &encoding);

private:
    QWidget *createToolRow();
    QWidget *createFindRow();
    void applyDecoded(const QString &plain, bool forced);
    void colourRuns(const QString &decoded);
    void highlightMatches(const QString &needle);
    void chooseSavePath();
    void copyAll();

    QByteArray m_raw;
    QByteArray m_encoding;
    int m_replacements = 0;
    int m_matchCount = 0;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_decodeAs = nullptr;
    QLabel *m_replacementLabel = nullptr;
    QToolButton *m_wrap = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QLineEdit *m_findField = nullptr;
    QLabel *m_findStatus = nullptr;
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace ib::ui
