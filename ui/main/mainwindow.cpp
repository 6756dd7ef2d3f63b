#include "mainwindow.h"

#include <QLabel>

namespace ib::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Invocation Browser"));
    setCentralWidget(new QLabel(tr("Invocation Browser"), this));
    resize(1200, 800);
}

} // namespace ib::ui
