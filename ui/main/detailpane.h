#pragma once

#include "models/resultkey.h"
#include "results/invocationresult.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace ib::ui {

class OutputView;

/// The selected invocation result in full: status, exit code and error code with their
/// meaning, times, ids, truncation, and the decoded output.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showResult(const InvocationResult &result);
    /// Shows what to do instead of a result (nothing selected yet).
    void showNothing(const QString &text);

    OutputView *outputView() const { return m_output; }
    /// The visible texts, for tests and accessibility checks.
    QString statusText() const;
    QString exitCodeText() const;
    QString errorText() const;
    QString truncationText() const;
    bool truncationVisible() const;

private:
    QLabel *addField(const QString &label, bool copyable = false);
    void showTimes(const InvocationResult &result);
    void setTime(QLabel *field, const QDateTime &time);
    void setRowVisible(QLabel *field, bool visible);

    ResultKey m_key;
    QHash<ResultKey, QByteArray> m_chosenEncodings; // "decode as" choices, per result
    QHash<QLabel *, QList<QWidget *>> m_rowWidgets;
    QWidget *m_fields = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_truncation = nullptr;
    QLabel *m_exitCode = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorInfo = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_finished = nullptr;
    QLabel *m_stopped = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_repeats = nullptr;
    QLabel *m_invokeId = nullptr;
    QLabel *m_instanceId = nullptr;
    QLabel *m_commandId = nullptr;
    OutputView *m_output = nullptr;
};

} // namespace ib::ui
