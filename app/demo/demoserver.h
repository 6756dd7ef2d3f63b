#pragma once

#include <QObject>

namespace ib::demo {

/// The local ECS endpoint on loopback (filled in by the demo component).
class DemoServer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
};

} // namespace ib::demo
