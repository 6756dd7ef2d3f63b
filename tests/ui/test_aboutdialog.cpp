#include "aboutdialog.h"

#include <QFile>
#include <QLabel>
#include <QTest>
#include <QUrl>

using ib::ui::AboutDialog;

// The About dialog, offscreen: what it says about the program and the Qt under it.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheProgramVersion();
    void namesTheLicenceOfTheLicenseFile();
    void showsTheQtRunningAndBuiltWith();
    void linksToTheDocumentation();
    void everyLineCanBeRead();
};

void TestAboutDialog::showsTheProgramVersion()
{
    const AboutDialog dialog;
    QVERIFY2(dialog.versionText().contains(QStringLiteral(IB_VERSION)),
             qPrintable(dialog.versionText()));
}

void TestAboutDialog::namesTheLicenceOfTheLicenseFile()
{
    QFile file(QStringLiteral(IB_LICENSE_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QString licence = QString::fromUtf8(file.read(400)).simplified();
    QVERIFY2(licence.startsWith(QStringLiteral("Apache License Version 2.0")), qPrintable(licence));

    const AboutDialog dialog;
    QVERIFY2(dialog.licenceText().contains(QStringLiteral("Apache License, Version 2.0")),
             qPrintable(dialog.licenceText()));
}

void TestAboutDialog::showsTheQtRunningAndBuiltWith()
{
    const AboutDialog dialog;
    QVERIFY2(dialog.qtText().contains(QString::fromLatin1(qVersion())),
             qPrintable(dialog.qtText()));
    QVERIFY2(dialog.qtText().contains(QStringLiteral(QT_VERSION_STR)), qPrintable(dialog.qtText()));
}

void TestAboutDialog::linksToTheDocumentation()
{
    const AboutDialog dialog;
    const QUrl url = dialog.documentationUrl();
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));

    bool linked = false;
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        linked = linked || (label->openExternalLinks() &&
                            label->text().contains(url.toString(QUrl::FullyEncoded)));
    QVERIFY2(linked, "no label opens the documentation address");
}

void TestAboutDialog::everyLineCanBeRead()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Word-wrapped labels must get the height their text needs, not be cut to one line.
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
    }
    QCOMPARE(dialog.windowTitle(), QStringLiteral("About Invocation Browser"));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
