#include "paging.h"

#include <QCryptographicHash>

namespace ib::demo {

namespace {

// Parameters that say how to authenticate or page, not what to list.
bool choosesListing(const QString &name)
{
    static const QStringList ignored{
        QStringLiteral("AccessKeyId"),     QStringLiteral("Signature"),
        QStringLiteral("SignatureMethod"), QStringLiteral("SignatureVersion"),
        QStringLiteral("SignatureNonce"),  QStringLiteral("Timestamp"),
        QStringLiteral("SecurityToken"),   QStringLiteral("Format"),
        QStringLiteral("Version"),         QStringLiteral("Action"),
        QStringLiteral("NextToken"),       QStringLiteral("MaxResults"),
        QStringLiteral("PageNumber"),      QStringLiteral("PageSize"),
        QStringLiteral("ContentEncoding"), QStringLiteral("IncludeOutput")};
    return !ignored.contains(name);
}

std::optional<int> parsePositive(const QString &text, int highest)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > highest)
        return std::nullopt;
    return value;
}

} // namespace

QString listingKey(const QString &action, const api::Parameters &parameters)
{
    api::Parameters filters;
    for (const api::Parameter &parameter : parameters) {
        if (choosesListing(parameter.first))
            filters.append(parameter);
    }
    return action + QLatin1Char('?') + QString::fromLatin1(api::canonicalQuery(filters));
}

TokenBook::TokenBook(quint32 seed)
    : m_seed(seed)
{}

QString TokenBook::issue(const QString &listing, qsizetype offset)
{
    const QByteArray material =
        QByteArray::number(m_seed) + '\n' + listing.toUtf8() + '\n' + QByteArray::number(offset);
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    // 0xFB 0xFF 0xBF encode as "+/+/"; thirteen bytes end in "==".
    const QByteArray bytes = digest.left(6) + QByteArrayLiteral("\xFB\xFF\xBF") + digest.mid(6, 4);
    const QString token = QString::fromLatin1(bytes.toBase64());
    m_cursors.insert(token, {listing, offset});
    return token;
}

std::variant<PageRequest, ServiceError> TokenBook::pageRequest(const api::Parameters &parameters,
                                                               const QString &listing, int maxSize)
{
    PageRequest page;
    const QString maxResults = parameterValue(parameters, QStringLiteral("MaxResults"));
    page.token = parameterValue(parameters, QStringLiteral("NextToken"));
    if (page.token.isNull())
        page.token = QStringLiteral("");
    page.tokenStyle = !maxResults.isNull() || !page.token.isEmpty() ||
                      (parameterValue(parameters, QStringLiteral("PageNumber")).isNull() &&
                       parameterValue(parameters, QStringLiteral("PageSize")).isNull());

    if (page.tokenStyle) {
        if (!maxResults.isNull()) {
            const auto size = parsePositive(maxResults, maxSize);
            if (!size)
                return ServiceError::invalidParameter(QStringLiteral("MaxResults"));
            page.size = *size;
        }
        if (!page.token.isEmpty()) {
            const auto cursor = m_cursors.constFind(page.token);
            if (cursor == m_cursors.cend() || cursor->listing != listing)
                return ServiceError::invalidParameter(QStringLiteral("NextToken"));
            page.offset = cursor->offset;
        }
        return page;
    }

    const QString pageNumber = parameterValue(parameters, QStringLiteral("PageNumber"));
    const QString pageSize = parameterValue(parameters, QStringLiteral("PageSize"));
    if (!pageSize.isNull()) {
        const auto size = parsePositive(pageSize, maxSize);
        if (!size)
            return ServiceError::invalidParameter(QStringLiteral("PageSize"));
        page.size = *size;
    }
    if (!pageNumber.isNull()) {
        const auto number = parsePositive(pageNumber, 1000000);
        if (!number)
            return ServiceError::invalidParameter(QStringLiteral("PageNumber"));
        page.pageNumber = *number;
    }
    page.offset = qsizetype(page.pageNumber - 1) * page.size;
    return page;
}

} // namespace ib::demo
