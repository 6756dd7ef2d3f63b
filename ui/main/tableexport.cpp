#include "tableexport.h"

#include "logcategories.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QStandardPaths>

namespace ib::ui {

TableExport::TableExport(const QAbstractItemModel *model, const QHeaderView *header,
                         QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_header(header)
    , m_window(window)
{}

void TableExport::chooseFileAndWrite()
{
    if (isRunning())
        return;
    const QString plain = tr("CSV, UTF-8 (*.csv)");
    const QString excel = tr("CSV for Excel, UTF-8 with byte-order mark (*.csv)");
    QString selected = plain;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export results"),
                                                folder + QStringLiteral("/invocation-results.csv"),
                                                plain + QStringLiteral(";;") + excel, &selected);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");

    CsvOptions options;
    options.byteOrderMark = selected == excel;
    write(path, options);
}

void TableExport::write(const QString &path, const CsvOptions &options)
{
    QList<int> columns;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (!m_header->isSectionHidden(logical))
            columns.append(logical);
    }

    m_export =
        new ResultExport(m_model, tableExportColumns(*m_model, columns), path, options, this);
    m_progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, m_model->rowCount(), m_window);
    m_progress->setWindowTitle(tr("Export results"));
    m_progress->setMinimumDuration(300); // short exports finish before a dialog would flash
    m_progress->setAttribute(Qt::WA_DeleteOnClose);

    ResultExport *running = m_export.data();
    connect(m_progress, &QProgressDialog::canceled, running, &ResultExport::cancel);
    connect(running, &ResultExport::progress, m_progress, [this](qint64 written, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(written));
    });
    connect(running, &ResultExport::finished, this, [this, running](const ExportResult &result) {
        if (m_progress) {
            disconnect(m_progress, nullptr, running, nullptr); // closing emits canceled()
            m_progress->close();
        }
        running->deleteLater();
        qCInfo(lcUi) << "export ended:" << result.rowsWritten << "rows";
        Q_EMIT finished(result);
    });
    running->start();
}

} // namespace ib::ui
