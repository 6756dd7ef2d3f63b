#include "jsonbody.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ib::api {

namespace {

QString excerptOf(const QByteArray &body)
{
    constexpr qsizetype excerptBytes = 200;
    return QString::fromUtf8(body.left(excerptBytes));
}

} // namespace

std::variant<QJsonObject, ParseFailure> parseSuccessBody(const QByteArray &body,
                                                         QLatin1String listKey)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseFailure{QCoreApplication::translate("ib::api", "The answer is not valid JSON "
                                                                   "(%1 at byte %2).")
                                .arg(error.errorString())
                                .arg(error.offset),
                            excerptOf(body)};
    if (!document.isObject() || !document.object().contains(listKey))
        return ParseFailure{QCoreApplication::translate("ib::api", "The answer has no \"%1\" "
                                                                   "field.")
                                .arg(listKey),
                            excerptOf(body)};
    return document.object();
}

QJsonArray nestedList(const QJsonObject &object, QLatin1String outer, QLatin1String inner)
{
    return object.value(outer).toObject().value(inner).toArray();
}

QList<Tag> tagsOf(const QJsonObject &object)
{
    QList<Tag> tags;
    const QJsonArray list = nestedList(object, QLatin1String("Tags"), QLatin1String("Tag"));
    for (const QJsonValue &value : list) {
        const QJsonObject tag = value.toObject();
        tags.append({tag.value(QLatin1String("TagKey")).toString(),
                     tag.value(QLatin1String("TagValue")).toString()});
    }
    return tags;
}

} // namespace ib::api
