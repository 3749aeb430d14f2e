#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QLineEdit;

namespace mamori::ui {

class FieldErrorLabel;
class ScanResolver;

// The records room's scan field (in the main window's toolbar): a USB barcode/QR scanner types
// a control number and Enter, and the matching record opens through the first ScanResolver that
// accepts the code. An unknown or unreadable code is explained under the field (scanInputError)
// and the text stays selected, so the next scan replaces it. Input methods are off for the field:
// a scanner "typing" into an active Japanese IME would produce kana, not a control number; and
// full-width characters are folded to half-width all the same.
class ScanField : public QWidget {
    Q_OBJECT

public:
    explicit ScanField(QWidget* parent = nullptr);
    ~ScanField() override;

    void addResolver(std::unique_ptr<ScanResolver> resolver);
    bool hasResolvers() const { return !m_resolvers.empty(); }
    QLineEdit* input() const { return m_input; }
    QString errorText() const;
    // Trimmed, NFKC-folded (full-width to half-width) and upper case.
    static QString normalise(const QString& code);

public Q_SLOTS:
    // Focuses the field and selects what is in it (the shortcut's action).
    void focusScan();
    // Resolves the field's text; returns whether a record was opened.
    bool submit();

Q_SIGNALS:
    void opened(const QString& code);

private:
    void fail(const QString& message);

    QLineEdit* m_input;
    FieldErrorLabel* m_error;
    std::vector<std::unique_ptr<ScanResolver>> m_resolvers;
};

} // namespace mamori::ui
