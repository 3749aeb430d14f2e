<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>preliminary</source>
            <translation>preliminary</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>APPI</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>My Number</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>Open incidents by stage: %n</source>
            <translation>
                <numerusform>Open incidents by stage: %n</numerusform>
                <numerusform>Open incidents by stage: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Open incidents</translation>
        </message>
        <message>
            <source>Days to the next PPC deadline: no report is due</source>
            <translation>Days to the next PPC deadline: no report is due</translation>
        </message>
        <message>
            <source>Days to the next PPC deadline</source>
            <translation>Days to the next PPC deadline</translation>
        </message>
        <message>
            <source>2 days or less</source>
            <translation>2 days or less</translation>
        </message>
        <message>
            <source>3 days or more</source>
            <translation>3 days or more</translation>
        </message>
        <message>
            <source>%1: due %2</source>
            <translation>%1: due %2</translation>
        </message>
        <message>
            <source>days left (negative: overdue)</source>
            <translation>days left (negative: overdue)</translation>
        </message>
        <message>
            <source>Carry-outs out: none</source>
            <translation>Carry-outs out: none</translation>
        </message>
        <message>
            <source>Carry-outs out and overdue by section</source>
            <translation>Carry-outs out and overdue by section</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Disposals per month and their certificates</source>
            <translation>Disposals per month and their certificates</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>In-house</translation>
        </message>
        <message>
            <source>Certificate kept</source>
            <translation>Certificate kept</translation>
        </message>
        <message>
            <source>Awaiting certificate</source>
            <translation>Awaiting certificate</translation>
        </message>
        <message>
            <source>month, %1 to %2</source>
            <translation>month, %1 to %2</translation>
        </message>
        <message>
            <source>Access-right reviews due: none</source>
            <translation>Access-right reviews due: none</translation>
        </message>
        <message>
            <source>Access-right reviews due by section</source>
            <translation>Access-right reviews due by section</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day(s)</numerusform>
                <numerusform>Due within %n day(s)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyDialog</name>
        <message>
            <source>%1 (read only)</source>
            <translation>%1 (read only)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Case management for personal-information protection officers.</source>
            <translation>Case management for personal-information protection officers.</translation>
        </message>
        <message>
            <source>Open the demo case file (invented data).</source>
            <translation>Open the demo case file (invented data).</translation>
        </message>
        <message>
            <source>The case file folder to open.</source>
            <translation>The case file folder to open.</translation>
        </message>
        <message>
            <source>Mamori</source>
            <translation>Mamori</translation>
        </message>
        <message>
            <source>Mamori cannot start: the SQLite library it uses is not SQLCipher, so case files could not be encrypted. Please reinstall Mamori.</source>
            <translation>Mamori cannot start: the SQLite library it uses is not SQLCipher, so case files could not be encrypted. Please reinstall Mamori.</translation>
        </message>
    </context>
    <context>
        <name>mamori::AccountService</name>
        <message>
            <source>A login has 2 to 32 letters, digits, dots, hyphens or underscores and starts with a letter or digit.</source>
            <translation>A login has 2 to 32 letters, digits, dots, hyphens or underscores and starts with a letter or digit.</translation>
        </message>
        <message>
            <source>Enter the officer's name (at most 100 characters).</source>
            <translation>Enter the officer's name (at most 100 characters).</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <source>The password must not contain the login or repeat one character.</source>
            <translation>The password must not contain the login or repeat one character.</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>Give the account at least one role.</translation>
        </message>
        <message>
            <source>The role %1 applies to one section: choose the section.</source>
            <translation>The role %1 applies to one section: choose the section.</translation>
        </message>
        <message>
            <source>The role %1 applies to the whole city, not to a section.</source>
            <translation>The role %1 applies to the whole city, not to a section.</translation>
        </message>
        <message>
            <source>The section does not exist.</source>
            <translation>The section does not exist.</translation>
        </message>
        <message>
            <source>The account does not exist.</source>
            <translation>The account does not exist.</translation>
        </message>
        <message>
            <source>An account with this login already exists.</source>
            <translation>An account with this login already exists.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>This is the last active administrator account; it cannot be disabled.</source>
            <translation>This is the last active administrator account; it cannot be disabled.</translation>
        </message>
        <message>
            <source>At least one active account must keep the SYSTEM_ADMIN role.</source>
            <translation>At least one active account must keep the SYSTEM_ADMIN role.</translation>
        </message>
        <message>
            <source>The recovery session has no password of its own.</source>
            <translation>The recovery session has no password of its own.</translation>
        </message>
        <message>
            <source>The current password is not correct.</source>
            <translation>The current password is not correct.</translation>
        </message>
    </context>
    <context>
        <name>mamori::Argon2Kdf</name>
        <message>
            <source>Key derivation failed: %1</source>
            <translation>Key derivation failed: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::AssessmentJson</name>
        <message>
            <source>The key "aware_at" is required: the date the city became aware, as YYYY-MM-DD.</source>
            <translation>The key "aware_at" is required: the date the city became aware, as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The key "aware_at" must be a date written YYYY-MM-DD.</source>
            <translation>The key "aware_at" must be a date written YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>The key "aware_at" is not a date of the calendar: %1.</source>
            <translation>The key "aware_at" is not a date of the calendar: %1.</translation>
        </message>
        <message>
            <source>The key "aware_at" is in the future (%1; today is %2): the awareness date is a day that has come.</source>
            <translation>The key "aware_at" is in the future (%1; today is %2): the awareness date is a day that has come.</translation>
        </message>
        <message>
            <source>The key "persons" is required: the number of persons affected (an integer, 0 or more).</source>
            <translation>The key "persons" is required: the number of persons affected (an integer, 0 or more).</translation>
        </message>
        <message>
            <source>The key "persons" must be a whole number (0 or more).</source>
            <translation>The key "persons" must be a whole number (0 or more).</translation>
        </message>
        <message>
            <source>The key "persons" cannot be negative.</source>
            <translation>The key "persons" cannot be negative.</translation>
        </message>
        <message>
            <source>The input is not JSON: %1 at character %2.</source>
            <translation>The input is not JSON: %1 at character %2.</translation>
        </message>
        <message>
            <source>The input must be one JSON object.</source>
            <translation>The input must be one JSON object.</translation>
        </message>
        <message>
            <source>Unknown key "%1". Known keys: %2.</source>
            <translation>Unknown key "%1". Known keys: %2.</translation>
        </message>
        <message>
            <source>The key "%1" must be true or false.</source>
            <translation>The key "%1" must be true or false.</translation>
        </message>
    </context>
    <context>
        <name>mamori::AttachmentFormat</name>
        <message>
            <source>The attachment is empty.</source>
            <translation>The attachment is empty.</translation>
        </message>
        <message>
            <source>The attachment is %1 MB; at most 20 MB can be attached.</source>
            <translation>The attachment is %1 MB; at most 20 MB can be attached.</translation>
        </message>
        <message>
            <source>The attachment is not a photo or a scan: attach a JPEG or PNG image or a PDF file.</source>
            <translation>The attachment is not a photo or a scan: attach a JPEG or PNG image or a PDF file.</translation>
        </message>
        <message>
            <source>The PNG image is damaged or incomplete and cannot be attached.</source>
            <translation>The PNG image is damaged or incomplete and cannot be attached.</translation>
        </message>
        <message>
            <source>The JPEG image is damaged or incomplete and cannot be attached.</source>
            <translation>The JPEG image is damaged or incomplete and cannot be attached.</translation>
        </message>
        <message>
            <source>The PDF file is damaged or incomplete and cannot be attached.</source>
            <translation>The PDF file is damaged or incomplete and cannot be attached.</translation>
        </message>
    </context>
    <context>
        <name>mamori::AttachmentStore</name>
        <message>
            <source>The caption has at most 200 characters.</source>
            <translation>The caption has at most 200 characters.</translation>
        </message>
        <message>
            <source>This attachment does not exist.</source>
            <translation>This attachment does not exist.</translation>
        </message>
        <message>
            <source>The attachment no longer matches the SHA-256 recorded when it was attached.</source>
            <translation>The attachment no longer matches the SHA-256 recorded when it was attached.</translation>
        </message>
    </context>
    <context>
        <name>mamori::Backup</name>
        <message>
            <source>The backup could not be written (is the disk full?). No backup was made.</source>
            <translation>The backup could not be written (is the disk full?). No backup was made.</translation>
        </message>
        <message>
            <source>%1 is not a complete Mamori backup (damaged or truncated).</source>
            <translation>%1 is not a complete Mamori backup (damaged or truncated).</translation>
        </message>
        <message>
            <source>The database is busy; try the backup again.</source>
            <translation>The database is busy; try the backup again.</translation>
        </message>
        <message>
            <source>The case file could not be read for the backup.</source>
            <translation>The case file could not be read for the backup.</translation>
        </message>
        <message>
            <source>The backup file %1 could not be created.</source>
            <translation>The backup file %1 could not be created.</translation>
        </message>
        <message>
            <source>The backup %1 could not be opened.</source>
            <translation>The backup %1 could not be opened.</translation>
        </message>
        <message>
            <source>%1 is not a Mamori backup.</source>
            <translation>%1 is not a Mamori backup.</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty.</source>
            <translation>%1 already exists and is not empty.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Mamori.</source>
            <translation>This backup was made by a newer version of Mamori.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>The folder %1 could not be created.</translation>
        </message>
        <message>
            <source>The restored case file could not be written (is the disk full?).</source>
            <translation>The restored case file could not be written (is the disk full?).</translation>
        </message>
        <message>
            <source>The restored case file could not be moved into place.</source>
            <translation>The restored case file could not be moved into place.</translation>
        </message>
    </context>
    <context>
        <name>mamori::CarryOutService</name>
        <message>
            <source>This carry-out does not exist.</source>
            <translation>This carry-out does not exist.</translation>
        </message>
        <message>
            <source>The carry-out %1 is %2: it cannot be %3 now.</source>
            <translation>The carry-out %1 is %2: it cannot be %3 now.</translation>
        </message>
        <message>
            <source>Only the unit manager of the section may approve or reject a carry-out.</source>
            <translation>Only the unit manager of the section may approve or reject a carry-out.</translation>
        </message>
        <message>
            <source>Every rule must be of the sensitivity level being set.</source>
            <translation>Every rule must be of the sensitivity level being set.</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>Choose an existing section.</translation>
        </message>
        <message>
            <source>Choose a file of the register kept by this section.</source>
            <translation>Choose a file of the register kept by this section.</translation>
        </message>
        <message>
            <source>Choose the person who carries the item out.</source>
            <translation>Choose the person who carries the item out.</translation>
        </message>
        <message>
            <source>Describe what is carried out (at most 500 characters).</source>
            <translation>Describe what is carried out (at most 500 characters).</translation>
        </message>
        <message>
            <source>The number of records cannot be negative.</source>
            <translation>The number of records cannot be negative.</translation>
        </message>
        <message>
            <source>Enter the purpose of the carry-out (at most 1000 characters).</source>
            <translation>Enter the purpose of the carry-out (at most 1000 characters).</translation>
        </message>
        <message>
            <source>Enter the destination (at most 500 characters).</source>
            <translation>Enter the destination (at most 500 characters).</translation>
        </message>
        <message>
            <source>Enter the planned date of departure.</source>
            <translation>Enter the planned date of departure.</translation>
        </message>
        <message>
            <source>The planned return cannot be before the planned departure.</source>
            <translation>The planned return cannot be before the planned departure.</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>Nobody may approve their own carry-out request.</source>
            <translation>Nobody may approve their own carry-out request.</translation>
        </message>
        <message>
            <source>These measures are required before approval: %1.</source>
            <translation>These measures are required before approval: %1.</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>Nobody may decide on their own carry-out request.</source>
            <translation>Nobody may decide on their own carry-out request.</translation>
        </message>
        <message>
            <source>Enter the reason for the rejection (at most 1000 characters).</source>
            <translation>Enter the reason for the rejection (at most 1000 characters).</translation>
        </message>
        <message>
            <source>taken out</source>
            <translation>taken out</translation>
        </message>
        <message>
            <source>Enter the date and time the item left.</source>
            <translation>Enter the date and time the item left.</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>The return cannot be before the item left (%1).</source>
            <translation>The return cannot be before the item left (%1).</translation>
        </message>
        <message>
            <source>Choose the person who brings the item back.</source>
            <translation>Choose the person who brings the item back.</translation>
        </message>
        <message>
            <source>The return must be checked by someone other than the person who brings it back.</source>
            <translation>The return must be checked by someone other than the person who brings it back.</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>reported lost</source>
            <translation>reported lost</translation>
        </message>
        <message>
            <source>Describe how and when the item was lost (at most 2000 characters).</source>
            <translation>Describe how and when the item was lost (at most 2000 characters).</translation>
        </message>
        <message>
            <source>No carry-out has this control number.</source>
            <translation>No carry-out has this control number.</translation>
        </message>
        <message>
            <source>A page needs a positive size and offset.</source>
            <translation>A page needs a positive size and offset.</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseFile</name>
        <message>
            <source>The case file %1 does not exist.</source>
            <translation>The case file %1 does not exist.</translation>
        </message>
        <message>
            <source>%1 is not a Mamori case file.</source>
            <translation>%1 is not a Mamori case file.</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its key-slot file is missing. Restore it from a backup.</source>
            <translation>The case file %1 is damaged: its key-slot file is missing. Restore it from a backup.</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its key-slot file is corrupt or truncated. Restore it from a backup.</source>
            <translation>The case file %1 is damaged: its key-slot file is corrupt or truncated. Restore it from a backup.</translation>
        </message>
        <message>
            <source>The case file %1 was made by a newer version of Mamori. Please update Mamori.</source>
            <translation>The case file %1 was made by a newer version of Mamori. Please update Mamori.</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its database is missing, empty or truncated. Restore it from a backup.</source>
            <translation>The case file %1 is damaged: its database is missing, empty or truncated. Restore it from a backup.</translation>
        </message>
        <message>
            <source>The case file is closed.</source>
            <translation>The case file is closed.</translation>
        </message>
        <message>
            <source>You do not have permission to do this (%1).</source>
            <translation>You do not have permission to do this (%1).</translation>
        </message>
        <message>
            <source>The case file is inconsistent: the account has a key slot but no record.</source>
            <translation>The case file is inconsistent: the account has a key slot but no record.</translation>
        </message>
        <message>
            <source>This account has been disabled.</source>
            <translation>This account has been disabled.</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty.</source>
            <translation>%1 already exists and is not empty.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>The folder %1 could not be created.</translation>
        </message>
        <message>
            <source>The linked SQLite library is not SQLCipher; refusing to store data unencrypted.</source>
            <translation>The linked SQLite library is not SQLCipher; refusing to store data unencrypted.</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Enter your login.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>That is not a recovery code: it has 32 letters and digits in groups of four.</source>
            <translation>That is not a recovery code: it has 32 letters and digits in groups of four.</translation>
        </message>
        <message>
            <source>This account has been disabled. Ask an administrator.</source>
            <translation>This account has been disabled. Ask an administrator.</translation>
        </message>
        <message>
            <source>The case file has no recovery slot.</source>
            <translation>The case file has no recovery slot.</translation>
        </message>
        <message>
            <source>There is no account with that login in this case file.</source>
            <translation>There is no account with that login in this case file.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords for this account. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords for this account. Try again in %n second(s).</numerusform>
                <numerusform>Too many wrong passwords for this account. Try again in %n second(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>The recovery code is not correct.</source>
            <translation>The recovery code is not correct.</translation>
        </message>
        <message>
            <source>The password is not correct.</source>
            <translation>The password is not correct.</translation>
        </message>
        <message>
            <source>The key-slot file has been altered. Restore it from a backup.</source>
            <translation>The key-slot file has been altered. Restore it from a backup.</translation>
        </message>
        <message>
            <source>The linked SQLite library is not SQLCipher.</source>
            <translation>The linked SQLite library is not SQLCipher.</translation>
        </message>
        <message>
            <source>The database of the case file is empty.</source>
            <translation>The database of the case file is empty.</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseLock</name>
        <message>
            <source>This case file is already open in another Mamori (computer %1, process %2). Close it there first.</source>
            <translation>This case file is already open in another Mamori (computer %1, process %2). Close it there first.</translation>
        </message>
        <message>
            <source>The case folder is read-only. Mamori needs to write to it; copy it to a writable place.</source>
            <translation>The case folder is read-only. Mamori needs to write to it; copy it to a writable place.</translation>
        </message>
        <message>
            <source>The case folder could not be locked.</source>
            <translation>The case folder could not be locked.</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseSettings</name>
        <message>
            <source>Invalid value for setting %1.</source>
            <translation>Invalid value for setting %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::Database</name>
        <message>
            <source>The database could not be opened.</source>
            <translation>The database could not be opened.</translation>
        </message>
        <message>
            <source>The database of the case file is damaged or unreadable.</source>
            <translation>The database of the case file is damaged or unreadable.</translation>
        </message>
        <message>
            <source>The database key could not be applied.</source>
            <translation>The database key could not be applied.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved.</source>
            <translation>The disk is full. Nothing was saved.</translation>
        </message>
        <message>
            <source>The case file is read-only.</source>
            <translation>The case file is read-only.</translation>
        </message>
        <message>
            <source>The database of the case file is damaged.</source>
            <translation>The database of the case file is damaged.</translation>
        </message>
        <message>
            <source>Database error.</source>
            <translation>Database error.</translation>
        </message>
        <message>
            <source>The record conflicts with an existing one.</source>
            <translation>The record conflicts with an existing one.</translation>
        </message>
        <message>
            <source>The case file could not be read or written.</source>
            <translation>The case file could not be read or written.</translation>
        </message>
        <message>
            <source>An operation inside this batch failed; the whole batch was undone.</source>
            <translation>An operation inside this batch failed; the whole batch was undone.</translation>
        </message>
    </context>
    <context>
        <name>mamori::DisposalForms</name>
        <message>
            <source>%1 was destroyed by a contractor: its certificate is the contractor's own. Keep it with the disposal as an attachment; Mamori issues certificates only for disposals done in-house.</source>
            <translation>%1 was destroyed by a contractor: its certificate is the contractor's own. Keep it with the disposal as an attachment; Mamori issues certificates only for disposals done in-house.</translation>
        </message>
        <message>
            <source>%1 has not been approved yet: a certificate can be printed once the disposal is approved.</source>
            <translation>%1 has not been approved yet: a certificate can be printed once the disposal is approved.</translation>
        </message>
        <message>
            <source>%1 was cancelled: nothing was destroyed, so there is nothing to certify.</source>
            <translation>%1 was cancelled: nothing was destroyed, so there is nothing to certify.</translation>
        </message>
    </context>
    <context>
        <name>mamori::DisposalService</name>
        <message>
            <source>This disposal does not exist.</source>
            <translation>This disposal does not exist.</translation>
        </message>
        <message>
            <source>The disposal %1 is %2: it cannot be %3 now.</source>
            <translation>The disposal %1 is %2: it cannot be %3 now.</translation>
        </message>
        <message>
            <source>Only the unit manager of the section may approve or verify a disposal.</source>
            <translation>Only the unit manager of the section may approve or verify a disposal.</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>Choose an existing section.</translation>
        </message>
        <message>
            <source>Choose a file of the register kept by this section.</source>
            <translation>Choose a file of the register kept by this section.</translation>
        </message>
        <message>
            <source>Choose the person who asks for the disposal.</source>
            <translation>Choose the person who asks for the disposal.</translation>
        </message>
        <message>
            <source>Describe what is disposed of (at most 500 characters).</source>
            <translation>Describe what is disposed of (at most 500 characters).</translation>
        </message>
        <message>
            <source>The model has at most 200 characters.</source>
            <translation>The model has at most 200 characters.</translation>
        </message>
        <message>
            <source>Enter the serial number of every medium or disk to be destroyed.</source>
            <translation>Enter the serial number of every medium or disk to be destroyed.</translation>
        </message>
        <message>
            <source>A serial number has at most 100 characters.</source>
            <translation>A serial number has at most 100 characters.</translation>
        </message>
        <message>
            <source>Each serial number is listed once (at most 1000).</source>
            <translation>Each serial number is listed once (at most 1000).</translation>
        </message>
        <message>
            <source>The quantity is at least 1.</source>
            <translation>The quantity is at least 1.</translation>
        </message>
        <message>
            <source>The quantity is smaller than the number of serial numbers.</source>
            <translation>The quantity is smaller than the number of serial numbers.</translation>
        </message>
        <message>
            <source>The number of records cannot be negative.</source>
            <translation>The number of records cannot be negative.</translation>
        </message>
        <message>
            <source>The basis has at most 500 characters.</source>
            <translation>The basis has at most 500 characters.</translation>
        </message>
        <message>
            <source>This method cannot destroy this kind of item: paper is shredded, dissolved, incinerated or destroyed; media and disks are not dissolved.</source>
            <translation>This method cannot destroy this kind of item: paper is shredded, dissolved, incinerated or destroyed; media and disks are not dissolved.</translation>
        </message>
        <message>
            <source>Name the overwrite tool and the standard it follows.</source>
            <translation>Name the overwrite tool and the standard it follows.</translation>
        </message>
        <message>
            <source>The method details have at most 500 characters.</source>
            <translation>The method details have at most 500 characters.</translation>
        </message>
        <message>
            <source>Enter the contractor's name (at most 200 characters).</source>
            <translation>Enter the contractor's name (at most 200 characters).</translation>
        </message>
        <message>
            <source>Enter the subcontract tier: 1 for the contractor itself, 2 for its subcontractor, and so on (at most 9).</source>
            <translation>Enter the subcontract tier: 1 for the contractor itself, 2 for its subcontractor, and so on (at most 9).</translation>
        </message>
        <message>
            <source>An in-house disposal has no contractor.</source>
            <translation>An in-house disposal has no contractor.</translation>
        </message>
        <message>
            <source>An in-house disposal has no subcontract tier.</source>
            <translation>An in-house disposal has no subcontract tier.</translation>
        </message>
        <message>
            <source>The place has at most 200 characters.</source>
            <translation>The place has at most 200 characters.</translation>
        </message>
        <message>
            <source>Enter the planned date of the disposal.</source>
            <translation>Enter the planned date of the disposal.</translation>
        </message>
        <message>
            <source>The remarks have at most 2000 characters.</source>
            <translation>The remarks have at most 2000 characters.</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>Nobody may approve their own disposal request.</source>
            <translation>Nobody may approve their own disposal request.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Enter why the disposal is cancelled (at most 1000 characters).</source>
            <translation>Enter why the disposal is cancelled (at most 1000 characters).</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>executed</translation>
        </message>
        <message>
            <source>The disposal %1 is done by a contractor: record the hand-over instead.</source>
            <translation>The disposal %1 is done by a contractor: record the hand-over instead.</translation>
        </message>
        <message>
            <source>The disposal cannot have been done before it was approved (%1).</source>
            <translation>The disposal cannot have been done before it was approved (%1).</translation>
        </message>
        <message>
            <source>Choose the member of staff who destroyed the items.</source>
            <translation>Choose the member of staff who destroyed the items.</translation>
        </message>
        <message>
            <source>handed over</source>
            <translation>handed over</translation>
        </message>
        <message>
            <source>The disposal %1 is done in-house: record its execution instead.</source>
            <translation>The disposal %1 is done in-house: record its execution instead.</translation>
        </message>
        <message>
            <source>The items cannot have been handed over before the disposal was approved (%1).</source>
            <translation>The items cannot have been handed over before the disposal was approved (%1).</translation>
        </message>
        <message>
            <source>Choose the member of staff who handed the items over.</source>
            <translation>Choose the member of staff who handed the items over.</translation>
        </message>
        <message>
            <source>witnessed</source>
            <translation>witnessed</translation>
        </message>
        <message>
            <source>Choose the member of staff who witnessed the disposal.</source>
            <translation>Choose the member of staff who witnessed the disposal.</translation>
        </message>
        <message>
            <source>The witness cannot have watched before the items were handed over (%1).</source>
            <translation>The witness cannot have watched before the items were handed over (%1).</translation>
        </message>
        <message>
            <source>The witness cannot have watched before the disposal was approved (%1).</source>
            <translation>The witness cannot have watched before the disposal was approved (%1).</translation>
        </message>
        <message>
            <source>The person who destroyed the items cannot also be their witness.</source>
            <translation>The person who destroyed the items cannot also be their witness.</translation>
        </message>
        <message>
            <source>This person is already recorded as a witness.</source>
            <translation>This person is already recorded as a witness.</translation>
        </message>
        <message>
            <source>Only a disposal by a contractor has a contractor's certificate.</source>
            <translation>Only a disposal by a contractor has a contractor's certificate.</translation>
        </message>
        <message>
            <source>given a certificate</source>
            <translation>given a certificate</translation>
        </message>
        <message>
            <source>Enter the certificate number (at most 100 characters).</source>
            <translation>Enter the certificate number (at most 100 characters).</translation>
        </message>
        <message>
            <source>This disposal already has a certificate with this number.</source>
            <translation>This disposal already has a certificate with this number.</translation>
        </message>
        <message>
            <source>Enter who issued the certificate (at most 200 characters).</source>
            <translation>Enter who issued the certificate (at most 200 characters).</translation>
        </message>
        <message>
            <source>The responsible person has at most 200 characters.</source>
            <translation>The responsible person has at most 200 characters.</translation>
        </message>
        <message>
            <source>The certificate cannot be issued before the items were handed over (%1).</source>
            <translation>The certificate cannot be issued before the items were handed over (%1).</translation>
        </message>
        <message>
            <source>The certificate cannot be received before it was issued.</source>
            <translation>The certificate cannot be received before it was issued.</translation>
        </message>
        <message>
            <source>The certificate cannot be received in the future.</source>
            <translation>The certificate cannot be received in the future.</translation>
        </message>
        <message>
            <source>The disposal %1 is %2: nothing more can be attached.</source>
            <translation>The disposal %1 is %2: nothing more can be attached.</translation>
        </message>
        <message>
            <source>Choose a certificate of this disposal.</source>
            <translation>Choose a certificate of this disposal.</translation>
        </message>
        <message>
            <source>This attachment does not exist.</source>
            <translation>This attachment does not exist.</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
        <message>
            <source>The disposal %1 was done by a contractor and cannot be verified yet. Missing: a disposal certificate from the contractor, or a recorded witness (either one is enough).</source>
            <translation>The disposal %1 was done by a contractor and cannot be verified yet. Missing: a disposal certificate from the contractor, or a recorded witness (either one is enough).</translation>
        </message>
        <message>
            <source>The verification note has at most 2000 characters.</source>
            <translation>The verification note has at most 2000 characters.</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>recorded</translation>
        </message>
        <message>
            <source>No disposal has this control number.</source>
            <translation>No disposal has this control number.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ExportGuard</name>
        <message>
            <source>You are exporting %1 records of personal data (more than %2). Enter the reason; it is kept in the journal.</source>
            <translation>You are exporting %1 records of personal data (more than %2). Enter the reason; it is kept in the journal.</translation>
        </message>
    </context>
    <context>
        <name>mamori::HandlingAreaService</name>
        <message>
            <source>This handling area does not exist.</source>
            <translation>This handling area does not exist.</translation>
        </message>
        <message>
            <source>An area code has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>An area code has 1 to 20 letters, digits, hyphens or underscores.</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>Choose an existing section.</translation>
        </message>
        <message>
            <source>Enter the building (at most 100 characters).</source>
            <translation>Enter the building (at most 100 characters).</translation>
        </message>
        <message>
            <source>The floor has at most 20 characters.</source>
            <translation>The floor has at most 20 characters.</translation>
        </message>
        <message>
            <source>The room has at most 100 characters.</source>
            <translation>The room has at most 100 characters.</translation>
        </message>
        <message>
            <source>The remarks have at most 2000 characters.</source>
            <translation>The remarks have at most 2000 characters.</translation>
        </message>
        <message>
            <source>A handling area with this code already exists.</source>
            <translation>A handling area with this code already exists.</translation>
        </message>
        <message>
            <source>Files of the register are handled in this area; assign them another area first.</source>
            <translation>Files of the register are handled in this area; assign them another area first.</translation>
        </message>
        <message>
            <source>A remark on a measure has at most 500 characters.</source>
            <translation>A remark on a measure has at most 500 characters.</translation>
        </message>
        <message>
            <source>Choose existing people as handlers.</source>
            <translation>Choose existing people as handlers.</translation>
        </message>
        <message>
            <source>The layout image is larger than 20 MB.</source>
            <translation>The layout image is larger than 20 MB.</translation>
        </message>
        <message>
            <source>The layout image must be a PNG or JPEG file.</source>
            <translation>The layout image must be a PNG or JPEG file.</translation>
        </message>
    </context>
    <context>
        <name>mamori::IncidentForms</name>
        <message>
            <source>The preliminary report (速報) of this incident has not been filed yet: record it first, then print it.</source>
            <translation>The preliminary report (速報) of this incident has not been filed yet: record it first, then print it.</translation>
        </message>
        <message>
            <source>The final report (確報) of this incident has not been filed yet: record it first, then print it.</source>
            <translation>The final report (確報) of this incident has not been filed yet: record it first, then print it.</translation>
        </message>
    </context>
    <context>
        <name>mamori::IncidentService</name>
        <message>
            <source>This incident does not exist.</source>
            <translation>This incident does not exist.</translation>
        </message>
        <message>
            <source>You may not do this on this incident (%1).</source>
            <translation>You may not do this on this incident (%1).</translation>
        </message>
        <message>
            <source>Only the %1 may record this step (%2).</source>
            <translation>Only the %1 may record this step (%2).</translation>
        </message>
        <message>
            <source>An incident in state %1 does not allow this (%2).</source>
            <translation>An incident in state %1 does not allow this (%2).</translation>
        </message>
        <message>
            <source>Enter when the city became aware of the incident.</source>
            <translation>Enter when the city became aware of the incident.</translation>
        </message>
        <message>
            <source>The awareness time cannot be in the future.</source>
            <translation>The awareness time cannot be in the future.</translation>
        </message>
        <message>
            <source>Choose a person from the staff list.</source>
            <translation>Choose a person from the staff list.</translation>
        </message>
        <message>
            <source>Describe what happened (at most 4000 characters).</source>
            <translation>Describe what happened (at most 4000 characters).</translation>
        </message>
        <message>
            <source>The number of persons cannot be negative.</source>
            <translation>The number of persons cannot be negative.</translation>
        </message>
        <message>
            <source>The data items may have at most 2000 characters.</source>
            <translation>The data items may have at most 2000 characters.</translation>
        </message>
        <message>
            <source>Describe the secondary damage.</source>
            <translation>Describe the secondary damage.</translation>
        </message>
        <message>
            <source>The secondary damage may be described in at most 4000 characters.</source>
            <translation>The secondary damage may be described in at most 4000 characters.</translation>
        </message>
        <message>
            <source>The cause may be described in at most 4000 characters.</source>
            <translation>The cause may be described in at most 4000 characters.</translation>
        </message>
        <message>
            <source>How it was detected may be described in at most 2000 characters.</source>
            <translation>How it was detected may be described in at most 2000 characters.</translation>
        </message>
        <message>
            <source>The date of occurrence cannot be in the future.</source>
            <translation>The date of occurrence cannot be in the future.</translation>
        </message>
        <message>
            <source>Choose files from the register.</source>
            <translation>Choose files from the register.</translation>
        </message>
        <message>
            <source>Only an officer's account may report an incident.</source>
            <translation>Only an officer's account may report an incident.</translation>
        </message>
        <message>
            <source>Choose the section whose data is concerned.</source>
            <translation>Choose the section whose data is concerned.</translation>
        </message>
        <message>
            <source>Describe what happened (at most 2000 characters).</source>
            <translation>Describe what happened (at most 2000 characters).</translation>
        </message>
        <message>
            <source>Carry-out %1 was reported lost.</source>
            <translation>Carry-out %1 was reported lost.</translation>
        </message>
        <message>
            <source>Marked lost on the carry-out ledger.</source>
            <translation>Marked lost on the carry-out ledger.</translation>
        </message>
        <message>
            <source>Describe the containment action (at most 1000 characters).</source>
            <translation>Describe the containment action (at most 1000 characters).</translation>
        </message>
        <message>
            <source>The containment time must lie between the awareness time and now.</source>
            <translation>The containment time must lie between the awareness time and now.</translation>
        </message>
        <message>
            <source>Every step of the escalation chain has been recorded.</source>
            <translation>Every step of the escalation chain has been recorded.</translation>
        </message>
        <message>
            <source>The time of this step must lie between the previous step (or the awareness time) and now.</source>
            <translation>The time of this step must lie between the previous step (or the awareness time) and now.</translation>
        </message>
        <message>
            <source>The note may have at most 1000 characters.</source>
            <translation>The note may have at most 1000 characters.</translation>
        </message>
        <message>
            <source>The incident cannot have occurred after the city became aware of it.</source>
            <translation>The incident cannot have occurred after the city became aware of it.</translation>
        </message>
        <message>
            <source>A My Number report needs an assessment whose facts involve My Numbers.</source>
            <translation>A My Number report needs an assessment whose facts involve My Numbers.</translation>
        </message>
        <message>
            <source>This report has already been filed.</source>
            <translation>This report has already been filed.</translation>
        </message>
        <message>
            <source>File the preliminary report before the final report.</source>
            <translation>File the preliminary report before the final report.</translation>
        </message>
        <message>
            <source>Enter the submission date (not in the future).</source>
            <translation>Enter the submission date (not in the future).</translation>
        </message>
        <message>
            <source>A report cannot be submitted before the awareness date (%1).</source>
            <translation>A report cannot be submitted before the awareness date (%1).</translation>
        </message>
        <message>
            <source>The final report cannot be dated before the preliminary report.</source>
            <translation>The final report cannot be dated before the preliminary report.</translation>
        </message>
        <message>
            <source>Fill in this item of the report (at most 4000 characters).</source>
            <translation>Fill in this item of the report (at most 4000 characters).</translation>
        </message>
        <message>
            <source>The contact may have at most 500 characters.</source>
            <translation>The contact may have at most 500 characters.</translation>
        </message>
        <message>
            <source>The reports to other bodies may have at most 2000 characters.</source>
            <translation>The reports to other bodies may have at most 2000 characters.</translation>
        </message>
        <message>
            <source>Name the group of individuals (at most 200 characters).</source>
            <translation>Name the group of individuals (at most 200 characters).</translation>
        </message>
        <message>
            <source>The date and time must lie between the awareness time and now.</source>
            <translation>The date and time must lie between the awareness time and now.</translation>
        </message>
        <message>
            <source>Choose how the individuals were notified.</source>
            <translation>Choose how the individuals were notified.</translation>
        </message>
        <message>
            <source>Describe the substitute measure (at most 2000 characters).</source>
            <translation>Describe the substitute measure (at most 2000 characters).</translation>
        </message>
        <message>
            <source>The remarks may have at most 2000 characters.</source>
            <translation>The remarks may have at most 2000 characters.</translation>
        </message>
        <message>
            <source>Choose whether to publish.</source>
            <translation>Choose whether to publish.</translation>
        </message>
        <message>
            <source>The date of the decision must lie between the awareness date and today.</source>
            <translation>The date of the decision must lie between the awareness date and today.</translation>
        </message>
        <message>
            <source>A publication date needs the decision to publish.</source>
            <translation>A publication date needs the decision to publish.</translation>
        </message>
        <message>
            <source>The publication date must lie between the awareness date and today.</source>
            <translation>The publication date must lie between the awareness date and today.</translation>
        </message>
        <message>
            <source>The date the PPC secretariat was informed must lie between the awareness date and today.</source>
            <translation>The date the PPC secretariat was informed must lie between the awareness date and today.</translation>
        </message>
        <message>
            <source>The reason may have at most 2000 characters.</source>
            <translation>The reason may have at most 2000 characters.</translation>
        </message>
        <message>
            <source>Choose existing sections to share the measure with.</source>
            <translation>Choose existing sections to share the measure with.</translation>
        </message>
        <message>
            <source>Describe the measure (at most 2000 characters).</source>
            <translation>Describe the measure (at most 2000 characters).</translation>
        </message>
        <message>
            <source>Enter the date the measure is due.</source>
            <translation>Enter the date the measure is due.</translation>
        </message>
        <message>
            <source>This incident has no such measure.</source>
            <translation>This incident has no such measure.</translation>
        </message>
        <message>
            <source>the mayor has not been informed (last step of the escalation chain)</source>
            <translation>the mayor has not been informed (last step of the escalation chain)</translation>
        </message>
        <message>
            <source>the reportability has not been assessed</source>
            <translation>the reportability has not been assessed</translation>
        </message>
        <message>
            <source>the facts changed after the last assessment: assess again</source>
            <translation>the facts changed after the last assessment: assess again</translation>
        </message>
        <message>
            <source>the preliminary report under the APPI has not been filed</source>
            <translation>the preliminary report under the APPI has not been filed</translation>
        </message>
        <message>
            <source>the final report under the APPI has not been filed</source>
            <translation>the final report under the APPI has not been filed</translation>
        </message>
        <message>
            <source>the preliminary report under the My Number Act has not been filed</source>
            <translation>the preliminary report under the My Number Act has not been filed</translation>
        </message>
        <message>
            <source>the final report under the My Number Act has not been filed</source>
            <translation>the final report under the My Number Act has not been filed</translation>
        </message>
        <message>
            <source>not every individual has been notified and no substitute measure is recorded</source>
            <translation>not every individual has been notified and no substitute measure is recorded</translation>
        </message>
        <message>
            <source>no recurrence prevention measure is recorded</source>
            <translation>no recurrence prevention measure is recorded</translation>
        </message>
        <message>
            <source>The incident cannot be closed yet: %1.</source>
            <translation>The incident cannot be closed yet: %1.</translation>
        </message>
        <message>
            <source>No incident has this number.</source>
            <translation>No incident has this number.</translation>
        </message>
        <message>
            <source>The case file's reporting rules are unreadable.</source>
            <translation>The case file's reporting rules are unreadable.</translation>
        </message>
    </context>
    <context>
        <name>mamori::KeySlotFile</name>
        <message>
            <source>The key-slot file could not be written.</source>
            <translation>The key-slot file could not be written.</translation>
        </message>
        <message>
            <source>The key-slot file could not be written (disk full?). The previous file is unchanged.</source>
            <translation>The key-slot file could not be written (disk full?). The previous file is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>mamori::LabelForms</name>
        <message>
            <source>No carry-out matches: there are no labels to print.</source>
            <translation>No carry-out matches: there are no labels to print.</translation>
        </message>
        <message>
            <source>No disposal matches: there are no labels to print.</source>
            <translation>No disposal matches: there are no labels to print.</translation>
        </message>
    </context>
    <context>
        <name>mamori::PersonService</name>
        <message>
            <source>Choose an existing section.</source>
            <translation>Choose an existing section.</translation>
        </message>
        <message>
            <source>A staff number has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>A staff number has 1 to 20 letters, digits, hyphens or underscores.</translation>
        </message>
        <message>
            <source>Enter the person's name (at most 100 characters).</source>
            <translation>Enter the person's name (at most 100 characters).</translation>
        </message>
        <message>
            <source>Enter the reading of the name in kana (at most 100 characters).</source>
            <translation>Enter the reading of the name in kana (at most 100 characters).</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>The e-mail address is not valid.</translation>
        </message>
        <message>
            <source>A person with this staff number already exists.</source>
            <translation>A person with this staff number already exists.</translation>
        </message>
        <message>
            <source>This person does not exist.</source>
            <translation>This person does not exist.</translation>
        </message>
        <message>
            <source>This role needs a section.</source>
            <translation>This role needs a section.</translation>
        </message>
        <message>
            <source>This role applies to the whole city; do not give a section.</source>
            <translation>This role applies to the whole city; do not give a section.</translation>
        </message>
        <message>
            <source>Enter the date the role starts.</source>
            <translation>Enter the date the role starts.</translation>
        </message>
        <message>
            <source>The role cannot end before it starts.</source>
            <translation>The role cannot end before it starts.</translation>
        </message>
        <message>
            <source>Enter the duty of the handler (at most 200 characters).</source>
            <translation>Enter the duty of the handler (at most 200 characters).</translation>
        </message>
        <message>
            <source>Enter the personal data the handler may handle (at most 500 characters).</source>
            <translation>Enter the personal data the handler may handle (at most 500 characters).</translation>
        </message>
        <message>
            <source>Enter the date of the designation.</source>
            <translation>Enter the date of the designation.</translation>
        </message>
        <message>
            <source>This designation does not exist.</source>
            <translation>This designation does not exist.</translation>
        </message>
        <message>
            <source>This designation has already been revoked.</source>
            <translation>This designation has already been revoked.</translation>
        </message>
        <message>
            <source>The designation cannot be revoked before it was made.</source>
            <translation>The designation cannot be revoked before it was made.</translation>
        </message>
        <message>
            <source>Choose an existing account.</source>
            <translation>Choose an existing account.</translation>
        </message>
    </context>
    <context>
        <name>mamori::PersonalInfoFileService</name>
        <message>
            <source>This file of the register does not exist.</source>
            <translation>This file of the register does not exist.</translation>
        </message>
        <message>
            <source>A file number has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>A file number has 1 to 20 letters, digits, hyphens or underscores.</translation>
        </message>
        <message>
            <source>Enter the name of the file (at most 200 characters).</source>
            <translation>Enter the name of the file (at most 200 characters).</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>Choose an existing section.</translation>
        </message>
        <message>
            <source>Enter the purpose of use (at most 2000 characters).</source>
            <translation>Enter the purpose of use (at most 2000 characters).</translation>
        </message>
        <message>
            <source>The number of persons cannot be negative.</source>
            <translation>The number of persons cannot be negative.</translation>
        </message>
        <message>
            <source>Choose an existing handling area.</source>
            <translation>Choose an existing handling area.</translation>
        </message>
        <message>
            <source>Describe what is known of the personal-information regime where the file is kept.</source>
            <translation>Describe what is known of the personal-information regime where the file is kept.</translation>
        </message>
        <message>
            <source>A file with this number already exists in the register.</source>
            <translation>A file with this number already exists in the register.</translation>
        </message>
        <message>
            <source>Choose an existing person.</source>
            <translation>Choose an existing person.</translation>
        </message>
        <message>
            <source>Unknown operation %1: use read, update, export or print.</source>
            <translation>Unknown operation %1: use read, update, export or print.</translation>
        </message>
        <message>
            <source>Grant at least one operation.</source>
            <translation>Grant at least one operation.</translation>
        </message>
        <message>
            <source>Enter the date the right is granted.</source>
            <translation>Enter the date the right is granted.</translation>
        </message>
        <message>
            <source>The review date cannot be before the grant.</source>
            <translation>The review date cannot be before the grant.</translation>
        </message>
        <message>
            <source>This access right does not exist.</source>
            <translation>This access right does not exist.</translation>
        </message>
        <message>
            <source>This access right has already been revoked.</source>
            <translation>This access right has already been revoked.</translation>
        </message>
        <message>
            <source>The right cannot be revoked before it was granted.</source>
            <translation>The right cannot be revoked before it was granted.</translation>
        </message>
    </context>
    <context>
        <name>mamori::QrCode</name>
        <message>
            <source>A QR code needs a text without NUL characters.</source>
            <translation>A QR code needs a text without NUL characters.</translation>
        </message>
        <message>
            <source>This text is too long for a QR code (%1 bytes).</source>
            <translation>This text is too long for a QR code (%1 bytes).</translation>
        </message>
    </context>
    <context>
        <name>mamori::ReportRulesJson</name>
        <message>
            <source>%1 must be a list of ranges such as "12-29/01-03".</source>
            <translation>%1 must be a list of ranges such as "12-29/01-03".</translation>
        </message>
        <message>
            <source>Unknown reporting rule "%1".</source>
            <translation>Unknown reporting rule "%1".</translation>
        </message>
        <message>
            <source>The preliminary report is due on a day from 1 to 60.</source>
            <translation>The preliminary report is due on a day from 1 to 60.</translation>
        </message>
        <message>
            <source>The final report is due no earlier than the preliminary one and within 365 days.</source>
            <translation>The final report is due no earlier than the preliminary one and within 365 days.</translation>
        </message>
        <message>
            <source>With an improper purpose the final report is due no earlier than otherwise and within 365 days.</source>
            <translation>With an improper purpose the final report is due no earlier than otherwise and within 365 days.</translation>
        </message>
        <message>
            <source>A number of persons cannot be negative.</source>
            <translation>A number of persons cannot be negative.</translation>
        </message>
        <message>
            <source>%1 is not a day of the year.</source>
            <translation>%1 is not a day of the year.</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 must be a whole number.</translation>
        </message>
        <message>
            <source>%1 must be true or false.</source>
            <translation>%1 must be true or false.</translation>
        </message>
        <message>
            <source>Each closed range is written MM-DD/MM-DD, e.g. 12-29/01-03.</source>
            <translation>Each closed range is written MM-DD/MM-DD, e.g. 12-29/01-03.</translation>
        </message>
    </context>
    <context>
        <name>mamori::Reportability</name>
        <message>
            <source>Sensitive personal information is involved (any number of persons).</source>
            <translation>Sensitive personal information is involved (any number of persons).</translation>
        </message>
        <message>
            <source>Misuse may cause property damage (any number of persons).</source>
            <translation>Misuse may cause property damage (any number of persons).</translation>
        </message>
        <message>
            <source>It may stem from an act with an improper purpose (any number of persons).</source>
            <translation>It may stem from an act with an improper purpose (any number of persons).</translation>
        </message>
        <message>
            <source>More than %1 persons are affected.</source>
            <translation>More than %1 persons are affected.</translation>
        </message>
        <message>
            <source>Sensitive information defined by the city's ordinance is involved.</source>
            <translation>Sensitive information defined by the city's ordinance is involved.</translation>
        </message>
        <message>
            <source>My Number data leaked from the information-provision network or a number-use system (any number of persons).</source>
            <translation>My Number data leaked from the information-provision network or a number-use system (any number of persons).</translation>
        </message>
        <message>
            <source>My Number data was leaked, used or provided with an improper purpose (any number of persons).</source>
            <translation>My Number data was leaked, used or provided with an improper purpose (any number of persons).</translation>
        </message>
        <message>
            <source>My Number data was, or may have been, viewable electronically by unspecified persons.</source>
            <translation>My Number data was, or may have been, viewable electronically by unspecified persons.</translation>
        </message>
        <message>
            <source>More than %1 persons' My Number data is affected.</source>
            <translation>More than %1 persons' My Number data is affected.</translation>
        </message>
    </context>
    <context>
        <name>mamori::RoleTitles</name>
        <message>
            <source>Unknown title preset "%1" (use shiraoka or muko).</source>
            <translation>Unknown title preset "%1" (use shiraoka or muko).</translation>
        </message>
    </context>
    <context>
        <name>mamori::RosterCsv</name>
        <message>
            <source>The file is not valid UTF-8. Choose the encoding it was saved in (for example CP932).</source>
            <translation>The file is not valid UTF-8. Choose the encoding it was saved in (for example CP932).</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor Shift_JIS (CP932). Save it from Excel as CSV and try again.</source>
            <translation>The file is neither UTF-8 nor Shift_JIS (CP932). Save it from Excel as CSV and try again.</translation>
        </message>
        <message>
            <source>The file is not valid Shift_JIS (CP932). Choose the encoding it was saved in (for example UTF-8).</source>
            <translation>The file is not valid Shift_JIS (CP932). Choose the encoding it was saved in (for example UTF-8).</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>Line %1: a quoted field is never closed.</translation>
        </message>
        <message>
            <source>The file is empty: it needs a header row and at least one person.</source>
            <translation>The file is empty: it needs a header row and at least one person.</translation>
        </message>
        <message>
            <source>Line %1: unknown column "%2" in the header. The columns are 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email).</source>
            <translation>Line %1: unknown column "%2" in the header. The columns are 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email).</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" appears twice in the header.</source>
            <translation>Line %1: the column "%2" appears twice in the header.</translation>
        </message>
        <message>
            <source>Line %1: the header has no column %2 (%3).</source>
            <translation>Line %1: the header has no column %2 (%3).</translation>
        </message>
        <message>
            <source>%1 columns instead of %2.</source>
            <translation>%1 columns instead of %2.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 is empty.</translation>
        </message>
        <message>
            <source>Unknown employment type "%1" (use 正規, 会計年度任用, 派遣 or 臨時).</source>
            <translation>Unknown employment type "%1" (use 正規, 会計年度任用, 派遣 or 臨時).</translation>
        </message>
        <message>
            <source>The section name is longer than 100 characters.</source>
            <translation>The section name is longer than 100 characters.</translation>
        </message>
        <message>
            <source>The staff number %1 already appears on line %2.</source>
            <translation>The staff number %1 already appears on line %2.</translation>
        </message>
        <message>
            <source>The Shift_JIS converter is not available.</source>
            <translation>The Shift_JIS converter is not available.</translation>
        </message>
    </context>
    <context>
        <name>mamori::RosterImport</name>
        <message>
            <source>Rows refused: %1. Nothing was imported.</source>
            <translation>Rows refused: %1. Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>mamori::Schema</name>
        <message>
            <source>This case file was written by a newer version of Mamori (schema %1; this version reads up to %2). Please update Mamori.</source>
            <translation>This case file was written by a newer version of Mamori (schema %1; this version reads up to %2). Please update Mamori.</translation>
        </message>
    </context>
    <context>
        <name>mamori::SearchService</name>
        <message>
            <source>Type at least one letter, digit, kana or kanji to search for.</source>
            <translation>Type at least one letter, digit, kana or kanji to search for.</translation>
        </message>
    </context>
    <context>
        <name>mamori::SectionService</name>
        <message>
            <source>Enter a section code (at most 20 characters).</source>
            <translation>Enter a section code (at most 20 characters).</translation>
        </message>
        <message>
            <source>Enter the section's name (at most 100 characters).</source>
            <translation>Enter the section's name (at most 100 characters).</translation>
        </message>
        <message>
            <source>A section with this code already exists.</source>
            <translation>A section with this code already exists.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::AreaCommand</name>
        <message>
            <source>List the handling areas where personal data is handled.</source>
            <translation>List the handling areas where personal data is handled.</translation>
        </message>
        <message>
            <source>List the handling areas you may read, optionally of one section.</source>
            <translation>List the handling areas you may read, optionally of one section.</translation>
        </message>
        <message>
            <source>Only the areas of the section with this code.</source>
            <translation>Only the areas of the section with this code.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>Area code</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Measures in place</source>
            <translation>Measures in place</translation>
        </message>
        <message>
            <source>Handlers</source>
            <translation>Handlers</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::BackupCommand</name>
        <message>
            <source>Write a backup of the case file to one file.</source>
            <translation>Write a backup of the case file to one file.</translation>
        </message>
        <message>
            <source>The backup file to write (replaced only once it is complete).</source>
            <translation>The backup file to write (replaced only once it is complete).</translation>
        </message>
        <message>
            <source>Write a backup: the encrypted database and key slots in one checksummed file. It opens with the passwords, or the recovery code, valid at the time of the backup.</source>
            <translation>Write a backup: the encrypted database and key slots in one checksummed file. It opens with the passwords, or the recovery code, valid at the time of the backup.</translation>
        </message>
        <message>
            <source>backup needs --out FILE.</source>
            <translation>backup needs --out FILE.</translation>
        </message>
        <message>
            <source>Wrote the backup %1.</source>
            <translation>Wrote the backup %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::CarryOutCommand</name>
        <message>
            <source>List the carry-out ledger.</source>
            <translation>List the carry-out ledger.</translation>
        </message>
        <message>
            <source>List the carry-outs you may read, optionally only one state or the overdue ones.</source>
            <translation>List the carry-outs you may read, optionally only one state or the overdue ones.</translation>
        </message>
        <message>
            <source>Only carry-outs in this state: REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</source>
            <translation>Only carry-outs in this state: REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</translation>
        </message>
        <message>
            <source>Only carry-outs whose planned return has passed.</source>
            <translation>Only carry-outs whose planned return has passed.</translation>
        </message>
        <message>
            <source>Only the carry-outs of the section with this code.</source>
            <translation>Only the carry-outs of the section with this code.</translation>
        </message>
        <message>
            <source>Unknown state %1: use REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</source>
            <translation>Unknown state %1: use REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>Control no.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Planned out</source>
            <translation>Planned out</translation>
        </message>
        <message>
            <source>Planned return</source>
            <translation>Planned return</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Cli</name>
        <message>
            <source>Internal error: %1</source>
            <translation>Internal error: %1</translation>
        </message>
        <message>
            <source>Language of messages: ja or en (default: the system's).</source>
            <translation>Language of messages: ja or en (default: the system's).</translation>
        </message>
        <message>
            <source>Passwords and recovery codes are never taken as arguments (other users and the shell history could read them). Use --password-stdin or --recovery-code-stdin, or type them at the prompt.</source>
            <translation>Passwords and recovery codes are never taken as arguments (other users and the shell history could read them). Use --password-stdin or --recovery-code-stdin, or type them at the prompt.</translation>
        </message>
        <message>
            <source>Usage: %1 [global options] &lt;command&gt; [options]</source>
            <translation>Usage: %1 [global options] &lt;command&gt; [options]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>Run "%1 &lt;command&gt; --help" for the options of a command.</source>
            <translation>Run "%1 &lt;command&gt; --help" for the options of a command.</translation>
        </message>
        <message>
            <source>Mamori on the command line: create, check, back up and restore case files, and manage accounts, from scripts or a terminal.</source>
            <translation>Mamori on the command line: create, check, back up and restore case files, and manage accounts, from scripts or a terminal.</translation>
        </message>
        <message>
            <source>One of the commands below, with its own options.</source>
            <translation>One of the commands below, with its own options.</translation>
        </message>
        <message>
            <source>Name a command. See "%1 --help".</source>
            <translation>Name a command. See "%1 --help".</translation>
        </message>
        <message>
            <source>Unknown command "%1". See "%2 --help".</source>
            <translation>Unknown command "%1". See "%2 --help".</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Command</name>
        <message>
            <source>%1 needs a subcommand. See "%2 %1 --help".</source>
            <translation>%1 needs a subcommand. See "%2 %1 --help".</translation>
        </message>
        <message>
            <source>Unknown subcommand "%1 %2". See "%3 %1 --help".</source>
            <translation>Unknown subcommand "%1 %2". See "%3 %1 --help".</translation>
        </message>
        <message>
            <source>Usage: %1 [global options] %2 &lt;subcommand&gt; [options]</source>
            <translation>Usage: %1 [global options] %2 &lt;subcommand&gt; [options]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>Subcommands:</translation>
        </message>
        <message>
            <source>Run "%1 %2 &lt;subcommand&gt; --help" for its options.</source>
            <translation>Run "%1 %2 &lt;subcommand&gt; --help" for its options.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::CommandContext</name>
        <message>
            <source>The case file (its folder) to open.</source>
            <translation>The case file (its folder) to open.</translation>
        </message>
        <message>
            <source>Open the case file as this login.</source>
            <translation>Open the case file as this login.</translation>
        </message>
        <message>
            <source>Open the case file with the recovery code, read as one line from standard input, instead of --user. Only `user passwd LOGIN` is then possible.</source>
            <translation>Open the case file with the recovery code, read as one line from standard input, instead of --user. Only `user passwd LOGIN` is then possible.</translation>
        </message>
        <message>
            <source>Read passwords from standard input, one per line, instead of asking at the terminal. Passwords are never accepted as arguments.</source>
            <translation>Read passwords from standard input, one per line, instead of asking at the terminal. Passwords are never accepted as arguments.</translation>
        </message>
        <message>
            <source>Write the result, and errors, as JSON.</source>
            <translation>Write the result, and errors, as JSON.</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Usage: %1</translation>
        </message>
        <message>
            <source>Missing argument: %1. See --help.</source>
            <translation>Missing argument: %1. See --help.</translation>
        </message>
        <message>
            <source>Unexpected argument: %1. See --help.</source>
            <translation>Unexpected argument: %1. See --help.</translation>
        </message>
        <message>
            <source>Name the case file with --case DIR.</source>
            <translation>Name the case file with --case DIR.</translation>
        </message>
        <message>
            <source>Give either --user or --recovery-code-stdin, not both.</source>
            <translation>Give either --user or --recovery-code-stdin, not both.</translation>
        </message>
        <message>
            <source>Say who you are with --user LOGIN (or open with --recovery-code-stdin).</source>
            <translation>Say who you are with --user LOGIN (or open with --recovery-code-stdin).</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>Recovery code:</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Password for %1:</translation>
        </message>
        <message>
            <source>The recovery code only gives an account a new password (user passwd LOGIN); open the case file with a login for anything else.</source>
            <translation>The recovery code only gives an account a new password (user passwd LOGIN); open the case file with a login for anything else.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DateArgument</name>
        <message>
            <source>--%1 takes a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][Z]), not "%2".</source>
            <translation>--%1 takes a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][Z]), not "%2".</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DemoCommand</name>
        <message>
            <source>Create a demo case file to try Mamori out.</source>
            <translation>Create a demo case file to try Mamori out.</translation>
        </message>
        <message>
            <source>Folder of the demo case file (must not exist, or be empty).</source>
            <translation>Folder of the demo case file (must not exist, or be empty).</translation>
        </message>
        <message>
            <source>Create a demo case file with made-up data. Every demo account shares one published password: never put real data in it.</source>
            <translation>Create a demo case file with made-up data. Every demo account shares one published password: never put real data in it.</translation>
        </message>
        <message>
            <source>Created the demo case file %1.</source>
            <translation>Created the demo case file %1.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Password of every demo account: %1</source>
            <translation>Password of every demo account: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DisposalCommand</name>
        <message>
            <source>List the disposal ledger; attach photos and certificates.</source>
            <translation>List the disposal ledger; attach photos and certificates.</translation>
        </message>
        <message>
            <source>List the disposals you may read, optionally of one state, section or period.</source>
            <translation>List the disposals you may read, optionally of one state, section or period.</translation>
        </message>
        <message>
            <source>Attach a photo (JPEG, PNG) or a scanned PDF to a disposal or its certificate.</source>
            <translation>Attach a photo (JPEG, PNG) or a scanned PDF to a disposal or its certificate.</translation>
        </message>
        <message>
            <source>Write an attachment to a file you name ("attachment get ID --out FILE").</source>
            <translation>Write an attachment to a file you name ("attachment get ID --out FILE").</translation>
        </message>
        <message>
            <source>Only disposals in this state: %1.</source>
            <translation>Only disposals in this state: %1.</translation>
        </message>
        <message>
            <source>Only the disposals of the section with this code.</source>
            <translation>Only the disposals of the section with this code.</translation>
        </message>
        <message>
            <source>Only disposals planned on or after this date (YYYY-MM-DD).</source>
            <translation>Only disposals planned on or after this date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Only disposals planned on or before this date (YYYY-MM-DD).</source>
            <translation>Only disposals planned on or before this date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Unknown state %1: use %2.</source>
            <translation>Unknown state %1: use %2.</translation>
        </message>
        <message>
            <source>--%1 needs a date as YYYY-MM-DD.</source>
            <translation>--%1 needs a date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>--to cannot be before --from.</source>
            <translation>--to cannot be before --from.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>Control no.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Attach to the disposal's certificate with this number rather than to the disposal.</source>
            <translation>Attach to the disposal's certificate with this number rather than to the disposal.</translation>
        </message>
        <message>
            <source>A caption, such as 廃棄前 or 廃棄後.</source>
            <translation>A caption, such as 廃棄前 or 廃棄後.</translation>
        </message>
        <message>
            <source>Attach a photo (JPEG, PNG) or a scanned PDF, at most 20 MB, to a disposal or its certificate. The file is stored encrypted inside the case file with its SHA-256.</source>
            <translation>Attach a photo (JPEG, PNG) or a scanned PDF, at most 20 MB, to a disposal or its certificate. The file is stored encrypted inside the case file with its SHA-256.</translation>
        </message>
        <message>
            <source>the disposal's control number and the file</source>
            <translation>the disposal's control number and the file</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>The file %1 does not exist.</translation>
        </message>
        <message>
            <source>%1 is %2 MB; at most 20 MB can be attached.</source>
            <translation>%1 is %2 MB; at most 20 MB can be attached.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>The disposal %1 has no certificate numbered %2.</source>
            <translation>The disposal %1 has no certificate numbered %2.</translation>
        </message>
        <message>
            <source>Attached %1 to %2 as attachment %3 (%4, %5 bytes).</source>
            <translation>Attached %1 to %2 as attachment %3 (%4, %5 bytes).</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>Use "disposal attachment get ID --out FILE".</source>
            <translation>Use "disposal attachment get ID --out FILE".</translation>
        </message>
        <message>
            <source>The file to write the decrypted attachment to.</source>
            <translation>The file to write the decrypted attachment to.</translation>
        </message>
        <message>
            <source>Write an attachment, decrypted, to the file you name. Needs the right to export the section's personal data; the export is journaled. Nothing is written anywhere else.</source>
            <translation>Write an attachment, decrypted, to the file you name. Needs the right to export the section's personal data; the export is journaled. Nothing is written anywhere else.</translation>
        </message>
        <message>
            <source>the attachment's id</source>
            <translation>the attachment's id</translation>
        </message>
        <message>
            <source>The attachment id is a number (see "disposal list --json").</source>
            <translation>The attachment id is a number (see "disposal list --json").</translation>
        </message>
        <message>
            <source>disposal attachment get needs --out FILE: the decrypted file is written only where you say.</source>
            <translation>disposal attachment get needs --out FILE: the decrypted file is written only where you say.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3 bytes, SHA-256 %4).</source>
            <translation>Wrote %1 (%2, %3 bytes, SHA-256 %4).</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::ExitCodes</name>
        <message>
            <source>success</source>
            <translation>success</translation>
        </message>
        <message>
            <source>usage error: unknown command or option, missing argument, password given on the command line</source>
            <translation>usage error: unknown command or option, missing argument, password given on the command line</translation>
        </message>
        <message>
            <source>invalid input: a value was refused, the password is too weak, the name already exists, or a rule was broken</source>
            <translation>invalid input: a value was refused, the password is too weak, the name already exists, or a rule was broken</translation>
        </message>
        <message>
            <source>unknown account, wrong password or recovery code, or disabled account</source>
            <translation>unknown account, wrong password or recovery code, or disabled account</translation>
        </message>
        <message>
            <source>too many wrong passwords: wait and try again</source>
            <translation>too many wrong passwords: wait and try again</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>not a case file, or the file, folder or record does not exist</source>
            <translation>not a case file, or the file, folder or record does not exist</translation>
        </message>
        <message>
            <source>the case file or backup is damaged or truncated</source>
            <translation>the case file or backup is damaged or truncated</translation>
        </message>
        <message>
            <source>made by a newer version of Mamori</source>
            <translation>made by a newer version of Mamori</translation>
        </message>
        <message>
            <source>the case file is open in another instance</source>
            <translation>the case file is open in another instance</translation>
        </message>
        <message>
            <source>read or write failed (disk full, read-only folder, missing folder)</source>
            <translation>read or write failed (disk full, read-only folder, missing folder)</translation>
        </message>
        <message>
            <source>verification failed: the database or the journal chain is broken</source>
            <translation>verification failed: the database or the journal chain is broken</translation>
        </message>
        <message>
            <source>internal error</source>
            <translation>internal error</translation>
        </message>
        <message>
            <source>Exit codes:</source>
            <translation>Exit codes:</translation>
        </message>
        <message>
            <source>not available here: the recovery sheet is written only by init, when the code is made</source>
            <translation>not available here: the recovery sheet is written only by init, when the code is made</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::FileCommand</name>
        <message>
            <source>List the personal-information file register.</source>
            <translation>List the personal-information file register.</translation>
        </message>
        <message>
            <source>List the files of the register you may read, or the overdue access reviews.</source>
            <translation>List the files of the register you may read, or the overdue access reviews.</translation>
        </message>
        <message>
            <source>Only the files of the section with this code.</source>
            <translation>Only the files of the section with this code.</translation>
        </message>
        <message>
            <source>List the access rights whose review date has passed instead of the files.</source>
            <translation>List the access rights whose review date has passed instead of the files.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>File no.</source>
            <translation>File no.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Staff no.</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>Granted on</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Review due</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensitive</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>My Number</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>Handling area</translation>
        </message>
        <message>
            <source>Kept abroad</source>
            <translation>Kept abroad</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>computerised</source>
            <translation>computerised</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::FormCommand</name>
        <message>
            <source>--%1 needs a date as YYYY-MM-DD, not "%2".</source>
            <translation>--%1 needs a date as YYYY-MM-DD, not "%2".</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>There is no handling area with the code %1.</source>
            <translation>There is no handling area with the code %1.</translation>
        </message>
        <message>
            <source>Write a printable form (ledger, register, certificate, labels) as an A4 PDF.</source>
            <translation>Write a printable form (ledger, register, certificate, labels) as an A4 PDF.</translation>
        </message>
        <message>
            <source>Account list (職員アカウント一覧): every account with its roles and status.</source>
            <translation>Account list (職員アカウント一覧): every account with its roles and status.</translation>
        </message>
        <message>
            <source>Recovery sheet (復旧用シート): written only by init --recovery-sheet, when the code is made.</source>
            <translation>Recovery sheet (復旧用シート): written only by init --recovery-sheet, when the code is made.</translation>
        </message>
        <message>
            <source>Handling-area designation sheet (取扱区域指定書) of one area (--id: its id or area code).</source>
            <translation>Handling-area designation sheet (取扱区域指定書) of one area (--id: its id or area code).</translation>
        </message>
        <message>
            <source>Personal-information file register (個人情報ファイル簿) of one section, or of all you may read.</source>
            <translation>Personal-information file register (個人情報ファイル簿) of one section, or of all you may read.</translation>
        </message>
        <message>
            <source>Carry-out ledger (持出簿) of a section and period (planned departure), A4 landscape.</source>
            <translation>Carry-out ledger (持出簿) of a section and period (planned departure), A4 landscape.</translation>
        </message>
        <message>
            <source>Carry-out approval form (持出承認申請書) of one carry-out (--id: its id or control number).</source>
            <translation>Carry-out approval form (持出承認申請書) of one carry-out (--id: its id or control number).</translation>
        </message>
        <message>
            <source>The form to write (see the list below).</source>
            <translation>The form to write (see the list below).</translation>
        </message>
        <message>
            <source>The PDF file to write (replaced whole, or left as it was on failure).</source>
            <translation>The PDF file to write (replaced whole, or left as it was on failure).</translation>
        </message>
        <message>
            <source>Only this section (its code).</source>
            <translation>Only this section (its code).</translation>
        </message>
        <message>
            <source>First day of the period (YYYY-MM-DD).</source>
            <translation>First day of the period (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Last day of the period (YYYY-MM-DD).</source>
            <translation>Last day of the period (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>The record the form is about: its id, control number or code.</source>
            <translation>The record the form is about: its id, control number or code.</translation>
        </message>
        <message>
            <source>Forms:</source>
            <translation>Forms:</translation>
        </message>
        <message>
            <source>Unknown form "%1". Forms: %2.</source>
            <translation>Unknown form "%1". Forms: %2.</translation>
        </message>
        <message>
            <source>The recovery sheet can only be written when the case file is created (init --recovery-sheet FILE.pdf): the recovery code is not stored anywhere, so it cannot be printed later.</source>
            <translation>The recovery sheet can only be written when the case file is created (init --recovery-sheet FILE.pdf): the recovery code is not stored anywhere, so it cannot be printed later.</translation>
        </message>
        <message>
            <source>Name the PDF to write with --out FILE.pdf.</source>
            <translation>Name the PDF to write with --out FILE.pdf.</translation>
        </message>
        <message>
            <source>The form %1 does not take --%2.</source>
            <translation>The form %1 does not take --%2.</translation>
        </message>
        <message>
            <source>The form %1 is about one record: give it with --id ID.</source>
            <translation>The form %1 is about one record: give it with --id ID.</translation>
        </message>
        <message>
            <source>Give either --id or --section/--from/--to, not both.</source>
            <translation>Give either --id or --section/--from/--to, not both.</translation>
        </message>
        <message>
            <source>--from (%1) is after --to (%2).</source>
            <translation>--from (%1) is after --to (%2).</translation>
        </message>
        <message>
            <source>The folder for %1 does not exist.</source>
            <translation>The folder for %1 does not exist.</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, pages: %3) to %4.</source>
            <translation>Wrote %1 (%2, pages: %3) to %4.</translation>
        </message>
        <message>
            <source>Incident report to the mayor (事案報告書) of one leak incident (--id: its id or incident number).</source>
            <translation>Incident report to the mayor (事案報告書) of one leak incident (--id: its id or incident number).</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC (速報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</source>
            <translation>Preliminary report to the PPC (速報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</translation>
        </message>
        <message>
            <source>Final report to the PPC (確報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</source>
            <translation>Final report to the PPC (確報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</translation>
        </message>
        <message>
            <source>Notice letter to the individuals affected (本人への通知), one page per group notified (--id: its id or incident number).</source>
            <translation>Notice letter to the individuals affected (本人への通知), one page per group notified (--id: its id or incident number).</translation>
        </message>
        <message>
            <source>Labels with QR codes of the carry-outs of a section and period, or of one carry-out or disposal batch (--id: CO-… or DS-…).</source>
            <translation>Labels with QR codes of the carry-outs of a section and period, or of one carry-out or disposal batch (--id: CO-… or DS-…).</translation>
        </message>
        <message>
            <source>Disposal ledger (廃棄記録簿) of a section and period (planned date), A4 landscape.</source>
            <translation>Disposal ledger (廃棄記録簿) of a section and period (planned date), A4 landscape.</translation>
        </message>
        <message>
            <source>Disposal certificate (廃棄・消去証明書) issued in-house for one disposal done by staff (--id: its id or control number).</source>
            <translation>Disposal certificate (廃棄・消去証明書) issued in-house for one disposal done by staff (--id: its id or control number).</translation>
        </message>
        <message>
            <source>Labels with QR codes of the disposal batches of a section and period (cancelled ones left out).</source>
            <translation>Labels with QR codes of the disposal batches of a section and period (cancelled ones left out).</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::IncidentCommand</name>
        <message>
            <source>Check whether a leak must be reported to the PPC; list incidents.</source>
            <translation>Check whether a leak must be reported to the PPC; list incidents.</translation>
        </message>
        <message>
            <source>Print the PPC reportability and report deadlines of one incident given as JSON (no case file).</source>
            <translation>Print the PPC reportability and report deadlines of one incident given as JSON (no case file).</translation>
        </message>
        <message>
            <source>List the incidents you may read, optionally only the open ones.</source>
            <translation>List the incidents you may read, optionally only the open ones.</translation>
        </message>
        <message>
            <source>Read the JSON object from this file instead of standard input.</source>
            <translation>Read the JSON object from this file instead of standard input.</translation>
        </message>
        <message>
            <source>Read one JSON object and print whether the incident must be reported to the PPC under each regime, with the grounds and the due dates of the preliminary and final reports. Keys: aware_at (YYYY-MM-DD, required, not in the future), persons (integer, 0 or more, required) and the booleans sensitive, ordinance_sensitive, ordinance_defines_sensitive, property_damage_risk, improper_purpose, advanced_encryption, my_number, my_number_system and public_exposure (default false). Prints {"appi": R, "my_number": R} with R = {"reportable", "grounds", "preliminary_due", "final_due", "notify_individuals"}. Invalid input exits with 2 and names the key.</source>
            <translation>Read one JSON object and print whether the incident must be reported to the PPC under each regime, with the grounds and the due dates of the preliminary and final reports. Keys: aware_at (YYYY-MM-DD, required, not in the future), persons (integer, 0 or more, required) and the booleans sensitive, ordinance_sensitive, ordinance_defines_sensitive, property_damage_risk, improper_purpose, advanced_encryption, my_number, my_number_system and public_exposure (default false). Prints {"appi": R, "my_number": R} with R = {"reportable", "grounds", "preliminary_due", "final_due", "notify_individuals"}. Invalid input exits with 2 and names the key.</translation>
        </message>
        <message>
            <source>The input file %1 does not exist.</source>
            <translation>The input file %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot read the input file %1: %2</source>
            <translation>Cannot read the input file %1: %2</translation>
        </message>
        <message>
            <source>Cannot read standard input: %1</source>
            <translation>Cannot read standard input: %1</translation>
        </message>
        <message>
            <source>Only incidents that are not closed.</source>
            <translation>Only incidents that are not closed.</translation>
        </message>
        <message>
            <source>List the incidents of the sections you may read, newest awareness first, with their stage, the verdict of the latest assessment, the report deadlines and what is still missing before closing.</source>
            <translation>List the incidents of the sections you may read, newest awareness first, with their stage, the verdict of the latest assessment, the report deadlines and what is still missing before closing.</translation>
        </message>
        <message>
            <source>Incident no.</source>
            <translation>Incident no.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Aware</source>
            <translation>Aware</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Reportable</source>
            <translation>Reportable</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>Next report due</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Show or change the case file's PPC reporting rules.</source>
            <translation>Show or change the case file's PPC reporting rules.</translation>
        </message>
        <message>
            <source>Change the rules given in this JSON file (keys left out keep their value).</source>
            <translation>Change the rules given in this JSON file (keys left out keep their value).</translation>
        </message>
        <message>
            <source>Print the rules assessments use: preliminary_day, final_day, final_day_improper_purpose (counted with the awareness date as day 1), appi_persons_threshold, my_number_persons_threshold (reportable above), closed_on_weekends, closed_on_national_holidays and closed_ranges (e.g. ["12-29/01-03"]). With --set, change them (administrators); assessments made before keep their due dates. Invalid values exit with 2 and name the key.</source>
            <translation>Print the rules assessments use: preliminary_day, final_day, final_day_improper_purpose (counted with the awareness date as day 1), appi_persons_threshold, my_number_persons_threshold (reportable above), closed_on_weekends, closed_on_national_holidays and closed_ranges (e.g. ["12-29/01-03"]). With --set, change them (administrators); assessments made before keep their due dates. Invalid values exit with 2 and name the key.</translation>
        </message>
        <message>
            <source>The rules file %1 cannot be read.</source>
            <translation>The rules file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The rules file must hold one JSON object.</source>
            <translation>The rules file must hold one JSON object.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::InitCommand</name>
        <message>
            <source>Create a new case file with its first administrator.</source>
            <translation>Create a new case file with its first administrator.</translation>
        </message>
        <message>
            <source>Folder of the new case file (must not exist, or be empty).</source>
            <translation>Folder of the new case file (must not exist, or be empty).</translation>
        </message>
        <message>
            <source>Login of the first administrator.</source>
            <translation>Login of the first administrator.</translation>
        </message>
        <message>
            <source>Name of the first administrator.</source>
            <translation>Name of the first administrator.</translation>
        </message>
        <message>
            <source>Role titles of the city: %1 (default: %2).</source>
            <translation>Role titles of the city: %1 (default: %2).</translation>
        </message>
        <message>
            <source>Name of the organisation, printed on forms.</source>
            <translation>Name of the organisation, printed on forms.</translation>
        </message>
        <message>
            <source>Also write the recovery sheet, to print and keep in the safe, as a PDF.</source>
            <translation>Also write the recovery sheet, to print and keep in the safe, as a PDF.</translation>
        </message>
        <message>
            <source>init needs --admin LOGIN and --name NAME.</source>
            <translation>init needs --admin LOGIN and --name NAME.</translation>
        </message>
        <message>
            <source>The folder for the recovery sheet %1 does not exist.</source>
            <translation>The folder for the recovery sheet %1 does not exist.</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>Password for %1:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Created the case file %1.</source>
            <translation>Created the case file %1.</translation>
        </message>
        <message>
            <source>Recovery code (shown only this once; keep it on paper in the safe):</source>
            <translation>Recovery code (shown only this once; keep it on paper in the safe):</translation>
        </message>
        <message>
            <source>Recovery sheet written to %1.</source>
            <translation>Recovery sheet written to %1.</translation>
        </message>
        <message>
            <source>The case file was created, but the recovery sheet could not be written: %1</source>
            <translation>The case file was created, but the recovery sheet could not be written: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::JournalCommand</name>
        <message>
            <source>Show the journal (the tamper-evident record of every action).</source>
            <translation>Show the journal (the tamper-evident record of every action).</translation>
        </message>
        <message>
            <source>List journal entries, oldest first.</source>
            <translation>List journal entries, oldest first.</translation>
        </message>
        <message>
            <source>Only entries at or after DATE (YYYY-MM-DD, local, or an ISO date and time).</source>
            <translation>Only entries at or after DATE (YYYY-MM-DD, local, or an ISO date and time).</translation>
        </message>
        <message>
            <source>Only entries at or before DATE (a date alone includes the whole day).</source>
            <translation>Only entries at or before DATE (a date alone includes the whole day).</translation>
        </message>
        <message>
            <source>Only entries by this login.</source>
            <translation>Only entries by this login.</translation>
        </message>
        <message>
            <source>Only entries with this action (create, update, delete, view, export, print, open, close, denied, verify, backup).</source>
            <translation>Only entries with this action (create, update, delete, view, export, print, open, close, denied, verify, backup).</translation>
        </message>
        <message>
            <source>At most N entries.</source>
            <translation>At most N entries.</translation>
        </message>
        <message>
            <source>List journal entries, oldest first. JSON output is an array of objects with seq, at, login, action, entity, entity_id, summary and hash (hex).</source>
            <translation>List journal entries, oldest first. JSON output is an array of objects with seq, at, login, action, entity, entity_id, summary and hash (hex).</translation>
        </message>
        <message>
            <source>--limit takes a whole number of at least 1.</source>
            <translation>--limit takes a whole number of at least 1.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>The output could not be written (was the pipe closed?).</source>
            <translation>The output could not be written (was the pipe closed?).</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Language</name>
        <message>
            <source>Unknown language %1: use ja or en.</source>
            <translation>Unknown language %1: use ja or en.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::PasswordInput</name>
        <message>
            <source>Standard input ended before the password was read.</source>
            <translation>Standard input ended before the password was read.</translation>
        </message>
        <message>
            <source>No terminal to ask for the password: pipe it in with --password-stdin.</source>
            <translation>No terminal to ask for the password: pipe it in with --password-stdin.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::PersonCommand</name>
        <message>
            <source>List the staff records (people) of the organisation.</source>
            <translation>List the staff records (people) of the organisation.</translation>
        </message>
        <message>
            <source>List the people you may read, optionally of one section.</source>
            <translation>List the people you may read, optionally of one section.</translation>
        </message>
        <message>
            <source>Only the people of the section with this code.</source>
            <translation>Only the people of the section with this code.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Staff no.</source>
            <translation>Staff no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Kana</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::RestoreCommand</name>
        <message>
            <source>Restore a backup into a new case-file folder.</source>
            <translation>Restore a backup into a new case-file folder.</translation>
        </message>
        <message>
            <source>The backup file.</source>
            <translation>The backup file.</translation>
        </message>
        <message>
            <source>The folder to restore into (must not exist, or be empty).</source>
            <translation>The folder to restore into (must not exist, or be empty).</translation>
        </message>
        <message>
            <source>Restore a backup. The backup's checksum is verified first; on any failure nothing is left behind. No password is needed: the restored case file opens with the passwords valid at the time of the backup.</source>
            <translation>Restore a backup. The backup's checksum is verified first; on any failure nothing is left behind. No password is needed: the restored case file opens with the passwords valid at the time of the backup.</translation>
        </message>
        <message>
            <source>Restored %1 into %2.</source>
            <translation>Restored %1 into %2.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::RosterCommand</name>
        <message>
            <source>Import or export the staff roster as CSV.</source>
            <translation>Import or export the staff roster as CSV.</translation>
        </message>
        <message>
            <source>Import people from a roster CSV.</source>
            <translation>Import people from a roster CSV.</translation>
        </message>
        <message>
            <source>Export the people you may read as CSV.</source>
            <translation>Export the people you may read as CSV.</translation>
        </message>
        <message>
            <source>The roster CSV, with a header row.</source>
            <translation>The roster CSV, with a header row.</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or cp932.</source>
            <translation>auto (default), utf-8 or cp932.</translation>
        </message>
        <message>
            <source>Check the file and show what would be imported; write nothing.</source>
            <translation>Check the file and show what would be imported; write nothing.</translation>
        </message>
        <message>
            <source>Import nothing if any row is refused.</source>
            <translation>Import nothing if any row is refused.</translation>
        </message>
        <message>
            <source>Import people from a roster CSV. The header names the columns 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email) in any order. A section named in 所属 is created if it is new. Rows that are refused are listed with their line numbers; the others are imported.</source>
            <translation>Import people from a roster CSV. The header names the columns 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email) in any order. A section named in 所属 is created if it is new. Rows that are refused are listed with their line numbers; the others are imported.</translation>
        </message>
        <message>
            <source>Unknown encoding %1: use auto, utf-8 or cp932.</source>
            <translation>Unknown encoding %1: use auto, utf-8 or cp932.</translation>
        </message>
        <message>
            <source>The roster file %1 does not exist.</source>
            <translation>The roster file %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot read the roster file %1: %2</source>
            <translation>Cannot read the roster file %1: %2</translation>
        </message>
        <message>
            <source>The roster file %1 cannot be imported: %2</source>
            <translation>The roster file %1 cannot be imported: %2</translation>
        </message>
        <message>
            <source>Rows refused: %1. Nothing was imported (--all-or-nothing).</source>
            <translation>Rows refused: %1. Nothing was imported (--all-or-nothing).</translation>
        </message>
        <message>
            <source>Read the file as %1.</source>
            <translation>Read the file as %1.</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 updated.</source>
            <translation>Imported: %1 new, %2 updated.</translation>
        </message>
        <message>
            <source>Nothing was written. Would import: %1 new, %2 updated.</source>
            <translation>Nothing was written. Would import: %1 new, %2 updated.</translation>
        </message>
        <message>
            <source>New sections: %1</source>
            <translation>New sections: %1</translation>
        </message>
        <message>
            <source>Would create the sections: %1</source>
            <translation>Would create the sections: %1</translation>
        </message>
        <message>
            <source>Refused: %1 rows.</source>
            <translation>Refused: %1 rows.</translation>
        </message>
        <message>
            <source>  line %1: %2</source>
            <translation>  line %1: %2</translation>
        </message>
        <message>
            <source>The CSV file to write (UTF-8 with BOM, as Excel opens it).</source>
            <translation>The CSV file to write (UTF-8 with BOM, as Excel opens it).</translation>
        </message>
        <message>
            <source>Only the people of the section with this code.</source>
            <translation>Only the people of the section with this code.</translation>
        </message>
        <message>
            <source>Why the data leaves the case file (needed above the export threshold).</source>
            <translation>Why the data leaves the case file (needed above the export threshold).</translation>
        </message>
        <message>
            <source>Export the people you may read as CSV. The export is recorded in the journal.</source>
            <translation>Export the people you may read as CSV. The export is recorded in the journal.</translation>
        </message>
        <message>
            <source>roster export needs --out FILE.</source>
            <translation>roster export needs --out FILE.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Wrote %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::SearchCommand</name>
        <message>
            <source>Find records that contain every word given.</source>
            <translation>Find records that contain every word given.</translation>
        </message>
        <message>
            <source>At most N results (default 50).</source>
            <translation>At most N results (default 50).</translation>
        </message>
        <message>
            <source>Give the words to search for.</source>
            <translation>Give the words to search for.</translation>
        </message>
        <message>
            <source>--limit takes a number from 1 to 10000.</source>
            <translation>--limit takes a number from 1 to 10000.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Find people, handling areas, register files, carry-outs, disposals and leak incidents that contain every word given, in the sections you may read.</source>
            <translation>Find people, handling areas, register files, carry-outs, disposals and leak incidents that contain every word given, in the sections you may read.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::SectionCommand</name>
        <message>
            <source>Add and list the sections of the organisation.</source>
            <translation>Add and list the sections of the organisation.</translation>
        </message>
        <message>
            <source>Add a section.</source>
            <translation>Add a section.</translation>
        </message>
        <message>
            <source>List the sections.</source>
            <translation>List the sections.</translation>
        </message>
        <message>
            <source>The city's code of the section, e.g. 0301.</source>
            <translation>The city's code of the section, e.g. 0301.</translation>
        </message>
        <message>
            <source>The section's name.</source>
            <translation>The section's name.</translation>
        </message>
        <message>
            <source>Added the section %1 %2.</source>
            <translation>Added the section %1 %2.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::UserCommand</name>
        <message>
            <source>There is no account with the login %1.</source>
            <translation>There is no account with the login %1.</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>There is no section with the code %1.</translation>
        </message>
        <message>
            <source>Add, list and disable officer accounts, and change passwords.</source>
            <translation>Add, list and disable officer accounts, and change passwords.</translation>
        </message>
        <message>
            <source>Add an account.</source>
            <translation>Add an account.</translation>
        </message>
        <message>
            <source>List the accounts.</source>
            <translation>List the accounts.</translation>
        </message>
        <message>
            <source>Disable an account (its history stays).</source>
            <translation>Disable an account (its history stays).</translation>
        </message>
        <message>
            <source>Change your own password, or reset another account's.</source>
            <translation>Change your own password, or reset another account's.</translation>
        </message>
        <message>
            <source>Login of the new account.</source>
            <translation>Login of the new account.</translation>
        </message>
        <message>
            <source>The officer's name.</source>
            <translation>The officer's name.</translation>
        </message>
        <message>
            <source>A role, repeatable: %1. Section-scoped roles take @SECTIONCODE, or the --section.</source>
            <translation>A role, repeatable: %1. Section-scoped roles take @SECTIONCODE, or the --section.</translation>
        </message>
        <message>
            <source>The officer's own section (its code).</source>
            <translation>The officer's own section (its code).</translation>
        </message>
        <message>
            <source>Add an account. Its password is the second line of standard input with --password-stdin, otherwise it is asked for twice.</source>
            <translation>Add an account. Its password is the second line of standard input with --password-stdin, otherwise it is asked for twice.</translation>
        </message>
        <message>
            <source>user add needs --name NAME and at least one --role ROLE.</source>
            <translation>user add needs --name NAME and at least one --role ROLE.</translation>
        </message>
        <message>
            <source>Unknown role %1. The roles are: %2.</source>
            <translation>Unknown role %1. The roles are: %2.</translation>
        </message>
        <message>
            <source>Password for the new account %1:</source>
            <translation>Password for the new account %1:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Added the account %1 (%2).</source>
            <translation>Added the account %1 (%2).</translation>
        </message>
        <message>
            <source>List the accounts with their roles and sections.</source>
            <translation>List the accounts with their roles and sections.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>The account to disable.</source>
            <translation>The account to disable.</translation>
        </message>
        <message>
            <source>Disable an account: its key slot is removed, its record and journal history stay.</source>
            <translation>Disable an account: its key slot is removed, its record and journal history stay.</translation>
        </message>
        <message>
            <source>Disabled the account %1.</source>
            <translation>Disabled the account %1.</translation>
        </message>
        <message>
            <source>Reset this account's password (administrators, or with the recovery code).</source>
            <translation>Reset this account's password (administrators, or with the recovery code).</translation>
        </message>
        <message>
            <source>Without LOGIN: change your own password (the password you opened with is the current one). With LOGIN: set a new password for that account and enable it again. The new password is the next line of standard input with --password-stdin, otherwise it is asked for twice.</source>
            <translation>Without LOGIN: change your own password (the password you opened with is the current one). With LOGIN: set a new password for that account and enable it again. The new password is the next line of standard input with --password-stdin, otherwise it is asked for twice.</translation>
        </message>
        <message>
            <source>With the recovery code, name the account whose password to reset: user passwd LOGIN.</source>
            <translation>With the recovery code, name the account whose password to reset: user passwd LOGIN.</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Repeat the new password:</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
        <message>
            <source>New password for %1:</source>
            <translation>New password for %1:</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>The password of %1 was reset.</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::VerifyCommand</name>
        <message>
            <source>Check the database and the journal's hash chain.</source>
            <translation>Check the database and the journal's hash chain.</translation>
        </message>
        <message>
            <source>Check the database (PRAGMA integrity_check) and recompute the journal's hash chain. Exits with 0 only when both are intact.</source>
            <translation>Check the database (PRAGMA integrity_check) and recompute the journal's hash chain. Exits with 0 only when both are intact.</translation>
        </message>
        <message>
            <source>Database integrity: %1</source>
            <translation>Database integrity: %1</translation>
        </message>
        <message numerus="yes">
            <source>Journal: %n entries checked, the hash chain is intact.</source>
            <translation>
                <numerusform>Journal: %n entries checked, the hash chain is intact.</numerusform>
                <numerusform>Journal: %n entries checked, the hash chain is intact.</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal: the hash chain is broken at entry %1.</source>
            <translation>Journal: the hash chain is broken at entry %1.</translation>
        </message>
        <message>
            <source>Journal head: %1</source>
            <translation>Journal head: %1</translation>
        </message>
        <message>
            <source>Verification failed: the database reports "%1".</source>
            <translation>Verification failed: the database reports "%1".</translation>
        </message>
        <message>
            <source>Verification failed: the journal chain is broken at entry %1.</source>
            <translation>Verification failed: the journal chain is broken at entry %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::crypto</name>
        <message>
            <source>Cryptographic operation failed: %1</source>
            <translation>Cryptographic operation failed: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AboutDialog</name>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later. Uses Qt (LGPL 3) and SQLCipher (BSD).</source>
            <translation>Free software under the GNU General Public License, version 3 or later. Uses Qt (LGPL 3) and SQLCipher (BSD).</translation>
        </message>
        <message>
            <source>About Mamori</source>
            <translation>About Mamori</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>SQLCipher:</source>
            <translation>SQLCipher:</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <source>Journal head:</source>
            <translation>Journal head:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccessRightsModel</name>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>read</source>
            <translation>read</translation>
        </message>
        <message>
            <source>update</source>
            <translation>update</translation>
        </message>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>print</source>
            <translation>print</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>Revoked on %1</translation>
        </message>
        <message numerus="yes">
            <source>Review overdue by %n day(s)</source>
            <translation>
                <numerusform>Review overdue by %n day(s)</numerusform>
                <numerusform>Review overdue by %n day(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>account %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operations</translation>
        </message>
        <message>
            <source>Granted by</source>
            <translation>Granted by</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>Granted on</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Review due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccessRightsPanel</name>
        <message>
            <source>Overdue reviews only</source>
            <translation>Overdue reviews only</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>Grant…</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message numerus="yes">
            <source>%n right(s) overdue for review.</source>
            <translation>
                <numerusform>%n right(s) overdue for review.</numerusform>
                <numerusform>%n right(s) overdue for review.</numerusform>
            </translation>
        </message>
        <message>
            <source>The right was revoked.</source>
            <translation>The right was revoked.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountDialog</name>
        <message>
            <source>Add account</source>
            <translation>Add account</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Add role</source>
            <translation>Add role</translation>
        </message>
        <message>
            <source>At least %1 characters. The officer should change it at the first login.</source>
            <translation>At least %1 characters. The officer should change it at the first login.</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>Give the account at least one role.</translation>
        </message>
        <message>
            <source>This role applies to one section, and the case file has no sections yet.</source>
            <translation>This role applies to one section, and the case file has no sections yet.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountsModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountsView</name>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>Print list…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Account %1 added.</source>
            <translation>Account %1 added.</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>The password of %1 was reset.</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <source>Disable the account %1 (%2)? The officer can no longer open the case file. The account and its journal history are kept; resetting the password enables it again.</source>
            <translation>Disable the account %1 (%2)? The officer can no longer open the case file. The account and its journal history are kept; resetting the password enables it again.</translation>
        </message>
        <message>
            <source>The account was disabled.</source>
            <translation>The account was disabled.</translation>
        </message>
        <message>
            <source>Save account list as PDF</source>
            <translation>Save account list as PDF</translation>
        </message>
        <message>
            <source>account-list.pdf</source>
            <translation>account-list.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The account list was saved as %1.</source>
            <translation>The account list was saved as %1.</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreaDialog</name>
        <message>
            <source>Edit handling area</source>
            <translation>Edit handling area</translation>
        </message>
        <message>
            <source>Add handling area</source>
            <translation>Add handling area</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>(choose a section)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Area &amp;code:</source>
            <translation>Area &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Building:</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>&amp;Floor:</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Room:</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>Re&amp;marks:</translation>
        </message>
        <message>
            <source>Layout image:</source>
            <translation>Layout image:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Physical measures</source>
            <translation>Physical measures</translation>
        </message>
        <message>
            <source>Authorised handlers</source>
            <translation>Authorised handlers</translation>
        </message>
        <message>
            <source>Files handled here</source>
            <translation>Files handled here</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Add area</source>
            <translation>Add area</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Choose the section that keeps the area.</source>
            <translation>Choose the section that keeps the area.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreaMeasuresEditor</name>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreasModel</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>Area code</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Layout image</source>
            <translation>Layout image</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreasView</name>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Print designation sheet…</source>
            <translation>Print designation sheet…</translation>
        </message>
        <message>
            <source>Save sheet as PDF…</source>
            <translation>Save sheet as PDF…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s).</source>
            <translation>
                <numerusform>%n area(s).</numerusform>
                <numerusform>%n area(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Save designation sheet as PDF</source>
            <translation>Save designation sheet as PDF</translation>
        </message>
        <message>
            <source>area-sheet.pdf</source>
            <translation>area-sheet.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>handling-areas.csv</source>
            <translation>handling-areas.csv</translation>
        </message>
        <message>
            <source>You may not read the handling areas.</source>
            <translation>You may not read the handling areas.</translation>
        </message>
        <message>
            <source>Handling areas</source>
            <translation>Handling areas</translation>
        </message>
        <message>
            <source>Area %1 was added.</source>
            <translation>Area %1 was added.</translation>
        </message>
        <message>
            <source>Area %1 was saved.</source>
            <translation>Area %1 was saved.</translation>
        </message>
        <message>
            <source>Delete handling area</source>
            <translation>Delete handling area</translation>
        </message>
        <message>
            <source>Delete the handling area %1 with its measures and handlers?</source>
            <translation>Delete the handling area %1 with its measures and handlers?</translation>
        </message>
        <message>
            <source>The area was deleted.</source>
            <translation>The area was deleted.</translation>
        </message>
        <message>
            <source>The designation sheet was saved as %1.</source>
            <translation>The designation sheet was saved as %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) exported to %1.</source>
            <translation>
                <numerusform>%n area(s) exported to %1.</numerusform>
                <numerusform>%n area(s) exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AssessmentPage</name>
        <message>
            <source>not reportable</source>
            <translation>not reportable</translation>
        </message>
        <message>
            <source>Assess now</source>
            <translation>Assess now</translation>
        </message>
        <message>
            <source>Assessed at</source>
            <translation>Assessed at</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Facts version</source>
            <translation>Facts version</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>APPI</translation>
        </message>
        <message>
            <source>My Number Act</source>
            <translation>My Number Act</translation>
        </message>
        <message>
            <source>Every assessment:</source>
            <translation>Every assessment:</translation>
        </message>
        <message>
            <source>Not assessed yet. Record the facts, then assess.</source>
            <translation>Not assessed yet. Record the facts, then assess.</translation>
        </message>
        <message>
            <source>The facts changed after the assessment of %1: assess again.</source>
            <translation>The facts changed after the assessment of %1: assess again.</translation>
        </message>
        <message>
            <source>Assessed on %1 by %2 on the current facts (%3 persons).</source>
            <translation>Assessed on %1 by %2 on the current facts (%3 persons).</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AttachmentViewer</name>
        <message>
            <source>Open the exported PDF in a PDF viewer to read it.</source>
            <translation>Open the exported PDF in a PDF viewer to read it.</translation>
        </message>
        <message>
            <source>This image cannot be shown.</source>
            <translation>This image cannot be shown.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n page(s)</source>
            <translation>
                <numerusform>%1, %n page(s)</numerusform>
                <numerusform>%1, %n page(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2 × %3 pixels</source>
            <translation>%1, %2 × %3 pixels</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Caption:</source>
            <translation>Caption:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutApprovalDialog</name>
        <message>
            <source>Approve or reject carry-out %1</source>
            <translation>Approve or reject carry-out %1</translation>
        </message>
        <message>
            <source>Protective measures (seed 002 Art. 11(4), seed 000 Art. 12)</source>
            <translation>Protective measures (seed 002 Art. 11(4), seed 000 Art. 12)</translation>
        </message>
        <message>
            <source>Reason for a rejection</source>
            <translation>Reason for a rejection</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Before approving, tick the required measures: %1.</source>
            <translation>Before approving, tick the required measures: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutDetailDialog</name>
        <message>
            <source>Carry-out %1</source>
            <translation>Carry-out %1</translation>
        </message>
        <message>
            <source>Protective measures</source>
            <translation>Protective measures</translation>
        </message>
        <message>
            <source>Approve or reject…</source>
            <translation>Approve or reject…</translation>
        </message>
        <message>
            <source>Mark out now</source>
            <translation>Mark out now</translation>
        </message>
        <message>
            <source>Record return…</source>
            <translation>Record return…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>Report lost…</translation>
        </message>
        <message>
            <source>Close entry</source>
            <translation>Close entry</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutLabels</name>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>USB memory</source>
            <translation>USB memory</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Laptop</translation>
        </message>
        <message>
            <source>Optical disc</source>
            <translation>Optical disc</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Lockable carrying case</source>
            <translation>Lockable carrying case</translation>
        </message>
        <message>
            <source>Trackable means of transport</source>
            <translation>Trackable means of transport</translation>
        </message>
        <message>
            <source>Documents sealed</source>
            <translation>Documents sealed</translation>
        </message>
        <message>
            <source>My Numbers masked with stickers</source>
            <translation>My Numbers masked with stickers</translation>
        </message>
        <message>
            <source>Data encrypted or password-protected</source>
            <translation>Data encrypted or password-protected</translation>
        </message>
        <message>
            <source>Authentication set on the media</source>
            <translation>Authentication set on the media</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutListModel</name>
        <message>
            <source>Control No.</source>
            <translation>Control No.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation>Planned departure</translation>
        </message>
        <message>
            <source>Planned return</source>
            <translation>Planned return</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutLostDialog</name>
        <message>
            <source>Report %1 lost</source>
            <translation>Report %1 lost</translation>
        </message>
        <message>
            <source>Describe how and when the item was lost. Report the loss to the unit manager at once: it may be an incident to report.</source>
            <translation>Describe how and when the item was lost. Report the loss to the unit manager at once: it may be an incident to report.</translation>
        </message>
        <message>
            <source>Report lost</source>
            <translation>Report lost</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutRequestDialog</name>
        <message>
            <source>New carry-out request</source>
            <translation>New carry-out request</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>&amp;File of the register:</source>
            <translation>&amp;File of the register:</translation>
        </message>
        <message>
            <source>Carried out &amp;by:</source>
            <translation>Carried out &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>&amp;Item:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Records (persons):</source>
            <translation>&amp;Records (persons):</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>D&amp;estination:</source>
            <translation>D&amp;estination:</translation>
        </message>
        <message>
            <source>Planned &amp;departure:</source>
            <translation>Planned &amp;departure:</translation>
        </message>
        <message>
            <source>Planned &amp;return:</source>
            <translation>Planned &amp;return:</translation>
        </message>
        <message>
            <source>Protective measures:</source>
            <translation>Protective measures:</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>Re&amp;marks:</translation>
        </message>
        <message>
            <source>Submit request</source>
            <translation>Submit request</translation>
        </message>
        <message>
            <source>(no file of the register)</source>
            <translation>(no file of the register)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutReturnDialog</name>
        <message>
            <source>Record the return of %1</source>
            <translation>Record the return of %1</translation>
        </message>
        <message>
            <source>Returned &amp;at:</source>
            <translation>Returned &amp;at:</translation>
        </message>
        <message>
            <source>Brought back &amp;by:</source>
            <translation>Brought back &amp;by:</translation>
        </message>
        <message>
            <source>Checked by:</source>
            <translation>Checked by:</translation>
        </message>
        <message numerus="yes">
            <source>The count matches (%n record(s))</source>
            <translation>
                <numerusform>The count matches (%n record(s))</numerusform>
                <numerusform>The count matches (%n record(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>The seal is intact</source>
            <translation>The seal is intact</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>Re&amp;marks:</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Record return</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutSummary</name>
        <message>
            <source>Control No.:</source>
            <translation>Control No.:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>Section:</translation>
        </message>
        <message>
            <source>(no file of the register)</source>
            <translation>(no file of the register)</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Carried out by:</source>
            <translation>Carried out by:</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Records:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>Destination:</translation>
        </message>
        <message>
            <source>Planned:</source>
            <translation>Planned:</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>Left:</translation>
        </message>
        <message>
            <source>Returned:</source>
            <translation>Returned:</translation>
        </message>
        <message>
            <source>%1, by %2; count matches: %3; seal intact: %4</source>
            <translation>%1, by %2; count matches: %3; seal intact: %4</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Reason for rejection:</source>
            <translation>Reason for rejection:</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Remarks:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutWorkflow</name>
        <message>
            <source>Carry-outs</source>
            <translation>Carry-outs</translation>
        </message>
        <message>
            <source>Mark out</source>
            <translation>Mark out</translation>
        </message>
        <message>
            <source>Record that %1 (%2) leaves now?</source>
            <translation>Record that %1 (%2) leaves now?</translation>
        </message>
        <message>
            <source>Close entry</source>
            <translation>Close entry</translation>
        </message>
        <message>
            <source>Close the ledger entry %1? It cannot be changed afterwards.</source>
            <translation>Close the ledger entry %1? It cannot be changed afterwards.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutsView</name>
        <message>
            <source>Your account may not read the carry-out ledger.</source>
            <translation>Your account may not read the carry-out ledger.</translation>
        </message>
        <message>
            <source>&amp;Departure from:</source>
            <translation>&amp;Departure from:</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>New request…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Approve or reject…</source>
            <translation>Approve or reject…</translation>
        </message>
        <message>
            <source>Mark out…</source>
            <translation>Mark out…</translation>
        </message>
        <message>
            <source>Record return…</source>
            <translation>Record return…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>Report lost…</translation>
        </message>
        <message>
            <source>Close entry…</source>
            <translation>Close entry…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n carry-out(s)</source>
            <translation>
                <numerusform>%n carry-out(s)</numerusform>
                <numerusform>%n carry-out(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>Carry-out ledger (持出簿) of the listed carry-outs</source>
            <translation>Carry-out ledger (持出簿) of the listed carry-outs</translation>
        </message>
        <message>
            <source>Approval form (持出承認申請書) of the selected carry-out</source>
            <translation>Approval form (持出承認申請書) of the selected carry-out</translation>
        </message>
        <message>
            <source>Label of the selected carry-out</source>
            <translation>Label of the selected carry-out</translation>
        </message>
        <message>
            <source>Labels of the listed carry-outs</source>
            <translation>Labels of the listed carry-outs</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CaseStatusBar</name>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Recovery session: only account passwords can be reset</source>
            <translation>Recovery session: only account passwords can be reset</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>Journal: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CertificateDialog</name>
        <message>
            <source>Certificate for %1</source>
            <translation>Certificate for %1</translation>
        </message>
        <message>
            <source>Certificate &amp;number:</source>
            <translation>Certificate &amp;number:</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>&amp;Issued by:</translation>
        </message>
        <message>
            <source>Issued &amp;on:</source>
            <translation>Issued &amp;on:</translation>
        </message>
        <message>
            <source>&amp;Responsible person:</source>
            <translation>&amp;Responsible person:</translation>
        </message>
        <message>
            <source>Re&amp;ceived on:</source>
            <translation>Re&amp;ceived on:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CertificatePanel</name>
        <message>
            <source>Add certificate…</source>
            <translation>Add certificate…</translation>
        </message>
        <message>
            <source>Attach photo or scan…</source>
            <translation>Attach photo or scan…</translation>
        </message>
        <message>
            <source>Select a disposal to see its certificates and photos.</source>
            <translation>Select a disposal to see its certificates and photos.</translation>
        </message>
        <message>
            <source>Certificate %1 from %2, issued %3, received %4%5</source>
            <translation>Certificate %1 from %2, issued %3, received %4%5</translation>
        </message>
        <message>
            <source> (responsible: %1)</source>
            <translation> (responsible: %1)</translation>
        </message>
        <message>
            <source>Witnessed by %1 at %2</source>
            <translation>Witnessed by %1 at %2</translation>
        </message>
        <message>
            <source>No certificate or witness yet: this disposal cannot be verified.</source>
            <translation>No certificate or witness yet: this disposal cannot be verified.</translation>
        </message>
        <message>
            <source>No certificates or witnesses recorded.</source>
            <translation>No certificates or witnesses recorded.</translation>
        </message>
        <message>
            <source>%1
SHA-256: %2</source>
            <translation>%1
SHA-256: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (PDF, %n page(s))</source>
            <translation>
                <numerusform>%1 (PDF, %n page(s))</numerusform>
                <numerusform>%1 (PDF, %n page(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is larger than 20 MB and cannot be attached.</source>
            <translation>%1 is larger than 20 MB and cannot be attached.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 cannot be read: %2</translation>
        </message>
        <message>
            <source>Attached %1 (SHA-256 %2).</source>
            <translation>Attached %1 (SHA-256 %2).</translation>
        </message>
        <message>
            <source>Attach photo or scan</source>
            <translation>Attach photo or scan</translation>
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>The new password needs at least %1 characters and must not contain your login.</source>
            <translation>The new password needs at least %1 characters and must not contain your login.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>New password again:</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>Enter your current password.</translation>
        </message>
        <message>
            <source>The two new passwords are not the same. Type them again.</source>
            <translation>The two new passwords are not the same. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ContainmentPage</name>
        <message>
            <source>Done at</source>
            <translation>Done at</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Record a containment action</source>
            <translation>Record a containment action</translation>
        </message>
        <message>
            <source>e.g. disconnected the terminal from the network</source>
            <translation>e.g. disconnected the terminal from the network</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Done at:</source>
            <translation>&amp;Done at:</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseAdminPage</name>
        <message>
            <source>First system administrator</source>
            <translation>First system administrator</translation>
        </message>
        <message>
            <source>This account sets up the other accounts.</source>
            <translation>This account sets up the other accounts.</translation>
        </message>
        <message>
            <source>Choose a password of at least %1 characters that you use nowhere else.</source>
            <translation>Choose a password of at least %1 characters that you use nowhere else.</translation>
        </message>
        <message>
            <source>Create case file</source>
            <translation>Create case file</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>The two passwords are not the same. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseFolderPage</name>
        <message>
            <source>Where to keep the case file</source>
            <translation>Where to keep the case file</translation>
        </message>
        <message>
            <source>A case file is one folder; ".mamori" is added to its name.</source>
            <translation>A case file is one folder; ".mamori" is added to its name.</translation>
        </message>
        <message>
            <source>Keep it on a drive that is backed up and that only the officers concerned can reach.</source>
            <translation>Keep it on a drive that is backed up and that only the officers concerned can reach.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>e.g. personal-information-2025</source>
            <translation>e.g. personal-information-2025</translation>
        </message>
        <message>
            <source>Parent folder:</source>
            <translation>Parent folder:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Will be created:</source>
            <translation>Will be created:</translation>
        </message>
        <message>
            <source>Choose the parent folder</source>
            <translation>Choose the parent folder</translation>
        </message>
        <message>
            <source>The name may not contain / \ : * ? " &lt; &gt; |.</source>
            <translation>The name may not contain / \ : * ? " &lt; &gt; |.</translation>
        </message>
        <message>
            <source>The parent folder does not exist.</source>
            <translation>The parent folder does not exist.</translation>
        </message>
        <message>
            <source>You cannot write to the parent folder. Choose another one.</source>
            <translation>You cannot write to the parent folder. Choose another one.</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name.</source>
            <translation>%1 already exists. Choose another name.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseOrganisationPage</name>
        <message>
            <source>Organisation and titles</source>
            <translation>Organisation and titles</translation>
        </message>
        <message>
            <source>The name is printed on every form; the preset sets the titles of the roles.</source>
            <translation>The name is printed on every form; the preset sets the titles of the roles.</translation>
        </message>
        <message>
            <source>e.g. Shiraoka City</source>
            <translation>e.g. Shiraoka City</translation>
        </message>
        <message>
            <source>Shiraoka model (白岡市方式)</source>
            <translation>Shiraoka model (白岡市方式)</translation>
        </message>
        <message>
            <source>Muko model (向日市方式)</source>
            <translation>Muko model (向日市方式)</translation>
        </message>
        <message>
            <source>For all retained personal information under the APPI. Deputy mayor as 総括保護管理者, each section chief as 保護管理者 with 保護担当者 to assist; no 総括責任者.</source>
            <translation>For all retained personal information under the APPI. Deputy mayor as 総括保護管理者, each section chief as 保護管理者 with 保護担当者 to assist; no 総括責任者.</translation>
        </message>
        <message>
            <source>For My Number data. Deputy mayor as 最高総括責任者, the protection department head as 総括責任者, section chiefs as 保護責任者 and designated 事務取扱担当者; no 保護担当者.</source>
            <translation>For My Number data. Deputy mayor as 最高総括責任者, the protection department head as 総括責任者, section chiefs as 保護責任者 and designated 事務取扱担当者; no 保護担当者.</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Titles:</source>
            <translation>Titles:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseRecoveryPage</name>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>The only way back in if every administrator loses their password.</source>
            <translation>The only way back in if every administrator loses their password.</translation>
        </message>
        <message>
            <source>The code is shown only now. Save the recovery sheet as PDF or print it, keep the paper in the fireproof safe and delete any PDF copy: a file of the code is as good as a key.</source>
            <translation>The code is shown only now. Save the recovery sheet as PDF or print it, keep the paper in the fireproof safe and delete any PDF copy: a file of the code is as good as a key.</translation>
        </message>
        <message>
            <source>Save recovery sheet as PDF…</source>
            <translation>Save recovery sheet as PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Finish becomes available once the sheet has been saved or printed.</source>
            <translation>Finish becomes available once the sheet has been saved or printed.</translation>
        </message>
        <message>
            <source>Save the recovery sheet as PDF or print it first. Without it the case file cannot be recovered when every administrator has lost their password.</source>
            <translation>Save the recovery sheet as PDF or print it first. Without it the case file cannot be recovered when every administrator has lost their password.</translation>
        </message>
        <message>
            <source>-recovery-sheet</source>
            <translation>-recovery-sheet</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Save recovery sheet</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1. Print it, keep the paper in the safe, and then delete the PDF file.</source>
            <translation>Saved as %1. Print it, keep the paper in the safe, and then delete the PDF file.</translation>
        </message>
        <message>
            <source>The recovery sheet could not be saved: %1</source>
            <translation>The recovery sheet could not be saved: %1</translation>
        </message>
        <message>
            <source>Print recovery sheet</source>
            <translation>Print recovery sheet</translation>
        </message>
        <message>
            <source>Sent to the printer. Check the paper before you finish: keep it in the safe.</source>
            <translation>Sent to the printer. Check the paper before you finish: keep it in the safe.</translation>
        </message>
        <message>
            <source>The recovery sheet could not be printed: %1</source>
            <translation>The recovery sheet could not be printed: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseWizard</name>
        <message>
            <source>New case file</source>
            <translation>New case file</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CsvWriter</name>
        <message>
            <source>The CSV file could not be written: %1</source>
            <translation>The CSV file could not be written: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Open incidents</translation>
        </message>
        <message>
            <source>Next PPC deadline</source>
            <translation>Next PPC deadline</translation>
        </message>
        <message>
            <source>Carry-outs overdue</source>
            <translation>Carry-outs overdue</translation>
        </message>
        <message>
            <source>Access reviews overdue</source>
            <translation>Access reviews overdue</translation>
        </message>
        <message>
            <source>The city on %1</source>
            <translation>The city on %1</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>The city</translation>
        </message>
        <message>
            <source>none due</source>
            <translation>none due</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day(s) left</numerusform>
                <numerusform>%n day(s) left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day(s) overdue</numerusform>
                <numerusform>%n day(s) overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DemoPanel</name>
        <message>
            <source>Demo case file</source>
            <translation>Demo case file</translation>
        </message>
        <message>
            <source>Invented data for trying Mamori out. Never enter real personal data here.</source>
            <translation>Invented data for trying Mamori out. Never enter real personal data here.</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Double-click a row to use that login.</source>
            <translation>Double-click a row to use that login.</translation>
        </message>
        <message>
            <source>Password for every demo login: %1</source>
            <translation>Password for every demo login: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalDialog</name>
        <message>
            <source>Disposal %1</source>
            <translation>Disposal %1</translation>
        </message>
        <message>
            <source>Plan a disposal</source>
            <translation>Plan a disposal</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>&amp;Requested by:</source>
            <translation>&amp;Requested by:</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Model:</translation>
        </message>
        <message>
            <source>One serial number a line</source>
            <translation>One serial number a line</translation>
        </message>
        <message>
            <source>Serial &amp;numbers:</source>
            <translation>Serial &amp;numbers:</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantity:</translation>
        </message>
        <message>
            <source>Records / &amp;persons:</source>
            <translation>Records / &amp;persons:</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>&amp;Basis:</translation>
        </message>
        <message>
            <source>M&amp;ethod:</source>
            <translation>M&amp;ethod:</translation>
        </message>
        <message>
            <source>Tool and standard, shredder class …</source>
            <translation>Tool and standard, shredder class …</translation>
        </message>
        <message>
            <source>Method de&amp;tails:</source>
            <translation>Method de&amp;tails:</translation>
        </message>
        <message>
            <source>In-house (staff)</source>
            <translation>In-house (staff)</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Performed &amp;by:</source>
            <translation>Performed &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Contractor:</source>
            <translation>&amp;Contractor:</translation>
        </message>
        <message>
            <source>1 for the contractor itself, 2 for its subcontractor, and so on.</source>
            <translation>1 for the contractor itself, 2 for its subcontractor, and so on.</translation>
        </message>
        <message>
            <source>Subcontract &amp;tier:</source>
            <translation>Subcontract &amp;tier:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Planned on:</translation>
        </message>
        <message>
            <source>Remar&amp;ks:</source>
            <translation>Remar&amp;ks:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalStepDialog</name>
        <message>
            <source>Destroyed in-house: %1</source>
            <translation>Destroyed in-house: %1</translation>
        </message>
        <message>
            <source>Handed to the contractor: %1</source>
            <translation>Handed to the contractor: %1</translation>
        </message>
        <message>
            <source>Witness of %1</source>
            <translation>Witness of %1</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation>Disposal</translation>
        </message>
        <message>
            <source>Witnessed at</source>
            <translation>Witnessed at</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <source>Destroyed at</source>
            <translation>Destroyed at</translation>
        </message>
        <message>
            <source>Handed over at</source>
            <translation>Handed over at</translation>
        </message>
        <message>
            <source>Destroyed by</source>
            <translation>Destroyed by</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalsModel</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Destroyed in-house</source>
            <translation>Destroyed in-house</translation>
        </message>
        <message>
            <source>Handed to contractor</source>
            <translation>Handed to contractor</translation>
        </message>
        <message>
            <source>Witnessed</source>
            <translation>Witnessed</translation>
        </message>
        <message>
            <source>Certificate received</source>
            <translation>Certificate received</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Shredding</source>
            <translation>Shredding</translation>
        </message>
        <message>
            <source>Dissolution</source>
            <translation>Dissolution</translation>
        </message>
        <message>
            <source>Incineration</source>
            <translation>Incineration</translation>
        </message>
        <message>
            <source>Physical destruction</source>
            <translation>Physical destruction</translation>
        </message>
        <message>
            <source>Degaussing</source>
            <translation>Degaussing</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Overwrite</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Built-in disk</source>
            <translation>Built-in disk</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>In-house</translation>
        </message>
        <message>
            <source>%1 (subcontract tier %2)</source>
            <translation>%1 (subcontract tier %2)</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>Control no.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Performed by</source>
            <translation>Performed by</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planned on</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalsView</name>
        <message>
            <source>Any state</source>
            <translation>Any state</translation>
        </message>
        <message>
            <source>All my sections</source>
            <translation>All my sections</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>Plan…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Record in ledger</source>
            <translation>Record in ledger</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n disposal(s).</source>
            <translation>
                <numerusform>%n disposal(s).</numerusform>
                <numerusform>%n disposal(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is now: %2.</source>
            <translation>%1 is now: %2.</translation>
        </message>
        <message>
            <source>Export disposals as CSV</source>
            <translation>Export disposals as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>Reason for the export</translation>
        </message>
        <message>
            <source>You are exporting %1 disposal records. An export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>You are exporting %1 disposal records. An export of more than %2 records needs a reason on record.
Reason:</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>The file %1 could not be created: %2</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Serial numbers</source>
            <translation>Serial numbers</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Certificate numbers</source>
            <translation>Certificate numbers</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>The file %1 could not be written: %2</translation>
        </message>
        <message>
            <source>%1 disposal records exported to %2.</source>
            <translation>%1 disposal records exported to %2.</translation>
        </message>
        <message>
            <source>Disposals</source>
            <translation>Disposals</translation>
        </message>
        <message>
            <source>Record destruction…</source>
            <translation>Record destruction…</translation>
        </message>
        <message>
            <source>Cancel plan…</source>
            <translation>Cancel plan…</translation>
        </message>
        <message>
            <source>Disposal ledger (廃棄記録簿) of the listed disposals</source>
            <translation>Disposal ledger (廃棄記録簿) of the listed disposals</translation>
        </message>
        <message>
            <source>Disposal certificate (廃棄・消去証明書) of the selected in-house disposal</source>
            <translation>Disposal certificate (廃棄・消去証明書) of the selected in-house disposal</translation>
        </message>
        <message>
            <source>Label of the selected disposal</source>
            <translation>Label of the selected disposal</translation>
        </message>
        <message>
            <source>Labels of the listed disposals</source>
            <translation>Labels of the listed disposals</translation>
        </message>
        <message>
            <source>Record hand-over…</source>
            <translation>Record hand-over…</translation>
        </message>
        <message>
            <source>Add witness…</source>
            <translation>Add witness…</translation>
        </message>
        <message>
            <source>Cancel the disposal plan</source>
            <translation>Cancel the disposal plan</translation>
        </message>
        <message>
            <source>Why is %1 cancelled? (kept in the ledger)</source>
            <translation>Why is %1 cancelled? (kept in the ledger)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::EscalationPage</name>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Informed</source>
            <translation>Informed</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;How:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Record this step</source>
            <translation>Record this step</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>Every step of the chain has been recorded.</source>
            <translation>Every step of the chain has been recorded.</translation>
        </message>
        <message>
            <source>Step %1: %2 informs %3.</source>
            <translation>Step %1: %2 informs %3.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FactsPage</name>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>Suspected, not confirmed</source>
            <translation>Suspected, not confirmed</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>Medium:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>e.g. name, address, My Number (never the data itself)</source>
            <translation>e.g. name, address, My Number (never the data itself)</translation>
        </message>
        <message>
            <source>&amp;Data items:</source>
            <translation>&amp;Data items:</translation>
        </message>
        <message>
            <source>&amp;Persons concerned:</source>
            <translation>&amp;Persons concerned:</translation>
        </message>
        <message>
            <source>What the reportability rules look at</source>
            <translation>What the reportability rules look at</translation>
        </message>
        <message>
            <source>Sensitive personal information (要配慮)</source>
            <translation>Sensitive personal information (要配慮)</translation>
        </message>
        <message>
            <source>Ordinance-sensitive information</source>
            <translation>Ordinance-sensitive information</translation>
        </message>
        <message>
            <source>Risk of property damage</source>
            <translation>Risk of property damage</translation>
        </message>
        <message>
            <source>Improper purpose (e.g. theft, unauthorised access)</source>
            <translation>Improper purpose (e.g. theft, unauthorised access)</translation>
        </message>
        <message>
            <source>Protected by advanced encryption</source>
            <translation>Protected by advanced encryption</translation>
        </message>
        <message>
            <source>My Numbers involved</source>
            <translation>My Numbers involved</translation>
        </message>
        <message>
            <source>From the information-provision network or a number-use system</source>
            <translation>From the information-provision network or a number-use system</translation>
        </message>
        <message>
            <source>Viewable electronically by unspecified persons</source>
            <translation>Viewable electronically by unspecified persons</translation>
        </message>
        <message>
            <source>A contractor was involved</source>
            <translation>A contractor was involved</translation>
        </message>
        <message>
            <source>Secondary damage occurred</source>
            <translation>Secondary damage occurred</translation>
        </message>
        <message>
            <source>Secondary damage:</source>
            <translation>Secondary damage:</translation>
        </message>
        <message>
            <source>&amp;Cause:</source>
            <translation>&amp;Cause:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>&amp;Occurred on:</source>
            <translation>&amp;Occurred on:</translation>
        </message>
        <message>
            <source>How it was &amp;detected:</source>
            <translation>How it was &amp;detected:</translation>
        </message>
        <message>
            <source>City became &amp;aware on:</source>
            <translation>City became &amp;aware on:</translation>
        </message>
        <message>
            <source>&amp;Who became aware:</source>
            <translation>&amp;Who became aware:</translation>
        </message>
        <message>
            <source>&amp;Files of the register:</source>
            <translation>&amp;Files of the register:</translation>
        </message>
        <message>
            <source>Carry-out:</source>
            <translation>Carry-out:</translation>
        </message>
        <message>
            <source>Save facts</source>
            <translation>Save facts</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(not named)</translation>
        </message>
        <message>
            <source>File #%1</source>
            <translation>File #%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Carry-out #%1</source>
            <translation>Carry-out #%1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3 records)</source>
            <translation>%1 — %2 (%3 records)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FilesModel</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>File number</source>
            <translation>File number</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensitive</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>My Number</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>Handling area</translation>
        </message>
        <message>
            <source>Foreign / cloud</source>
            <translation>Foreign / cloud</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>Overdue reviews</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FilesView</name>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Overdue access reviews</source>
            <translation>Overdue access reviews</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>Print register…</translation>
        </message>
        <message>
            <source>Save register as PDF…</source>
            <translation>Save register as PDF…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s).</source>
            <translation>
                <numerusform>%n file(s).</numerusform>
                <numerusform>%n file(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Save file register as PDF</source>
            <translation>Save file register as PDF</translation>
        </message>
        <message>
            <source>file-register.pdf</source>
            <translation>file-register.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>file-register.csv</source>
            <translation>file-register.csv</translation>
        </message>
        <message>
            <source>You may not read the file register.</source>
            <translation>You may not read the file register.</translation>
        </message>
        <message>
            <source>Access rights not revoked whose review date has passed. Review them in the file's editor (Access rights).</source>
            <translation>Access rights not revoked whose review date has passed. Review them in the file's editor (Access rights).</translation>
        </message>
        <message>
            <source>Overdue access reviews (%1)</source>
            <translation>Overdue access reviews (%1)</translation>
        </message>
        <message>
            <source>File register</source>
            <translation>File register</translation>
        </message>
        <message>
            <source>File %1 was added.</source>
            <translation>File %1 was added.</translation>
        </message>
        <message>
            <source>File %1 was saved.</source>
            <translation>File %1 was saved.</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>Delete file</translation>
        </message>
        <message>
            <source>Delete the file %1 from the register, with its access rights?</source>
            <translation>Delete the file %1 from the register, with its access rights?</translation>
        </message>
        <message>
            <source>The file was deleted from the register.</source>
            <translation>The file was deleted from the register.</translation>
        </message>
        <message>
            <source>The file register was saved as %1.</source>
            <translation>The file register was saved as %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) exported to %1.</source>
            <translation>
                <numerusform>%n file(s) exported to %1.</numerusform>
                <numerusform>%n file(s) exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FormPrintButton</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Save %1 as PDF</source>
            <translation>Save %1 as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FormRenderer</name>
        <message>
            <source>The PDF could not be written to %1: %2</source>
            <translation>The PDF could not be written to %1: %2</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>The PDF could not be started.</translation>
        </message>
        <message>
            <source>The PDF could not be completed.</source>
            <translation>The PDF could not be completed.</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Print preview: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::GrantAccessDialog</name>
        <message>
            <source>Grant access</source>
            <translation>Grant access</translation>
        </message>
        <message>
            <source>(choose a person)</source>
            <translation>(choose a person)</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>Operations:</source>
            <translation>Operations:</translation>
        </message>
        <message>
            <source>&amp;Granted on:</source>
            <translation>&amp;Granted on:</translation>
        </message>
        <message>
            <source>&amp;Review due:</source>
            <translation>&amp;Review due:</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Grant</translation>
        </message>
        <message>
            <source>Choose the person who receives the right.</source>
            <translation>Choose the person who receives the right.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::HandlerRow</name>
        <message>
            <source>e.g. residents' tax assessment</source>
            <translation>e.g. residents' tax assessment</translation>
        </message>
        <message>
            <source>e.g. My Numbers and income of taxpayers</source>
            <translation>e.g. My Numbers and income of taxpayers</translation>
        </message>
        <message>
            <source>Revoked on</source>
            <translation>Revoked on</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>Section:</translation>
        </message>
        <message>
            <source>Duty:</source>
            <translation>Duty:</translation>
        </message>
        <message>
            <source>Data handled:</source>
            <translation>Data handled:</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>Designated on:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentContext</name>
        <message>
            <source>the section's protection manager</source>
            <translation>the section's protection manager</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentDesk</name>
        <message>
            <source>Incident reported</source>
            <translation>Incident reported</translation>
        </message>
        <message>
            <source>The incident has been recorded as %1. Tell the protection manager of the section at once as well, and keep anything that shows what happened.</source>
            <translation>The incident has been recorded as %1. Tell the protection manager of the section at once as well, and keep anything that shows what happened.</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentEditor</name>
        <message>
            <source>Incident %1</source>
            <translation>Incident %1</translation>
        </message>
        <message>
            <source>Containment</source>
            <translation>Containment</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>PPC reports</source>
            <translation>PPC reports</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Notices</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Prevention</translation>
        </message>
        <message>
            <source>Close the incident…</source>
            <translation>Close the incident…</translation>
        </message>
        <message>
            <source>%1  %2  —  %3</source>
            <translation>%1  %2  —  %3</translation>
        </message>
        <message>
            <source>Became aware: %1.  Reportable to the PPC: %2.</source>
            <translation>Became aware: %1.  Reportable to the PPC: %2.</translation>
        </message>
        <message>
            <source>Next: %1 under the %2, due %3.</source>
            <translation>Next: %1 under the %2, due %3.</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>Closed on %1.</translation>
        </message>
        <message>
            <source>Nothing is missing: the incident can be closed.</source>
            <translation>Nothing is missing: the incident can be closed.</translation>
        </message>
        <message>
            <source>Still missing before the incident can be closed:</source>
            <translation>Still missing before the incident can be closed:</translation>
        </message>
        <message>
            <source>• %1</source>
            <translation>• %1</translation>
        </message>
        <message>
            <source>Close the incident</source>
            <translation>Close the incident</translation>
        </message>
        <message>
            <source>Close incident %1? It cannot be changed afterwards.</source>
            <translation>Close incident %1? It cannot be changed afterwards.</translation>
        </message>
        <message>
            <source>Incident report to the mayor (事案報告書)</source>
            <translation>Incident report to the mayor (事案報告書)</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC (速報), as filed</source>
            <translation>Preliminary report to the PPC (速報), as filed</translation>
        </message>
        <message>
            <source>Final report to the PPC (確報), as filed</source>
            <translation>Final report to the PPC (確報), as filed</translation>
        </message>
        <message>
            <source>Notice letters to the individuals affected (本人への通知)</source>
            <translation>Notice letters to the individuals affected (本人への通知)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentLabels</name>
        <message>
            <source>Reported</source>
            <translation>Reported</translation>
        </message>
        <message>
            <source>Contained</source>
            <translation>Contained</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Prevention</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Leak</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Damage</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Electronic</source>
            <translation>Electronic</translation>
        </message>
        <message>
            <source>Paper and electronic</source>
            <translation>Paper and electronic</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>APPI</translation>
        </message>
        <message>
            <source>My Number Act</source>
            <translation>My Number Act</translation>
        </message>
        <message>
            <source>Preliminary report</source>
            <translation>Preliminary report</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Final report</translation>
        </message>
        <message>
            <source>Notice to individuals</source>
            <translation>Notice to individuals</translation>
        </message>
        <message>
            <source>Substitute measure</source>
            <translation>Substitute measure</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <translation>Do not publish</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>%1 (due today)</source>
            <translation>%1 (due today)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n day(s) left)</source>
            <translation>
                <numerusform>%1 (%n day(s) left)</numerusform>
                <numerusform>%1 (%n day(s) left)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n day(s) overdue)</source>
            <translation>
                <numerusform>%1 (%n day(s) overdue)</numerusform>
                <numerusform>%1 (%n day(s) overdue)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentReportDialog</name>
        <message>
            <source>Report a leak incident</source>
            <translation>Report a leak incident</translation>
        </message>
        <message>
            <source>Report at once whenever personal data may have leaked, been lost or damaged, even if you are not sure yet. The section's protection manager takes it from here.</source>
            <translation>Report at once whenever personal data may have leaked, been lost or damaged, even if you are not sure yet. The section's protection manager takes it from here.</translation>
        </message>
        <message>
            <source>&amp;Section whose data is concerned:</source>
            <translation>&amp;Section whose data is concerned:</translation>
        </message>
        <message>
            <source>&amp;Became aware on:</source>
            <translation>&amp;Became aware on:</translation>
        </message>
        <message>
            <source>(me, or not named)</source>
            <translation>(me, or not named)</translation>
        </message>
        <message>
            <source>&amp;Who became aware:</source>
            <translation>&amp;Who became aware:</translation>
        </message>
        <message>
            <source>What happened, where, and which data (no personal data itself)</source>
            <translation>What happened, where, and which data (no personal data itself)</translation>
        </message>
        <message>
            <source>What &amp;happened:</source>
            <translation>What &amp;happened:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentsModel</name>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Not reportable</source>
            <translation>Not reportable</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 (facts changed since)</source>
            <translation>%1 (facts changed since)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Incident no.</source>
            <translation>Incident no.</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Became aware</source>
            <translation>Became aware</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Reportable to the PPC</source>
            <translation>Reportable to the PPC</translation>
        </message>
        <message>
            <source>Next PPC deadline</source>
            <translation>Next PPC deadline</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentsView</name>
        <message>
            <source>Report an incident…</source>
            <translation>Report an incident…</translation>
        </message>
        <message>
            <source>Your account may not read leak incidents. You can still report one.</source>
            <translation>Your account may not read leak incidents. You can still report one.</translation>
        </message>
        <message>
            <source>&amp;Open only</source>
            <translation>&amp;Open only</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident(s)</numerusform>
                <numerusform>%n incident(s)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalActionLabels</name>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Denied</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verify</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalCsvWriter</name>
        <message>
            <source>The CSV file could not be written: %1</source>
            <translation>The CSV file could not be written: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Record ID</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalView</name>
        <message>
            <source>Your account may not view the journal.</source>
            <translation>Your account may not view the journal.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Verify journal</source>
            <translation>Verify journal</translation>
        </message>
        <message>
            <source>Recompute the hash chain of every entry to detect altered or deleted entries.</source>
            <translation>Recompute the hash chain of every entry to detect altered or deleted entries.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>&amp;Record type:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>Filtered.</source>
            <translation>Filtered.</translation>
        </message>
        <message>
            <source>The journal is intact: %1 entries checked.
Head hash: %2</source>
            <translation>The journal is intact: %1 entries checked.
Head hash: %2</translation>
        </message>
        <message>
            <source>The journal is broken at entry No. %1: that entry or one before it was altered, or entries were deleted.</source>
            <translation>The journal is broken at entry No. %1: that entry or one before it was altered, or entries were deleted.</translation>
        </message>
        <message>
            <source>The database integrity check reported: %1</source>
            <translation>The database integrity check reported: %1</translation>
        </message>
        <message>
            <source>Export journal as CSV</source>
            <translation>Export journal as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>The file %1 could not be created: %2</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>Reason for the export</translation>
        </message>
        <message>
            <source>You are exporting %1 journal entries. Journal entries hold no personal data, but an export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>You are exporting %1 journal entries. Journal entries hold no personal data, but an export of more than %2 records needs a reason on record.
Reason:</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>The file %1 could not be written: %2</translation>
        </message>
        <message>
            <source>%1 journal entries exported to %2.</source>
            <translation>%1 journal entries exported to %2.</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>Export journal</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::LayoutImageEditor</name>
        <message>
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Remove image</translation>
        </message>
        <message>
            <source>Choose layout image</source>
            <translation>Choose layout image</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The layout image is larger than 20 MB.</source>
            <translation>The layout image is larger than 20 MB.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <source>The layout image must be a PNG or JPEG file.</source>
            <translation>The layout image must be a PNG or JPEG file.</translation>
        </message>
        <message>
            <source>No layout image</source>
            <translation>No layout image</translation>
        </message>
        <message>
            <source>Cannot show image</source>
            <translation>Cannot show image</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ListCsvExport</name>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>The file %1 could not be created: %2</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>The file %1 could not be written: %2</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>Reason for the export</translation>
        </message>
        <message>
            <source>You are exporting %1 records of personal data. An export of more than %2 records needs a reason; it is kept in the journal.
Reason:</source>
            <translation>You are exporting %1 records of personal data. An export of more than %2 records needs a reason; it is kept in the journal.
Reason:</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <source>%1 records exported to %2.</source>
            <translation>%1 records exported to %2.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ListFilterBar</name>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>S&amp;ection:</source>
            <translation>S&amp;ection:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>&amp;Overdue only</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>Fi&amp;nd:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::MainWindow</name>
        <message>
            <source>Mamori — %1</source>
            <translation>Mamori — %1</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Close case file</source>
            <translation>&amp;Close case file</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Mamori…</source>
            <translation>&amp;About Mamori…</translation>
        </message>
        <message>
            <source>Your password has been changed.</source>
            <translation>Your password has been changed.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Handling areas</source>
            <translation>Handling areas</translation>
        </message>
        <message>
            <source>File register</source>
            <translation>File register</translation>
        </message>
        <message>
            <source>Carry-outs</source>
            <translation>Carry-outs</translation>
        </message>
        <message>
            <source>Records room</source>
            <translation>Records room</translation>
        </message>
        <message>
            <source>&amp;Scan a control number</source>
            <translation>&amp;Scan a control number</translation>
        </message>
        <message>
            <source>Disposals</source>
            <translation>Disposals</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Your account has no screens in this version of Mamori yet.
You can report a leak incident or change your password from the File menu.</source>
            <translation>Your account has no screens in this version of Mamori yet.
You can report a leak incident or change your password from the File menu.</translation>
        </message>
        <message>
            <source>&amp;Report a leak incident…</source>
            <translation>&amp;Report a leak incident…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Find records</source>
            <translation>&amp;Find records</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::MeasureChecklist</name>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (required)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::NoticesPage</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Number-change guidance</source>
            <translation>Number-change guidance</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Record a notice or a substitute measure</source>
            <translation>Record a notice or a substitute measure</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>e.g. recipients of the 2025 child allowance</source>
            <translation>e.g. recipients of the 2025 child allowance</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation>&amp;Persons:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;How:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(not named)</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;By:</translation>
        </message>
        <message>
            <source>The notice explains how to ask for a new My Number</source>
            <translation>The notice explains how to ask for a new My Number</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Remarks (optional)</source>
            <translation>Remarks (optional)</translation>
        </message>
        <message>
            <source>The substitute measure: e.g. published on the city's website, inquiry desk at the section</source>
            <translation>The substitute measure: e.g. published on the city's website, inquiry desk at the section</translation>
        </message>
        <message>
            <source>included</source>
            <translation>included</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::OrganisationView</name>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::OverdueBadge</name>
        <message>
            <source>%1 (%2 overdue)</source>
            <translation>%1 (%2 overdue)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Kana</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeoplePicker</name>
        <message>
            <source>Filter by number, name or section</source>
            <translation>Filter by number, name or section</translation>
        </message>
        <message>
            <source>%1  %2 (%3)</source>
            <translation>%1  %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeopleView</name>
        <message>
            <source>Any employment</source>
            <translation>Any employment</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>Import roster…</translation>
        </message>
        <message>
            <source>Export roster CSV…</source>
            <translation>Export roster CSV…</translation>
        </message>
        <message>
            <source>Everyone of the chosen section (or of all sections), in the roster format the import reads.</source>
            <translation>Everyone of the chosen section (or of all sections), in the roster format the import reads.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s).</source>
            <translation>
                <numerusform>%n person(s).</numerusform>
                <numerusform>%n person(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Your roles do not let you read staff records; you can still add people and import the roster.</source>
            <translation>Your roles do not let you read staff records; you can still add people and import the roster.</translation>
        </message>
        <message>
            <source>%1 was added.</source>
            <translation>%1 was added.</translation>
        </message>
        <message>
            <source>%1 was saved.</source>
            <translation>%1 was saved.</translation>
        </message>
        <message>
            <source>Roster imported: %1 new, %2 updated, %3 refused.</source>
            <translation>Roster imported: %1 new, %2 updated, %3 refused.</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>Export roster</translation>
        </message>
        <message>
            <source>roster.csv</source>
            <translation>roster.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>Reason for the export</translation>
        </message>
        <message>
            <source>You are exporting %1 staff records. An export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>You are exporting %1 staff records. An export of more than %2 records needs a reason on record.
Reason:</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>The file could not be written: %1</translation>
        </message>
        <message>
            <source>The roster was exported to %1.</source>
            <translation>The roster was exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>(choose a section)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>S&amp;taff number:</source>
            <translation>S&amp;taff number:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kana:</source>
            <translation>&amp;Kana:</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>&amp;Section:</translation>
        </message>
        <message>
            <source>&amp;Employment:</source>
            <translation>&amp;Employment:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Role assignments</source>
            <translation>Role assignments</translation>
        </message>
        <message>
            <source>Add role</source>
            <translation>Add role</translation>
        </message>
        <message>
            <source>Designated handler (事務取扱担当者)</source>
            <translation>Designated handler (事務取扱担当者)</translation>
        </message>
        <message>
            <source>Add designation</source>
            <translation>Add designation</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Choose the person's section.</source>
            <translation>Choose the person's section.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonRoleRow</name>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonalInfoFileDialog</name>
        <message>
            <source>Edit personal-information file</source>
            <translation>Edit personal-information file</translation>
        </message>
        <message>
            <source>Add personal-information file</source>
            <translation>Add personal-information file</translation>
        </message>
        <message>
            <source>Register entry</source>
            <translation>Register entry</translation>
        </message>
        <message>
            <source>Recipients and requests</source>
            <translation>Recipients and requests</translation>
        </message>
        <message>
            <source>Storage and location</source>
            <translation>Storage and location</translation>
        </message>
        <message>
            <source>Access rights</source>
            <translation>Access rights</translation>
        </message>
        <message>
            <source>Access rights can be granted once the file is saved.</source>
            <translation>Access rights can be granted once the file is saved.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Add file</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>(choose a section)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Contains sensitive personal information (要配慮個人情報)</source>
            <translation>Contains sensitive personal information (要配慮個人情報)</translation>
        </message>
        <message>
            <source>Contains My Numbers</source>
            <translation>Contains My Numbers</translation>
        </message>
        <message>
            <source>File &amp;number:</source>
            <translation>File &amp;number:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Section using it:</source>
            <translation>&amp;Section using it:</translation>
        </message>
        <message>
            <source>File &amp;type:</source>
            <translation>File &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Purpose of use:</source>
            <translation>&amp;Purpose of use:</translation>
        </message>
        <message>
            <source>Record &amp;items:</source>
            <translation>Record &amp;items:</translation>
        </message>
        <message>
            <source>Whose &amp;records:</source>
            <translation>Whose &amp;records:</translation>
        </message>
        <message>
            <source>&amp;Collection method:</source>
            <translation>&amp;Collection method:</translation>
        </message>
        <message>
            <source>Number of &amp;persons:</source>
            <translation>Number of &amp;persons:</translation>
        </message>
        <message>
            <source>&amp;Regular recipients:</source>
            <translation>&amp;Regular recipients:</translation>
        </message>
        <message>
            <source>&amp;Office for disclosure requests (name and address):</source>
            <translation>&amp;Office for disclosure requests (name and address):</translation>
        </message>
        <message>
            <source>Special &amp;correction or suspension procedures:</source>
            <translation>Special &amp;correction or suspension procedures:</translation>
        </message>
        <message>
            <source>e.g. server of the core system, paper ledger</source>
            <translation>e.g. server of the core system, paper ledger</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>%1  %2 %3 %4</source>
            <translation>%1  %2 %3 %4</translation>
        </message>
        <message>
            <source>Empty when kept in Japan; else the country or cloud service</source>
            <translation>Empty when kept in Japan; else the country or cloud service</translation>
        </message>
        <message>
            <source>Storage &amp;media:</source>
            <translation>Storage &amp;media:</translation>
        </message>
        <message>
            <source>&amp;Handling area:</source>
            <translation>&amp;Handling area:</translation>
        </message>
        <message>
            <source>&amp;Foreign or cloud location:</source>
            <translation>&amp;Foreign or cloud location:</translation>
        </message>
        <message>
            <source>What is known of that &amp;regime:</source>
            <translation>What is known of that &amp;regime:</translation>
        </message>
        <message>
            <source>1,000 persons or more: the file must be published in the register.</source>
            <translation>1,000 persons or more: the file must be published in the register.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PreventionPage</name>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Shared with</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Measure:</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Due on:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Shared &amp;with:</source>
            <translation>Shared &amp;with:</translation>
        </message>
        <message>
            <source>Add measure</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <source>Update the selected measure</source>
            <translation>Update the selected measure</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PublicationPage</name>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>Decided &amp;on:</source>
            <translation>Decided &amp;on:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>published</source>
            <translation>published</translation>
        </message>
        <message>
            <source>&amp;Published on:</source>
            <translation>&amp;Published on:</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>informed</translation>
        </message>
        <message>
            <source>PPC secretariat &amp;informed on:</source>
            <translation>PPC secretariat &amp;informed on:</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Record the decision</translation>
        </message>
        <message>
            <source>No decision on publication has been recorded.</source>
            <translation>No decision on publication has been recorded.</translation>
        </message>
        <message>
            <source>%1, decided on %2.</source>
            <translation>%1, decided on %2.</translation>
        </message>
        <message>
            <source>Published on %1.</source>
            <translation>Published on %1.</translation>
        </message>
        <message>
            <source>PPC secretariat informed on %1.</source>
            <translation>PPC secretariat informed on %1.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RecoveryCodeDialog</name>
        <message>
            <source>Use recovery code</source>
            <translation>Use recovery code</translation>
        </message>
        <message>
            <source>Use this only when no administrator can sign in any more. Type the 32 letters and digits from the recovery sheet of %1; hyphens and spaces do not matter.
With the recovery code you can only reset account passwords. The use is recorded in the journal; report it to the executive owner.</source>
            <translation>Use this only when no administrator can sign in any more. Type the 32 letters and digits from the recovery sheet of %1; hyphens and spaces do not matter.
With the recovery code you can only reset account passwords. The use is recorded in the journal; report it to the executive owner.</translation>
        </message>
        <message>
            <source>Open with recovery code</source>
            <translation>Open with recovery code</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RegimeVerdictBox</name>
        <message>
            <source>Rule A: APPI (public bodies)</source>
            <translation>Rule A: APPI (public bodies)</translation>
        </message>
        <message>
            <source>Rule B: My Number Act</source>
            <translation>Rule B: My Number Act</translation>
        </message>
        <message>
            <source>Verdict:</source>
            <translation>Verdict:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>Grounds:</translation>
        </message>
        <message>
            <source>Preliminary report due:</source>
            <translation>Preliminary report due:</translation>
        </message>
        <message>
            <source>Final report due:</source>
            <translation>Final report due:</translation>
        </message>
        <message>
            <source>Individuals:</source>
            <translation>Individuals:</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>not required</translation>
        </message>
        <message>
            <source>%1 (filed on %2)</source>
            <translation>%1 (filed on %2)</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Not assessed yet</translation>
        </message>
        <message>
            <source>Reportable to the PPC</source>
            <translation>Reportable to the PPC</translation>
        </message>
        <message>
            <source>Not reportable (no My Numbers involved)</source>
            <translation>Not reportable (no My Numbers involved)</translation>
        </message>
        <message>
            <source>Not reportable</source>
            <translation>Not reportable</translation>
        </message>
        <message>
            <source>• %1
   %2</source>
            <translation>• %1
   %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>must be notified (or a substitute measure taken)</source>
            <translation>must be notified (or a substitute measure taken)</translation>
        </message>
        <message>
            <source>no notice required by this regime</source>
            <translation>no notice required by this regime</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ReportsPage</name>
        <message>
            <source>Law</source>
            <translation>Law</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>Grounds ticked</source>
            <translation>Grounds ticked</translation>
        </message>
        <message>
            <source>Submitted on:</source>
            <translation>Submitted on:</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <source>1 Summary:</source>
            <translation>1 Summary:</translation>
        </message>
        <message>
            <source>2 Data items:</source>
            <translation>2 Data items:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>3 Persons:</source>
            <translation>3 Persons:</translation>
        </message>
        <message>
            <source>4 Cause:</source>
            <translation>4 Cause:</translation>
        </message>
        <message>
            <source>5 Secondary damage:</source>
            <translation>5 Secondary damage:</translation>
        </message>
        <message>
            <source>6 Response to individuals:</source>
            <translation>6 Response to individuals:</translation>
        </message>
        <message>
            <source>7 Publication:</source>
            <translation>7 Publication:</translation>
        </message>
        <message>
            <source>8 Prevention:</source>
            <translation>8 Prevention:</translation>
        </message>
        <message>
            <source>9 Other:</source>
            <translation>9 Other:</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Contact:</translation>
        </message>
        <message>
            <source>e.g. reported to the police on …</source>
            <translation>e.g. reported to the police on …</translation>
        </message>
        <message>
            <source>Reports to other bodies:</source>
            <translation>Reports to other bodies:</translation>
        </message>
        <message>
            <source>Fill from the facts</source>
            <translation>Fill from the facts</translation>
        </message>
        <message>
            <source>File this report</source>
            <translation>File this report</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>not required</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>not assessed</translation>
        </message>
        <message>
            <source>None known.</source>
            <translation>None known.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>New password for %1. The account is enabled again; tell the officer the new password in person and ask them to change it.</source>
            <translation>New password for %1. The account is enabled again; tell the officer the new password in person and ask them to change it.</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>At least %1 characters.</source>
            <translation>At least %1 characters.</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RoleRowEditor</name>
        <message>
            <source>(whole city)</source>
            <translation>(whole city)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove this role</source>
            <translation>Remove this role</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RosterImportDialog</name>
        <message>
            <source>Import staff roster</source>
            <translation>Import staff roster</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Shift_JIS (CP932)</source>
            <translation>Shift_JIS (CP932)</translation>
        </message>
        <message>
            <source>Import nothing if any row is refused</source>
            <translation>Import nothing if any row is refused</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encoding:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Choose staff roster</source>
            <translation>Choose staff roster</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB: it is not a staff roster.</source>
            <translation>The file is larger than %1 MB: it is not a staff roster.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>Detected: %1</translation>
        </message>
        <message>
            <source>Read as %1</source>
            <translation>Read as %1</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 refused.</source>
            <translation>%1 new, %2 updated, %3 refused.</translation>
        </message>
        <message>
            <source>New sections: %1.</source>
            <translation>New sections: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Rows are refused and "import nothing" is ticked.</source>
            <translation>Rows are refused and "import nothing" is ticked.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>There is nothing to import.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RosterPreviewModel</name>
        <message>
            <source>New person, new section</source>
            <translation>New person, new section</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Update, new section</source>
            <translation>Update, new section</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>Staff number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Kana</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ScanField</name>
        <message>
            <source>Scan or type a control number</source>
            <translation>Scan or type a control number</translation>
        </message>
        <message>
            <source>Unknown code "%1": no record has this control number (they look like %2).</source>
            <translation>Unknown code "%1": no record has this control number (they look like %2).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SearchBox</name>
        <message>
            <source>Search names, numbers, places… (Ctrl+F)</source>
            <translation>Search names, numbers, places… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Your account may not read personal data, so it cannot search the records.</source>
            <translation>Your account may not read personal data, so it cannot search the records.</translation>
        </message>
        <message>
            <source>No record in the sections you may read contains “%1”.</source>
            <translation>No record in the sections you may read contains “%1”.</translation>
        </message>
        <message>
            <source>The newest %1 hits are shown; add a word to narrow the search.</source>
            <translation>The newest %1 hits are shown; add a word to narrow the search.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SearchResultsModel</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>Handling area</translation>
        </message>
        <message>
            <source>Personal-information file</source>
            <translation>Personal-information file</translation>
        </message>
        <message>
            <source>Carry-out</source>
            <translation>Carry-out</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation>Disposal</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionDialog</name>
        <message>
            <source>Add section</source>
            <translation>Add section</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionsModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionsView</name>
        <message>
            <source>Add section…</source>
            <translation>Add section…</translation>
        </message>
        <message>
            <source>Sections are kept once created: people, roles and records refer to them.</source>
            <translation>Sections are kept once created: people, roles and records refer to them.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Case file (applies to every officer)</source>
            <translation>Case file (applies to every officer)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Japanese era (和暦)</source>
            <translation>Japanese era (和暦)</translation>
        </message>
        <message>
            <source>Western calendar (西暦)</source>
            <translation>Western calendar (西暦)</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> characters</translation>
        </message>
        <message>
            <source> records</source>
            <translation> records</translation>
        </message>
        <message>
            <source>Lock after inactivity:</source>
            <translation>Lock after inactivity:</translation>
        </message>
        <message>
            <source>Dates on forms and screens:</source>
            <translation>Dates on forms and screens:</translation>
        </message>
        <message>
            <source>Minimum password length:</source>
            <translation>Minimum password length:</translation>
        </message>
        <message>
            <source>Warn before exporting more than:</source>
            <translation>Warn before exporting more than:</translation>
        </message>
        <message>
            <source>Only a system administrator can change the case-file settings.</source>
            <translation>Only a system administrator can change the case-file settings.</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::UnlockErrorText</name>
        <message>
            <source>Check the login. If you have no account in this case file, ask your system administrator.</source>
            <translation>Check the login. If you have no account in this case file, ask your system administrator.</translation>
        </message>
        <message>
            <source>Check Caps Lock and that the input mode is half-width. After three wrong passwords Mamori makes you wait before the next attempt.</source>
            <translation>Check Caps Lock and that the input mode is half-width. After three wrong passwords Mamori makes you wait before the next attempt.</translation>
        </message>
        <message>
            <source>This protects the case file against password guessing. Open becomes available again when the wait is over.</source>
            <translation>This protects the case file against password guessing. Open becomes available again when the wait is over.</translation>
        </message>
        <message>
            <source>Ask your system administrator to enable the account again.</source>
            <translation>Ask your system administrator to enable the account again.</translation>
        </message>
        <message>
            <source>Check the folder name, or choose the folder with Browse….</source>
            <translation>Check the folder name, or choose the folder with Browse….</translation>
        </message>
        <message>
            <source>Choose the folder whose name ends in .mamori (the folder itself, not a file inside it).</source>
            <translation>Choose the folder whose name ends in .mamori (the folder itself, not a file inside it).</translation>
        </message>
        <message>
            <source>Do not try to repair it by hand. Ask your system administrator to restore the latest backup.</source>
            <translation>Do not try to repair it by hand. Ask your system administrator to restore the latest backup.</translation>
        </message>
        <message>
            <source>Install the current version of Mamori on this computer; the case file itself is fine.</source>
            <translation>Install the current version of Mamori on this computer; the case file itself is fine.</translation>
        </message>
        <message>
            <source>Only one Mamori at a time may open a case file.</source>
            <translation>Only one Mamori at a time may open a case file.</translation>
        </message>
        <message>
            <source>Ask for write permission on the folder, or copy the case folder to a writable drive.</source>
            <translation>Ask for write permission on the folder, or copy the case folder to a writable drive.</translation>
        </message>
        <message>
            <source>Check that the drive or network folder is connected and has free space, then try again.</source>
            <translation>Check that the drive or network folder is connected and has free space, then try again.</translation>
        </message>
        <message>
            <source>If this happens again, tell your system administrator.</source>
            <translation>If this happens again, tell your system administrator.</translation>
        </message>
        <message>
            <source>That Mamori does not seem to be running any more (a crash or a power cut?). If you are sure, you can break the lock.</source>
            <translation>That Mamori does not seem to be running any more (a crash or a power cut?). If you are sure, you can break the lock.</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::UnlockWindow</name>
        <message>
            <source>Mamori — Open case file</source>
            <translation>Mamori — Open case file</translation>
        </message>
        <message>
            <source>The demo case file could not be created: %1</source>
            <translation>The demo case file could not be created: %1</translation>
        </message>
        <message>
            <source>Personal-information protection case files</source>
            <translation>Personal-information protection case files</translation>
        </message>
        <message>
            <source>Folder ending in .mamori</source>
            <translation>Folder ending in .mamori</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Recent:</source>
            <translation>Recent:</translation>
        </message>
        <message>
            <source>Case file:</source>
            <translation>Case file:</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Break lock…</source>
            <translation>Break lock…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>New case file…</source>
            <translation>New case file…</translation>
        </message>
        <message>
            <source>Open demo</source>
            <translation>Open demo</translation>
        </message>
        <message>
            <source>Use recovery code…</source>
            <translation>Use recovery code…</translation>
        </message>
        <message>
            <source>Break lock</source>
            <translation>Break lock</translation>
        </message>
        <message>
            <source>Choose a case file first: type its folder or use Browse….</source>
            <translation>Choose a case file first: type its folder or use Browse….</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>Enter your login.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>Open (%1)</source>
            <translation>Open (%1)</translation>
        </message>
        <message>
            <source>Choose the case file folder</source>
            <translation>Choose the case file folder</translation>
        </message>
        <message>
            <source>Break the lock of %1?

Mamori on computer %2 (process %3) may still have it open. Break the lock only if you are sure that Mamori is no longer running there: two programs writing to the same case file can damage it.</source>
            <translation>Break the lock of %1?

Mamori on computer %2 (process %3) may still have it open. Break the lock only if you are sure that Mamori is no longer running there: two programs writing to the same case file can damage it.</translation>
        </message>
        <message>
            <source>The lock was removed. Enter your password to open the case file.</source>
            <translation>The lock was removed. Enter your password to open the case file.</translation>
        </message>
        <message>
            <source>The lock could not be removed. Check that you may write to the case folder.</source>
            <translation>The lock could not be removed. Check that you may write to the case folder.</translation>
        </message>
        <message>
            <source>Preparing the demo case file… The first time this takes a few seconds.</source>
            <translation>Preparing the demo case file… The first time this takes a few seconds.</translation>
        </message>
        <message>
            <source>Choose the case file first, then use its recovery code.</source>
            <translation>Choose the case file first, then use its recovery code.</translation>
        </message>
    </context>
</TS>
