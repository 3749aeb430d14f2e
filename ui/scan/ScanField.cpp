#include "scan/ScanField.h"

#include "common/FieldErrorLabel.h"
#include "scan/ScanResolver.h"

#include "common/Error.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace mamori::ui {

ScanField::ScanField(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("scanField"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // room for the message
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("scanInput"));
    m_input->setPlaceholderText(tr("Scan or type a control number"));
    m_input->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_input->setClearButtonEnabled(true);
    // Wide enough for any control number, not the whole toolbar: the message goes beside it.
    m_input->setFixedWidth(m_input->fontMetrics().horizontalAdvance(QStringLiteral("CO-0000-000000")) * 2);
    m_error = new FieldErrorLabel(QStringLiteral("scanInput"), this);
    m_error->setWordWrap(false);
    layout->addWidget(m_input);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_input, &QLineEdit::returnPressed, this, &ScanField::submit);
    connect(m_input, &QLineEdit::textEdited, m_error, &FieldErrorLabel::clearError);
}

ScanField::~ScanField() = default;

void ScanField::addResolver(std::unique_ptr<ScanResolver> resolver) {
    m_resolvers.push_back(std::move(resolver));
}

QString ScanField::errorText() const {
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QString ScanField::normalise(const QString& code) {
    return code.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

void ScanField::focusScan() {
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void ScanField::fail(const QString& message) {
    m_error->showError(message);
    m_input->selectAll();
}

bool ScanField::submit() {
    const QString code = normalise(m_input->text());
    if (code.isEmpty())
        return false;
    m_error->clearError();
    for (const auto& r : m_resolvers) {
        if (!r->accepts(code))
            continue;
        try {
            r->open(code, window());
        } catch (const mamori::Error& e) {
            fail(e.message());
            return false;
        }
        m_input->clear();
        Q_EMIT opened(code);
        return true;
    }
    QStringList examples;
    for (const auto& r : m_resolvers)
        examples << r->example();
    fail(tr("Unknown code \"%1\": no record has this control number (they look like %2).")
             .arg(code, examples.join(tr(" or "))));
    return false;
}

} // namespace mamori::ui
