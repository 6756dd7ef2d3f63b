#include "statusstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace ib;
using namespace ib::ui;

namespace {

// A dark palette of the kind desktop themes ship: light text on near-black views.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::AlternateBase, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, Qt::white);
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

const QList<StatusKind> everyKind{StatusKind::Success, StatusKind::Failure, StatusKind::Running,
                                  StatusKind::Pending, StatusKind::Stopped, StatusKind::Unknown};

} // namespace

// The status colours stay readable as text whether the desktop's palette is light or dark.
class TestStatusStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void contrastRatioMatchesTheDefinition();
    void statusTextIsReadable_data();
    void statusTextIsReadable();
    void statusesKeepDistinctColours_data();
    void statusesKeepDistinctColours();
    void darkPaletteGetsLighterShades();
    void everyStatusHasAnIcon();
};

void TestStatusStyle::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestStatusStyle::contrastRatioMatchesTheDefinition()
{
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 on white is the lightest grey that passes 4.5:1.
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

void TestStatusStyle::statusTextIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestStatusStyle::statusTextIsReadable()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    for (StatusKind kind : everyKind) {
        const QColor colour = statusColor(kind);
        for (QPalette::ColorRole role :
             {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            const qreal ratio = contrastRatio(colour, palette.color(role));
            QVERIFY2(ratio >= minimumTextContrast,
                     qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(colour.name(), palette.color(role).name())
                                    .arg(ratio)));
        }
    }
}

void TestStatusStyle::statusesKeepDistinctColours_data()
{
    statusTextIsReadable_data();
}

void TestStatusStyle::statusesKeepDistinctColours()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    QSet<QRgb> colours;
    for (StatusKind kind : everyKind)
        colours.insert(statusColor(kind).rgb());
    QCOMPARE(colours.size(), everyKind.size());
    // The hue survives the lightness change: failure stays red, success green.
    const int failureHue = statusColor(StatusKind::Failure).hslHue();
    QVERIFY2(failureHue <= 10 || failureHue >= 350, qPrintable(QString::number(failureHue)));
    const int successHue = statusColor(StatusKind::Success).hslHue();
    QVERIFY2(successHue >= 120 && successHue <= 150, qPrintable(QString::number(successHue)));
}

void TestStatusStyle::darkPaletteGetsLighterShades()
{
    QApplication::setPalette(lightPalette());
    QList<float> onLight;
    for (StatusKind kind : everyKind)
        onLight.append(statusColor(kind).lightnessF());
    QApplication::setPalette(darkPalette());
    for (qsizetype i = 0; i < everyKind.size(); ++i)
        QVERIFY(statusColor(everyKind.at(i)).lightnessF() > onLight.at(i));
}

void TestStatusStyle::everyStatusHasAnIcon()
{
    initResources();
    for (StatusKind kind : everyKind)
        QVERIFY(!statusIcon(kind).pixmap(16, 16).isNull());
}

QTEST_MAIN(TestStatusStyle)
#include "test_statusstyle.moc"
