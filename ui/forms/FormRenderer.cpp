#include "forms/FormRenderer.h"

#include "forms/FormLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace mamori::ui {

namespace {
QPageLayout::Orientation orientationOf(const FormSpec& form) {
    return form.orientation == FormOrientation::Landscape ? QPageLayout::Landscape
                                                          : QPageLayout::Portrait;
}

// The PDF's pages are the whole sheet: FormPage draws its own margins.
void setUpA4(QPdfWriter& writer, const FormSpec& form) {
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientationOf(form), QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(form.title);
    writer.setCreator(QStringLiteral("Mamori"));
}

QSizeF paperPixels(const QPdfWriter& writer) {
    return writer.pageLayout().fullRectPixels(writer.resolution()).size().toSizeF();
}
} // namespace

bool FormRenderer::writePdf(const FormSpec& form, const QString& path, QString* error,
                            int* pages) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The PDF could not be written to %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        setUpA4(writer, form);
        const std::unique_ptr<FormLayout> page = FormLayout::create(form, writer, paperPixels(writer));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(tr("The PDF could not be started."));
        }
        page->paint(painter);
        if (pages)
            *pages = page->pageCount();
        if (!painter.end()) {
            file.cancelWriting();
            return fail(tr("The PDF could not be completed."));
        }
    }
    // QSaveFile renames the finished temporary file into place only now, so a failure above
    // (or a full disk here) leaves no partial PDF and keeps any earlier file intact.
    if (!file.commit())
        return fail(tr("The PDF could not be written to %1: %2").arg(path, file.errorString()));
    return true;
}

void FormRenderer::print(const FormSpec& form, QPrinter* printer) {
    if (!printer)
        return;
    // Work in paper coordinates whatever the printer's margins: the form has its own.
    const QRectF paper = printer->paperRect(QPrinter::DevicePixel);
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    const std::unique_ptr<FormLayout> layout = FormLayout::create(form, *printer, paper.size());
    QPainter painter;
    if (!painter.begin(printer))
        return;
    if (!printer->fullPage())
        painter.translate(paper.topLeft() - page.topLeft());
    layout->paint(painter);
    painter.end();
}

void FormRenderer::preview(const FormSpec& form, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientationOf(form), QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
    printer.setDocName(form.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("formPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(form.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&form](QPrinter* p) { print(form, p); });
    dialog.exec();
}

int FormRenderer::pageCount(const FormSpec& form) {
    // Lays the form out on the same device as writePdf, without painting.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUpA4(writer, form);
    return FormLayout::create(form, writer, paperPixels(writer))->pageCount();
}

} // namespace mamori::ui
