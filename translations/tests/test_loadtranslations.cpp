#include "loadtranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <optional>

namespace {

// One translated message of the committed catalogue, to look up through the installed one.
struct CatalogueMessage
{
    QString context;
    QString source;
    QString translation;
};

// The first finished message without plural forms or a disambiguating comment.
std::optional<CatalogueMessage> firstFinishedMessage(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;

    QXmlStreamReader xml(&file);
    QString context;
    CatalogueMessage message;
    bool usable = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message") &&
            usable && !message.translation.isEmpty())
            return message;
        if (token != QXmlStreamReader::StartElement)
            continue;

        const auto element = xml.name();
        if (element == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (element == QLatin1String("message")) {
            message = {context, {}, {}};
            usable = xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes");
        } else if (element == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (element == QLatin1String("comment")) {
            usable = false;
        } else if (element == QLatin1String("translation")) {
            usable = usable && xml.attributes().value(QLatin1String("type")).isEmpty();
            message.translation = xml.readElementText();
        }
    }
    return std::nullopt;
}

// A text from Qt's own catalogue.
QString translatedCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

} // namespace

// Checks that the embedded catalogue and Qt's own are found, installed and replaced.
class TestLoadTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void listsEmbeddedLanguages();
    void installsChineseCatalogues();
    void englishInstallsNothing();
    void unknownLanguageKeepsSourceTexts();
    void switchingLanguageReplacesCatalogues();
};

void TestLoadTranslations::cleanup()
{
    ib::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestLoadTranslations::listsEmbeddedLanguages()
{
    const QStringList languages = ib::availableLanguages();

    QCOMPARE(languages.first(), QStringLiteral("en"));
    QVERIFY2(languages.contains(QStringLiteral("zh_CN")),
             qPrintable(languages.join(QLatin1Char(' '))));
}

void TestLoadTranslations::installsChineseCatalogues()
{
    const auto message = firstFinishedMessage(QStringLiteral(IB_TS_FILE));
    QVERIFY2(message, "the catalogue has no finished message to look up");

    const auto installed =
        ib::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));

    QVERIFY(installed.application);
    QVERIFY2(installed.qt, "qtbase_zh_CN.qm not found: is qt6-translations-l10n installed?");
    QCOMPARE(installed.locale.name(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate(message->context.toUtf8().constData(),
                                         message->source.toUtf8().constData()),
             message->translation);
    QCOMPARE(translatedCancel(), QStringLiteral("取消"));
}

void TestLoadTranslations::englishInstallsNothing()
{
    const auto installed =
        ib::installTranslations(*QCoreApplication::instance(), QStringLiteral("en_GB"));

    QVERIFY(!installed.application);
    QVERIFY(!installed.qt);
    QCOMPARE(translatedCancel(), QStringLiteral("Cancel"));
}

void TestLoadTranslations::unknownLanguageKeepsSourceTexts()
{
    const auto message = firstFinishedMessage(QStringLiteral(IB_TS_FILE));
    QVERIFY(message);

    const auto installed =
        ib::installTranslations(*QCoreApplication::instance(), QStringLiteral("sw_KE"));

    QVERIFY(!installed.application);
    QCOMPARE(QCoreApplication::translate(message->context.toUtf8().constData(),
                                         message->source.toUtf8().constData()),
             message->source);
}

void TestLoadTranslations::switchingLanguageReplacesCatalogues()
{
    auto &app = *QCoreApplication::instance();
    ib::installTranslations(app, QStringLiteral("zh_CN"));
    ib::installTranslations(app, QStringLiteral("zh_CN"));
    QCOMPARE(app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size(), 2);

    ib::installTranslations(app, QStringLiteral("en"));

    QVERIFY(app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).isEmpty());
    QCOMPARE(translatedCancel(), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(TestLoadTranslations)
#include "test_loadtranslations.moc"
