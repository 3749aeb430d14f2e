#pragma once

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Case-file policy (auto-lock, date style, password length, export warning) and this
// computer's language. Case settings need ManageSettings: without it they are shown but
// disabled, with a note saying who may change them. Each change is journaled by core.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(CaseFile& file, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void caseSettingsChanged();
    void languageChanged(const QString& language);

private:
    bool applyCaseSettings();
    CaseFile& m_file;
    bool m_canManage;
    QGroupBox* m_caseGroup;
    QSpinBox* m_autoLock;
    QComboBox* m_dateStyle;
    QSpinBox* m_minPassword;
    QSpinBox* m_exportWarning;
    QComboBox* m_language;
    QLabel* m_note;
    QLabel* m_error;
};

} // namespace mamori::ui
