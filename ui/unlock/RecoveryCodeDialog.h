#pragma once

#include "casefile/CaseFile.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;

namespace mamori::ui {

// Opens a case file with the recovery code from the recovery sheet. The session it gives may
// only reset account passwords (Session::recovery), which the main window reflects.
class RecoveryCodeDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryCodeDialog(const QString& caseDir, const CaseOpenOptions& options,
                       QWidget* parent = nullptr);
    ~RecoveryCodeDialog() override;
    std::unique_ptr<CaseFile> takeCaseFile();

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    QString m_dir;
    CaseOpenOptions m_options;
    QLineEdit* m_code;
    QLabel* m_error;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace mamori::ui
