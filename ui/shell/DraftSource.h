#pragma once

#include <QByteArray>
#include <QString>

namespace mamori::ui {

// An editor whose unsaved input must survive the auto-lock. Widgets implement it next to
// QWidget; on lock, DraftKeeper finds them, stores saveDraft() in the encrypted case file
// (DraftStore) before the file is closed, and hands the bytes back through restoreDraft() when
// an editor with the same key opens again.
//
// Never implement this for password fields: those are cleared, not kept.
class DraftSource {
public:
    virtual ~DraftSource() = default;
    // Stable per editor and record ("accounts/new", "incident/42/notes"); empty = no draft.
    virtual QString draftKey() const = 0;
    // The unsaved input, or an empty array when there is nothing unsaved.
    virtual QByteArray saveDraft() = 0;
    virtual void restoreDraft(const QByteArray& draft) = 0;

protected:
    DraftSource() = default;
    DraftSource(const DraftSource&) = default;
    DraftSource& operator=(const DraftSource&) = default;
};

} // namespace mamori::ui
