#include "search/SearchBox.h"

#include "common/FieldErrorLabel.h"
#include "search/SearchResultsModel.h"
#include "search/SearchResultsPopup.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/SectionService.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace mamori::ui {

SearchBox::SearchBox(CaseFile& file, QWidget* parent) : QWidget(parent), m_file(file) {
    setObjectName(QStringLiteral("searchBox"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // room for the message
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("searchInput"));
    m_input->setPlaceholderText(tr("Search names, numbers, places… (Ctrl+F)"));
    m_input->setClearButtonEnabled(true);
    // Wide enough for its hint and a few words, not the whole toolbar: messages go beside it.
    m_input->setFixedWidth(
        qMax(m_input->fontMetrics().horizontalAdvance(m_input->placeholderText()) + 40,
             m_input->fontMetrics().averageCharWidth() * 36));
    m_message = new FieldErrorLabel(QStringLiteral("searchInput"), this);
    m_message->setWordWrap(false);
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    layout->addStretch();
    m_results = new SearchResultsModel(this);
    m_popup = new SearchResultsPopup(m_results, this);
    connect(m_input, &QLineEdit::returnPressed, this, &SearchBox::submit);
    connect(m_input, &QLineEdit::textEdited, m_message, &FieldErrorLabel::clearError);
    connect(m_popup, &SearchResultsPopup::hitActivated, this,
            [this](int row) { Q_EMIT hitActivated(m_results->hit(row)); });
}

SearchBox::~SearchBox() = default;

QString SearchBox::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void SearchBox::focusSearch() {
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

void SearchBox::showMessage(const QString& message) {
    m_results->clear();
    m_popup->hide();
    m_message->showError(message);
    m_input->selectAll(); // the next words replace these
}

bool SearchBox::submit() {
    m_message->clearError();
    QList<SearchHit> hits;
    try {
        hits = SearchService(m_file).search(m_file.session(), m_input->text());
    } catch (const Error& e) {
        // Core's own wording for "nothing searchable" is already fit for the field; its generic
        // permission message names a permission key, which says little to an officer.
        showMessage(
            e.code() == ErrorCode::PermissionDenied
                ? tr("Your account may not read personal data, so it cannot search the records.")
                : e.message());
        return false;
    }
    if (hits.isEmpty()) {
        showMessage(tr("No record in the sections you may read contains “%1”.")
                        .arg(m_input->text().simplified()));
        return false;
    }
    QHash<qint64, QString> sectionNames;
    for (const Section& s : m_file.sections().list())
        sectionNames.insert(s.id, s.name);
    m_results->setHits(hits, sectionNames);
    const QString note =
        hits.size() >= SearchService::kDefaultLimit
            ? tr("The newest %1 hits are shown; add a word to narrow the search.").arg(hits.size())
            : QString();
    m_popup->showBelow(m_input, note);
    return true;
}

} // namespace mamori::ui
