#pragma once

#include <QObject>
#include <QSignalSpy>
#include <functional>
#include <optional>

// Signals that an awaited callback has run, so a test can wait on a spy instead of sleeping.
class Arrival : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void arrived();
};

// Catches the value an asynchronous callback delivers; its arrival object is the context.
template<typename Value>
class Awaited
{
public:
    std::function<void(const Value &)> callback()
    {
        return [this](const Value &value) {
            m_value = value;
            ++m_calls;
            Q_EMIT m_arrival.arrived();
        };
    }

    QObject *context() { return &m_arrival; }

    bool wait(int timeoutMs = 15000)
    {
        if (m_value)
            return true;
        QSignalSpy spy(&m_arrival, &Arrival::arrived);
        return spy.wait(timeoutMs);
    }

    const Value &value() const { return *m_value; }
    int calls() const { return m_calls; }

private:
    Arrival m_arrival;
    std::optional<Value> m_value;
    int m_calls = 0;
};
