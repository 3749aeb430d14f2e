#include "shell/DraftKeeper.h"

#include "shell/DraftSource.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "drafts/DraftStore.h"

#include <QApplication>
#include <QWidget>

namespace mamori::ui {

namespace {
// The recovery session has no account to keep drafts under.
bool canKeepDrafts(const CaseFile& file) {
    return file.isOpen() && !file.session().isRecovery() && file.session().accountId() != 0;
}
} // namespace

QList<DraftSource*> DraftKeeper::openSources() {
    QList<DraftSource*> out;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* w : widgets) {
        if (auto* s = dynamic_cast<DraftSource*>(w))
            out.append(s);
    }
    return out;
}

QList<DraftSource*> DraftKeeper::sourcesIn(QWidget* root) {
    QList<DraftSource*> out;
    if (!root)
        return out;
    if (auto* s = dynamic_cast<DraftSource*>(root))
        out.append(s);
    const QList<QWidget*> children = root->findChildren<QWidget*>();
    for (QWidget* w : children) {
        if (auto* s = dynamic_cast<DraftSource*>(w))
            out.append(s);
    }
    return out;
}

int DraftKeeper::saveAll(CaseFile& file, const QList<DraftSource*>& sources) {
    if (!canKeepDrafts(file))
        return 0;
    int saved = 0;
    for (DraftSource* s : sources) {
        const QString key = s->draftKey();
        if (key.isEmpty())
            continue;
        const QByteArray content = s->saveDraft();
        if (content.isEmpty())
            continue;
        try {
            file.drafts().save(file.session(), key, content);
            ++saved;
        } catch (const Error&) {
            // A full disk loses this draft, not the lock: the key must leave memory regardless.
        }
    }
    return saved;
}

bool DraftKeeper::restore(CaseFile& file, DraftSource& source) {
    if (!canKeepDrafts(file))
        return false;
    const QString key = source.draftKey();
    if (key.isEmpty())
        return false;
    try {
        if (const std::optional<QByteArray> draft = file.drafts().take(file.session(), key)) {
            source.restoreDraft(*draft);
            return true;
        }
    } catch (const Error&) {
        // The draft stays in the store and is offered again next time.
    }
    return false;
}

int DraftKeeper::restoreAll(CaseFile& file, QWidget* root) {
    int n = 0;
    const QList<DraftSource*> sources = sourcesIn(root);
    for (DraftSource* s : sources)
        n += restore(file, *s) ? 1 : 0;
    return n;
}

} // namespace mamori::ui
