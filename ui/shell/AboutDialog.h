#pragma once

#include <QDialog>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Version, the SQLCipher actually linked, the licence, and the journal head of the open case
// file (what a support call or an auditor asks for first).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(CaseFile& file, QWidget* parent = nullptr);
    static QString licenceLine();
};

} // namespace mamori::ui
