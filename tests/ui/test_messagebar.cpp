// The message bar above the table: what the user asked for always shows; news from work in the
// background never hides a more serious message the user has not read yet.
#include "messagebar.h"

#include <QTest>

using namespace ib::ui;

class TestMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backgroundNewsDoesNotHideAnError();
    void backgroundNewsReplacesWhatIsNoMoreSerious();
    void backgroundNewsShowsOnceTheErrorIsHidden();
    void userMessagesAlwaysReplace();
};

void TestMessageBar::backgroundNewsDoesNotHideAnError()
{
    MessageBar bar;
    bar.showMessage(MessageBar::Kind::Error, QStringLiteral("The secret is wrong."));
    bar.showUnlessMoreSerious(MessageBar::Kind::Warning, QStringLiteral("Names not looked up."));
    bar.showUnlessMoreSerious(MessageBar::Kind::Info, QStringLiteral("Invocation finished."));
    QCOMPARE(bar.kind(), MessageBar::Kind::Error);
    QCOMPARE(bar.text(), QStringLiteral("The secret is wrong."));
    QVERIFY(!bar.isHidden());
}

void TestMessageBar::backgroundNewsReplacesWhatIsNoMoreSerious()
{
    MessageBar bar;
    bar.showMessage(MessageBar::Kind::Info, QStringLiteral("Invocation finished."));
    bar.showUnlessMoreSerious(MessageBar::Kind::Warning, QStringLiteral("Names not looked up."));
    QCOMPARE(bar.kind(), MessageBar::Kind::Warning);
    bar.showUnlessMoreSerious(MessageBar::Kind::Warning, QStringLiteral("Paging stopped."));
    QCOMPARE(bar.text(), QStringLiteral("Paging stopped."));
    bar.showUnlessMoreSerious(MessageBar::Kind::Error, QStringLiteral("The secret is wrong."));
    QCOMPARE(bar.kind(), MessageBar::Kind::Error);
}

void TestMessageBar::backgroundNewsShowsOnceTheErrorIsHidden()
{
    MessageBar bar;
    bar.showMessage(MessageBar::Kind::Error, QStringLiteral("The secret is wrong."));
    bar.hide(); // the user closed it, or a new fetch started
    bar.showUnlessMoreSerious(MessageBar::Kind::Info, QStringLiteral("Invocation finished."));
    QVERIFY(!bar.isHidden());
    QCOMPARE(bar.kind(), MessageBar::Kind::Info);
    QCOMPARE(bar.text(), QStringLiteral("Invocation finished."));
}

void TestMessageBar::userMessagesAlwaysReplace()
{
    MessageBar bar;
    bar.showMessage(MessageBar::Kind::Error, QStringLiteral("The secret is wrong."));
    bar.showMessage(MessageBar::Kind::Warning, QStringLiteral("Choose a profile first."));
    QCOMPARE(bar.kind(), MessageBar::Kind::Warning);
    QCOMPARE(bar.text(), QStringLiteral("Choose a profile first."));
}

QTEST_MAIN(TestMessageBar)
#include "test_messagebar.moc"
