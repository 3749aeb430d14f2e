#pragma once

#include <QList>

class QWidget;

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class DraftSource;

// Moves unsaved editor input between open widgets (DraftSource) and the case file's DraftStore.
class DraftKeeper {
public:
    // Every DraftSource among the application's widgets (main window pages and open dialogs).
    static QList<DraftSource*> openSources();
    // DraftSources inside `root`, including root itself.
    static QList<DraftSource*> sourcesIn(QWidget* root);

    // Saves each source that has unsaved input; returns how many drafts were written. Errors
    // are swallowed per draft: locking must go on even when one draft cannot be written.
    static int saveAll(CaseFile& file, const QList<DraftSource*>& sources);
    // Gives a source its draft back (and removes it from the store). False if there was none.
    static bool restore(CaseFile& file, DraftSource& source);
    // restore() for every source inside `root`; returns how many were restored.
    static int restoreAll(CaseFile& file, QWidget* root);
};

} // namespace mamori::ui
