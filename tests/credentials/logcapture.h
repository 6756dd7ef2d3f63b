#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Every message logged while a test runs, so a test can assert a secret never reached a log.
inline QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

inline QtMessageHandler &previousLogHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    capturedLog().append(text);
    if (previousLogHandler())
        previousLogHandler()(type, context, text);
}

inline void startCapturingLog()
{
    previousLogHandler() = qInstallMessageHandler(captureLog);
}
