#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// The forms a secret could take on disk: plain UTF-8, UTF-16 and Base64 of either.
inline QList<QByteArray> secretForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                           secret.size() * qsizetype(sizeof(char16_t)));
    return {utf8, utf16, utf8.toBase64(), utf16.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

// Every file under `root` (recursively, hidden ones too) holding any form of `secret`.
inline QStringList filesHolding(const QString &root, const QString &secret)
{
    QStringList found;
    const QList<QByteArray> forms = secretForms(secret);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : forms) {
            if (bytes.contains(form)) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}
