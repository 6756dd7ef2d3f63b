#include "settingsdialog.h"

#include "loadtranslations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace ib::ui {

namespace {

// Each language is named in itself, as the person who reads it looks for it.
QString languageName(const QString &localeName)
{
    const QLocale locale(localeName);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalHanScript)
        return QStringLiteral("简体中文");
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? localeName : name.left(1).toUpper() + name.mid(1);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    addLanguages();

    auto *note =
        new QLabel(tr("A new language is used from the next start of Invocation Browser."), this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

void SettingsDialog::addLanguages()
{
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(
        system.isEmpty() ? tr("System default") : tr("System default (%1)").arg(system), QString());
    const QStringList languages = availableLanguages();
    for (const QString &language : languages)
        m_language->addItem(languageName(language), language);

    // A language written by another version stays chosen rather than silently reset.
    const QString stored = QSettings().value(languageKey()).toString();
    if (!stored.isEmpty() && m_language->findData(stored) < 0)
        m_language->addItem(languageName(stored), stored);
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored)));
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    QSettings settings;
    if (chosenLanguage().isEmpty())
        settings.remove(languageKey());
    else
        settings.setValue(languageKey(), chosenLanguage());
    QDialog::accept();
}

} // namespace ib::ui
