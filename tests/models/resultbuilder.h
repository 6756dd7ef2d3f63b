#pragma once

#include "results/invocationresult.h"

#include <QDateTime>

// Builds invocation results for the model tests, one field at a time.
class ResultBuilder
{
public:
    ResultBuilder(const QString &instanceId, const QString &status)
    {
        m_result.invokeId = QStringLiteral("t-hz0jdfwd9f0001");
        m_result.commandId = QStringLiteral("c-hz0jdfwd9f0002");
        m_result.instanceId = instanceId;
        m_result.invocationStatus = status;
    }

    ResultBuilder &invokeId(const QString &id) { return set(&ib::InvocationResult::invokeId, id); }
    ResultBuilder &commandId(const QString &id)
    {
        return set(&ib::InvocationResult::commandId, id);
    }
    ResultBuilder &errorCode(const QString &code)
    {
        return set(&ib::InvocationResult::errorCode, code);
    }
    ResultBuilder &repeats(int count) { return set(&ib::InvocationResult::repeats, count); }
    ResultBuilder &dropped(qint64 bytes) { return set(&ib::InvocationResult::dropped, bytes); }
    ResultBuilder &exitCode(qint64 code)
    {
        m_result.exitCode = code;
        return *this;
    }
    ResultBuilder &output(const QByteArray &bytes)
    {
        m_result.output = bytes;
        m_result.outputPresent = true;
        return *this;
    }
    // Start and finish in UTC, "yyyy-MM-ddTHH:mm:ss"; an empty finish leaves it unset.
    ResultBuilder &times(const QString &start, const QString &finish = {})
    {
        m_result.startTime = utc(start);
        m_result.finishedTime = utc(finish);
        return *this;
    }

    operator ib::InvocationResult() const { return m_result; }

    static QDateTime utc(const QString &text)
    {
        if (text.isEmpty())
            return {};
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        return QDateTime(time.date(), time.time(), Qt::UTC); // as the parser makes them
    }

private:
    template<typename T>
    ResultBuilder &set(T ib::InvocationResult::*field, const T &value)
    {
        m_result.*field = value;
        return *this;
    }

    ib::InvocationResult m_result;
};
