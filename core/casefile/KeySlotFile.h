#pragma once

#include "crypto/Argon2Kdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace mamori {

// The key-slot file beside the database. Each slot wraps the 256-bit data key with AES-256-GCM
// under a key that Argon2id derives from one password (one slot per account, one for the
// recovery code). It holds no personal data: a slot is found by an HMAC of the login under a
// random per-file salt, never by the login or name itself.
//
// Integrity: each slot's wrapping authenticates its own id and KDF parameters (AAD), a SHA-256
// checksum over the file detects truncation and accidental damage before any password is
// tried, and a MAC under a key derived from the data key detects slots added or swapped by
// someone without the key. Writes go through QSaveFile (temp file, fsync, rename).
class KeySlotFile {
public:
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("keys.mamori-slots"); }

    enum class SlotKind { Account, Recovery };
    struct Slot {
        QByteArray id; // HMAC-SHA256(loginSalt, normalised login), or "recovery"
        SlotKind kind = SlotKind::Account;
        KdfParams kdf;
        QByteArray nonce;
        QByteArray wrapped; // ciphertext || tag of the data key
    };

    // Load outcome, so the caller can tell "not ours" from "ours but broken" from "too new".
    enum class LoadStatus { Ok, Missing, NotOurs, Damaged, TooNew };
    static LoadStatus load(const QString& path, KeySlotFile& out);

    static KeySlotFile createNew(const QString& caseId);
    // Atomic replace; throws IoError/ReadOnly and leaves the old file untouched on failure.
    void save(const QString& path, const SecureBytes& dataKey) const;
    QByteArray serialize(const SecureBytes& dataKey) const;
    static LoadStatus parse(const QByteArray& bytes, KeySlotFile& out);

    const QString& caseId() const { return m_caseId; }
    QByteArray slotIdForLogin(const QString& login) const;
    static QByteArray recoverySlotId() { return QByteArrayLiteral("recovery"); }
    const Slot* find(const QByteArray& id) const;

    // Adds or replaces the slot with that id.
    void putSlot(const QByteArray& id, SlotKind kind, const SecureBytes& secret,
                 const SecureBytes& dataKey, const KdfParams& kdfBase);
    bool removeSlot(const QByteArray& id);
    // A disabled account's slot is removed; its id is remembered so that opening says
    // "disabled" rather than "unknown account".
    void markDisabled(const QByteArray& id, bool disabled);
    bool isDisabled(const QByteArray& id) const { return m_disabled.contains(id); }
    // Derives and unwraps; false on a wrong secret.
    bool unwrap(const Slot& slot, const SecureBytes& secret, SecureBytes& dataKey) const;
    // True when the MAC over the slots verifies under this data key.
    bool macMatches(const SecureBytes& dataKey) const { return m_mac == computeMac(dataKey); }
    int slotCount() const { return static_cast<int>(m_slots.size()); }

private:
    QByteArray aadFor(const Slot& slot) const;
    QByteArray slotsCanonical() const;
    QJsonArray disabledJson() const;
    QByteArray computeMac(const SecureBytes& dataKey) const;

    QString m_caseId;
    QByteArray m_loginSalt;
    QList<Slot> m_slots;
    QList<QByteArray> m_disabled;
    QByteArray m_mac;
};

// Logins compare case-insensitively after trimming and NFKC (full-width letters typed with a
// Japanese IME find the same account).
QString normaliseLogin(const QString& login);

} // namespace mamori
