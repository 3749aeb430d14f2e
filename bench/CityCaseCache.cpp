#include "CityCaseCache.h"

#include "BenchOutput.h"

#include "accounts/AccountService.h"
#include "accounts/Session.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "custody/CarryOutService.h"
#include "custody/DisposalService.h"
#include "demo/DemoImages.h"
#include "incidents/IncidentService.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "organisation/SectionService.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <array>

namespace mamori::bench {

namespace {

// Bump when the generator changes what it writes: a cached file of another version is rebuilt.
// 1: organisation, register and carry-outs; 2: disposals with certificates and attachments,
// added to a version-1 file in place (building everything again takes a quarter of an hour);
// 3: leak incidents, added to a version-2 file in place.
constexpr int kGeneratorVersion = 3;
constexpr int kPerTransaction = 5'000;

const std::array<const char*, 12> kFamily = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺",
                                             "山本", "中村", "小林", "加藤", "吉田", "山田"};
const std::array<const char*, 12> kFamilyKana = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ",
                                                 "ヤマモト", "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ"};
const std::array<const char*, 10> kGiven = {"翔", "結衣", "大輝", "美咲", "健", "陽菜", "拓海", "葵", "誠", "恵"};
const std::array<const char*, 10> kGivenKana = {"ショウ", "ユイ", "ダイキ", "ミサキ", "ケン", "ヒナ", "タクミ", "アオイ",
                                                "マコト", "メグミ"};
const std::array<const char*, 8> kSectionStem = {"市民", "税務", "福祉", "子育て支援", "健康増進", "環境", "道路", "教育総務"};
const std::array<const char*, 6> kPurpose = {"訪問調査", "税務調査（臨戸）", "関係機関への送付", "出張窓口", "研修資料の作成",
                                             "現地確認"};
const std::array<const char*, 6> kDestination = {"市内 東町地区", "市内 西町地区", "県庁", "税務署", "公民館",
                                                 "保健センター"};
const std::array<const char*, 5> kDescription = {"調査票", "申請書写し", "台帳抜粋", "暗号化USBメモリ", "モバイルPC"};

template <std::size_t N>
QString pick(QRandomGenerator& rng, const std::array<const char*, N>& from)
{
    return QString::fromUtf8(from[rng.bounded(static_cast<quint32>(N))]);
}

QString versionFile(const QString& dir)
{
    return dir + QStringLiteral(".version");
}

class Builder {
public:
    Builder(CaseFile& file, FakeClock& clock) : m_file(file), m_clock(clock), m_rng(20261202) {}

    void run()
    {
        QElapsedTimer timer;
        timer.start();
        addOrganisation();
        progress(QStringLiteral("organisation"), timer);
        addRegister();
        progress(QStringLiteral("areas and files"), timer);
        addCarryOuts(timer);
        addDisposals();
        addIncidents();
    }

private:
    void progress(const QString& what, const QElapsedTimer& timer)
    {
        printProgress(QStringLiteral("city case file: %1 (%2 s)")
                          .arg(what)
                          .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }

    void addOrganisation()
    {
        const Session& admin = m_file.session();
        Transaction tx(m_file.db());
        for (int i = 0; i < CityCaseCache::kSections; ++i) {
            const QString name = QStringLiteral("%1%2課").arg(pick(m_rng, kSectionStem)).arg(i + 1);
            m_sections.append(m_file.sections()
                                  .add(admin, QStringLiteral("%1").arg(1000 + i), name)
                                  .id);
        }
        QList<RoleAssignment> managerRoles, handlerRoles;
        for (qint64 s : m_sections) {
            managerRoles.append({Role::UnitManager, s});
            handlerRoles.append({Role::Handler, s});
        }
        const SecureBytes pw = CityCaseCache::password();
        NewAccount manager;
        manager.login = CityCaseCache::managerLogin();
        manager.displayName = QStringLiteral("ベンチ 課長");
        manager.sectionId = m_sections.first();
        manager.roles = managerRoles;
        const qint64 managerId = m_file.accounts().add(admin, manager, pw).id;
        NewAccount handler;
        handler.login = CityCaseCache::handlerLogin();
        handler.displayName = QStringLiteral("ベンチ 担当");
        handler.sectionId = m_sections.first();
        handler.roles = handlerRoles;
        const qint64 handlerId = m_file.accounts().add(admin, handler, pw).id;
        m_manager = Session(managerId, manager.login, manager.displayName, managerRoles, false);
        m_handler = Session(handlerId, handler.login, handler.displayName, handlerRoles, false);

        for (int i = 0; i < CityCaseCache::kPeople; ++i) {
            const int family = static_cast<int>(m_rng.bounded(static_cast<quint32>(kFamily.size())));
            const int given = static_cast<int>(m_rng.bounded(static_cast<quint32>(kGiven.size())));
            Person p;
            p.staffNo = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            p.name = QString::fromUtf8(kFamily[static_cast<std::size_t>(family)]) + QLatin1Char(' ') +
                     QString::fromUtf8(kGiven[static_cast<std::size_t>(given)]);
            p.kana = QString::fromUtf8(kFamilyKana[static_cast<std::size_t>(family)]) + QLatin1Char(' ') +
                     QString::fromUtf8(kGivenKana[static_cast<std::size_t>(given)]);
            p.sectionId = m_sections[i % m_sections.size()];
            p.employment = i % 9 == 0 ? EmploymentType::FiscalYear : i % 31 == 0 ? EmploymentType::Dispatched
                                                                                   : EmploymentType::Regular;
            p.email = QStringLiteral("c%1@city.example.jp").arg(i + 1);
            const qint64 id = m_file.people().add(admin, p).id;
            m_peopleBySection[p.sectionId].append(id);
        }
        tx.commit();
    }

    void addRegister()
    {
        Transaction tx(m_file.db());
        QMap<qint64, QList<qint64>> areasBySection;
        for (int i = 0; i < CityCaseCache::kAreas; ++i) {
            HandlingArea a;
            a.areaCode = QStringLiteral("A-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            a.sectionId = m_sections[i % m_sections.size()];
            a.building = i % 3 == 0 ? QStringLiteral("第二庁舎") : QStringLiteral("本庁舎");
            a.floor = QStringLiteral("%1階").arg(1 + i % 5);
            a.room = QStringLiteral("執務室%1").arg(i + 1);
            areasBySection[a.sectionId].append(m_file.areas().create(m_manager, a).id);
        }
        for (int i = 0; i < CityCaseCache::kFiles; ++i) {
            PersonalInfoFile f;
            f.fileNo = QStringLiteral("F-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            f.sectionId = m_sections[i % m_sections.size()];
            f.name = QStringLiteral("%1台帳 %2").arg(pick(m_rng, kSectionStem)).arg(i + 1);
            f.purpose = QStringLiteral("%1に関する事務").arg(pick(m_rng, kSectionStem));
            f.recordItems = QStringLiteral("氏名、住所、生年月日");
            f.containsSensitive = i % 10 == 0;
            f.containsMyNumber = i % 4 == 0;
            f.personCount = 100 + m_rng.bounded(60000);
            f.fileType = i % 3 == 0 ? PiFileType::Manual : PiFileType::Computerised;
            const QList<qint64>& areas = areasBySection.value(f.sectionId);
            if (!areas.isEmpty())
                f.handlingAreaId = areas[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(areas.size())))];
            const qint64 id = m_file.files().create(m_manager, f).id;
            m_filesBySection[f.sectionId].append(id);
            const QList<qint64>& people = m_peopleBySection.value(f.sectionId);
            const QDate granted = m_clock.now().date().addDays(-static_cast<int>(m_rng.bounded(700)));
            m_file.files().grant(m_manager, id, people[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(people.size())))],
                                 {QStringLiteral("read")}, granted, granted.addYears(1));
        }
        tx.commit();
    }

    // Chronological, about five years of carry-outs ending "now" (the build's clock); most are
    // closed, the last weeks hold the requested, approved and out ones, and a few old ones were
    // never returned (overdue) or lost.
    void addCarryOuts(const QElapsedTimer& timer)
    {
        CarryOutService& s = m_file.carryOuts();
        const QDateTime end = m_clock.now();
        const QDateTime start = end.addYears(-5);
        const qint64 step = start.secsTo(end) / CityCaseCache::kCarryOuts;
        m_clock.set(start);
        int done = 0;
        while (done < CityCaseCache::kCarryOuts) {
            Transaction tx(m_file.db());
            const int batchEnd = std::min(CityCaseCache::kCarryOuts, done + kPerTransaction);
            for (; done < batchEnd; ++done) {
                m_clock.advanceSeconds(step);
                addCarryOut(s, CityCaseCache::kCarryOuts - done);
            }
            tx.commit();
            progress(QStringLiteral("%1 / %2 carry-outs").arg(done).arg(CityCaseCache::kCarryOuts), timer);
        }
    }

    void addCarryOut(CarryOutService& s, int remaining)
    {
        const qint64 section = m_sections[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_sections.size())))];
        const QList<qint64>& files = m_filesBySection.value(section);
        const QList<qint64>& people = m_peopleBySection.value(section);
        CarryOut c;
        c.sectionId = section;
        if (!files.isEmpty() && m_rng.bounded(3) != 0)
            c.fileId = files[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(files.size())))];
        c.requestedBy = people[static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(people.size())))];
        c.itemType = m_rng.bounded(4) == 0 ? CarryOutItemType::Usb : CarryOutItemType::Paper;
        c.description = pick(m_rng, kDescription);
        c.recordCount = 1 + m_rng.bounded(50);
        c.purpose = pick(m_rng, kPurpose);
        c.destination = pick(m_rng, kDestination);
        const QDate today = m_clock.now().date();
        c.plannedOutOn = today;
        c.plannedReturnOn = today.addDays(static_cast<int>(m_rng.bounded(4)));
        c.appliedMeasures = s.requiredMeasures(s.sensitivityOf(c), c.itemType);
        c = s.request(m_handler, c);

        const quint32 dice = m_rng.bounded(100);
        const bool recent = remaining < 1500; // the last weeks
        if (recent && dice < 20)
            return; // still requested
        if (dice >= 95 || (recent && dice < 25)) {
            s.reject(m_manager, c.id, QStringLiteral("目的が不明確"));
            return;
        }
        s.approve(m_manager, c.id);
        if (recent && dice < 35)
            return; // approved, not yet out
        s.markOut(m_handler, c.id, m_clock.now());
        if ((recent && dice < 60) || dice == 90)
            return; // out (overdue when the planned return has passed)
        if (dice == 91) {
            s.markLost(m_handler, c.id, QStringLiteral("所在不明"));
            return;
        }
        s.markReturned(m_manager, c.id, CarryOutReturn{m_clock.now().addSecs(3600), c.requestedBy, true, true, QString()});
        if (dice < 85)
            s.close(m_manager, c.id);
    }

public:
    // Sessions of a file built earlier (the version-1 step), for adding the disposals to it.
    void resume()
    {
        Statement sections = m_file.db().prepare("SELECT id FROM sections ORDER BY id");
        while (sections.next())
            m_sections.append(sections.int64(0));
        QList<RoleAssignment> managerRoles, handlerRoles;
        for (qint64 s : m_sections) {
            managerRoles.append({Role::UnitManager, s});
            handlerRoles.append({Role::Handler, s});
        }
        auto accountId = [this](const QString& login) {
            Statement a = m_file.db().prepare("SELECT id FROM accounts WHERE login = ?");
            a.bind(1, login);
            if (!a.next())
                throw Error(ErrorCode::Internal, QStringLiteral("no account %1 in the cached file").arg(login));
            return a.int64(0);
        };
        m_manager = Session(accountId(CityCaseCache::managerLogin()), CityCaseCache::managerLogin(),
                            QStringLiteral("ベンチ 課長"), managerRoles, false);
        m_handler = Session(accountId(CityCaseCache::handlerLogin()), CityCaseCache::handlerLogin(),
                            QStringLiteral("ベンチ 担当"), handlerRoles, false);
        Statement people = m_file.db().prepare("SELECT id, section_id FROM people");
        while (people.next())
            m_peopleBySection[people.int64(1)].append(people.int64(0));
        Statement files = m_file.db().prepare("SELECT id, section_id FROM pi_files");
        while (files.next())
            m_filesBySection[files.int64(1)].append(files.int64(0));
    }

    // Five years of disposals, one in ten by a contractor with a certificate and its photo
    // (5,000 attachments), the rest in-house with a witness; the last ones still in progress.
    void addDisposals()
    {
        QElapsedTimer timer;
        timer.start();
        DisposalService& ds = m_file.disposals();
        const QDateTime end = m_clock.now();
        const QDateTime start = end.addYears(-5);
        const qint64 step = start.secsTo(end) / CityCaseCache::kDisposals;
        m_clock.set(start);
        QList<QByteArray> photos;
        for (int i = 0; i < 20; ++i)
            photos.append(DemoImages::certificatePhoto(480 + 8 * i, 640, QByteArray("bench certificate ") + QByteArray::number(i)));
        int done = 0;
        int attached = 0;
        while (done < CityCaseCache::kDisposals) {
            Transaction tx(m_file.db());
            const int batchEnd = std::min(CityCaseCache::kDisposals, done + kPerTransaction);
            for (; done < batchEnd; ++done) {
                m_clock.advanceSeconds(step);
                const bool contractor = done % 10 == 0;
                const qint64 section = m_sections[done % m_sections.size()];
                const QList<qint64>& people = m_peopleBySection.value(section);
                const QList<qint64>& files = m_filesBySection.value(section);
                Disposal d;
                d.sectionId = section;
                if (!files.isEmpty())
                    d.fileId = files[done % files.size()];
                d.requestedBy = people[done % people.size()];
                d.itemKind = done % 7 == 0 ? DisposalItemKind::Media : DisposalItemKind::Documents;
                d.description = d.itemKind == DisposalItemKind::Media ? QStringLiteral("USBメモリ（保存期間満了データ）")
                                                                      : QStringLiteral("申請書綴り（保存期間満了）");
                if (d.itemKind == DisposalItemKind::Media)
                    d.serialNos = {QStringLiteral("SN-%1").arg(done, 8, 10, QLatin1Char('0'))};
                d.quantity = 1 + done % 5;
                d.recordCount = 10 + done % 400;
                d.method = d.itemKind == DisposalItemKind::Media ? DisposalMethod::PhysicalDestruction
                           : contractor                          ? DisposalMethod::Dissolution
                                                                 : DisposalMethod::Shredding;
                d.performer = contractor ? DisposalPerformer::Contractor : DisposalPerformer::InHouse;
                if (contractor) {
                    d.contractorName = QStringLiteral("株式会社ベンチ環境サービス");
                    d.subcontractTier = 1;
                }
                d.place = contractor ? QStringLiteral("委託先 処理工場") : QStringLiteral("本庁舎 執務室");
                d.plannedOn = m_clock.now().date();
                const qint64 id = ds.plan(m_handler, d).id;
                const bool recent = CityCaseCache::kDisposals - done < 500;
                if (recent && done % 3 == 0)
                    continue; // still planned
                ds.approve(m_manager, id);
                const qint64 performer = d.requestedBy;
                const qint64 witness = people[(done + 1) % people.size()];
                if (contractor) {
                    ds.markHandedOver(m_handler, id, {m_clock.now(), performer, QString()});
                    DisposalCertificate c;
                    c.certificateNo = QStringLiteral("BC-%1").arg(done, 6, 10, QLatin1Char('0'));
                    c.issuer = d.contractorName;
                    c.issuedOn = m_clock.now().date();
                    c.receivedOn = c.issuedOn;
                    const Disposal withCertificate = ds.addCertificate(m_handler, id, c);
                    if (attached < CityCaseCache::kAttachments) {
                        ds.attach(m_handler, id, QStringLiteral("certificate.png"), photos[attached % photos.size()],
                                  QString(), withCertificate.certificates.last().id);
                        ++attached;
                    }
                } else {
                    ds.markExecuted(m_handler, id, {m_clock.now(), performer, QString()});
                    ds.addWitness(m_handler, id, witness, m_clock.now());
                }
                if (recent)
                    continue;
                ds.verify(m_manager, id);
                ds.record(m_handler, id);
            }
            tx.commit();
            progress(QStringLiteral("%1 / %2 disposals").arg(done).arg(CityCaseCache::kDisposals), timer);
        }
    }

    // Five years of incidents. The closed ones went the whole way (contained, the mayor informed,
    // facts, assessment, a prevention measure); the newest kOpenIncidents stop at every stage in
    // turn, and one in three of those is reportable (150 persons), so the start page has PPC
    // deadlines to compute.
    void addIncidents()
    {
        QElapsedTimer timer;
        timer.start();
        const Session executive = executiveSession();
        IncidentService s(m_file);
        const QDateTime end = m_clock.now();
        const QDateTime start = end.addYears(-5);
        const qint64 step = start.secsTo(end) / CityCaseCache::kIncidents;
        m_clock.set(start);
        int done = 0;
        while (done < CityCaseCache::kIncidents) {
            Transaction tx(m_file.db());
            const int batchEnd = std::min(CityCaseCache::kIncidents, done + 250);
            for (; done < batchEnd; ++done) {
                m_clock.advanceSeconds(step);
                const bool open = CityCaseCache::kIncidents - done <= CityCaseCache::kOpenIncidents;
                const int stage = open ? done % 6 : 6; // 0 reported ... 5 prevention, 6 closed
                const qint64 section = m_sections[done % m_sections.size()];
                IncidentReport r;
                r.sectionId = section;
                r.awareAt = m_clock.now().addSecs(-3600);
                r.summary = QStringLiteral("書類の誤送付（ベンチ事案 %1）").arg(done + 1);
                const qint64 id = s.report(m_handler, r).id;
                if (stage < 1)
                    continue;
                s.addContainment(m_manager, id, QStringLiteral("送付先に回収を依頼"), m_clock.now());
                if (stage < 2)
                    continue;
                s.escalate(m_manager, id, ContactMethod::Phone, m_clock.now(), {});
                if (stage < 3)
                    continue;
                IncidentDetails d;
                d.summary = r.summary;
                d.dataItems = QStringLiteral("氏名、住所");
                d.persons = open && done % 3 == 0 ? 150 : 1 + done % 40;
                d.cause = QStringLiteral("宛先の確認不足");
                s.recordFacts(m_manager, id, d);
                if (stage < 4)
                    continue;
                s.assess(m_manager, id);
                if (stage < 5)
                    continue;
                PreventionMeasure m;
                m.description = QStringLiteral("発送前に宛名と内容物を2名で照合する");
                m.ownerPerson = m_peopleBySection.value(section).first();
                m.dueOn = m_clock.now().date().addDays(30);
                s.addPreventionMeasure(m_manager, id, m);
                if (stage < 6)
                    continue;
                s.escalate(executive, id, ContactMethod::Document, m_clock.now(), {});
                s.close(executive, id);
            }
            tx.commit();
            progress(QStringLiteral("%1 / %2 incidents").arg(done).arg(CityCaseCache::kIncidents), timer);
        }
    }

private:
    // The 総括保護管理者 who informs the mayor and closes incidents; added on first use.
    Session executiveSession()
    {
        const QString login = QStringLiteral("benchexecutive");
        const QList<RoleAssignment> roles{{Role::ExecutiveOwner, std::nullopt}};
        Statement a = m_file.db().prepare("SELECT id FROM accounts WHERE login = ?");
        a.bind(1, login);
        if (a.next())
            return Session(a.int64(0), login, QStringLiteral("ベンチ 副市長"), roles, false);
        NewAccount n;
        n.login = login;
        n.displayName = QStringLiteral("ベンチ 副市長");
        n.roles = roles;
        const qint64 id = m_file.accounts().add(m_file.session(), n, CityCaseCache::password()).id;
        return Session(id, login, n.displayName, roles, false);
    }

    CaseFile& m_file;
    FakeClock& m_clock;
    QRandomGenerator m_rng;
    QList<qint64> m_sections;
    QMap<qint64, QList<qint64>> m_peopleBySection;
    QMap<qint64, QList<qint64>> m_filesBySection;
    Session m_manager;
    Session m_handler;
};

} // namespace

QString CityCaseCache::path()
{
    const QString name = QStringLiteral("mamori-bench-city.mamori");
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdg.isEmpty() && QDir().mkpath(xdg))
        return QDir(xdg).filePath(name);
    return QDir(QStringLiteral("/tmp")).filePath(name);
}

QString CityCaseCache::adminLogin() { return QStringLiteral("benchadmin"); }
QString CityCaseCache::managerLogin() { return QStringLiteral("benchmanager"); }
QString CityCaseCache::handlerLogin() { return QStringLiteral("benchhandler"); }
SecureBytes CityCaseCache::password() { return SecureBytes::fromString(QStringLiteral("city-bench-fixture-2026")); }

bool CityCaseCache::ensure()
{
    const QString dir = path();
    if (QFileInfo::exists(dir)) {
        if (isUsable(dir))
            return true;
        const int version = storedVersion(dir);
        if (version == 1 || version == 2) {
            printProgress(QStringLiteral("cached city case file %1: adding what version %2 lacks").arg(dir).arg(version));
            {
                FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
                auto file = CaseFile::open(dir, adminLogin(), password(), CaseOpenOptions{&clock});
                file->db().exec("PRAGMA cache_size = -262144");
                Builder builder(*file, clock);
                builder.resume();
                if (version == 1)
                    builder.addDisposals();
                builder.addIncidents();
                file->db().checkpoint();
            }
            writeVersion(dir);
            return false;
        }
        printProgress(QStringLiteral("cached city case file %1 is outdated or unreadable: rebuilding it").arg(dir));
        QDir(dir).removeRecursively();
    }
    // Built under another name and renamed when complete: an interrupted build is never reused.
    const QString partial = dir + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    build(partial);
    QFile::remove(versionFile(dir));
    if (!QDir().rename(partial, dir))
        throw Error(ErrorCode::IoError, QStringLiteral("could not rename %1 to %2").arg(partial, dir));
    writeVersion(dir);
    return false;
}

int CityCaseCache::storedVersion(const QString& dir)
{
    QFile version(versionFile(dir));
    return version.open(QIODevice::ReadOnly) ? version.readAll().trimmed().toInt() : 0;
}

void CityCaseCache::writeVersion(const QString& dir)
{
    QFile version(versionFile(dir));
    if (!version.open(QIODevice::WriteOnly) || version.write(QByteArray::number(kGeneratorVersion)) < 0)
        throw Error(ErrorCode::IoError, QStringLiteral("could not write %1").arg(versionFile(dir)));
}

std::unique_ptr<CaseFile> CityCaseCache::open(const QString& login)
{
    return CaseFile::open(path(), login, password());
}

bool CityCaseCache::isUsable(const QString& dir)
{
    if (storedVersion(dir) != kGeneratorVersion)
        return false;
    try {
        CaseFile::open(dir, adminLogin(), password());
        return true;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Locked)
            throw;
        return false;
    }
}

void CityCaseCache::build(const QString& dir)
{
    FakeClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    CaseFile::CreateOptions o;
    o.dir = dir;
    o.adminLogin = adminLogin();
    o.adminName = QStringLiteral("ベンチ 管理者");
    o.organisationName = QStringLiteral("ベンチ市");
    o.clock = &clock;
    o.kdf = Argon2Kdf::cheapForTests();
    CaseFile::Created created = CaseFile::create(o, password());
    CaseFile& file = *created.file;
    // A large page cache for the build only (not a setting of core).
    file.db().exec("PRAGMA cache_size = -262144");
    Builder(file, clock).run();
    file.db().checkpoint();
    created.file.reset();
}

} // namespace mamori::bench
