#include "accounts/AccountDialog.h"

#include "accounts/RoleRowEditor.h"
#include "common/FieldErrorLabel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "settings/CaseSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kLogin = QStringLiteral("login");
const QString kName = QStringLiteral("name");
const QString kRoles = QStringLiteral("roles");
const QString kPassword = QStringLiteral("password");
const QString kRepeat = QStringLiteral("passwordRepeat");
const QString kErrorBox = QStringLiteral("accountDialogErrorBox");

// An input with its error line underneath, as one form row.
QWidget* withError(QWidget* input, FieldErrorLabel* error, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    v->addWidget(error);
    return box;
}
} // namespace

AccountDialog::AccountDialog(CaseFile& file, QWidget* parent) : QDialog(parent), m_file(file) {
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Add account"));
    m_titles = file.accounts().titles();
    m_sections = file.sections().list();
    for (const QString& f : {kLogin, kName, kRoles, kPassword, kRepeat})
        m_errors.add(f, new FieldErrorLabel(f, this));

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setMaxLength(32);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->addItem(tr("(none)"), QVariant());
    for (const Section& s : m_sections)
        m_section->addItem(s.name, s.id);

    auto* roles = new QWidget(this);
    m_rolesLayout = new QVBoxLayout(roles);
    m_rolesLayout->setContentsMargins(0, 0, 0, 0);
    auto* addRole = new QPushButton(tr("Add role"), roles);
    addRole->setObjectName(QStringLiteral("addRoleButton"));
    m_rolesLayout->addWidget(addRole, 0, Qt::AlignLeft);
    m_rolesLayout->addWidget(m_errors.label(kRoles));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passwordRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* hint =
        new QLabel(tr("At least %1 characters. The officer should change it at the first login.")
                       .arg(file.settings().minPasswordLength()),
                   this);
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), withError(m_login, m_errors.label(kLogin), this));
    form->addRow(tr("&Name:"), withError(m_name, m_errors.label(kName), this));
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Password:"), withError(m_password, m_errors.label(kPassword), this));
    form->addRow(tr("&Repeat password:"), withError(m_repeat, m_errors.label(kRepeat), this));
    form->addRow(QString(), hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("accountDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(addRole, &QPushButton::clicked, this, [this] { addRoleRow(); });
    connect(m_section, &QComboBox::currentIndexChanged, this, [this] {
        for (RoleRowEditor* row : m_roleRows)
            row->setDefaultSection(chosenSection());
    });
    // Passwords never stay in a closed dialog's widgets.
    connect(this, &QDialog::finished, this, &AccountDialog::clearPasswords);
    addRoleRow();
}

RoleRowEditor* AccountDialog::addRoleRow() {
    auto* row = new RoleRowEditor(m_titles, m_sections, this);
    row->setDefaultSection(chosenSection());
    // Above the "Add role" button and the error line.
    m_rolesLayout->insertWidget(static_cast<int>(m_roleRows.size()), row);
    m_roleRows.append(row);
    connect(row, &RoleRowEditor::removeRequested, this, &AccountDialog::removeRoleRow);
    return row;
}

void AccountDialog::removeRoleRow(RoleRowEditor* row) {
    m_roleRows.removeOne(row);
    row->deleteLater();
}

std::optional<qint64> AccountDialog::chosenSection() const {
    const QVariant v = m_section->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

NewAccount AccountDialog::newAccount() const {
    NewAccount a;
    a.login = m_login->text().trimmed();
    a.displayName = m_name->text().trimmed();
    a.sectionId = chosenSection();
    for (const RoleRowEditor* row : m_roleRows) {
        const RoleAssignment r = row->assignment();
        if (!a.roles.contains(r))
            a.roles.append(r);
    }
    return a;
}

QString AccountDialog::fieldError(const QString& field) const {
    return m_errors.text(field);
}

void AccountDialog::clearPasswords() {
    m_password->clear();
    m_repeat->clear();
}

void AccountDialog::accept() {
    m_errors.clear();
    const NewAccount account = newAccount();
    SecureBytes password = SecureBytes::fromString(m_password->text());
    const bool same = password == SecureBytes::fromString(m_repeat->text());
    clearPasswords();

    // Every field is checked before anything is sent, so all problems show at once; core
    // checks the same again.
    bool ok = true;
    auto check = [this, &ok](const auto& validate) {
        try {
            validate();
        } catch (const Error& e) {
            m_errors.showOrInBox(e, this, kErrorBox);
            ok = false;
        }
    };
    check([&] { AccountService::validateNewLogin(account.login); });
    check([&] { AccountService::validateDisplayName(account.displayName); });
    if (account.roles.isEmpty()) {
        m_errors.label(kRoles)->showError(tr("Give the account at least one role."));
        ok = false;
    }
    for (const RoleAssignment& r : account.roles) {
        if (isSectionScoped(r.role) && !r.sectionId) {
            m_errors.label(kRoles)->showError(
                tr("This role applies to one section, and the case file has no sections yet."));
            ok = false;
        }
    }
    if (!same) {
        m_errors.label(kRepeat)->showError(tr("The two passwords are not the same."));
        ok = false;
    }
    check([&] {
        AccountService::validatePassword(password, account.login,
                                         m_file.settings().minPasswordLength());
    });
    if (!ok) {
        password.clear();
        return;
    }
    try {
        m_created = m_file.accounts().add(m_file.session(), account, password);
    } catch (const Error& e) {
        password.clear();
        m_errors.showOrInBox(e, this, kErrorBox);
        return;
    }
    password.clear();
    QDialog::accept();
}

QString AccountDialog::draftKey() const {
    return QStringLiteral("accounts/new");
}

QByteArray AccountDialog::saveDraft() {
    const NewAccount a = newAccount();
    if (a.login.isEmpty() && a.displayName.isEmpty())
        return {};
    QJsonArray roles;
    for (const RoleAssignment& r : a.roles)
        roles.append(QJsonObject{
            {QStringLiteral("role"), roleKey(r.role)},
            {QStringLiteral("section"), r.sectionId ? QJsonValue(*r.sectionId) : QJsonValue()}});
    const QJsonObject o{
        {QStringLiteral("login"), a.login},
        {QStringLiteral("name"), a.displayName},
        {QStringLiteral("section"), a.sectionId ? QJsonValue(*a.sectionId) : QJsonValue()},
        {QStringLiteral("roles"), roles}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void AccountDialog::restoreDraft(const QByteArray& draft) {
    const QJsonObject o = QJsonDocument::fromJson(draft).object();
    if (o.isEmpty())
        return;
    m_login->setText(o.value(QStringLiteral("login")).toString());
    m_name->setText(o.value(QStringLiteral("name")).toString());
    const QJsonValue section = o.value(QStringLiteral("section"));
    const int s =
        section.isDouble() ? m_section->findData(static_cast<qint64>(section.toDouble())) : 0;
    m_section->setCurrentIndex(s >= 0 ? s : 0);
    const QJsonArray roles = o.value(QStringLiteral("roles")).toArray();
    if (roles.isEmpty())
        return;
    const QList<RoleRowEditor*> previous = m_roleRows;
    for (RoleRowEditor* row : previous)
        removeRoleRow(row);
    for (const QJsonValue& v : roles) {
        const QJsonObject r = v.toObject();
        const auto role = roleFromKey(r.value(QStringLiteral("role")).toString());
        if (!role)
            continue;
        const QJsonValue rs = r.value(QStringLiteral("section"));
        addRoleRow()->setAssignment(
            {*role, rs.isDouble() ? std::optional<qint64>(static_cast<qint64>(rs.toDouble()))
                                  : std::nullopt});
    }
}

} // namespace mamori::ui
