#pragma once

#include "serviceerror.h"
#include "wirerequest.h"

#include <QHash>
#include <QString>
#include <variant>

namespace ib::demo {

/// Which slice of a listing one request asks for, in either paging style.
struct PageRequest
{
    qsizetype offset = 0;
    int size = 10;
    bool tokenStyle = true; // MaxResults/NextToken; false for the deprecated PageNumber/PageSize
    int pageNumber = 1;
    QString token; // the NextToken received, "" on the first page
};

/// Issues and resolves NextToken values. Tokens are Base64 and always hold '+', '/' and '=',
/// so a client that sends them without percent-encoding fails as it would against the service.
class TokenBook
{
public:
    explicit TokenBook(quint32 seed);

    /// The page a request asks for; `listing` names the action and filters (a token is bound to
    /// it).
    std::variant<PageRequest, ServiceError> pageRequest(const api::Parameters &parameters,
                                                        const QString &listing, int maxSize);
    /// The token that continues `listing` at `offset`.
    QString issue(const QString &listing, qsizetype offset);

private:
    struct Cursor
    {
        QString listing;
        qsizetype offset = 0;
    };
    quint32 m_seed;
    QHash<QString, Cursor> m_cursors;
};

/// The parameters that choose what a listing holds (filters), as one canonical string.
QString listingKey(const QString &action, const api::Parameters &parameters);

} // namespace ib::demo
