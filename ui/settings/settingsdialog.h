#pragma once

#include <QDialog>

class QComboBox;

namespace ib::ui {

/// Tools > Settings: the user-interface language, kept in QSettings for the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The QSettings key main() reads the language from; absent means the system's language.
    static QString languageKey();

    /// The language chosen in the dialog as a locale name ("zh_CN"); empty is the system's.
    QString chosenLanguage() const;

public Q_SLOTS:
    /// Writes the chosen language and closes.
    void accept() override;

private:
    void addLanguages();

    QComboBox *m_language;
};

} // namespace ib::ui
