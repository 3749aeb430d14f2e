// Attachments of disposals and their certificates: recognised from their bytes, checked for
// structure (PNG chunks and CRCs, JPEG segments to EOI, PDF trailer), at most 20 MB, SHA-256
// recorded and re-checked, bytes only inside the encrypted case file, reads journaled.
#include "ErrorOf.h"
#include "TestCase.h"

#include "custody/AttachmentFormat.h"
#include "custody/DisposalService.h"
#include "demo/DemoImages.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QtEndian>
#include <QtTest>

using namespace mamori;
using namespace mamori::test;

namespace {
// A structurally valid baseline JPEG: SOI, JFIF APP0, DQT, SOF0, DHT, SOS, entropy data with a
// stuffed byte and a restart marker, EOI. Nothing decodes it here: core checks structure only.
QByteArray jpeg(const QByteArray& comment = {})
{
    QByteArray b = QByteArray::fromHex("ffd8");
    b += QByteArray::fromHex("ffe000104a46494600010100000100010000");
    if (!comment.isEmpty()) {
        QByteArray len(2, '\0');
        qToBigEndian(quint16(comment.size() + 2), len.data());
        b += QByteArray::fromHex("fffe") + len + comment;
    }
    b += QByteArray::fromHex("ffdb004300") + QByteArray(64, '\x10');
    b += QByteArray::fromHex("ffc0000b080010001001011100");
    b += QByteArray::fromHex("ffc4001f0000010501010101010100000000000000000102030405060708090a0b");
    b += QByteArray::fromHex("ffda000801010000003f00");
    b += QByteArray::fromHex("d2cf20ff0012a4ffd0a5b6c7");
    b += QByteArray::fromHex("ffd9");
    return b;
}

// A one-page PDF with a correct cross-reference table and trailer.
QByteArray pdf(const QByteArray& text = "Disposal certificate")
{
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    const QByteArray stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray png(const QByteArray& text = {})
{
    return DemoImages::certificatePhoto(48, 32, text);
}

// A PNG of exactly `size` bytes, padded with a private ancillary chunk before IEND.
QByteArray pngOfSize(qint64 size)
{
    const QByteArray base = png();
    const QByteArray iend = base.right(12);
    QByteArray head = base.left(base.size() - 12);
    const qint64 pad = size - base.size() - 12; // the padding chunk's own length, type and CRC
    QByteArray data(pad, 'x');
    QByteArray typed = "prVt" + data;
    QByteArray len(4, '\0'), crc(4, '\0');
    qToBigEndian(quint32(data.size()), len.data());
    qToBigEndian(AttachmentFormat::crc32(typed), crc.data());
    return head + len + typed + crc + iend;
}

struct World {
    qint64 own = 0, other = 0;
    Session manager, handler, staff, otherManager;
    qint64 disposal = 0;
};

World world(TempCase& tc)
{
    World w;
    w.own = tc.addSection(QStringLiteral("0101"), QStringLiteral("税務課"));
    w.other = tc.addSection(QStringLiteral("0102"), QStringLiteral("市民課"));
    const qint64 m = tc.addAccount(QStringLiteral("mgr"), Role::UnitManager, w.own);
    const qint64 h = tc.addAccount(QStringLiteral("handler"), Role::Handler, w.own);
    const qint64 s = tc.addAccount(QStringLiteral("staff"), Role::Staff, w.own);
    const qint64 o = tc.addAccount(QStringLiteral("mgr2"), Role::UnitManager, w.other);
    w.manager = Session(m, QStringLiteral("mgr"), QStringLiteral("mgr"), {{Role::UnitManager, w.own}}, false);
    w.handler = Session(h, QStringLiteral("handler"), QStringLiteral("handler"), {{Role::Handler, w.own}}, false);
    w.staff = Session(s, QStringLiteral("staff"), QStringLiteral("staff"), {{Role::Staff, w.own}}, false);
    w.otherManager = Session(o, QStringLiteral("mgr2"), QStringLiteral("mgr2"), {{Role::UnitManager, w.other}}, false);
    Person p;
    p.staffNo = QStringLiteral("P001");
    p.name = QStringLiteral("試験 太郎");
    p.kana = QStringLiteral("シケン タロウ");
    p.sectionId = w.own;
    const qint64 person = tc.file().people().add(tc.admin(), p).id;
    Disposal d;
    d.sectionId = w.own;
    d.requestedBy = person;
    d.description = QStringLiteral("課税資料");
    d.method = DisposalMethod::Dissolution;
    d.performer = DisposalPerformer::Contractor;
    d.contractorName = QStringLiteral("株式会社試験");
    d.subcontractTier = 1;
    d.plannedOn = QDate(2025, 11, 20);
    w.disposal = tc.file().disposals().plan(w.handler, d).id;
    return w;
}

QString sha256Hex(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TestAttachments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addRow("png") << png() << QStringLiteral("image/png");
        QTest::addRow("jpeg") << jpeg() << QStringLiteral("image/jpeg");
        QTest::addRow("jpeg with comment") << jpeg("scanned") << QStringLiteral("image/jpeg");
        QTest::addRow("pdf") << pdf() << QStringLiteral("application/pdf");
        QTest::addRow("pdf after junk") << (QByteArray("\r\n\r\n") + pdf()) << QStringLiteral("application/pdf");
    }
    void recognised()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QCOMPARE(AttachmentFormat::mediaType(AttachmentFormat::check(bytes)), mediaType);
    }
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray p = png();
        const QByteArray j = jpeg();
        const QByteArray d = pdf();
        QByteArray flipped = p;
        flipped[p.size() - 20] = char(flipped[p.size() - 20] ^ 0x01); // inside IDAT: the CRC no longer matches
        QByteArray zeroWidth = DemoImages::png(1, 1, QByteArray(3, '\0'));
        zeroWidth.replace(16, 4, QByteArray(4, '\0'));
        QByteArray longSegment = j;
        longSegment[4] = char(0x7f); // APP0 length runs past the end
        QByteArray wrongXref = d;
        wrongXref.replace(wrongXref.lastIndexOf("startxref\n") + 10, 1, "1");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::addRow("text") << QByteArray("受領書\n") << QStringLiteral("JPEG or PNG");
        QTest::addRow("zip") << QByteArray::fromHex("504b0304140000000800") << QStringLiteral("JPEG or PNG");
        QTest::addRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << QStringLiteral("JPEG or PNG");
        QTest::addRow("png truncated") << p.left(p.size() - 30) << QStringLiteral("PNG");
        QTest::addRow("png without IEND") << p.left(p.size() - 12) << QStringLiteral("PNG");
        QTest::addRow("png bad crc") << flipped << QStringLiteral("PNG");
        QTest::addRow("png signature only") << p.left(8) << QStringLiteral("PNG");
        QTest::addRow("png zero width") << zeroWidth << QStringLiteral("PNG");
        QTest::addRow("jpeg truncated") << j.left(j.size() - 2) << QStringLiteral("JPEG");
        QTest::addRow("jpeg segment too long") << longSegment << QStringLiteral("JPEG");
        QTest::addRow("jpeg without scan") << (j.left(2) + QByteArray::fromHex("ffd9")) << QStringLiteral("JPEG");
        QTest::addRow("pdf truncated") << d.left(d.size() / 2) << QStringLiteral("PDF");
        QTest::addRow("pdf wrong xref") << wrongXref << QStringLiteral("PDF");
        QTest::addRow("pdf header only") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
        QTest::addRow("too large") << QByteArray(AttachmentFormat::kMaxBytes + 1, 'x') << QStringLiteral("20 MB");
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Error e = errorOf([&] { AttachmentFormat::check(bytes); });
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QCOMPARE(e.field(), QStringLiteral("attachment"));
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        // Through the service: nothing stored, nothing journaled.
        TempCase tc;
        const World w = world(tc);
        JournalFilter jf;
        jf.entity = QStringLiteral("disposal_attachment");
        const Error viaService = errorOf([&] { tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("x.png"), bytes); });
        QCOMPARE(viaService.code(), ErrorCode::InvalidArgument);
        QCOMPARE(viaService.message(), e.message());
        QCOMPARE(tc.file().disposals().get(w.handler, w.disposal).attachments.size(), 0);
        QCOMPARE(tc.file().journal().page(jf, 0, 10).size(), 0);
        Statement count = tc.file().db().prepare("SELECT count(*) FROM attachment_contents");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 0);
    }
    void sizeLimitIsInclusive()
    {
        const QByteArray exact = pngOfSize(AttachmentFormat::kMaxBytes);
        QCOMPARE(exact.size(), AttachmentFormat::kMaxBytes);
        QCOMPARE(AttachmentFormat::check(exact), AttachmentKind::Png);
        TempCase tc;
        const World w = world(tc);
        const AttachmentInfo a = tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("big.png"), exact);
        QCOMPARE(a.size, AttachmentFormat::kMaxBytes);
        QCOMPARE(tc.file().disposals().attachmentContent(w.handler, a.id), exact);
        const QByteArray over = pngOfSize(AttachmentFormat::kMaxBytes + 1);
        const Error e = errorOf([&] { tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("big.png"), over); });
        QVERIFY2(e.message().contains(QStringLiteral("20 MB")), qPrintable(e.message()));
    }
    void pdfPages()
    {
        QCOMPARE(AttachmentFormat::pdfPageCount(pdf()), 1);
        QCOMPARE(AttachmentFormat::pdfPageCount(QByteArray("<< /Type /Pages /Count 2 >> <</Type/Page>> <</Type /Page/X 1>>")), 2);
        TempCase tc;
        const World w = world(tc);
        QCOMPARE(tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("scan.pdf"), pdf()).pageCount, 1);
    }
    void sha256RecordedAndChecked()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const QByteArray bytes = jpeg("photo");
        const AttachmentInfo a = s.attach(w.handler, w.disposal, QStringLiteral("C:\\Scans\\photo 1.jpg"), bytes, QStringLiteral("廃棄前"));
        QCOMPARE(a.sha256, sha256Hex(bytes));
        QCOMPARE(a.mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(a.size, bytes.size());
        QCOMPARE(a.addedByAccount, w.handler.accountId());
        const AttachmentInfo stored = s.attachmentInfo(w.manager, a.id);
        QCOMPARE(stored.sha256, a.sha256);
        QCOMPARE(stored.caption, QStringLiteral("廃棄前"));
        QCOMPARE(s.attachmentContent(w.manager, a.id), bytes);
        // Altered in the file (with the key): reading it says so instead of showing other bytes.
        tc.file().db().exec("UPDATE attachment_contents SET content = x'ffd8ffd9'");
        QCOMPARE(errorOf([&] { s.attachmentContent(w.manager, a.id); }).code(), ErrorCode::Damaged);
    }
    void typeComesFromContentNotName()
    {
        TempCase tc;
        const World w = world(tc);
        const AttachmentInfo a = tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("scan.jpg"), pdf());
        QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
        const Error e = errorOf([&] {
            tc.file().disposals().attach(w.handler, w.disposal, QStringLiteral("photo.png"), QByteArray("not a picture"));
        });
        QCOMPARE(e.field(), QStringLiteral("attachment"));
    }
    void readsAreJournaledAndPermitted()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const AttachmentInfo a = s.attach(w.handler, w.disposal, QStringLiteral("p.png"), png());
        JournalFilter views;
        views.entity = QStringLiteral("disposal_attachment");
        views.action = JournalAction::View;
        QCOMPARE(tc.file().journal().page(views, 0, 10).size(), 0);
        s.attachmentContent(w.manager, a.id);
        const QList<JournalEntry> seen = tc.file().journal().page(views, 0, 10);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().entityId, QString::number(a.id));
        QCOMPARE(seen.first().login, QStringLiteral("mgr"));
        QCOMPARE(errorOf([&] { s.attachmentContent(w.staff, a.id); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { s.attachmentContent(w.otherManager, a.id); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(errorOf([&] { s.attachmentContent(w.manager, a.id + 100); }).code(), ErrorCode::NotFound);
        // Export needs ExportPersonalData: the manager has it, a handler does not.
        QCOMPARE(errorOf([&] { s.exportAttachment(w.handler, a.id); }).code(), ErrorCode::PermissionDenied);
        QCOMPARE(s.exportAttachment(w.manager, a.id), png());
        JournalFilter exports;
        exports.entity = QStringLiteral("disposal_attachment");
        exports.action = JournalAction::Export;
        QCOMPARE(tc.file().journal().page(exports, 0, 10).size(), 1);
        // Removing needs write access and is journaled.
        QCOMPARE(errorOf([&] { s.removeAttachment(w.staff, a.id); }).code(), ErrorCode::PermissionDenied);
        s.removeAttachment(w.handler, a.id);
        QCOMPARE(s.get(w.manager, w.disposal).attachments.size(), 0);
        Statement count = tc.file().db().prepare("SELECT count(*) FROM attachment_contents");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 0);
    }
    void certificateAttachmentsBelongToTheirDisposal()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        const Error e = errorOf([&] { s.attach(w.handler, w.disposal, QStringLiteral("x.png"), png(), QString(), 12345); });
        QCOMPARE(e.field(), QStringLiteral("certificate"));
    }
    void listsCarryMetadataOnly()
    {
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        for (int i = 0; i < 5; ++i)
            s.attach(w.handler, w.disposal, QStringLiteral("p%1.png").arg(i), png());
        JournalFilter views;
        views.entity = QStringLiteral("disposal_attachment");
        views.action = JournalAction::View;
        const QList<Disposal> list = s.list(w.manager);
        QCOMPARE(list.first().attachments.size(), 5);
        QCOMPARE(list.first().attachments.at(3).fileName, QStringLiteral("p3.png"));
        // Listing read no attachment's bytes.
        QCOMPARE(tc.file().journal().page(views, 0, 10).size(), 0);
    }
    void noPlaintextOnDisk()
    {
        const QByteArray canary = "attachment.plaintext.canary";
        const QStringList tempBefore = QDir(QDir::tempPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        TempCase tc;
        const World w = world(tc);
        DisposalService& s = tc.file().disposals();
        s.attach(w.handler, w.disposal, QStringLiteral("p.png"), png(canary));
        s.attach(w.handler, w.disposal, QStringLiteral("c.pdf"), pdf(canary));
        s.attach(w.handler, w.disposal, QStringLiteral("j.jpg"), jpeg(canary));
        QCOMPARE(s.attachmentContent(w.manager, s.get(w.manager, w.disposal).attachments.first().id), png(canary));
        // While open, the WAL holds the new pages; after closing, the database does.
        QVERIFY(QFileInfo::exists(tc.file().databasePath() + QStringLiteral("-wal")));
        QCOMPARE(filesContaining(tc.dir(), canary), QStringList());
        QCOMPARE(filesContaining(tc.dir(), QByteArray::fromHex("89504e470d0a1a0a")), QStringList());
        tc.close();
        QCOMPARE(filesContaining(tc.dir(), canary), QStringList());
        const QStringList tempAfter = QDir(QDir::tempPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString& name : tempAfter) {
            if (tempBefore.contains(name))
                continue;
            const QString path = QDir(QDir::tempPath()).filePath(name);
            QCOMPARE(filesContaining(path, canary), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
