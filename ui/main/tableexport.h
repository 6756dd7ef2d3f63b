#pragma once

#include "export/csvwriter.h"
#include "export/resultexport.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QHeaderView;
class QProgressDialog;
class QWidget;

namespace ib::ui {

/// Exports what the table shows (the filtered, sorted rows and the visible columns in view
/// order) to a CSV file: a file dialog first, then a progress dialog that can cancel.
class TableExport : public QObject
{
    Q_OBJECT
public:
    TableExport(const QAbstractItemModel *model, const QHeaderView *header, QWidget *window);

    /// Asks where to write, then writes; finished() reports unless the person backs out.
    void chooseFileAndWrite();
    /// Writes to path with a progress dialog; finished() reports.
    void write(const QString &path, const CsvOptions &options);
    bool isRunning() const { return m_export && m_export->isRunning(); }

Q_SIGNALS:
    /// The export ended: written, cancelled, or failed with a sentence to act on.
    void finished(const ib::ExportResult &result);

private:
    const QAbstractItemModel *m_model;
    const QHeaderView *m_header;
    QWidget *m_window;
    QPointer<ResultExport> m_export;
    QPointer<QProgressDialog> m_progress;
};

} // namespace ib::ui
