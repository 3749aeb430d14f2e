#pragma once

#include "search/SearchService.h"

#include <QWidget>

class QLineEdit;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class FieldErrorLabel;
class SearchResultsModel;
class SearchResultsPopup;

// The one search box of the main window's toolbar (README, "Search"): Enter runs
// SearchService over the encrypted store and lists the hits in a popup under the field; choosing
// one emits hitActivated(), and SearchHitOpener opens the record. When nothing is found, or core
// refuses (nothing searchable typed, no personal data readable), the reason is shown beside
// the field. Unlike the scan field, input methods stay on: officers search for names in kanji.
class SearchBox : public QWidget {
    Q_OBJECT

public:
    explicit SearchBox(mamori::CaseFile& file, QWidget* parent = nullptr);
    ~SearchBox() override;

    QLineEdit* input() const { return m_input; }
    SearchResultsModel* results() const { return m_results; }
    SearchResultsPopup* popup() const { return m_popup; }
    // The message beside the field (no hits, core's refusal); empty when none is shown.
    QString messageText() const;

public Q_SLOTS:
    // Focuses the field and selects what is in it (the shortcut's action).
    void focusSearch();
    // Searches for the field's text; returns whether there were hits to show.
    bool submit();

Q_SIGNALS:
    void hitActivated(const mamori::SearchHit& hit);

private:
    void showMessage(const QString& message);

    mamori::CaseFile& m_file;
    QLineEdit* m_input;
    FieldErrorLabel* m_message;
    SearchResultsModel* m_results;
    SearchResultsPopup* m_popup;
};

} // namespace mamori::ui
