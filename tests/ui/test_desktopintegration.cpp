#include "aboutdialog.h"
#include "desktopintegration.h"
#include "settingsdialog.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace ib::ui;

// The menu entries that open the About and Settings dialogs, and the program's icon.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void iconHasEveryRenderedSize();
    void addsSettingsWithThePreferencesShortcut();
    void addsAboutAndAboutQt();
    void aboutOpensOneDialog();
    void settingsOpensTheDialog();

private:
    QAction *action(QMenu *menu, QAction::MenuRole role) const;

    std::unique_ptr<QMainWindow> m_window;
    QMenu *m_help = nullptr;
    QMenu *m_tools = nullptr;
};

void TestDesktopIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopIntegration::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_tools = m_window->menuBar()->addMenu(QStringLiteral("Tools"));
    m_help = m_window->menuBar()->addMenu(QStringLiteral("Help"));
    addHelpAndSettingsActions(m_window.get(), m_help, m_tools);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDesktopIntegration::cleanup()
{
    m_window.reset();
}

QAction *TestDesktopIntegration::action(QMenu *menu, QAction::MenuRole role) const
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *candidate : actions) {
        if (candidate->menuRole() == role)
            return candidate;
    }
    return nullptr;
}

void TestDesktopIntegration::iconHasEveryRenderedSize()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    QCOMPARE(
        icon.availableSizes(),
        (QList<QSize>{{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}, {256, 256}}));
    QCOMPARE(icon.pixmap(QSize(48, 48), 1.0).size(), QSize(48, 48));
    // On a screen of twice the density a 32-pixel icon takes the 64-pixel rendering.
    const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(sharp.size(), QSize(64, 64));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
}

void TestDesktopIntegration::addsSettingsWithThePreferencesShortcut()
{
    QCOMPARE(m_tools->actions().size(), 1);
    QAction *settings = action(m_tools, QAction::PreferencesRole);
    QVERIFY(settings);
    QCOMPARE(settings->text(), QStringLiteral("&Settings…"));
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(settings->shortcuts(),
             platform.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                : platform);
}

void TestDesktopIntegration::addsAboutAndAboutQt()
{
    QCOMPARE(m_help->actions().size(), 2);
    QAction *about = action(m_help, QAction::AboutRole);
    QVERIFY(about);
    QCOMPARE(about->text(), QStringLiteral("&About Invocation Browser"));
    QAction *aboutQt = action(m_help, QAction::AboutQtRole);
    QVERIFY(aboutQt);
    QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));
}

void TestDesktopIntegration::aboutOpensOneDialog()
{
    QAction *about = action(m_help, QAction::AboutRole);
    about->trigger();
    about->trigger();
    const auto dialogs = m_window->findChildren<AboutDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->isVisible());
    QVERIFY(dialogs.first()->testAttribute(Qt::WA_DeleteOnClose));
}

void TestDesktopIntegration::settingsOpensTheDialog()
{
    action(m_tools, QAction::PreferencesRole)->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->parentWidget(), m_window.get());
}

QTEST_MAIN(TestDesktopIntegration)
#include "test_desktopintegration.moc"
