#include "demo/DemoCustody.h"

#include "accounts/Session.h"
#include "casefile/CaseFile.h"
#include "common/Clock.h"
#include "custody/CarryOutService.h"
#include "custody/HandlingAreaService.h"
#include "custody/PersonalInfoFileService.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

namespace mamori {

namespace {

struct Officer {
    const char* login;
    const char* name;
    const char* section;
    Role role;
};

// The demo accounts that act in a section, as DemoCase creates them. Their sessions are built
// here directly because the demo is written in one go by the creating process.
const Officer kOfficers[] = {
    {"shimin.kacho", "伊藤 浩", "市民課", Role::UnitManager},
    {"shimin.tanto", "山本 さくら", "市民課", Role::UnitAssistant},
    {"zeimu.kacho", "中村 誠", "税務課", Role::UnitManager},
    {"zeimu.handler", "松本 拓也", "税務課", Role::Handler},
    {"fukushi.kacho", "小林 由美子", "福祉課", Role::UnitManager},
    {"fukushi.handler", "加藤 大輔", "福祉課", Role::Handler},
    {"kosodate.kacho", "井上 恵", "子育て支援課", Role::UnitManager},
};

struct StaffRow {
    const char* name;
    const char* kana;
    const char* section;
    EmploymentType employment;
};

// Staff without an account: the people who carry documents, witness and hold access rights.
const StaffRow kStaff[] = {
    {"斎藤 直樹", "サイトウ ナオキ", "総務課", EmploymentType::Regular},
    {"清水 由香", "シミズ ユカ", "総務課", EmploymentType::FiscalYear},
    {"山口 隆", "ヤマグチ タカシ", "人事課", EmploymentType::Regular},
    {"森 明美", "モリ アケミ", "人事課", EmploymentType::Regular},
    {"池田 翔太", "イケダ ショウタ", "市民課", EmploymentType::Regular},
    {"橋本 千尋", "ハシモト チヒロ", "市民課", EmploymentType::FiscalYear},
    {"阿部 健太", "アベ ケンタ", "市民課", EmploymentType::Dispatched},
    {"石川 真由美", "イシカワ マユミ", "税務課", EmploymentType::Regular},
    {"前田 修", "マエダ オサム", "税務課", EmploymentType::Temporary},
    {"藤田 彩", "フジタ アヤ", "福祉課", EmploymentType::Regular},
    {"岡田 亮", "オカダ リョウ", "福祉課", EmploymentType::FiscalYear},
    {"後藤 美咲", "ゴトウ ミサキ", "子育て支援課", EmploymentType::Regular},
    {"長谷川 優", "ハセガワ ユウ", "子育て支援課", EmploymentType::Dispatched},
    {"村上 聡", "ムラカミ サトシ", "健康増進課", EmploymentType::Regular},
    {"近藤 紀子", "コンドウ ノリコ", "健康増進課", EmploymentType::FiscalYear},
    {"坂本 大樹", "サカモト ダイキ", "情報政策課", EmploymentType::Regular},
};

class Filler {
public:
    Filler(CaseFile& file, const QMap<QString, qint64>& sections, const QMap<QString, qint64>& accounts)
        : m_file(file), m_sections(sections), m_accounts(accounts), m_today(file.clock().now().toLocalTime().date())
    {
        for (const Officer& o : kOfficers) {
            const QString login = QString::fromUtf8(o.login);
            const qint64 section = m_sections.value(QString::fromUtf8(o.section));
            m_sessions.insert(login, Session(m_accounts.value(login), login, QString::fromUtf8(o.name),
                                             {{o.role, section}}, false));
            m_officerSection.insert(login, section);
        }
    }

    void run()
    {
        Transaction tx(m_file.db());
        addPeople();
        addAreasAndFiles();
        addCarryOuts();
        tx.commit();
    }

private:
    const Session& as(const char* login) const { return m_sessions.find(QString::fromUtf8(login)).value(); }
    qint64 section(const char* name) const { return m_sections.value(QString::fromUtf8(name)); }
    qint64 person(const char* name) const { return m_people.value(QString::fromUtf8(name)); }
    QDate day(int offset) const { return m_today.addDays(offset); }
    QDateTime at(int dayOffset, int hour) const
    {
        return QDateTime(day(dayOffset), QTime(hour, 0)).toUTC();
    }

    void addPeople()
    {
        const Session& admin = m_file.session();
        int no = 1;
        auto add = [&](const char* name, const char* kana, const char* sectionName, EmploymentType employment,
                       std::optional<qint64> account) {
            Person p;
            p.staffNo = QStringLiteral("S%1").arg(no++, 5, 10, QLatin1Char('0'));
            p.name = QString::fromUtf8(name);
            p.kana = QString::fromUtf8(kana);
            p.sectionId = section(sectionName);
            p.employment = employment;
            if (employment == EmploymentType::Regular)
                p.email = QStringLiteral("%1@city.shiraoka.example.jp").arg(p.staffNo.toLower());
            const qint64 id = m_file.people().add(admin, p).id;
            if (account)
                m_file.people().linkAccount(admin, id, account);
            m_people.insert(p.name, id);
            return id;
        };
        const char* kanaOf[] = {"イトウ ヒロシ", "ヤマモト サクラ", "ナカムラ マコト", "マツモト タクヤ",
                                "コバヤシ ユミコ", "カトウ ダイスケ", "イノウエ メグミ"};
        int i = 0;
        for (const Officer& o : kOfficers) {
            const qint64 id = add(o.name, kanaOf[i++], o.section, EmploymentType::Regular,
                                  m_accounts.value(QString::fromUtf8(o.login)));
            const QDate fiscalStart(m_today.month() >= 4 ? m_today.year() : m_today.year() - 1, 4, 1);
            m_file.people().assignRole(admin, id, o.role, section(o.section), fiscalStart);
        }
        for (const StaffRow& s : kStaff)
            add(s.name, s.kana, s.section, s.employment, std::nullopt);

        const QDate designated = day(-200);
        m_file.people().designateHandler(admin, person("松本 拓也"), section("税務課"), QStringLiteral("個人住民税の賦課"),
                                         QStringLiteral("課税台帳・給与支払報告書（マイナンバーを含む）"), designated);
        m_file.people().designateHandler(admin, person("石川 真由美"), section("税務課"), QStringLiteral("固定資産税の賦課"),
                                         QStringLiteral("固定資産課税台帳"), designated);
        m_file.people().designateHandler(admin, person("加藤 大輔"), section("福祉課"), QStringLiteral("生活保護の決定・実施"),
                                         QStringLiteral("生活保護ケース記録（要配慮個人情報）"), designated);
        m_file.people().designateHandler(admin, person("山本 さくら"), section("市民課"), QStringLiteral("住民異動届の受付"),
                                         QStringLiteral("住民基本台帳（マイナンバーを含む）"), designated);
    }

    qint64 addArea(const char* login, const char* code, const char* sectionName, const char* building, const char* floor,
                   const char* room, QList<AreaMeasure> inPlace, const char* remarks)
    {
        HandlingArea a;
        a.areaCode = QString::fromUtf8(code);
        a.sectionId = section(sectionName);
        a.building = QString::fromUtf8(building);
        a.floor = QString::fromUtf8(floor);
        a.room = QString::fromUtf8(room);
        a.remarks = QString::fromUtf8(remarks);
        const qint64 id = m_file.areas().create(as(login), a).id;
        QList<AreaMeasureState> states;
        for (AreaMeasure m : allAreaMeasures()) {
            if (m == AreaMeasure::Other)
                continue;
            AreaMeasureState s;
            s.measure = m;
            s.inPlace = inPlace.contains(m);
            if (!s.inPlace)
                s.remark = QStringLiteral("令和8年度予算で対応予定");
            states.append(s);
        }
        m_file.areas().setMeasures(as(login), id, states);
        return id;
    }

    qint64 addFile(const char* login, const char* no, const char* name, const char* sectionName, const char* purpose,
                   const char* items, qint64 persons, bool sensitive, bool myNumber, std::optional<qint64> area,
                   PiFileType type = PiFileType::Computerised)
    {
        PersonalInfoFile f;
        f.fileNo = QString::fromUtf8(no);
        f.name = QString::fromUtf8(name);
        f.sectionId = section(sectionName);
        f.purpose = QString::fromUtf8(purpose);
        f.recordItems = QString::fromUtf8(items);
        f.recordScope = QStringLiteral("市内に住所を有する者及び有していた者");
        f.collectionMethod = QStringLiteral("本人からの届出、関係機関からの通知");
        f.containsSensitive = sensitive;
        f.containsMyNumber = myNumber;
        f.personCount = persons;
        f.disclosureOffice = QString::fromUtf8(sectionName);
        f.correctionProcedures = QStringLiteral("白岡市個人情報保護法施行条例に定める手続による");
        f.fileType = type;
        f.storageMedia = type == PiFileType::Computerised ? QStringLiteral("基幹系システム（庁内サーバ）")
                                                          : QStringLiteral("紙（施錠書庫）");
        f.handlingAreaId = area;
        return m_file.files().create(as(login), f).id;
    }

    void addAreasAndFiles()
    {
        using M = AreaMeasure;
        const qint64 shimin = addArea("shimin.kacho", "A-0201-1", "市民課", "本庁舎", "1階", "市民課執務室",
                                      {M::Partitions, M::SeatLayout, M::LockableCabinets, M::LockedBuilding}, "窓口カウンター背面");
        const qint64 zeimu = addArea("zeimu.kacho", "A-0202-1", "税務課", "本庁舎", "2階", "税務課執務室",
                                     {M::Partitions, M::SeatLayout, M::LockableCabinets, M::LockedBuilding, M::EntryControl}, "");
        const qint64 zeimuStore = addArea("zeimu.kacho", "A-0202-2", "税務課", "本庁舎", "地下1階", "税務書庫",
                                          {M::LockableCabinets, M::LockedBuilding, M::EntryControl}, "鍵は課長が管理");
        const qint64 fukushi = addArea("fukushi.kacho", "A-0301-1", "福祉課", "保健福祉センター", "2階", "相談室・執務室",
                                       {M::Partitions, M::LockableCabinets, M::LockedBuilding}, "相談室は個室");
        const qint64 kosodate = addArea("kosodate.kacho", "A-0302-1", "子育て支援課", "保健福祉センター", "1階", "子育て支援課執務室",
                                        {M::SeatLayout, M::LockableCabinets}, "");

        m_files.insert(QStringLiteral("juki"), addFile("shimin.kacho", "F-0201-001", "住民基本台帳ファイル", "市民課", "住民基本台帳法に基づく住民の記録",
                                       "氏名、生年月日、性別、住所、世帯主、個人番号", 52400, false, true, shimin));
        addFile("shimin.kacho", "F-0201-002", "印鑑登録原票", "市民課", "印鑑登録及び証明事務", "氏名、生年月日、住所、登録印影",
                31800, false, false, shimin, PiFileType::Manual);
        m_files.insert(QStringLiteral("kazei"), addFile("zeimu.kacho", "F-0202-001", "個人住民税課税台帳", "税務課", "個人住民税の賦課徴収",
                                        "氏名、住所、個人番号、所得、控除、税額", 41200, false, true, zeimu));
        m_files.insert(QStringLiteral("kotei"), addFile("zeimu.kacho", "F-0202-002", "固定資産課税台帳", "税務課", "固定資産税の賦課徴収",
                                        "所有者氏名、住所、資産の所在・評価額", 23900, false, false, zeimuStore,
                                        PiFileType::Manual));
        m_files.insert(QStringLiteral("seiho"), addFile("fukushi.kacho", "F-0301-001", "生活保護ケース記録", "福祉課", "生活保護の決定及び実施",
                                        "氏名、住所、世帯構成、収入、病歴、個人番号", 640, true, true, fukushi,
                                        PiFileType::Manual));
        m_files.insert(QStringLiteral("jidou"), addFile("kosodate.kacho", "F-0302-001", "児童手当受給者ファイル", "子育て支援課", "児童手当の支給",
                                        "氏名、住所、児童の氏名、口座情報、個人番号", 6100, false, true, kosodate));

        // Access rights, one review overdue so that the register shows the flag.
        const QStringList readUpdate{QStringLiteral("read"), QStringLiteral("update")};
        m_file.files().grant(as("zeimu.kacho"), m_files.value(QStringLiteral("kazei")), person("松本 拓也"), readUpdate, day(-200), day(165));
        m_file.files().grant(as("zeimu.kacho"), m_files.value(QStringLiteral("kazei")), person("前田 修"), {QStringLiteral("read")},
                             day(-400), day(-35));
        m_file.files().grant(as("fukushi.kacho"), m_files.value(QStringLiteral("seiho")), person("加藤 大輔"),
                             {QStringLiteral("read"), QStringLiteral("update"), QStringLiteral("print")}, day(-200), day(165));
        m_file.files().grant(as("shimin.kacho"), m_files.value(QStringLiteral("juki")), person("山本 さくら"), readUpdate, day(-200), day(165));
    }

    struct CarryRow {
        const char* requester;  // login of the handler who asks
        const char* manager;    // login of the approving manager
        const char* carrier;    // person who takes it out
        const char* fileKey;    // nullptr: not from a registered file
        CarryOutItemType type;
        const char* description;
        int count;
        const char* purpose;
        const char* destination;
        int outDay;    // relative to today
        int returnDay; // planned return, relative to today
        CarryOutState reach;
    };

    void addCarryOuts()
    {
        using T = CarryOutItemType;
        using S = CarryOutState;
        const CarryRow rows[] = {
            {"zeimu.handler", "zeimu.kacho", "松本 拓也", "kazei", T::Paper, "課税資料（申告書写し）", 18, "税務調査（臨戸）",
             "市内 東町地区", -40, -40, S::Closed},
            {"zeimu.handler", "zeimu.kacho", "松本 拓也", "kazei", T::Usb, "暗号化USBメモリ（給与支払報告書データ）", 1,
             "税務署との資料照合", "春日部税務署", -12, -11, S::Returned},
            {"zeimu.handler", "zeimu.kacho", "松本 拓也", "kotei", T::Paper, "家屋調査票", 25, "新築家屋の現地調査",
             "市内 西町・北町地区", -4, -2, S::Out}, // overdue
            {"zeimu.handler", "zeimu.kacho", "松本 拓也", nullptr, T::Laptop, "モバイルPC（評価システム端末）", 1,
             "家屋評価の現地入力", "市内 新白岡地区", 0, 1, S::Out},
            {"fukushi.handler", "fukushi.kacho", "加藤 大輔", "seiho", T::Paper, "ケース記録（訪問用抜粋）", 6,
             "家庭訪問", "市内 受給世帯（6世帯）", 1, 1, S::Approved},
            {"fukushi.handler", "fukushi.kacho", "加藤 大輔", "seiho", T::Paper, "医療要否意見書", 3, "嘱託医への照会",
             "市内 協力医療機関", 2, 2, S::Requested},
            {"fukushi.handler", "fukushi.kacho", "加藤 大輔", nullptr, T::Optical, "研修用DVD（事例集・匿名化済み）", 1,
             "県主催研修での発表", "さいたま市 県民健康センター", -20, -20, S::Rejected},
            {"shimin.tanto", "shimin.kacho", "山本 さくら", "juki", T::Paper, "住民異動届（原本）", 40, "法務局への送付",
             "さいたま地方法務局 久喜支局", -30, -30, S::Lost},
            {"shimin.tanto", "shimin.kacho", "山本 さくら", nullptr, T::Paper, "出張窓口用 申請書様式・受付簿", 1,
             "出張窓口（マイナンバーカード申請）", "白岡市コミュニティセンター", -7, -7, S::Closed},
        };
        for (const CarryRow& r : rows)
            addCarryOut(r);
    }

    void addCarryOut(const CarryRow& r)
    {
        CarryOutService& s = m_file.carryOuts();
        CarryOut c;
        c.sectionId = m_officerSection.value(QString::fromUtf8(r.requester));
        if (r.fileKey)
            c.fileId = m_files.value(QString::fromUtf8(r.fileKey));
        c.requestedBy = person(r.carrier);
        c.itemType = r.type;
        c.description = QString::fromUtf8(r.description);
        c.recordCount = r.count;
        c.purpose = QString::fromUtf8(r.purpose);
        c.destination = QString::fromUtf8(r.destination);
        c.plannedOutOn = day(r.outDay);
        c.plannedReturnOn = day(r.returnDay);
        c.appliedMeasures = s.requiredMeasures(s.sensitivityOf(c), r.type);
        const Session& requester = as(r.requester);
        const Session& manager = as(r.manager);
        c = s.request(requester, c);
        if (r.reach == CarryOutState::Requested)
            return;
        if (r.reach == CarryOutState::Rejected) {
            s.reject(manager, c.id, QStringLiteral("匿名化の確認が済んでいないため"));
            return;
        }
        s.approve(manager, c.id);
        if (r.reach == CarryOutState::Approved)
            return;
        s.markOut(requester, c.id, at(r.outDay, 9));
        if (r.reach == CarryOutState::Out)
            return;
        if (r.reach == CarryOutState::Lost) {
            s.markLost(requester, c.id, QStringLiteral("送付途中で所在不明（調査中）"));
            return;
        }
        s.markReturned(manager, c.id, CarryOutReturn{at(r.returnDay, 16), person(r.carrier), true, true, QString()});
        if (r.reach == CarryOutState::Closed)
            s.close(manager, c.id);
    }

    CaseFile& m_file;
    QMap<QString, qint64> m_sections;
    QMap<QString, qint64> m_accounts;
    QDate m_today;
    QMap<QString, Session> m_sessions;
    QMap<QString, qint64> m_officerSection;
    QMap<QString, qint64> m_people;
    QMap<QString, qint64> m_files;
};

} // namespace

void DemoCustody::fill(CaseFile& file, const QMap<QString, qint64>& sections, const QMap<QString, qint64>& accounts)
{
    Filler(file, sections, accounts).run();
}

} // namespace mamori
