#include "forms/FormPrintButton.h"

#include "forms/FormRenderer.h"

#include "common/Error.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace mamori::ui {

FormPrintButton::FormPrintButton(QWidget* parent) : QToolButton(parent) {
    setObjectName(QStringLiteral("formPrintButton"));
    setText(tr("Print"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("formPrintMenu"));
    setMenu(menu);
    m_pdfMenu = new QMenu(tr("Save as PDF"), menu);
    m_pdfMenu->setObjectName(QStringLiteral("formPdfMenu"));
    m_separator = menu->addSeparator();
    menu->addMenu(m_pdfMenu);
}

void FormPrintButton::addForm(const QString& name, const QString& text, Builder build, Condition available) {
    Form f{name, text, std::move(build), std::move(available)};
    // The preview entries first, then one submenu with the same forms to save as PDF.
    f.print = new QAction(text + QStringLiteral("…"), this);
    f.print->setObjectName(QStringLiteral("print_") + name);
    menu()->insertAction(m_separator, f.print);
    f.pdf = m_pdfMenu->addAction(text + QStringLiteral("…"));
    f.pdf->setObjectName(QStringLiteral("pdf_") + name);
    connect(f.print, &QAction::triggered, this, [this, name] {
        if (const Form* form = find(name))
            preview(*form);
    });
    connect(f.pdf, &QAction::triggered, this, [this, name] {
        if (const Form* form = find(name))
            saveAs(*form);
    });
    m_forms.append(f);
    refresh();
}

void FormPrintButton::refresh() {
    bool any = false;
    for (const Form& f : m_forms) {
        const bool on = !f.available || f.available();
        f.print->setEnabled(on);
        f.pdf->setEnabled(on);
        any = any || on;
    }
    setEnabled(any);
}

QStringList FormPrintButton::formNames() const {
    QStringList names;
    for (const Form& f : m_forms)
        names << f.name;
    return names;
}

bool FormPrintButton::isAvailable(const QString& name) const {
    const Form* f = find(name);
    return f && f->print->isEnabled();
}

const FormPrintButton::Form* FormPrintButton::find(const QString& name) const {
    for (const Form& f : m_forms)
        if (f.name == name)
            return &f;
    return nullptr;
}

void FormPrintButton::preview(const Form& form) {
    try {
        FormRenderer::preview(form.build(), window());
    } catch (const Error& e) {
        fail(e.message());
    }
}

void FormPrintButton::saveAs(const Form& form) {
    const QString path = QFileDialog::getSaveFileName(window(), tr("Save %1 as PDF").arg(form.text),
                                                      form.text + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(form.name, path);
}

bool FormPrintButton::writePdf(const QString& name, const QString& path) {
    m_lastError.clear();
    const Form* form = find(name);
    if (!form)
        return false;
    try {
        QString error;
        if (!FormRenderer::writePdf(form->build(), path, &error)) {
            fail(error);
            return false;
        }
        return true;
    } catch (const Error& e) {
        fail(e.message());
        return false;
    }
}

void FormPrintButton::fail(const QString& message) {
    m_lastError = message;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Print"), message, QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("formPrintErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace mamori::ui
