#include "models/foldedtext.h"

#include <algorithm>

namespace ib {

FoldedText FoldedText::fromPlain(const QString &plain)
{
    FoldedText text;
    const QString folded = plain.toCaseFolded();
    text.m_isLatin1 =
        std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (text.m_isLatin1)
        text.m_latin1 = folded.toLatin1();
    else
        text.m_wide = folded;
    return text;
}

QString FoldedText::toString() const
{
    return m_isLatin1 ? QString::fromLatin1(m_latin1) : m_wide;
}

qint64 FoldedText::bytes() const
{
    return m_isLatin1 ? qint64(m_latin1.size()) : qint64(m_wide.size()) * qint64(sizeof(QChar));
}

} // namespace ib
