#pragma once

#include <QByteArray>
#include <QString>

namespace ib {

/// A result's plain output folded to one case, kept for searching many rows quickly:
/// one byte per character when every character fits in Latin-1 (most output), else UTF-16.
class FoldedText
{
public:
    FoldedText() = default;
    static FoldedText fromPlain(const QString &plain);

    bool isLatin1() const { return m_isLatin1; }
    /// The folded text when isLatin1(); empty otherwise.
    const QByteArray &latin1() const { return m_latin1; }
    /// The folded text when !isLatin1(); empty otherwise.
    const QString &wide() const { return m_wide; }
    /// The folded text, whichever way it is kept.
    QString toString() const;

    /// Memory the text takes, for the cache budget.
    qint64 bytes() const;

private:
    QByteArray m_latin1;
    QString m_wide;
    bool m_isLatin1 = true;
};

} // namespace ib
