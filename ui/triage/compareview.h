#pragma once

#include "results/invocationresult.h"
#include "triage/linediff.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace ib::ui {

/// Two invocation results' outputs side by side, lines aligned, differences tinted. Plain text
/// only: each side is a QPlainTextEdit and the tints are extra selections over its text.
class CompareView : public QDialog
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    /// Shows left against right; the titles name each side (instance name or id, status).
    void compare(const InvocationResult &left, const QString &leftTitle,
                 const InvocationResult &right, const QString &rightTitle);

    /// The aligned rows shown, for tests and for moving between differences.
    const QList<DiffRow> &rows() const { return m_rows; }
    /// The text of one side as shown: one line per row, empty where that side has no line.
    QString leftText() const;
    QString rightText() const;
    QString summaryText() const;
    /// The rows tinted as differing on one side (changed, removed, added or missing there).
    QList<int> tintedLines(bool left) const;

private:
    void showRows(const QStringList &left, const QStringList &right);
    void tint(QPlainTextEdit *side, bool isLeft);
    void goToDifference(int direction);

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QLabel *m_summary;
    QList<DiffRow> m_rows;
    QStringList m_leftLines;
    QStringList m_rightLines;
    QList<int> m_differenceStarts; // the first row of each run of differing rows
    int m_currentDifference = -1;
};

} // namespace ib::ui
