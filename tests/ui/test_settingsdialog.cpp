#include "loadtranslations.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using ib::ui::SettingsDialog;

// The settings dialog, offscreen: the language choice and what it writes to QSettings.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void offersTheSystemDefaultAndEveryCatalogue();
    void choosingChineseWritesZhCn();
    void systemDefaultRemovesTheKey();
    void showsTheStoredLanguage();
    void keepsALanguageItDoesNotKnow();
    void cancelWritesNothing();

private:
    static QComboBox *languageBox(const SettingsDialog &dialog)
    {
        return dialog.findChild<QComboBox *>(QStringLiteral("language"));
    }
    static void choose(const SettingsDialog &dialog, const QString &language)
    {
        QComboBox *box = languageBox(dialog);
        const int index = box->findData(language);
        QVERIFY2(index >= 0, qPrintable(language));
        box->setCurrentIndex(index);
    }
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InvocationBrowser"));
    QCoreApplication::setApplicationName(QStringLiteral("invocation-browser-test"));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
}

void TestSettingsDialog::offersTheSystemDefaultAndEveryCatalogue()
{
    const SettingsDialog dialog;
    QComboBox *box = languageBox(dialog);
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemData(0).toString(), QString());
    QVERIFY2(box->itemText(0).startsWith(QStringLiteral("System default")),
             qPrintable(box->itemText(0)));
    QCOMPARE(box->itemData(1).toString(), QStringLiteral("en"));
    QCOMPARE(box->itemText(1), QStringLiteral("English"));
    QCOMPARE(box->itemData(2).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(box->itemText(2), QStringLiteral("简体中文"));
    QCOMPARE(ib::availableLanguages(),
             (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(box->currentIndex(), 0);
}

void TestSettingsDialog::choosingChineseWritesZhCn()
{
    SettingsDialog dialog;
    choose(dialog, QStringLiteral("zh_CN"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
}

void TestSettingsDialog::systemDefaultRemovesTheKey()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    SettingsDialog dialog;
    choose(dialog, QString());
    dialog.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestSettingsDialog::showsTheStoredLanguage()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    const SettingsDialog dialog;
    QCOMPARE(dialog.chosenLanguage(), QStringLiteral("en"));
    QCOMPARE(languageBox(dialog)->currentText(), QStringLiteral("English"));
}

void TestSettingsDialog::keepsALanguageItDoesNotKnow()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    SettingsDialog dialog;
    QCOMPARE(dialog.chosenLanguage(), QStringLiteral("fr"));
    QCOMPARE(languageBox(dialog)->currentText(), QStringLiteral("Français"));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
}

void TestSettingsDialog::cancelWritesNothing()
{
    SettingsDialog dialog;
    choose(dialog, QStringLiteral("zh_CN"));
    dialog.reject();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
