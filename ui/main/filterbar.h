#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace ib::ui {

/// The local filters above the table: they narrow what was fetched, without a new request.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString outputText() const;
    bool outputIsRegularExpression() const;
    QString instanceText() const;
    QString commandText() const;
    QString exitCodeText() const;
    QString errorCodeText() const;
    QStringList statuses() const;

    void setOutputText(const QString &text, bool regularExpression = false);
    void setInstanceText(const QString &text);
    void setCommandText(const QString &text);
    void setExitCodeText(const QString &text);
    void setErrorCodeText(const QString &text);
    /// Checks exactly these statuses (an empty list shows every status).
    void setStatuses(const QStringList &statuses);
    /// Shows why the typed filter cannot be used (an invalid regular expression); empty hides it.
    void setProblem(const QString &text);
    QString problem() const;
    bool isEmpty() const;

    /// Moves keyboard focus to the output text field (Ctrl+F).
    void focusFilter();
    void clear();

Q_SIGNALS:
    /// A filter changed; text fields are debounced so typing stays smooth.
    void filterChanged();

private:
    QLineEdit *addField(const QString &placeholder, const QString &accessibleName, int width);
    void addStatusAction(const QString &status);
    void updateStatusButton();

    QTimer *m_debounce;
    QLineEdit *m_output;
    QCheckBox *m_regex;
    QLineEdit *m_instance;
    QLineEdit *m_command;
    QLineEdit *m_exitCode;
    QLineEdit *m_errorCode;
    QToolButton *m_status;
    QMenu *m_statusMenu;
    QLabel *m_problem;
};

} // namespace ib::ui
