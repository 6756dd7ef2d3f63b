#pragma once

#include <QMainWindow>

namespace ib::ui {

/// The window an operator works in: query, table, filters and the detail pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ib::ui
