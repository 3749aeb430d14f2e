#pragma once

#include <QMap>
#include <QString>

class QWidget;

namespace mamori {
class Error;
}

namespace mamori::ui {

class FieldErrorLabel;

// The error lines of one editor, keyed by the Error::field() name each answers to, so that every
// editor shows a core Error the same way: under the input it names, else in a message box.
// Does not own the labels: they are children of the editor that holds this object, and so
// outlive it.
class FieldErrors {
public:
    // Registers `label` for errors whose field is `field`; returns it for the layout code.
    FieldErrorLabel* add(const QString& field, FieldErrorLabel* label);
    // The label registered for `field`, nullptr when none.
    FieldErrorLabel* label(const QString& field) const;
    // The message shown under `field`, empty when none.
    QString text(const QString& field) const;
    // Hides every message, before the editor tries again.
    void clear();
    // Shows `message` under `field`; false (and nothing shown) when no label answers to it.
    bool show(const QString& field, const QString& message);
    bool show(const mamori::Error& e);
    // Shows `e` under its field, else in a window-modal message box over `window`, titled like
    // it and named `boxName`. open(), not exec(): the editor keeps running (and can be locked)
    // while the box is up, and the box deletes itself when closed.
    void showOrInBox(const mamori::Error& e, QWidget* window, const QString& boxName);

private:
    QMap<QString, FieldErrorLabel*> m_labels;
};

} // namespace mamori::ui
