#include "casefile/KeySlotFile.h"

#include "common/Error.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mamori {

namespace {
const QString kFormat = QStringLiteral("mamori-keyslots");

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}
QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}
} // namespace

QString normaliseLogin(const QString& login)
{
    return login.trimmed().normalized(QString::NormalizationForm_KC).toLower();
}

KeySlotFile KeySlotFile::createNew(const QString& caseId)
{
    KeySlotFile f;
    f.m_caseId = caseId;
    f.m_loginSalt = crypto::randomBytes(32);
    return f;
}

QByteArray KeySlotFile::slotIdForLogin(const QString& login) const
{
    const QByteArray norm = normaliseLogin(login).toUtf8();
    return crypto::hmacSha256(reinterpret_cast<const unsigned char*>(m_loginSalt.constData()),
                              static_cast<std::size_t>(m_loginSalt.size()), norm);
}

const KeySlotFile::Slot* KeySlotFile::find(const QByteArray& id) const
{
    for (const Slot& s : m_slots)
        if (s.id == id)
            return &s;
    return nullptr;
}

QByteArray KeySlotFile::aadFor(const Slot& slot) const
{
    const QJsonObject o{{QStringLiteral("case"), m_caseId},
                        {QStringLiteral("id"), b64(slot.id)},
                        {QStringLiteral("kind"), slot.kind == SlotKind::Recovery ? 1 : 0},
                        {QStringLiteral("kdf"), slot.kdf.toJson()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void KeySlotFile::putSlot(const QByteArray& id, SlotKind kind, const SecureBytes& secret,
                          const SecureBytes& dataKey, const KdfParams& kdfBase)
{
    Slot s;
    s.id = id;
    s.kind = kind;
    s.kdf = kdfBase;
    s.kdf.salt = crypto::randomBytes(16);
    const SecureBytes wrappingKey = Argon2Kdf::derive(secret, s.kdf);
    const crypto::Sealed sealed = crypto::aesGcmSeal(wrappingKey, dataKey, aadFor(s));
    s.nonce = sealed.nonce;
    s.wrapped = sealed.ciphertextAndTag;
    removeSlot(id);
    m_slots.append(s);
    m_mac = computeMac(dataKey);
}

bool KeySlotFile::removeSlot(const QByteArray& id)
{
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].id == id) {
            m_slots.removeAt(i);
            return true;
        }
    }
    return false;
}

void KeySlotFile::markDisabled(const QByteArray& id, bool disabled)
{
    m_disabled.removeAll(id);
    if (disabled)
        m_disabled.append(id);
}

bool KeySlotFile::unwrap(const Slot& slot, const SecureBytes& secret, SecureBytes& dataKey) const
{
    const SecureBytes wrappingKey = Argon2Kdf::derive(secret, slot.kdf);
    return crypto::aesGcmOpen(wrappingKey, slot.nonce, slot.wrapped, aadFor(slot), dataKey);
}

QByteArray KeySlotFile::slotsCanonical() const
{
    QJsonArray arr;
    for (const Slot& s : m_slots)
        arr.append(QJsonObject{{QStringLiteral("id"), b64(s.id)},
                               {QStringLiteral("kind"), s.kind == SlotKind::Recovery ? QStringLiteral("recovery")
                                                                                     : QStringLiteral("account")},
                               {QStringLiteral("kdf"), s.kdf.toJson()},
                               {QStringLiteral("nonce"), b64(s.nonce)},
                               {QStringLiteral("wrapped"), b64(s.wrapped)}});
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

QJsonArray KeySlotFile::disabledJson() const
{
    QJsonArray arr;
    for (const QByteArray& id : m_disabled)
        arr.append(b64(id));
    return arr;
}

QByteArray KeySlotFile::computeMac(const SecureBytes& dataKey) const
{
    // A separate key for the MAC, so the data key itself is never used for two purposes.
    const QByteArray macKey = crypto::hmacSha256(dataKey.data(), dataKey.size(),
                                                 QByteArrayLiteral("mamori key-slot mac v1"));
    QByteArray material = m_caseId.toUtf8() + '\n' + m_loginSalt.toBase64() + '\n' + slotsCanonical() + '\n' +
                          QJsonDocument(disabledJson()).toJson(QJsonDocument::Compact);
    return crypto::hmacSha256(reinterpret_cast<const unsigned char*>(macKey.constData()),
                              static_cast<std::size_t>(macKey.size()), material);
}

QByteArray KeySlotFile::serialize(const SecureBytes& dataKey) const
{
    QJsonObject body{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("case_id"), m_caseId},
                     {QStringLiteral("login_salt"), b64(m_loginSalt)},
                     {QStringLiteral("slots"), QJsonDocument::fromJson(slotsCanonical()).array()},
                     {QStringLiteral("disabled"), disabledJson()},
                     {QStringLiteral("mac"), b64(computeMac(dataKey))}};
    const QByteArray checksum = crypto::sha256(QJsonDocument(body).toJson(QJsonDocument::Compact));
    body.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum.toHex()));
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

void KeySlotFile::save(const QString& path, const SecureBytes& dataKey) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const bool readOnly = !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        throw Error(readOnly ? ErrorCode::ReadOnly : ErrorCode::IoError,
                    QCoreApplication::translate("mamori::KeySlotFile", "The key-slot file could not be written."), file.errorString());
    }
    const QByteArray bytes = serialize(dataKey);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorCode::IoError,
                    QCoreApplication::translate("mamori::KeySlotFile", "The key-slot file could not be written (disk full?). The previous file is unchanged."),
                    file.errorString());
}

KeySlotFile::LoadStatus KeySlotFile::load(const QString& path, KeySlotFile& out)
{
    QFile file(path);
    if (!file.exists())
        return LoadStatus::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return LoadStatus::Damaged;
    // A real slot file is a few KiB; refuse to read a huge foreign file into memory.
    if (file.size() > 4 * 1024 * 1024)
        return LoadStatus::NotOurs;
    return parse(file.readAll(), out);
}

KeySlotFile::LoadStatus KeySlotFile::parse(const QByteArray& bytes, KeySlotFile& out)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        // Starts like our file but does not parse: truncated or damaged.
        return bytes.contains("\"mamori-keyslots\"") ? LoadStatus::Damaged : LoadStatus::NotOurs;
    }
    QJsonObject body = doc.object();
    if (body.value(QStringLiteral("format")).toString() != kFormat)
        return LoadStatus::NotOurs;
    if (body.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return LoadStatus::TooNew;
    const QString checksum = body.take(QStringLiteral("checksum")).toString();
    if (QString::fromLatin1(crypto::sha256(QJsonDocument(body).toJson(QJsonDocument::Compact)).toHex()) != checksum)
        return LoadStatus::Damaged;
    KeySlotFile f;
    f.m_caseId = body.value(QStringLiteral("case_id")).toString();
    f.m_loginSalt = unb64(body.value(QStringLiteral("login_salt")));
    f.m_mac = unb64(body.value(QStringLiteral("mac")));
    for (const QJsonValue& v : body.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        Slot s;
        s.id = unb64(o.value(QStringLiteral("id")));
        s.kind = o.value(QStringLiteral("kind")).toString() == QLatin1String("recovery") ? SlotKind::Recovery
                                                                                          : SlotKind::Account;
        if (!KdfParams::fromJson(o.value(QStringLiteral("kdf")).toObject(), s.kdf))
            return LoadStatus::Damaged;
        s.nonce = unb64(o.value(QStringLiteral("nonce")));
        s.wrapped = unb64(o.value(QStringLiteral("wrapped")));
        f.m_slots.append(s);
    }
    for (const QJsonValue& v : body.value(QStringLiteral("disabled")).toArray())
        f.m_disabled.append(unb64(v));
    if (f.m_caseId.isEmpty() || f.m_loginSalt.size() != 32 || f.m_slots.isEmpty())
        return LoadStatus::Damaged;
    out = std::move(f);
    return LoadStatus::Ok;
}

} // namespace mamori
