#pragma once

#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

// Who is signed in (name and the city's titles of their roles), the journal head and the case
// folder. The head is the hash printed on every form: seeing it change confirms that an action
// was recorded. It is re-read every few seconds while the window is visible.
class CaseStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit CaseStatusBar(CaseFile& file, QWidget* parent = nullptr);
    QString journalText() const;

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QString roleText();
    CaseFile& m_file;
    QLabel* m_user;
    QLabel* m_roles;
    QLabel* m_journal;
    QLabel* m_case;
    QTimer m_timer;
};

} // namespace mamori::ui
