#include "triage/savedresponses.h"

#include "logcategories.h"
#include "results/resultparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cctype>

namespace ib {

namespace {

class SavedText
{
    Q_DECLARE_TR_FUNCTIONS(SavedResponses)
};

// Saved files larger than this are not a response the CLI printed.
constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

qsizetype skipSpace(const QByteArray &bytes, qsizetype position)
{
    while (position < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[position])))
        ++position;
    return position;
}

// The JSON documents in the bytes, one after another; a document that does not parse ends
// the list and is passed on whole, so the results parser describes what is wrong with it.
QList<QByteArray> documents(const QByteArray &bytes)
{
    QList<QByteArray> found;
    qsizetype position = skipSpace(bytes, 0);
    while (position < bytes.size()) {
        const QByteArray rest = bytes.mid(position);
        QJsonParseError error;
        QJsonDocument::fromJson(rest, &error);
        if (error.error != QJsonParseError::GarbageAtEnd || error.offset <= 0) {
            found.append(rest);
            break;
        }
        found.append(rest.left(error.offset));
        position = skipSpace(bytes, position + error.offset);
    }
    return found;
}

// A top-level array is a list of pages; anything else is one page.
QList<QByteArray> pagesOf(const QByteArray &document)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(document);
    if (!parsed.isArray())
        return {document};
    QList<QByteArray> pages;
    const QJsonArray array = parsed.array();
    for (const QJsonValue &page : array) {
        pages.append(page.isObject() ? QJsonDocument(page.toObject()).toJson(QJsonDocument::Compact)
                                     : QByteArray("[]"));
    }
    return pages;
}

} // namespace

std::variant<SavedResults, QString> readSavedResponses(const QByteArray &bytes,
                                                       const QString &fileName)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    if (skipSpace(body, 0) == body.size())
        return SavedText::tr("%1 is empty: it holds no saved response.").arg(fileName);

    SavedResults saved;
    QList<QByteArray> pages;
    for (const QByteArray &document : documents(body))
        pages += pagesOf(document);
    for (const QByteArray &page : std::as_const(pages)) {
        ++saved.pages;
        std::variant<ResultsPage, ParseFailure> parsed = parseResultsPage(page);
        if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
            qCWarning(lcResults) << "saved response" << fileName << "page" << saved.pages
                                 << "unreadable:" << failure->message;
            const QString where = pages.size() > 1
                                      ? SavedText::tr("%1, page %2").arg(fileName).arg(saved.pages)
                                      : fileName;
            return SavedText::tr("%1 is not a saved DescribeInvocationResults response: %2")
                .arg(where, failure->message);
        }
        ResultsPage &results = std::get<ResultsPage>(parsed);
        saved.results += results.results;
        saved.warnings += results.warnings;
    }
    qCInfo(lcResults) << "read" << saved.results.size() << "results in" << saved.pages
                      << "pages from" << fileName;
    return saved;
}

std::variant<SavedResults, QString> readSavedResponseFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SavedText::tr("%1 could not be opened: %2").arg(name, file.errorString());
    if (file.size() > maxFileBytes)
        return SavedText::tr("%1 is too large (%2 MB) to be a saved response.")
            .arg(name)
            .arg(file.size() / (1024 * 1024));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return SavedText::tr("%1 could not be read: %2").arg(name, file.errorString());
    return readSavedResponses(bytes, name);
}

} // namespace ib
