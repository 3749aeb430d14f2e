#pragma once

#include "demo/DemoCase.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace mamori::ui {

// The demo's published password and its invented logins, shown under the unlock form.
// Double-clicking a row puts that login into the form.
class DemoPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit DemoPanel(QWidget* parent = nullptr);
    void setInfo(const DemoCase::Info& info);

Q_SIGNALS:
    void loginChosen(const QString& login);

private:
    QLabel* m_password;
    QTableWidget* m_logins;
};

} // namespace mamori::ui
