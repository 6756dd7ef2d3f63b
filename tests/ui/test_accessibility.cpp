#include "aboutdialog.h"
#include "connectionsource.h"
#include "credentials/credentialstore.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "demoserver.h"
#include "detailpane.h"
#include "fetchsession.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "models/resultfilterproxy.h"
#include "models/resulttablemodel.h"
#include "profiledialog.h"
#include "querybar.h"
#include "resultsview.h"
#include "settingsdialog.h"
#include "statussummarybar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

using namespace ib;
using namespace ib::ui;

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

// A control the keyboard reaches by Tab; a combo box's or spin box's own line edit is named by it.
bool isFocusableControl(const QWidget *widget, const QWidget *window)
{
    const QWidget *parent = widget->parentWidget();
    return isControl(widget) && (widget->focusPolicy() & Qt::TabFocus) &&
           widget->window() == window && !qobject_cast<const QComboBox *>(parent) &&
           !qobject_cast<const QAbstractSpinBox *>(parent);
}

// The name a screen reader announces, from what this project sets: the accessible name, a
// label whose buddy the control is, or a button's own text. Tooltips and placeholders do not
// count: one needs hovering, the other goes away on typing.
QString nameOf(const QWidget *control, const QList<QLabel *> &labels)
{
    if (!control->accessibleName().trimmed().isEmpty())
        return control->accessibleName();
    for (const QLabel *label : labels) {
        if (label->buddy() == control && !label->text().trimmed().isEmpty())
            return label->text();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(control))
        return QString(button->text()).remove(QLatin1Char('&')).trimmed();
    return {};
}

QString describe(const QWidget *control)
{
    const QString placeholder = qobject_cast<const QLineEdit *>(control)
                                    ? qobject_cast<const QLineEdit *>(control)->placeholderText()
                                    : QString();
    return QStringLiteral("%1 \"%2\" in %3 (tooltip \"%4\", placeholder \"%5\")")
        .arg(QString::fromLatin1(control->metaObject()->className()), control->objectName(),
             QString::fromLatin1(control->parentWidget()->metaObject()->className()),
             control->toolTip(), placeholder);
}

// Every focusable control in `window` that has no accessible name, described for the failure.
QStringList unnamedControls(QWidget *window, int *controlCount)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    QStringList unnamed;
    *controlCount = 0;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!isFocusableControl(widget, window))
            continue;
        ++*controlCount;
        if (nameOf(widget, labels).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// The visible focusable widgets inside `area`, in the order Tab visits them.
QList<QWidget *> tabChain(QWidget *window, const QWidget *area)
{
    QList<QWidget *> chain;
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() &&
            (area == window || area->isAncestorOf(widget)))
            chain.append(widget);
    } while (widget != window);
    return chain;
}

// The same widgets as a reader meets them: line by line from the top, left to right in a line.
QList<QWidget *> readingOrder(QList<QWidget *> widgets, const QWidget *area)
{
    const auto rect = [area](const QWidget *w) {
        return QRect(w->mapTo(area, QPoint()), w->size());
    };
    std::stable_sort(widgets.begin(), widgets.end(), [&](const QWidget *a, const QWidget *b) {
        const QRect ra = rect(a);
        const QRect rb = rect(b);
        // Widgets that overlap vertically sit on one line of the layout.
        const bool sameLine = ra.center().y() >= rb.top() && ra.center().y() <= rb.bottom();
        return sameLine ? ra.left() < rb.left() : ra.center().y() < rb.center().y();
    });
    return widgets;
}

QStringList names(const QList<QWidget *> &widgets, const QWidget *window)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    QStringList result;
    for (const QWidget *widget : widgets)
        result.append(nameOf(widget, labels).remove(QLatin1Char('&')));
    return result;
}

} // namespace

// Every control of the window and its dialogs has a name a screen reader can say, and Tab
// moves through the window in the order a person reads it.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyWindowControlHasAnAccessibleName();
    void everyDialogControlHasAnAccessibleName_data();
    void everyDialogControlHasAnAccessibleName();
    void queryBarTabOrderFollowsReadingOrder();
    void filterBarTabOrderFollowsReadingOrder();
    void detailPaneTabOrderFollowsReadingOrder();
    void tabMovesThroughTheWindowTopToBottomThenRight();

private:
    demo::DemoServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<api::ApiError>();
    QSettings().clear();
    // The profile dialog must not reach a real keyring: the session bus leads nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QDir::tempPath().toUtf8() + "/ib-no-bus");

    demo::DemoOptions options;
    options.settleMs = 0;
    m_server = new demo::DemoServer(options, this);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    m_window = new MainWindow;
    m_window->connectionSource()->useDemoServer(m_server);
    m_window->openDemo();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // Fill every part: results in the table and summary, one in the detail pane, a message
    // with its action button.
    QSignalSpy finished(m_window->fetchSession(), &FetchSession::finished);
    m_window->fetch();
    QVERIFY(finished.wait(30000));
    QVERIFY(m_window->proxy()->rowCount() > 0);
    m_window->resultsView()->setCurrentIndex(m_window->proxy()->index(0, 0));
    m_window->messageBar()->showMessage(MessageBar::Kind::Error, QStringLiteral("Test message"),
                                        QStringLiteral("Retry"));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
}

void TestAccessibility::everyWindowControlHasAnAccessibleName()
{
    int count = 0;
    const QStringList unnamed = unnamedControls(m_window, &count);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    // The query bar, filter bar, summary, table and detail pane each bring several controls.
    QVERIFY2(count >= 30, qPrintable(QString::number(count)));
}

void TestAccessibility::everyDialogControlHasAnAccessibleName_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("profiles") << QStringLiteral("profiles");
    QTest::newRow("settings") << QStringLiteral("settings");
    QTest::newRow("about") << QStringLiteral("about");
}

void TestAccessibility::everyDialogControlHasAnAccessibleName()
{
    QFETCH(QString, dialog);
    ProfileStore profiles;
    SecretStore secrets(SecretStore::Backend::Memory);
    CredentialStore credentials(&profiles, &secrets);

    std::unique_ptr<QDialog> shown;
    if (dialog == QLatin1String("profiles"))
        shown = std::make_unique<ProfileDialog>(&credentials);
    else if (dialog == QLatin1String("settings"))
        shown = std::make_unique<SettingsDialog>();
    else
        shown = std::make_unique<AboutDialog>();
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));

    int count = 0;
    const QStringList unnamed = unnamedControls(shown.get(), &count);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    QVERIFY(count >= 1);
}

void TestAccessibility::queryBarTabOrderFollowsReadingOrder()
{
    QueryBar *bar = m_window->queryBar();
    const QList<QWidget *> chain = tabChain(m_window, bar);
    QCOMPARE(chain.size(), 12);
    QCOMPARE(names(chain, m_window), names(readingOrder(chain, bar), m_window));
    QCOMPARE(names(chain, m_window).first(), QStringLiteral("Profile"));
    QCOMPARE(names(chain, m_window).last(), QStringLiteral("Include history"));
}

void TestAccessibility::filterBarTabOrderFollowsReadingOrder()
{
    FilterBar *bar = m_window->filterBar();
    const QList<QWidget *> chain = tabChain(m_window, bar);
    QCOMPARE(chain.size(), 8);
    QCOMPARE(names(chain, m_window), names(readingOrder(chain, bar), m_window));
}

void TestAccessibility::detailPaneTabOrderFollowsReadingOrder()
{
    DetailPane *pane = m_window->detailPane();
    const QList<QWidget *> chain = tabChain(m_window, pane);
    // Three copy buttons, then the output's encoding, find row, tools and text.
    QVERIFY2(chain.size() >= 11, qPrintable(names(chain, m_window).join(QLatin1Char(','))));
    QCOMPARE(names(chain, m_window), names(readingOrder(chain, pane), m_window));
}

void TestAccessibility::tabMovesThroughTheWindowTopToBottomThenRight()
{
    // The parts in the order a person reads the window: the detail pane sits right of the table.
    const QList<QWidget *> parts{m_window->queryBar(),    m_window->messageBar(),
                                 m_window->summaryBar(),  m_window->filterBar(),
                                 m_window->resultsView(), m_window->detailPane()};
    const auto partOf = [&parts](const QWidget *widget) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i) == widget || parts.at(i)->isAncestorOf(widget))
                return i;
        }
        return qsizetype(-1);
    };

    const QList<QWidget *> chain = tabChain(m_window, m_window);
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    qsizetype previous = 0;
    QSet<qsizetype> visited;
    for (const QWidget *widget : chain) {
        const qsizetype part = partOf(widget);
        if (part < 0)
            continue; // a panel this test does not place, such as the triage groups
        QVERIFY2(
            part >= previous,
            qPrintable(
                QStringLiteral("Tab reaches %1 after a later part").arg(nameOf(widget, labels))));
        previous = part;
        visited.insert(part);
    }
    QCOMPARE(visited.size(), parts.size());
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
