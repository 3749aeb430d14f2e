<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>DashboardCharts</name>
        <message>
            <source>preliminary</source>
            <translation>速報</translation>
        </message>
        <message>
            <source>final</source>
            <translation>確報</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>個情法</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>番号法</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message numerus="yes">
            <source>Open incidents by stage: %n</source>
            <translation>
                <numerusform>対応中の漏えい等事案（段階別）: %n件</numerusform>
            </translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>対応中の事案</translation>
        </message>
        <message>
            <source>Days to the next PPC deadline: no report is due</source>
            <translation>委員会への報告期限までの日数: 期限の迫る報告はありません</translation>
        </message>
        <message>
            <source>Days to the next PPC deadline</source>
            <translation>委員会への報告期限までの日数</translation>
        </message>
        <message>
            <source>2 days or less</source>
            <translation>2日以内</translation>
        </message>
        <message>
            <source>3 days or more</source>
            <translation>3日以上</translation>
        </message>
        <message>
            <source>%1: due %2</source>
            <translation>%1: 期限 %2</translation>
        </message>
        <message>
            <source>days left (negative: overdue)</source>
            <translation>残り日数（マイナスは期限超過）</translation>
        </message>
        <message>
            <source>Carry-outs out: none</source>
            <translation>持出し中: なし</translation>
        </message>
        <message>
            <source>Carry-outs out and overdue by section</source>
            <translation>課別の持出し中・返却遅延</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>持出し中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>Disposals per month and their certificates</source>
            <translation>月別の廃棄件数と証明書</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>庁内で廃棄</translation>
        </message>
        <message>
            <source>Certificate kept</source>
            <translation>証明書受領済</translation>
        </message>
        <message>
            <source>Awaiting certificate</source>
            <translation>証明書未着</translation>
        </message>
        <message>
            <source>month, %1 to %2</source>
            <translation>月（%1〜%2）</translation>
        </message>
        <message>
            <source>Access-right reviews due: none</source>
            <translation>アクセス権の見直し: 期限の迫るものはありません</translation>
        </message>
        <message>
            <source>Access-right reviews due by section</source>
            <translation>課別のアクセス権見直し期限</translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>%n日以内に期限</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyDialog</name>
        <message>
            <source>%1 (read only)</source>
            <translation>%1（閲覧のみ）</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Case management for personal-information protection officers.</source>
            <translation>個人情報保護担当者のための事案管理ソフトウェア</translation>
        </message>
        <message>
            <source>Open the demo case file (invented data).</source>
            <translation>デモ用ケースファイル（架空のデータ）を開きます。</translation>
        </message>
        <message>
            <source>The case file folder to open.</source>
            <translation>開くケースファイルのフォルダ</translation>
        </message>
        <message>
            <source>Mamori</source>
            <translation>Mamori</translation>
        </message>
        <message>
            <source>Mamori cannot start: the SQLite library it uses is not SQLCipher, so case files could not be encrypted. Please reinstall Mamori.</source>
            <translation>Mamori を起動できません。使用している SQLite ライブラリが SQLCipher ではないため、ケースファイルを暗号化できません。Mamori を再インストールしてください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::AccountService</name>
        <message>
            <source>A login has 2 to 32 letters, digits, dots, hyphens or underscores and starts with a letter or digit.</source>
            <translation>ログインIDは2〜32文字の半角英数字・ピリオド・ハイフン・アンダースコアで、英数字で始めてください。</translation>
        </message>
        <message>
            <source>Enter the officer's name (at most 100 characters).</source>
            <translation>職員の氏名を入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>パスワードは%1文字以上にしてください。</translation>
        </message>
        <message>
            <source>The password must not contain the login or repeat one character.</source>
            <translation>パスワードにログインIDを含めたり、同じ文字だけを繰り返したりしないでください。</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>アカウントに役割を一つ以上設定してください。</translation>
        </message>
        <message>
            <source>The role %1 applies to one section: choose the section.</source>
            <translation>役割 %1 は課ごとの役割です。課を選んでください。</translation>
        </message>
        <message>
            <source>The role %1 applies to the whole city, not to a section.</source>
            <translation>役割 %1 は全庁の役割です。課は指定できません。</translation>
        </message>
        <message>
            <source>The section does not exist.</source>
            <translation>その課は登録されていません。</translation>
        </message>
        <message>
            <source>The account does not exist.</source>
            <translation>そのアカウントは存在しません。</translation>
        </message>
        <message>
            <source>An account with this login already exists.</source>
            <translation>このログインIDのアカウントは既に登録されています。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>自分自身のアカウントは停止できません。</translation>
        </message>
        <message>
            <source>This is the last active administrator account; it cannot be disabled.</source>
            <translation>有効なシステム管理者アカウントはこれが最後のため、停止できません。</translation>
        </message>
        <message>
            <source>At least one active account must keep the SYSTEM_ADMIN role.</source>
            <translation>有効なアカウントのうち少なくとも一つはシステム管理者（SYSTEM_ADMIN）の役割を持つ必要があります。</translation>
        </message>
        <message>
            <source>The recovery session has no password of its own.</source>
            <translation>リカバリーコードで開いた場合、変更できる自分のパスワードはありません。</translation>
        </message>
        <message>
            <source>The current password is not correct.</source>
            <translation>現在のパスワードが正しくありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::Argon2Kdf</name>
        <message>
            <source>Key derivation failed: %1</source>
            <translation>鍵の導出に失敗しました: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::AssessmentJson</name>
        <message>
            <source>The key "aware_at" is required: the date the city became aware, as YYYY-MM-DD.</source>
            <translation>キー「aware_at」は必須です。市が事態を知った日をYYYY-MM-DDで指定してください。</translation>
        </message>
        <message>
            <source>The key "aware_at" must be a date written YYYY-MM-DD.</source>
            <translation>キー「aware_at」はYYYY-MM-DD形式の日付で指定してください。</translation>
        </message>
        <message>
            <source>The key "aware_at" is not a date of the calendar: %1.</source>
            <translation>キー「aware_at」の%1は暦に存在しない日付です。</translation>
        </message>
        <message>
            <source>The key "aware_at" is in the future (%1; today is %2): the awareness date is a day that has come.</source>
            <translation>キー「aware_at」が未来の日付です（%1、本日は%2）。事態を知った日は本日以前の日付にしてください。</translation>
        </message>
        <message>
            <source>The key "persons" is required: the number of persons affected (an integer, 0 or more).</source>
            <translation>キー「persons」は必須です。本人の数を0以上の整数で指定してください。</translation>
        </message>
        <message>
            <source>The key "persons" must be a whole number (0 or more).</source>
            <translation>キー「persons」は0以上の整数で指定してください。</translation>
        </message>
        <message>
            <source>The key "persons" cannot be negative.</source>
            <translation>キー「persons」に負の数は指定できません。</translation>
        </message>
        <message>
            <source>The input is not JSON: %1 at character %2.</source>
            <translation>入力がJSONではありません（%2文字目: %1）。</translation>
        </message>
        <message>
            <source>The input must be one JSON object.</source>
            <translation>入力は1つのJSONオブジェクトにしてください。</translation>
        </message>
        <message>
            <source>Unknown key "%1". Known keys: %2.</source>
            <translation>不明なキー「%1」です。使用できるキー: %2。</translation>
        </message>
        <message>
            <source>The key "%1" must be true or false.</source>
            <translation>キー「%1」はtrueまたはfalseで指定してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::AttachmentFormat</name>
        <message>
            <source>The attachment is empty.</source>
            <translation>添付ファイルが空です。</translation>
        </message>
        <message>
            <source>The attachment is %1 MB; at most 20 MB can be attached.</source>
            <translation>添付ファイルは%1 MBあります。添付できるのは20 MBまでです。</translation>
        </message>
        <message>
            <source>The attachment is not a photo or a scan: attach a JPEG or PNG image or a PDF file.</source>
            <translation>写真やスキャンではありません。JPEG・PNG 画像または PDF ファイルを添付してください。</translation>
        </message>
        <message>
            <source>The PNG image is damaged or incomplete and cannot be attached.</source>
            <translation>PNG 画像が壊れているか途中で切れているため、添付できません。</translation>
        </message>
        <message>
            <source>The JPEG image is damaged or incomplete and cannot be attached.</source>
            <translation>JPEG 画像が壊れているか途中で切れているため、添付できません。</translation>
        </message>
        <message>
            <source>The PDF file is damaged or incomplete and cannot be attached.</source>
            <translation>PDF ファイルが壊れているか途中で切れているため、添付できません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::AttachmentStore</name>
        <message>
            <source>The caption has at most 200 characters.</source>
            <translation>説明は200文字以内で入力してください。</translation>
        </message>
        <message>
            <source>This attachment does not exist.</source>
            <translation>この添付ファイルは存在しません。</translation>
        </message>
        <message>
            <source>The attachment no longer matches the SHA-256 recorded when it was attached.</source>
            <translation>添付ファイルの内容が、添付時に記録した SHA-256 と一致しません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::Backup</name>
        <message>
            <source>The backup could not be written (is the disk full?). No backup was made.</source>
            <translation>バックアップを書き込めませんでした（ディスクの空き容量を確認してください）。バックアップは作成されていません。</translation>
        </message>
        <message>
            <source>%1 is not a complete Mamori backup (damaged or truncated).</source>
            <translation>%1 は完全なMamoriのバックアップではありません（破損しているか途中で切れています）。</translation>
        </message>
        <message>
            <source>The database is busy; try the backup again.</source>
            <translation>データベースが使用中です。もう一度バックアップしてください。</translation>
        </message>
        <message>
            <source>The case file could not be read for the backup.</source>
            <translation>バックアップのためにケースファイルを読み込めませんでした。</translation>
        </message>
        <message>
            <source>The backup file %1 could not be created.</source>
            <translation>バックアップファイル %1 を作成できませんでした。</translation>
        </message>
        <message>
            <source>The backup %1 could not be opened.</source>
            <translation>バックアップ %1 を開けませんでした。</translation>
        </message>
        <message>
            <source>%1 is not a Mamori backup.</source>
            <translation>%1 はMamoriのバックアップではありません。</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty.</source>
            <translation>%1 は既に存在し、空ではありません。</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Mamori.</source>
            <translation>このバックアップは新しいバージョンのMamoriで作成されています。</translation>
        </message>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>フォルダ %1 を作成できませんでした。</translation>
        </message>
        <message>
            <source>The restored case file could not be written (is the disk full?).</source>
            <translation>復元したケースファイルを書き込めませんでした（ディスクの空き容量を確認してください）。</translation>
        </message>
        <message>
            <source>The restored case file could not be moved into place.</source>
            <translation>復元したケースファイルを所定の場所に移動できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>mamori::CarryOutService</name>
        <message>
            <source>This carry-out does not exist.</source>
            <translation>この持出しは登録されていません。</translation>
        </message>
        <message>
            <source>The carry-out %1 is %2: it cannot be %3 now.</source>
            <translation>持出し %1 は現在 %2 の状態のため、%3できません。</translation>
        </message>
        <message>
            <source>Only the unit manager of the section may approve or reject a carry-out.</source>
            <translation>持出しの承認・却下は、その課の保護管理者だけが行えます。</translation>
        </message>
        <message>
            <source>Every rule must be of the sensitivity level being set.</source>
            <translation>すべての規則は、設定する区分（機微度）のものにしてください。</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>登録済みの所属（課）を選んでください。</translation>
        </message>
        <message>
            <source>Choose a file of the register kept by this section.</source>
            <translation>この課の個人情報ファイルを選んでください。</translation>
        </message>
        <message>
            <source>Choose the person who carries the item out.</source>
            <translation>持ち出す職員を選んでください。</translation>
        </message>
        <message>
            <source>Describe what is carried out (at most 500 characters).</source>
            <translation>持ち出すものの内容を入力してください（500文字以内）。</translation>
        </message>
        <message>
            <source>The number of records cannot be negative.</source>
            <translation>件数にマイナスの値は入力できません。</translation>
        </message>
        <message>
            <source>Enter the purpose of the carry-out (at most 1000 characters).</source>
            <translation>持出しの目的を入力してください（1000文字以内）。</translation>
        </message>
        <message>
            <source>Enter the destination (at most 500 characters).</source>
            <translation>持出し先を入力してください（500文字以内）。</translation>
        </message>
        <message>
            <source>Enter the planned date of departure.</source>
            <translation>持出し予定日を入力してください。</translation>
        </message>
        <message>
            <source>The planned return cannot be before the planned departure.</source>
            <translation>返却予定日を持出し予定日より前にすることはできません。</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Nobody may approve their own carry-out request.</source>
            <translation>自分の持出し申請を自分で承認することはできません。</translation>
        </message>
        <message>
            <source>These measures are required before approval: %1.</source>
            <translation>承認の前に次の措置が必要です: %1。</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>Nobody may decide on their own carry-out request.</source>
            <translation>自分の持出し申請を自分で承認・却下することはできません。</translation>
        </message>
        <message>
            <source>Enter the reason for the rejection (at most 1000 characters).</source>
            <translation>却下の理由を入力してください（1000文字以内）。</translation>
        </message>
        <message>
            <source>taken out</source>
            <translation>持出し</translation>
        </message>
        <message>
            <source>Enter the date and time the item left.</source>
            <translation>持ち出した日時を入力してください。</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>返却</translation>
        </message>
        <message>
            <source>The return cannot be before the item left (%1).</source>
            <translation>返却日時を持出し日時（%1）より前にすることはできません。</translation>
        </message>
        <message>
            <source>Choose the person who brings the item back.</source>
            <translation>返却する職員を選んでください。</translation>
        </message>
        <message>
            <source>The return must be checked by someone other than the person who brings it back.</source>
            <translation>返却の確認は、返却する本人以外の職員が行ってください。</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>reported lost</source>
            <translation>紛失登録</translation>
        </message>
        <message>
            <source>Describe how and when the item was lost (at most 2000 characters).</source>
            <translation>紛失の状況と日時を入力してください（2000文字以内）。</translation>
        </message>
        <message>
            <source>No carry-out has this control number.</source>
            <translation>この管理番号の持出しはありません。</translation>
        </message>
        <message>
            <source>A page needs a positive size and offset.</source>
            <translation>ページの件数と開始位置が正しくありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseFile</name>
        <message>
            <source>The case file %1 does not exist.</source>
            <translation>ケースファイル %1 は存在しません。</translation>
        </message>
        <message>
            <source>%1 is not a Mamori case file.</source>
            <translation>%1 はMamoriのケースファイルではありません。</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its key-slot file is missing. Restore it from a backup.</source>
            <translation>ケースファイル %1 は破損しています（鍵スロットファイルがありません）。バックアップから復元してください。</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its key-slot file is corrupt or truncated. Restore it from a backup.</source>
            <translation>ケースファイル %1 は破損しています（鍵スロットファイルが壊れているか途中で切れています）。バックアップから復元してください。</translation>
        </message>
        <message>
            <source>The case file %1 was made by a newer version of Mamori. Please update Mamori.</source>
            <translation>ケースファイル %1 は新しいバージョンのMamoriで作成されています。Mamoriを更新してください。</translation>
        </message>
        <message>
            <source>The case file %1 is damaged: its database is missing, empty or truncated. Restore it from a backup.</source>
            <translation>ケースファイル %1 は破損しています（データベースがないか、空か、途中で切れています）。バックアップから復元してください。</translation>
        </message>
        <message>
            <source>The case file is closed.</source>
            <translation>ケースファイルは閉じられています。</translation>
        </message>
        <message>
            <source>You do not have permission to do this (%1).</source>
            <translation>この操作を行う権限がありません（%1）。</translation>
        </message>
        <message>
            <source>The case file is inconsistent: the account has a key slot but no record.</source>
            <translation>ケースファイルに不整合があります（鍵スロットはあるがアカウントの記録がありません）。</translation>
        </message>
        <message>
            <source>This account has been disabled.</source>
            <translation>このアカウントは停止されています。</translation>
        </message>
        <message>
            <source>%1 already exists and is not empty.</source>
            <translation>%1 は既に存在し、空ではありません。</translation>
        </message>
        <message>
            <source>The folder %1 could not be created.</source>
            <translation>フォルダ %1 を作成できませんでした。</translation>
        </message>
        <message>
            <source>The linked SQLite library is not SQLCipher; refusing to store data unencrypted.</source>
            <translation>リンクされたSQLiteライブラリがSQLCipherではありません。暗号化せずにデータを保存することはできません。</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>ログインIDを入力してください。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>パスワードを入力してください。</translation>
        </message>
        <message>
            <source>That is not a recovery code: it has 32 letters and digits in groups of four.</source>
            <translation>リカバリーコードの形式ではありません。リカバリーコードは英数字32文字（4文字ずつ8組）です。</translation>
        </message>
        <message>
            <source>This account has been disabled. Ask an administrator.</source>
            <translation>このアカウントは停止されています。システム管理者に連絡してください。</translation>
        </message>
        <message>
            <source>The case file has no recovery slot.</source>
            <translation>このケースファイルにはリカバリー用の鍵スロットがありません。</translation>
        </message>
        <message>
            <source>There is no account with that login in this case file.</source>
            <translation>このケースファイルにそのログインIDのアカウントはありません。</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords for this account. Try again in %n second(s).</source>
            <translation>
                <numerusform>このアカウントでパスワードの誤りが続いています。%n秒後に再度お試しください。</numerusform>
            </translation>
        </message>
        <message>
            <source>The recovery code is not correct.</source>
            <translation>リカバリーコードが正しくありません。</translation>
        </message>
        <message>
            <source>The password is not correct.</source>
            <translation>パスワードが正しくありません。</translation>
        </message>
        <message>
            <source>The key-slot file has been altered. Restore it from a backup.</source>
            <translation>鍵スロットファイルが改変されています。バックアップから復元してください。</translation>
        </message>
        <message>
            <source>The linked SQLite library is not SQLCipher.</source>
            <translation>リンクされたSQLiteライブラリがSQLCipherではありません。</translation>
        </message>
        <message>
            <source>The database of the case file is empty.</source>
            <translation>ケースファイルのデータベースが空です。</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseLock</name>
        <message>
            <source>This case file is already open in another Mamori (computer %1, process %2). Close it there first.</source>
            <translation>このケースファイルは別のMamoriで開かれています（コンピュータ %1、プロセス %2）。先にそちらで閉じてください。</translation>
        </message>
        <message>
            <source>The case folder is read-only. Mamori needs to write to it; copy it to a writable place.</source>
            <translation>ケースファイルのフォルダが読み取り専用です。書き込み可能な場所にコピーしてから開いてください。</translation>
        </message>
        <message>
            <source>The case folder could not be locked.</source>
            <translation>ケースファイルのフォルダをロックできませんでした。</translation>
        </message>
    </context>
    <context>
        <name>mamori::CaseSettings</name>
        <message>
            <source>Invalid value for setting %1.</source>
            <translation>設定 %1 の値が正しくありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::Database</name>
        <message>
            <source>The database could not be opened.</source>
            <translation>データベースを開けませんでした。</translation>
        </message>
        <message>
            <source>The database of the case file is damaged or unreadable.</source>
            <translation>ケースファイルのデータベースが破損しているか、読み取れません。</translation>
        </message>
        <message>
            <source>The database key could not be applied.</source>
            <translation>データベースの鍵を設定できませんでした。</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved.</source>
            <translation>ディスクの空き容量が不足しています。何も保存されていません。</translation>
        </message>
        <message>
            <source>The case file is read-only.</source>
            <translation>ケースファイルは読み取り専用です。</translation>
        </message>
        <message>
            <source>The database of the case file is damaged.</source>
            <translation>ケースファイルのデータベースが破損しています。</translation>
        </message>
        <message>
            <source>Database error.</source>
            <translation>データベースのエラーです。</translation>
        </message>
        <message>
            <source>The record conflicts with an existing one.</source>
            <translation>既存の記録と重複しています。</translation>
        </message>
        <message>
            <source>The case file could not be read or written.</source>
            <translation>ケースファイルの読み書きができませんでした。</translation>
        </message>
        <message>
            <source>An operation inside this batch failed; the whole batch was undone.</source>
            <translation>一括処理の途中で失敗したため、処理全体を取り消しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::DisposalForms</name>
        <message>
            <source>%1 was destroyed by a contractor: its certificate is the contractor's own. Keep it with the disposal as an attachment; Mamori issues certificates only for disposals done in-house.</source>
            <translation>%1 は委託業者が廃棄したものです。証明書は業者が発行するものなので、廃棄の記録に添付して保管してください。Mamori が証明書を発行するのは職員が自ら廃棄した場合だけです。</translation>
        </message>
        <message>
            <source>%1 has not been approved yet: a certificate can be printed once the disposal is approved.</source>
            <translation>%1 はまだ承認されていません。証明書は廃棄が承認されてから印刷できます。</translation>
        </message>
        <message>
            <source>%1 was cancelled: nothing was destroyed, so there is nothing to certify.</source>
            <translation>%1 は取り消されました。廃棄していないため、証明するものはありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::DisposalService</name>
        <message>
            <source>This disposal does not exist.</source>
            <translation>この廃棄記録は存在しません。</translation>
        </message>
        <message>
            <source>The disposal %1 is %2: it cannot be %3 now.</source>
            <translation>廃棄 %1 は現在 %2 のため、%3ことはできません。</translation>
        </message>
        <message>
            <source>Only the unit manager of the section may approve or verify a disposal.</source>
            <translation>廃棄の承認と確認は、その課の保護管理者だけが行えます。</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>登録されている課を選んでください。</translation>
        </message>
        <message>
            <source>Choose a file of the register kept by this section.</source>
            <translation>この課の個人情報ファイル簿にあるファイルを選んでください。</translation>
        </message>
        <message>
            <source>Choose the person who asks for the disposal.</source>
            <translation>廃棄を申請する職員を選んでください。</translation>
        </message>
        <message>
            <source>Describe what is disposed of (at most 500 characters).</source>
            <translation>廃棄するものを入力してください（500文字以内）。</translation>
        </message>
        <message>
            <source>The model has at most 200 characters.</source>
            <translation>型式は200文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Enter the serial number of every medium or disk to be destroyed.</source>
            <translation>廃棄する媒体・ディスクの製造番号をすべて入力してください。</translation>
        </message>
        <message>
            <source>A serial number has at most 100 characters.</source>
            <translation>製造番号は100文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Each serial number is listed once (at most 1000).</source>
            <translation>製造番号は重複せずに入力してください（1000件まで）。</translation>
        </message>
        <message>
            <source>The quantity is at least 1.</source>
            <translation>数量は1以上にしてください。</translation>
        </message>
        <message>
            <source>The quantity is smaller than the number of serial numbers.</source>
            <translation>数量が製造番号の件数より少なくなっています。</translation>
        </message>
        <message>
            <source>The number of records cannot be negative.</source>
            <translation>件数に負の数は入力できません。</translation>
        </message>
        <message>
            <source>The basis has at most 500 characters.</source>
            <translation>廃棄の根拠は500文字以内で入力してください。</translation>
        </message>
        <message>
            <source>This method cannot destroy this kind of item: paper is shredded, dissolved, incinerated or destroyed; media and disks are not dissolved.</source>
            <translation>この方法ではこの種類のものは廃棄できません。紙は細断・溶解・焼却・破壊で、媒体とディスクは溶解以外の方法で廃棄します。</translation>
        </message>
        <message>
            <source>Name the overwrite tool and the standard it follows.</source>
            <translation>上書き消去に使うツールと準拠する規格を入力してください。</translation>
        </message>
        <message>
            <source>The method details have at most 500 characters.</source>
            <translation>方法の詳細は500文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Enter the contractor's name (at most 200 characters).</source>
            <translation>委託先の名称を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>Enter the subcontract tier: 1 for the contractor itself, 2 for its subcontractor, and so on (at most 9).</source>
            <translation>委託の段階を入力してください。委託先自身は1、その再委託先は2、以下同様です（9まで）。</translation>
        </message>
        <message>
            <source>An in-house disposal has no contractor.</source>
            <translation>職員が行う廃棄には委託先はありません。</translation>
        </message>
        <message>
            <source>An in-house disposal has no subcontract tier.</source>
            <translation>職員が行う廃棄には委託の段階はありません。</translation>
        </message>
        <message>
            <source>The place has at most 200 characters.</source>
            <translation>場所は200文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Enter the planned date of the disposal.</source>
            <translation>廃棄の予定日を入力してください。</translation>
        </message>
        <message>
            <source>The remarks have at most 2000 characters.</source>
            <translation>備考は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更する</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>承認する</translation>
        </message>
        <message>
            <source>Nobody may approve their own disposal request.</source>
            <translation>自分の廃棄申請を自分で承認することはできません。</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>取りやめる</translation>
        </message>
        <message>
            <source>Enter why the disposal is cancelled (at most 1000 characters).</source>
            <translation>取りやめる理由を入力してください（1000文字以内）。</translation>
        </message>
        <message>
            <source>executed</source>
            <translation>廃棄済みにする</translation>
        </message>
        <message>
            <source>The disposal %1 is done by a contractor: record the hand-over instead.</source>
            <translation>廃棄 %1 は委託先が行います。委託先への引渡しを記録してください。</translation>
        </message>
        <message>
            <source>The disposal cannot have been done before it was approved (%1).</source>
            <translation>承認（%1）より前に廃棄したことにはできません。</translation>
        </message>
        <message>
            <source>Choose the member of staff who destroyed the items.</source>
            <translation>廃棄を行った職員を選んでください。</translation>
        </message>
        <message>
            <source>handed over</source>
            <translation>引き渡す</translation>
        </message>
        <message>
            <source>The disposal %1 is done in-house: record its execution instead.</source>
            <translation>廃棄 %1 は職員が行います。廃棄の実施を記録してください。</translation>
        </message>
        <message>
            <source>The items cannot have been handed over before the disposal was approved (%1).</source>
            <translation>承認（%1）より前に引き渡したことにはできません。</translation>
        </message>
        <message>
            <source>Choose the member of staff who handed the items over.</source>
            <translation>引渡しを行った職員を選んでください。</translation>
        </message>
        <message>
            <source>witnessed</source>
            <translation>立会いを記録する</translation>
        </message>
        <message>
            <source>Choose the member of staff who witnessed the disposal.</source>
            <translation>廃棄に立ち会った職員を選んでください。</translation>
        </message>
        <message>
            <source>The witness cannot have watched before the items were handed over (%1).</source>
            <translation>引渡し（%1）より前に立ち会ったことにはできません。</translation>
        </message>
        <message>
            <source>The witness cannot have watched before the disposal was approved (%1).</source>
            <translation>承認（%1）より前に立ち会ったことにはできません。</translation>
        </message>
        <message>
            <source>The person who destroyed the items cannot also be their witness.</source>
            <translation>廃棄を行った職員は立会者になれません。</translation>
        </message>
        <message>
            <source>This person is already recorded as a witness.</source>
            <translation>この職員は立会者として記録済みです。</translation>
        </message>
        <message>
            <source>Only a disposal by a contractor has a contractor's certificate.</source>
            <translation>廃棄証明書は委託先が行う廃棄にだけ登録できます。</translation>
        </message>
        <message>
            <source>given a certificate</source>
            <translation>証明書を登録する</translation>
        </message>
        <message>
            <source>Enter the certificate number (at most 100 characters).</source>
            <translation>証明書番号を入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>This disposal already has a certificate with this number.</source>
            <translation>この廃棄にはこの番号の証明書が登録済みです。</translation>
        </message>
        <message>
            <source>Enter who issued the certificate (at most 200 characters).</source>
            <translation>証明書の発行者を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>The responsible person has at most 200 characters.</source>
            <translation>責任者は200文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The certificate cannot be issued before the items were handed over (%1).</source>
            <translation>引渡し（%1）より前に発行された証明書にはできません。</translation>
        </message>
        <message>
            <source>The certificate cannot be received before it was issued.</source>
            <translation>証明書の受領日は発行日より前にできません。</translation>
        </message>
        <message>
            <source>The certificate cannot be received in the future.</source>
            <translation>証明書の受領日に未来の日付は入力できません。</translation>
        </message>
        <message>
            <source>The disposal %1 is %2: nothing more can be attached.</source>
            <translation>廃棄 %1 は %2 のため、これ以上添付できません。</translation>
        </message>
        <message>
            <source>Choose a certificate of this disposal.</source>
            <translation>この廃棄の証明書を選んでください。</translation>
        </message>
        <message>
            <source>This attachment does not exist.</source>
            <translation>この添付ファイルは存在しません。</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>確認済みにする</translation>
        </message>
        <message>
            <source>The disposal %1 was done by a contractor and cannot be verified yet. Missing: a disposal certificate from the contractor, or a recorded witness (either one is enough).</source>
            <translation>廃棄 %1 は委託先が行ったため、まだ確認済みにできません。不足：委託先の廃棄証明書、または立会いの記録（どちらか一方で足ります）。</translation>
        </message>
        <message>
            <source>The verification note has at most 2000 characters.</source>
            <translation>確認の所見は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>廃棄記録簿に記載する</translation>
        </message>
        <message>
            <source>No disposal has this control number.</source>
            <translation>この管理番号の廃棄記録はありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ExportGuard</name>
        <message>
            <source>You are exporting %1 records of personal data (more than %2). Enter the reason; it is kept in the journal.</source>
            <translation>個人情報%1件（%2件超）を書き出そうとしています。理由を入力してください。理由は操作記録に残ります。</translation>
        </message>
    </context>
    <context>
        <name>mamori::HandlingAreaService</name>
        <message>
            <source>This handling area does not exist.</source>
            <translation>この取扱区域はありません。</translation>
        </message>
        <message>
            <source>An area code has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>区域コードは1〜20文字の半角英数字・ハイフン・アンダースコアで入力してください。</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>登録済みの所属（課）を選んでください。</translation>
        </message>
        <message>
            <source>Enter the building (at most 100 characters).</source>
            <translation>建物を入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>The floor has at most 20 characters.</source>
            <translation>階は20文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The room has at most 100 characters.</source>
            <translation>室名は100文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The remarks have at most 2000 characters.</source>
            <translation>備考は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>A handling area with this code already exists.</source>
            <translation>この区域コードの取扱区域は既に登録されています。</translation>
        </message>
        <message>
            <source>Files of the register are handled in this area; assign them another area first.</source>
            <translation>この取扱区域で取り扱う個人情報ファイルがあります。先にそれらの取扱区域を変更してください。</translation>
        </message>
        <message>
            <source>A remark on a measure has at most 500 characters.</source>
            <translation>措置の備考は500文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Choose existing people as handlers.</source>
            <translation>取扱者には登録済みの職員を選んでください。</translation>
        </message>
        <message>
            <source>The layout image is larger than 20 MB.</source>
            <translation>配置図の画像が20MBを超えています。</translation>
        </message>
        <message>
            <source>The layout image must be a PNG or JPEG file.</source>
            <translation>配置図の画像はPNGまたはJPEG形式のファイルにしてください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::IncidentForms</name>
        <message>
            <source>The preliminary report (速報) of this incident has not been filed yet: record it first, then print it.</source>
            <translation>この事案の速報はまだ記録されていません。先に報告を記録してから印刷してください。</translation>
        </message>
        <message>
            <source>The final report (確報) of this incident has not been filed yet: record it first, then print it.</source>
            <translation>この事案の確報はまだ記録されていません。先に報告を記録してから印刷してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::IncidentService</name>
        <message>
            <source>This incident does not exist.</source>
            <translation>この事案は存在しません。</translation>
        </message>
        <message>
            <source>You may not do this on this incident (%1).</source>
            <translation>この事案に対してこの操作を行う権限がありません（%1）。</translation>
        </message>
        <message>
            <source>Only the %1 may record this step (%2).</source>
            <translation>この段階は%1だけが記録できます（%2）。</translation>
        </message>
        <message>
            <source>An incident in state %1 does not allow this (%2).</source>
            <translation>状態が%1の事案ではこの操作はできません（%2）。</translation>
        </message>
        <message>
            <source>Enter when the city became aware of the incident.</source>
            <translation>市が事態を知った日時を入力してください。</translation>
        </message>
        <message>
            <source>The awareness time cannot be in the future.</source>
            <translation>事態を知った日時に未来の日時は指定できません。</translation>
        </message>
        <message>
            <source>Choose a person from the staff list.</source>
            <translation>職員名簿から職員を選んでください。</translation>
        </message>
        <message>
            <source>Describe what happened (at most 4000 characters).</source>
            <translation>事案の概要を入力してください（4000文字以内）。</translation>
        </message>
        <message>
            <source>The number of persons cannot be negative.</source>
            <translation>本人の数に負の数は指定できません。</translation>
        </message>
        <message>
            <source>The data items may have at most 2000 characters.</source>
            <translation>項目は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Describe the secondary damage.</source>
            <translation>二次被害の内容を入力してください。</translation>
        </message>
        <message>
            <source>The secondary damage may be described in at most 4000 characters.</source>
            <translation>二次被害の内容は4000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The cause may be described in at most 4000 characters.</source>
            <translation>原因は4000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>How it was detected may be described in at most 2000 characters.</source>
            <translation>発覚の経緯は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The date of occurrence cannot be in the future.</source>
            <translation>発生日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>Choose files from the register.</source>
            <translation>個人情報ファイル簿からファイルを選んでください。</translation>
        </message>
        <message>
            <source>Only an officer's account may report an incident.</source>
            <translation>事案の報告は職員のアカウントでのみ行えます。</translation>
        </message>
        <message>
            <source>Choose the section whose data is concerned.</source>
            <translation>対象となる情報を保有する所属を選んでください。</translation>
        </message>
        <message>
            <source>Describe what happened (at most 2000 characters).</source>
            <translation>事案の概要を入力してください（2000文字以内）。</translation>
        </message>
        <message>
            <source>Carry-out %1 was reported lost.</source>
            <translation>持出し%1の紛失が報告されました。</translation>
        </message>
        <message>
            <source>Marked lost on the carry-out ledger.</source>
            <translation>持出簿で紛失として記録されました。</translation>
        </message>
        <message>
            <source>Describe the containment action (at most 1000 characters).</source>
            <translation>被害拡大防止のための措置を入力してください（1000文字以内）。</translation>
        </message>
        <message>
            <source>The containment time must lie between the awareness time and now.</source>
            <translation>措置の日時は事態を知った日時から現在までの間で指定してください。</translation>
        </message>
        <message>
            <source>Every step of the escalation chain has been recorded.</source>
            <translation>報告経路のすべての段階が記録済みです。</translation>
        </message>
        <message>
            <source>The time of this step must lie between the previous step (or the awareness time) and now.</source>
            <translation>この段階の日時は、前の段階（または事態を知った日時）から現在までの間で指定してください。</translation>
        </message>
        <message>
            <source>The note may have at most 1000 characters.</source>
            <translation>備考は1000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The incident cannot have occurred after the city became aware of it.</source>
            <translation>発生日を事態を知った日より後にすることはできません。</translation>
        </message>
        <message>
            <source>A My Number report needs an assessment whose facts involve My Numbers.</source>
            <translation>番号法に基づく報告には、特定個人情報が含まれる事実での判定が必要です。</translation>
        </message>
        <message>
            <source>This report has already been filed.</source>
            <translation>この報告は既に提出済みです。</translation>
        </message>
        <message>
            <source>File the preliminary report before the final report.</source>
            <translation>確報の前に速報を提出してください。</translation>
        </message>
        <message>
            <source>Enter the submission date (not in the future).</source>
            <translation>提出日を入力してください（未来の日付は不可）。</translation>
        </message>
        <message>
            <source>A report cannot be submitted before the awareness date (%1).</source>
            <translation>事態を知った日（%1）より前の日付で報告を提出することはできません。</translation>
        </message>
        <message>
            <source>The final report cannot be dated before the preliminary report.</source>
            <translation>確報の提出日を速報より前にすることはできません。</translation>
        </message>
        <message>
            <source>Fill in this item of the report (at most 4000 characters).</source>
            <translation>報告のこの項目を入力してください（4000文字以内）。</translation>
        </message>
        <message>
            <source>The contact may have at most 500 characters.</source>
            <translation>連絡先は500文字以内で入力してください。</translation>
        </message>
        <message>
            <source>The reports to other bodies may have at most 2000 characters.</source>
            <translation>他機関への報告は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Name the group of individuals (at most 200 characters).</source>
            <translation>通知の対象者の区分を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>The date and time must lie between the awareness time and now.</source>
            <translation>日時は事態を知った日時から現在までの間で指定してください。</translation>
        </message>
        <message>
            <source>Choose how the individuals were notified.</source>
            <translation>本人への通知の方法を選んでください。</translation>
        </message>
        <message>
            <source>Describe the substitute measure (at most 2000 characters).</source>
            <translation>代替措置の内容を入力してください（2000文字以内）。</translation>
        </message>
        <message>
            <source>The remarks may have at most 2000 characters.</source>
            <translation>備考は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Choose whether to publish.</source>
            <translation>公表するかどうかを選んでください。</translation>
        </message>
        <message>
            <source>The date of the decision must lie between the awareness date and today.</source>
            <translation>決定日は事態を知った日から本日までの間で指定してください。</translation>
        </message>
        <message>
            <source>A publication date needs the decision to publish.</source>
            <translation>公表日は公表すると決定した場合にのみ指定できます。</translation>
        </message>
        <message>
            <source>The publication date must lie between the awareness date and today.</source>
            <translation>公表日は事態を知った日から本日までの間で指定してください。</translation>
        </message>
        <message>
            <source>The date the PPC secretariat was informed must lie between the awareness date and today.</source>
            <translation>個人情報保護委員会事務局へ情報提供した日は、事態を知った日から本日までの間で指定してください。</translation>
        </message>
        <message>
            <source>The reason may have at most 2000 characters.</source>
            <translation>理由は2000文字以内で入力してください。</translation>
        </message>
        <message>
            <source>Choose existing sections to share the measure with.</source>
            <translation>措置を共有する所属を既存の所属から選んでください。</translation>
        </message>
        <message>
            <source>Describe the measure (at most 2000 characters).</source>
            <translation>再発防止策の内容を入力してください（2000文字以内）。</translation>
        </message>
        <message>
            <source>Enter the date the measure is due.</source>
            <translation>再発防止策の期限を入力してください。</translation>
        </message>
        <message>
            <source>This incident has no such measure.</source>
            <translation>この事案にはその再発防止策はありません。</translation>
        </message>
        <message>
            <source>the mayor has not been informed (last step of the escalation chain)</source>
            <translation>市長への報告が済んでいません（報告経路の最後の段階）</translation>
        </message>
        <message>
            <source>the reportability has not been assessed</source>
            <translation>報告要否の判定が済んでいません</translation>
        </message>
        <message>
            <source>the facts changed after the last assessment: assess again</source>
            <translation>最後の判定の後に事実が変更されました。再度判定してください</translation>
        </message>
        <message>
            <source>the preliminary report under the APPI has not been filed</source>
            <translation>個人情報保護法に基づく速報が提出されていません</translation>
        </message>
        <message>
            <source>the final report under the APPI has not been filed</source>
            <translation>個人情報保護法に基づく確報が提出されていません</translation>
        </message>
        <message>
            <source>the preliminary report under the My Number Act has not been filed</source>
            <translation>番号法に基づく速報が提出されていません</translation>
        </message>
        <message>
            <source>the final report under the My Number Act has not been filed</source>
            <translation>番号法に基づく確報が提出されていません</translation>
        </message>
        <message>
            <source>not every individual has been notified and no substitute measure is recorded</source>
            <translation>本人への通知が全員に済んでおらず、代替措置も記録されていません</translation>
        </message>
        <message>
            <source>no recurrence prevention measure is recorded</source>
            <translation>再発防止策が記録されていません</translation>
        </message>
        <message>
            <source>The incident cannot be closed yet: %1.</source>
            <translation>この事案はまだ完了できません: %1。</translation>
        </message>
        <message>
            <source>No incident has this number.</source>
            <translation>この事案番号の事案はありません。</translation>
        </message>
        <message>
            <source>The case file's reporting rules are unreadable.</source>
            <translation>ケースファイルの報告ルールを読み取れません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::KeySlotFile</name>
        <message>
            <source>The key-slot file could not be written.</source>
            <translation>鍵スロットファイルを書き込めませんでした。</translation>
        </message>
        <message>
            <source>The key-slot file could not be written (disk full?). The previous file is unchanged.</source>
            <translation>鍵スロットファイルを書き込めませんでした（ディスクの空き容量を確認してください）。元のファイルは変更されていません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::LabelForms</name>
        <message>
            <source>No carry-out matches: there are no labels to print.</source>
            <translation>条件に合う持出しがないため、印刷するラベルがありません。</translation>
        </message>
        <message>
            <source>No disposal matches: there are no labels to print.</source>
            <translation>該当する廃棄がありません。印刷するラベルはありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::PersonService</name>
        <message>
            <source>Choose an existing section.</source>
            <translation>登録済みの所属（課）を選んでください。</translation>
        </message>
        <message>
            <source>A staff number has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>職員番号は1〜20文字の半角英数字・ハイフン・アンダースコアで入力してください。</translation>
        </message>
        <message>
            <source>Enter the person's name (at most 100 characters).</source>
            <translation>氏名を入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>Enter the reading of the name in kana (at most 100 characters).</source>
            <translation>氏名カナを入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>メールアドレスの形式が正しくありません。</translation>
        </message>
        <message>
            <source>A person with this staff number already exists.</source>
            <translation>この職員番号の職員は既に登録されています。</translation>
        </message>
        <message>
            <source>This person does not exist.</source>
            <translation>この職員は登録されていません。</translation>
        </message>
        <message>
            <source>This role needs a section.</source>
            <translation>この役割には所属（課）の指定が必要です。</translation>
        </message>
        <message>
            <source>This role applies to the whole city; do not give a section.</source>
            <translation>この役割は全庁に及ぶため、所属（課）は指定しないでください。</translation>
        </message>
        <message>
            <source>Enter the date the role starts.</source>
            <translation>役割の開始日を入力してください。</translation>
        </message>
        <message>
            <source>The role cannot end before it starts.</source>
            <translation>役割の終了日は開始日以降にしてください。</translation>
        </message>
        <message>
            <source>Enter the duty of the handler (at most 200 characters).</source>
            <translation>事務取扱担当者の担当事務を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>Enter the personal data the handler may handle (at most 500 characters).</source>
            <translation>取り扱うことができる個人情報の範囲を入力してください（500文字以内）。</translation>
        </message>
        <message>
            <source>Enter the date of the designation.</source>
            <translation>指定日を入力してください。</translation>
        </message>
        <message>
            <source>This designation does not exist.</source>
            <translation>この指定は登録されていません。</translation>
        </message>
        <message>
            <source>This designation has already been revoked.</source>
            <translation>この指定は既に解除されています。</translation>
        </message>
        <message>
            <source>The designation cannot be revoked before it was made.</source>
            <translation>指定日より前の日付で解除することはできません。</translation>
        </message>
        <message>
            <source>Choose an existing account.</source>
            <translation>登録済みのアカウントを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::PersonalInfoFileService</name>
        <message>
            <source>This file of the register does not exist.</source>
            <translation>この個人情報ファイルは登録されていません。</translation>
        </message>
        <message>
            <source>A file number has 1 to 20 letters, digits, hyphens or underscores.</source>
            <translation>ファイル番号は1〜20文字の半角英数字・ハイフン・アンダースコアで入力してください。</translation>
        </message>
        <message>
            <source>Enter the name of the file (at most 200 characters).</source>
            <translation>個人情報ファイルの名称を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>Choose an existing section.</source>
            <translation>登録済みの所属（課）を選んでください。</translation>
        </message>
        <message>
            <source>Enter the purpose of use (at most 2000 characters).</source>
            <translation>利用目的を入力してください（2000文字以内）。</translation>
        </message>
        <message>
            <source>The number of persons cannot be negative.</source>
            <translation>本人の数に負の値は入力できません。</translation>
        </message>
        <message>
            <source>Choose an existing handling area.</source>
            <translation>登録済みの取扱区域を選んでください。</translation>
        </message>
        <message>
            <source>Describe what is known of the personal-information regime where the file is kept.</source>
            <translation>保管先の国の個人情報の保護に関する制度について、把握している内容を入力してください。</translation>
        </message>
        <message>
            <source>A file with this number already exists in the register.</source>
            <translation>このファイル番号の個人情報ファイルは既に登録されています。</translation>
        </message>
        <message>
            <source>Choose an existing person.</source>
            <translation>登録済みの職員を選んでください。</translation>
        </message>
        <message>
            <source>Unknown operation %1: use read, update, export or print.</source>
            <translation>操作 %1 は指定できません。read、update、export、print のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Grant at least one operation.</source>
            <translation>許可する操作を一つ以上指定してください。</translation>
        </message>
        <message>
            <source>Enter the date the right is granted.</source>
            <translation>アクセス権限の付与日を入力してください。</translation>
        </message>
        <message>
            <source>The review date cannot be before the grant.</source>
            <translation>見直し期限を付与日より前にすることはできません。</translation>
        </message>
        <message>
            <source>This access right does not exist.</source>
            <translation>このアクセス権限はありません。</translation>
        </message>
        <message>
            <source>This access right has already been revoked.</source>
            <translation>このアクセス権限は既に取り消されています。</translation>
        </message>
        <message>
            <source>The right cannot be revoked before it was granted.</source>
            <translation>付与日より前の日付でアクセス権限を取り消すことはできません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::QrCode</name>
        <message>
            <source>A QR code needs a text without NUL characters.</source>
            <translation>QRコードにする文字列は空でなく、NUL文字を含まないものにしてください。</translation>
        </message>
        <message>
            <source>This text is too long for a QR code (%1 bytes).</source>
            <translation>この文字列はQRコードにするには長すぎます（%1バイト）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ReportRulesJson</name>
        <message>
            <source>%1 must be a list of ranges such as "12-29/01-03".</source>
            <translation>%1 は "12-29/01-03" のような期間の一覧で指定してください。</translation>
        </message>
        <message>
            <source>Unknown reporting rule "%1".</source>
            <translation>報告ルール「%1」はありません。</translation>
        </message>
        <message>
            <source>The preliminary report is due on a day from 1 to 60.</source>
            <translation>速報の期限は1日目から60日目までの日で指定してください。</translation>
        </message>
        <message>
            <source>The final report is due no earlier than the preliminary one and within 365 days.</source>
            <translation>確報の期限は速報の期限以降、365日以内で指定してください。</translation>
        </message>
        <message>
            <source>With an improper purpose the final report is due no earlier than otherwise and within 365 days.</source>
            <translation>不正の目的による場合の確報の期限は、通常の確報の期限以降、365日以内で指定してください。</translation>
        </message>
        <message>
            <source>A number of persons cannot be negative.</source>
            <translation>人数に負の値は指定できません。</translation>
        </message>
        <message>
            <source>%1 is not a day of the year.</source>
            <translation>%1 は暦にない日付です。</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 は整数で指定してください。</translation>
        </message>
        <message>
            <source>%1 must be true or false.</source>
            <translation>%1 は true か false で指定してください。</translation>
        </message>
        <message>
            <source>Each closed range is written MM-DD/MM-DD, e.g. 12-29/01-03.</source>
            <translation>閉庁期間は MM-DD/MM-DD の形で指定してください（例: 12-29/01-03）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::Reportability</name>
        <message>
            <source>Sensitive personal information is involved (any number of persons).</source>
            <translation>要配慮個人情報が含まれる（人数を問わない）。</translation>
        </message>
        <message>
            <source>Misuse may cause property damage (any number of persons).</source>
            <translation>不正に利用されることにより財産的被害が生じるおそれがある（人数を問わない）。</translation>
        </message>
        <message>
            <source>It may stem from an act with an improper purpose (any number of persons).</source>
            <translation>不正の目的をもって行われたおそれがある行為による（人数を問わない）。</translation>
        </message>
        <message>
            <source>More than %1 persons are affected.</source>
            <translation>本人の数が%1人を超える。</translation>
        </message>
        <message>
            <source>Sensitive information defined by the city's ordinance is involved.</source>
            <translation>条例要配慮個人情報が含まれる。</translation>
        </message>
        <message>
            <source>My Number data leaked from the information-provision network or a number-use system (any number of persons).</source>
            <translation>情報提供ネットワークシステム又は個人番号利用事務を処理する情報システムで管理される特定個人情報の漏えい等（人数を問わない）。</translation>
        </message>
        <message>
            <source>My Number data was leaked, used or provided with an improper purpose (any number of persons).</source>
            <translation>不正の目的をもって行われたおそれがある特定個人情報の漏えい・利用・提供（人数を問わない）。</translation>
        </message>
        <message>
            <source>My Number data was, or may have been, viewable electronically by unspecified persons.</source>
            <translation>特定個人情報が電磁的方法により不特定多数の者に閲覧された、又は閲覧されるおそれがある。</translation>
        </message>
        <message>
            <source>More than %1 persons' My Number data is affected.</source>
            <translation>漏えい等した特定個人情報の本人の数が%1人を超える。</translation>
        </message>
    </context>
    <context>
        <name>mamori::RoleTitles</name>
        <message>
            <source>Unknown title preset "%1" (use shiraoka or muko).</source>
            <translation>職名プリセット「%1」はありません（shiraoka または muko を指定してください）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::RosterCsv</name>
        <message>
            <source>The file is not valid UTF-8. Choose the encoding it was saved in (for example CP932).</source>
            <translation>ファイルが正しい UTF-8 ではありません。保存したときの文字コード（例: CP932）を指定してください。</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor Shift_JIS (CP932). Save it from Excel as CSV and try again.</source>
            <translation>ファイルの文字コードが UTF-8 でも Shift_JIS（CP932）でもありません。Excel で CSV 形式で保存し直してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The file is not valid Shift_JIS (CP932). Choose the encoding it was saved in (for example UTF-8).</source>
            <translation>ファイルが正しい Shift_JIS（CP932）ではありません。保存したときの文字コード（例: UTF-8）を指定してください。</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is never closed.</source>
            <translation>%1 行目: 引用符（"）で始まる項目が閉じられていません。</translation>
        </message>
        <message>
            <source>The file is empty: it needs a header row and at least one person.</source>
            <translation>ファイルが空です。見出し行と、1人以上の職員の行が必要です。</translation>
        </message>
        <message>
            <source>Line %1: unknown column "%2" in the header. The columns are 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email).</source>
            <translation>%1 行目: 見出しの「%2」は使えない列名です。列名は 職員番号、氏名、氏名カナ、所属、雇用区分、および任意で メール です（英語の staff_no, name, kana, section, employment, email も使えます）。</translation>
        </message>
        <message>
            <source>Line %1: the column "%2" appears twice in the header.</source>
            <translation>%1 行目: 見出しに「%2」の列が2回あります。</translation>
        </message>
        <message>
            <source>Line %1: the header has no column %2 (%3).</source>
            <translation>%1 行目: 見出しに %2（%3）の列がありません。</translation>
        </message>
        <message>
            <source>%1 columns instead of %2.</source>
            <translation>列の数が %2 ではなく %1 です。</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 が空欄です。</translation>
        </message>
        <message>
            <source>Unknown employment type "%1" (use 正規, 会計年度任用, 派遣 or 臨時).</source>
            <translation>雇用区分「%1」は使えません（正規、会計年度任用、派遣、臨時のいずれかにしてください）。</translation>
        </message>
        <message>
            <source>The section name is longer than 100 characters.</source>
            <translation>所属名が100文字を超えています。</translation>
        </message>
        <message>
            <source>The staff number %1 already appears on line %2.</source>
            <translation>職員番号 %1 は %2 行目にも記載されています。</translation>
        </message>
        <message>
            <source>The Shift_JIS converter is not available.</source>
            <translation>Shift_JIS の変換機能を利用できません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::RosterImport</name>
        <message>
            <source>Rows refused: %1. Nothing was imported.</source>
            <translation>取り込めない行が %1 行あるため、何も取り込みませんでした。</translation>
        </message>
    </context>
    <context>
        <name>mamori::Schema</name>
        <message>
            <source>This case file was written by a newer version of Mamori (schema %1; this version reads up to %2). Please update Mamori.</source>
            <translation>このケースファイルは新しいバージョンのMamoriで作成されています（スキーマ %1、このバージョンは %2 まで対応）。Mamoriを更新してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::SearchService</name>
        <message>
            <source>Type at least one letter, digit, kana or kanji to search for.</source>
            <translation>検索する文字（英数字・かな・漢字）を1文字以上入力してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::SectionService</name>
        <message>
            <source>Enter a section code (at most 20 characters).</source>
            <translation>課コードを入力してください（20文字以内）。</translation>
        </message>
        <message>
            <source>Enter the section's name (at most 100 characters).</source>
            <translation>課名を入力してください（100文字以内）。</translation>
        </message>
        <message>
            <source>A section with this code already exists.</source>
            <translation>この課コードは既に登録されています。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::AreaCommand</name>
        <message>
            <source>List the handling areas where personal data is handled.</source>
            <translation>個人情報を取り扱う取扱区域の一覧を表示します。</translation>
        </message>
        <message>
            <source>List the handling areas you may read, optionally of one section.</source>
            <translation>閲覧権限のある取扱区域の一覧を表示します（所属で絞り込めます）。</translation>
        </message>
        <message>
            <source>Only the areas of the section with this code.</source>
            <translation>このコードの所属（課）の取扱区域だけを対象にします。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の所属（課）はありません。</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>区域コード</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>建物</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>階</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室名</translation>
        </message>
        <message>
            <source>Measures in place</source>
            <translation>実施済みの措置</translation>
        </message>
        <message>
            <source>Handlers</source>
            <translation>取扱者数</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>個人情報ファイル数</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::BackupCommand</name>
        <message>
            <source>Write a backup of the case file to one file.</source>
            <translation>ケースファイルのバックアップを1つのファイルに書き出します。</translation>
        </message>
        <message>
            <source>The backup file to write (replaced only once it is complete).</source>
            <translation>書き出すバックアップファイル（書き込みが完了してから置き換えます）。</translation>
        </message>
        <message>
            <source>Write a backup: the encrypted database and key slots in one checksummed file. It opens with the passwords, or the recovery code, valid at the time of the backup.</source>
            <translation>バックアップを書き出します。暗号化されたデータベースと鍵スロットを、チェックサム付きの1つのファイルにまとめます。バックアップ時点で有効なパスワードまたはリカバリーコードで開けます。</translation>
        </message>
        <message>
            <source>backup needs --out FILE.</source>
            <translation>backup には --out FILE を指定してください。</translation>
        </message>
        <message>
            <source>Wrote the backup %1.</source>
            <translation>バックアップ %1 を書き出しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::CarryOutCommand</name>
        <message>
            <source>List the carry-out ledger.</source>
            <translation>持出簿を表示します。</translation>
        </message>
        <message>
            <source>List the carry-outs you may read, optionally only one state or the overdue ones.</source>
            <translation>閲覧権限のある持出しの一覧を表示します（状態や返却期限超過で絞り込めます）。</translation>
        </message>
        <message>
            <source>Only carry-outs in this state: REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</source>
            <translation>この状態の持出しだけを対象にします: REQUESTED、APPROVED、REJECTED、OUT、OVERDUE、RETURNED、CLOSED または LOST。</translation>
        </message>
        <message>
            <source>Only carry-outs whose planned return has passed.</source>
            <translation>返却予定日を過ぎた持出しだけを対象にします。</translation>
        </message>
        <message>
            <source>Only the carry-outs of the section with this code.</source>
            <translation>このコードの所属（課）の持出しだけを対象にします。</translation>
        </message>
        <message>
            <source>Unknown state %1: use REQUESTED, APPROVED, REJECTED, OUT, OVERDUE, RETURNED, CLOSED or LOST.</source>
            <translation>不明な状態 %1 です: REQUESTED、APPROVED、REJECTED、OUT、OVERDUE、RETURNED、CLOSED または LOST を指定してください。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の所属（課）はありません。</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>管理番号</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>持出し先</translation>
        </message>
        <message>
            <source>Planned out</source>
            <translation>持出し予定日</translation>
        </message>
        <message>
            <source>Planned return</source>
            <translation>返却予定日</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却日時</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Cli</name>
        <message>
            <source>Internal error: %1</source>
            <translation>内部エラー: %1</translation>
        </message>
        <message>
            <source>Language of messages: ja or en (default: the system's).</source>
            <translation>メッセージの言語: ja または en（既定: システムの言語）。</translation>
        </message>
        <message>
            <source>Passwords and recovery codes are never taken as arguments (other users and the shell history could read them). Use --password-stdin or --recovery-code-stdin, or type them at the prompt.</source>
            <translation>パスワードとリカバリーコードは引数では受け付けません（他の利用者やシェルの履歴から読み取られるおそれがあります）。--password-stdin または --recovery-code-stdin を使うか、プロンプトで入力してください。</translation>
        </message>
        <message>
            <source>Usage: %1 [global options] &lt;command&gt; [options]</source>
            <translation>使い方: %1 [共通オプション] &lt;コマンド&gt; [オプション]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>コマンド:</translation>
        </message>
        <message>
            <source>Run "%1 &lt;command&gt; --help" for the options of a command.</source>
            <translation>各コマンドのオプションは「%1 &lt;コマンド&gt; --help」で表示されます。</translation>
        </message>
        <message>
            <source>Mamori on the command line: create, check, back up and restore case files, and manage accounts, from scripts or a terminal.</source>
            <translation>Mamori のコマンドライン版です。スクリプトや端末から、ケースファイルの作成・検証・バックアップ・復元とアカウントの管理を行います。</translation>
        </message>
        <message>
            <source>One of the commands below, with its own options.</source>
            <translation>以下のいずれかのコマンドと、そのオプション。</translation>
        </message>
        <message>
            <source>Name a command. See "%1 --help".</source>
            <translation>コマンドを指定してください。「%1 --help」を参照してください。</translation>
        </message>
        <message>
            <source>Unknown command "%1". See "%2 --help".</source>
            <translation>「%1」というコマンドはありません。「%2 --help」を参照してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Command</name>
        <message>
            <source>%1 needs a subcommand. See "%2 %1 --help".</source>
            <translation>%1 にはサブコマンドが必要です。「%2 %1 --help」を参照してください。</translation>
        </message>
        <message>
            <source>Unknown subcommand "%1 %2". See "%3 %1 --help".</source>
            <translation>「%1 %2」というサブコマンドはありません。「%3 %1 --help」を参照してください。</translation>
        </message>
        <message>
            <source>Usage: %1 [global options] %2 &lt;subcommand&gt; [options]</source>
            <translation>使い方: %1 [共通オプション] %2 &lt;サブコマンド&gt; [オプション]</translation>
        </message>
        <message>
            <source>Subcommands:</source>
            <translation>サブコマンド:</translation>
        </message>
        <message>
            <source>Run "%1 %2 &lt;subcommand&gt; --help" for its options.</source>
            <translation>各サブコマンドのオプションは「%1 %2 &lt;サブコマンド&gt; --help」で表示されます。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::CommandContext</name>
        <message>
            <source>The case file (its folder) to open.</source>
            <translation>開くケースファイル（フォルダ）。</translation>
        </message>
        <message>
            <source>Open the case file as this login.</source>
            <translation>このログインIDでケースファイルを開きます。</translation>
        </message>
        <message>
            <source>Open the case file with the recovery code, read as one line from standard input, instead of --user. Only `user passwd LOGIN` is then possible.</source>
            <translation>--user の代わりに、標準入力から1行で読み込んだリカバリーコードでケースファイルを開きます。この場合に実行できるのは `user passwd LOGIN` だけです。</translation>
        </message>
        <message>
            <source>Read passwords from standard input, one per line, instead of asking at the terminal. Passwords are never accepted as arguments.</source>
            <translation>パスワードを端末で尋ねる代わりに、標準入力から1行に1つずつ読み込みます。パスワードを引数で渡すことはできません。</translation>
        </message>
        <message>
            <source>Write the result, and errors, as JSON.</source>
            <translation>結果とエラーを JSON で出力します。</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>使い方: %1</translation>
        </message>
        <message>
            <source>Missing argument: %1. See --help.</source>
            <translation>引数 %1 がありません。--help を参照してください。</translation>
        </message>
        <message>
            <source>Unexpected argument: %1. See --help.</source>
            <translation>余分な引数があります: %1。--help を参照してください。</translation>
        </message>
        <message>
            <source>Name the case file with --case DIR.</source>
            <translation>--case DIR でケースファイルを指定してください。</translation>
        </message>
        <message>
            <source>Give either --user or --recovery-code-stdin, not both.</source>
            <translation>--user と --recovery-code-stdin はどちらか一方だけを指定してください。</translation>
        </message>
        <message>
            <source>Say who you are with --user LOGIN (or open with --recovery-code-stdin).</source>
            <translation>--user LOGIN でログインIDを指定してください（または --recovery-code-stdin で開いてください）。</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>リカバリーコード:</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>%1 のパスワード:</translation>
        </message>
        <message>
            <source>The recovery code only gives an account a new password (user passwd LOGIN); open the case file with a login for anything else.</source>
            <translation>リカバリーコードでできるのは、アカウントのパスワードの再設定（user passwd LOGIN）だけです。それ以外の操作は、ログインIDでケースファイルを開いて行ってください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DateArgument</name>
        <message>
            <source>--%1 takes a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][Z]), not "%2".</source>
            <translation>--%1 には日付（YYYY-MM-DD）または日時（YYYY-MM-DDTHH:MM[:SS][Z]）を指定してください。「%2」は使えません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DemoCommand</name>
        <message>
            <source>Create a demo case file to try Mamori out.</source>
            <translation>Mamori を試すためのデモ用ケースファイルを作成します。</translation>
        </message>
        <message>
            <source>Folder of the demo case file (must not exist, or be empty).</source>
            <translation>デモ用ケースファイルのフォルダ（存在しないか、空であること）。</translation>
        </message>
        <message>
            <source>Create a demo case file with made-up data. Every demo account shares one published password: never put real data in it.</source>
            <translation>架空のデータでデモ用ケースファイルを作成します。デモ用アカウントはすべて公開された同じパスワードを使うため、実際のデータは絶対に入力しないでください。</translation>
        </message>
        <message>
            <source>Created the demo case file %1.</source>
            <translation>デモ用ケースファイル %1 を作成しました。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Password of every demo account: %1</source>
            <translation>デモ用アカウント共通のパスワード: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::DisposalCommand</name>
        <message>
            <source>List the disposal ledger; attach photos and certificates.</source>
            <translation>廃棄記録簿を一覧表示し、写真や証明書を添付します。</translation>
        </message>
        <message>
            <source>List the disposals you may read, optionally of one state, section or period.</source>
            <translation>閲覧できる廃棄記録を一覧表示します（状態・課・期間で絞り込み可）。</translation>
        </message>
        <message>
            <source>Attach a photo (JPEG, PNG) or a scanned PDF to a disposal or its certificate.</source>
            <translation>写真（JPEG、PNG）またはスキャンした PDF を廃棄記録またはその証明書に添付します。</translation>
        </message>
        <message>
            <source>Write an attachment to a file you name ("attachment get ID --out FILE").</source>
            <translation>添付ファイルを指定したファイルに書き出します（"attachment get ID --out FILE"）。</translation>
        </message>
        <message>
            <source>Only disposals in this state: %1.</source>
            <translation>この状態の廃棄記録だけを表示します：%1。</translation>
        </message>
        <message>
            <source>Only the disposals of the section with this code.</source>
            <translation>このコードの課の廃棄記録だけを表示します。</translation>
        </message>
        <message>
            <source>Only disposals planned on or after this date (YYYY-MM-DD).</source>
            <translation>この日以降に予定された廃棄だけを表示します（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Only disposals planned on or before this date (YYYY-MM-DD).</source>
            <translation>この日以前に予定された廃棄だけを表示します（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Unknown state %1: use %2.</source>
            <translation>状態 %1 はありません。%2 のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>--%1 needs a date as YYYY-MM-DD.</source>
            <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください。</translation>
        </message>
        <message>
            <source>--to cannot be before --from.</source>
            <translation>--to に --from より前の日付は指定できません。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の課はありません。</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>管理番号</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>課</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>By</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>予定日</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>証明書</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>立会者</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付</translation>
        </message>
        <message>
            <source>Attach to the disposal's certificate with this number rather than to the disposal.</source>
            <translation>廃棄記録ではなく、この番号の証明書に添付します。</translation>
        </message>
        <message>
            <source>A caption, such as 廃棄前 or 廃棄後.</source>
            <translation>説明（例：廃棄前、廃棄後）。</translation>
        </message>
        <message>
            <source>Attach a photo (JPEG, PNG) or a scanned PDF, at most 20 MB, to a disposal or its certificate. The file is stored encrypted inside the case file with its SHA-256.</source>
            <translation>写真（JPEG、PNG）またはスキャンした PDF（20 MBまで）を廃棄記録またはその証明書に添付します。ファイルは SHA-256 とともにケースファイル内に暗号化して保存されます。</translation>
        </message>
        <message>
            <source>the disposal's control number and the file</source>
            <translation>廃棄の管理番号とファイル</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>ファイル %1 がありません。</translation>
        </message>
        <message>
            <source>%1 is %2 MB; at most 20 MB can be attached.</source>
            <translation>%1 は%2 MBあります。添付できるのは20 MBまでです。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 を読み込めません：%2</translation>
        </message>
        <message>
            <source>The disposal %1 has no certificate numbered %2.</source>
            <translation>廃棄 %1 に番号 %2 の証明書はありません。</translation>
        </message>
        <message>
            <source>Attached %1 to %2 as attachment %3 (%4, %5 bytes).</source>
            <translation>%1 を %2 に添付しました（添付番号 %3、%4、%5 バイト）。</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>Use "disposal attachment get ID --out FILE".</source>
            <translation>"disposal attachment get ID --out FILE" の形で指定してください。</translation>
        </message>
        <message>
            <source>The file to write the decrypted attachment to.</source>
            <translation>復号した添付ファイルの書き出し先。</translation>
        </message>
        <message>
            <source>Write an attachment, decrypted, to the file you name. Needs the right to export the section's personal data; the export is journaled. Nothing is written anywhere else.</source>
            <translation>添付ファイルを復号して、指定したファイルに書き出します。その課の個人情報を持ち出す権限が必要で、書き出しは操作記録に残ります。ほかの場所には何も書き込みません。</translation>
        </message>
        <message>
            <source>the attachment's id</source>
            <translation>添付番号</translation>
        </message>
        <message>
            <source>The attachment id is a number (see "disposal list --json").</source>
            <translation>添付番号は数字です（"disposal list --json" で確認できます）。</translation>
        </message>
        <message>
            <source>disposal attachment get needs --out FILE: the decrypted file is written only where you say.</source>
            <translation>disposal attachment get には --out FILE を指定してください。復号したファイルは指定した場所にだけ書き出します。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません：%2</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3 bytes, SHA-256 %4).</source>
            <translation>%1 を書き出しました（%2、%3 バイト、SHA-256 %4）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::ExitCodes</name>
        <message>
            <source>success</source>
            <translation>正常終了</translation>
        </message>
        <message>
            <source>usage error: unknown command or option, missing argument, password given on the command line</source>
            <translation>使い方の誤り: 不明なコマンドやオプション、引数の不足、コマンドラインでのパスワード指定</translation>
        </message>
        <message>
            <source>invalid input: a value was refused, the password is too weak, the name already exists, or a rule was broken</source>
            <translation>入力の誤り: 値が受け付けられない、パスワードが弱い、名前が既に存在する、または規則に反する</translation>
        </message>
        <message>
            <source>unknown account, wrong password or recovery code, or disabled account</source>
            <translation>アカウントが存在しない、パスワードまたはリカバリーコードが正しくない、またはアカウントが無効</translation>
        </message>
        <message>
            <source>too many wrong passwords: wait and try again</source>
            <translation>パスワードの誤りが多すぎる（しばらく待ってから再試行）</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>権限がありません</translation>
        </message>
        <message>
            <source>not a case file, or the file, folder or record does not exist</source>
            <translation>ケースファイルではない、またはファイル・フォルダ・記録が存在しない</translation>
        </message>
        <message>
            <source>the case file or backup is damaged or truncated</source>
            <translation>ケースファイルまたはバックアップが破損しているか、途中で切れている</translation>
        </message>
        <message>
            <source>made by a newer version of Mamori</source>
            <translation>新しいバージョンの Mamori で作成されている</translation>
        </message>
        <message>
            <source>the case file is open in another instance</source>
            <translation>ケースファイルが別の Mamori で開かれている</translation>
        </message>
        <message>
            <source>read or write failed (disk full, read-only folder, missing folder)</source>
            <translation>読み書きに失敗した（ディスクの空き不足、読み取り専用のフォルダ、存在しないフォルダ）</translation>
        </message>
        <message>
            <source>verification failed: the database or the journal chain is broken</source>
            <translation>検証に失敗した: データベースまたは操作記録（ジャーナル）のハッシュチェーンが壊れている</translation>
        </message>
        <message>
            <source>internal error</source>
            <translation>内部エラー</translation>
        </message>
        <message>
            <source>Exit codes:</source>
            <translation>終了コード:</translation>
        </message>
        <message>
            <source>not available here: the recovery sheet is written only by init, when the code is made</source>
            <translation>ここでは作成できません：復旧用シートは、コードを作成する init のときにだけ書き出されます</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::FileCommand</name>
        <message>
            <source>List the personal-information file register.</source>
            <translation>個人情報ファイル簿を表示します。</translation>
        </message>
        <message>
            <source>List the files of the register you may read, or the overdue access reviews.</source>
            <translation>閲覧権限のある個人情報ファイル、または見直し期限を過ぎたアクセス権限の一覧を表示します。</translation>
        </message>
        <message>
            <source>Only the files of the section with this code.</source>
            <translation>このコードの所属（課）の個人情報ファイルだけを対象にします。</translation>
        </message>
        <message>
            <source>List the access rights whose review date has passed instead of the files.</source>
            <translation>ファイルの代わりに、見直し期限を過ぎたアクセス権限を表示します。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の所属（課）はありません。</translation>
        </message>
        <message>
            <source>File no.</source>
            <translation>ファイル番号</translation>
        </message>
        <message>
            <source>File</source>
            <translation>個人情報ファイル名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Staff no.</source>
            <translation>職員番号</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>付与日</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>見直し期限</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>本人の数</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>要配慮個人情報</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>個人番号</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>取扱区域</translation>
        </message>
        <message>
            <source>Kept abroad</source>
            <translation>外国での保管</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>マニュアル処理</translation>
        </message>
        <message>
            <source>computerised</source>
            <translation>電算処理</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>no</source>
            <translation>なし</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::FormCommand</name>
        <message>
            <source>--%1 needs a date as YYYY-MM-DD, not "%2".</source>
            <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は日付ではありません）。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>所属コード %1 の所属はありません。</translation>
        </message>
        <message>
            <source>There is no handling area with the code %1.</source>
            <translation>区域コード %1 の取扱区域はありません。</translation>
        </message>
        <message>
            <source>Write a printable form (ledger, register, certificate, labels) as an A4 PDF.</source>
            <translation>印刷用の帳票（台帳・簿冊・証明書・ラベル）をA4のPDFに書き出します。</translation>
        </message>
        <message>
            <source>Account list (職員アカウント一覧): every account with its roles and status.</source>
            <translation>職員アカウント一覧：全てのアカウントとその役割・状態。</translation>
        </message>
        <message>
            <source>Recovery sheet (復旧用シート): written only by init --recovery-sheet, when the code is made.</source>
            <translation>復旧用シート：コードを作成する init --recovery-sheet のときにだけ書き出されます。</translation>
        </message>
        <message>
            <source>Handling-area designation sheet (取扱区域指定書) of one area (--id: its id or area code).</source>
            <translation>取扱区域指定書：1つの取扱区域について（--id にはIDまたは区域コード）。</translation>
        </message>
        <message>
            <source>Personal-information file register (個人情報ファイル簿) of one section, or of all you may read.</source>
            <translation>個人情報ファイル簿：1つの所属、または閲覧できる全ての所属について。</translation>
        </message>
        <message>
            <source>Carry-out ledger (持出簿) of a section and period (planned departure), A4 landscape.</source>
            <translation>持出簿：所属と期間（持出予定日）を指定して、A4横。</translation>
        </message>
        <message>
            <source>Carry-out approval form (持出承認申請書) of one carry-out (--id: its id or control number).</source>
            <translation>持出承認申請書：1件の持出しについて（--id にはIDまたは管理番号）。</translation>
        </message>
        <message>
            <source>The form to write (see the list below).</source>
            <translation>書き出す帳票（下の一覧を参照）。</translation>
        </message>
        <message>
            <source>The PDF file to write (replaced whole, or left as it was on failure).</source>
            <translation>書き出すPDFファイル（全体を置き換えます。失敗したときは元のままです）。</translation>
        </message>
        <message>
            <source>Only this section (its code).</source>
            <translation>この所属だけ（所属コード）。</translation>
        </message>
        <message>
            <source>First day of the period (YYYY-MM-DD).</source>
            <translation>期間の初日（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Last day of the period (YYYY-MM-DD).</source>
            <translation>期間の末日（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>The record the form is about: its id, control number or code.</source>
            <translation>帳票の対象とする記録：ID、管理番号またはコード。</translation>
        </message>
        <message>
            <source>Forms:</source>
            <translation>帳票：</translation>
        </message>
        <message>
            <source>Unknown form "%1". Forms: %2.</source>
            <translation>帳票「%1」はありません。帳票：%2。</translation>
        </message>
        <message>
            <source>The recovery sheet can only be written when the case file is created (init --recovery-sheet FILE.pdf): the recovery code is not stored anywhere, so it cannot be printed later.</source>
            <translation>復旧用シートは、ケースファイルの作成時（init --recovery-sheet FILE.pdf）にしか書き出せません。リカバリーコードはどこにも保存されないため、後から印刷することはできません。</translation>
        </message>
        <message>
            <source>Name the PDF to write with --out FILE.pdf.</source>
            <translation>書き出すPDFを --out FILE.pdf で指定してください。</translation>
        </message>
        <message>
            <source>The form %1 does not take --%2.</source>
            <translation>帳票 %1 には --%2 を指定できません。</translation>
        </message>
        <message>
            <source>The form %1 is about one record: give it with --id ID.</source>
            <translation>帳票 %1 は1件の記録についての帳票です。--id ID で指定してください。</translation>
        </message>
        <message>
            <source>Give either --id or --section/--from/--to, not both.</source>
            <translation>--id と --section/--from/--to は、どちらか一方だけを指定してください。</translation>
        </message>
        <message>
            <source>--from (%1) is after --to (%2).</source>
            <translation>--from（%1）が --to（%2）より後になっています。</translation>
        </message>
        <message>
            <source>The folder for %1 does not exist.</source>
            <translation>%1 を書き出すフォルダがありません。</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, pages: %3) to %4.</source>
            <translation>%1（%2、%3ページ）を %4 に書き出しました。</translation>
        </message>
        <message>
            <source>Incident report to the mayor (事案報告書) of one leak incident (--id: its id or incident number).</source>
            <translation>事案報告書（市長あて）：1件の漏えい等事案について（--id にはIDまたは事案番号）。</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC (速報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</source>
            <translation>個人情報保護委員会への漏えい等報告（速報）：1件の事案について、記録した報告のとおり。報告した法令ごとに区分して印刷します（--id にはIDまたは事案番号）。</translation>
        </message>
        <message>
            <source>Final report to the PPC (確報) of one incident, as filed; a section per regime reported (--id: its id or incident number).</source>
            <translation>個人情報保護委員会への漏えい等報告（確報）：1件の事案について、記録した報告のとおり。報告した法令ごとに区分して印刷します（--id にはIDまたは事案番号）。</translation>
        </message>
        <message>
            <source>Notice letter to the individuals affected (本人への通知), one page per group notified (--id: its id or incident number).</source>
            <translation>本人への通知：通知した対象者の区分ごとに1通ずつ（--id にはIDまたは事案番号）。</translation>
        </message>
        <message>
            <source>Labels with QR codes of the carry-outs of a section and period, or of one carry-out or disposal batch (--id: CO-… or DS-…).</source>
            <translation>所属・期間の持出しのQRコード付きラベル、または1件の持出し・廃棄のラベル（--id: CO-… または DS-…）。</translation>
        </message>
        <message>
            <source>Disposal ledger (廃棄記録簿) of a section and period (planned date), A4 landscape.</source>
            <translation>所属・期間（廃棄予定日）の廃棄記録簿（A4横）。</translation>
        </message>
        <message>
            <source>Disposal certificate (廃棄・消去証明書) issued in-house for one disposal done by staff (--id: its id or control number).</source>
            <translation>職員が自ら行った廃棄1件の廃棄・消去証明書（--id: ID または管理番号）。</translation>
        </message>
        <message>
            <source>Labels with QR codes of the disposal batches of a section and period (cancelled ones left out).</source>
            <translation>所属・期間の廃棄のQRコード付きラベル（取り消したものを除く）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::IncidentCommand</name>
        <message>
            <source>Check whether a leak must be reported to the PPC; list incidents.</source>
            <translation>漏えい等事案を個人情報保護委員会へ報告すべきか判定し、事案を一覧表示します。</translation>
        </message>
        <message>
            <source>Print the PPC reportability and report deadlines of one incident given as JSON (no case file).</source>
            <translation>JSONで与えた1件の事案について、個人情報保護委員会への報告要否と報告期限を出力します（ケースファイル不要）。</translation>
        </message>
        <message>
            <source>List the incidents you may read, optionally only the open ones.</source>
            <translation>閲覧できる事案を一覧表示します（未完了のものだけに絞り込めます）。</translation>
        </message>
        <message>
            <source>Read the JSON object from this file instead of standard input.</source>
            <translation>標準入力の代わりにこのファイルからJSONオブジェクトを読み込みます。</translation>
        </message>
        <message>
            <source>Read one JSON object and print whether the incident must be reported to the PPC under each regime, with the grounds and the due dates of the preliminary and final reports. Keys: aware_at (YYYY-MM-DD, required, not in the future), persons (integer, 0 or more, required) and the booleans sensitive, ordinance_sensitive, ordinance_defines_sensitive, property_damage_risk, improper_purpose, advanced_encryption, my_number, my_number_system and public_exposure (default false). Prints {"appi": R, "my_number": R} with R = {"reportable", "grounds", "preliminary_due", "final_due", "notify_individuals"}. Invalid input exits with 2 and names the key.</source>
            <translation>JSONオブジェクトを1つ読み込み、制度ごとに個人情報保護委員会への報告の要否を、該当する事由と速報・確報の期限とともに出力します。キー: aware_at（YYYY-MM-DD、必須、未来の日付は不可）、persons（0以上の整数、必須）、真偽値 sensitive、ordinance_sensitive、ordinance_defines_sensitive、property_damage_risk、improper_purpose、advanced_encryption、my_number、my_number_system、public_exposure（既定値はfalse）。出力は {"appi": R, "my_number": R}、R = {"reportable", "grounds", "preliminary_due", "final_due", "notify_individuals"} です。入力が不正なときは終了コード2で終了し、キーを示します。</translation>
        </message>
        <message>
            <source>The input file %1 does not exist.</source>
            <translation>入力ファイル%1は存在しません。</translation>
        </message>
        <message>
            <source>Cannot read the input file %1: %2</source>
            <translation>入力ファイル%1を読み込めません: %2</translation>
        </message>
        <message>
            <source>Cannot read standard input: %1</source>
            <translation>標準入力を読み込めません: %1</translation>
        </message>
        <message>
            <source>Only incidents that are not closed.</source>
            <translation>完了していない事案だけを表示します。</translation>
        </message>
        <message>
            <source>List the incidents of the sections you may read, newest awareness first, with their stage, the verdict of the latest assessment, the report deadlines and what is still missing before closing.</source>
            <translation>閲覧できる所属の事案を、事態を知った日時の新しい順に、段階、最新の報告要否判定、報告期限、完了までに不足している事項とともに一覧表示します。</translation>
        </message>
        <message>
            <source>Incident no.</source>
            <translation>事案番号</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>State</source>
            <translation>段階</translation>
        </message>
        <message>
            <source>Aware</source>
            <translation>覚知日時</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>本人の数</translation>
        </message>
        <message>
            <source>Reportable</source>
            <translation>報告対象</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>次の報告期限</translation>
        </message>
        <message>
            <source>no</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Show or change the case file's PPC reporting rules.</source>
            <translation>ケースファイルの個人情報保護委員会への報告ルールを表示・変更します。</translation>
        </message>
        <message>
            <source>Change the rules given in this JSON file (keys left out keep their value).</source>
            <translation>このJSONファイルに書いたルールを変更します（書かなかった項目は今の値のままです）。</translation>
        </message>
        <message>
            <source>Print the rules assessments use: preliminary_day, final_day, final_day_improper_purpose (counted with the awareness date as day 1), appi_persons_threshold, my_number_persons_threshold (reportable above), closed_on_weekends, closed_on_national_holidays and closed_ranges (e.g. ["12-29/01-03"]). With --set, change them (administrators); assessments made before keep their due dates. Invalid values exit with 2 and name the key.</source>
            <translation>報告要否の判断に使うルールを表示します: preliminary_day、final_day、final_day_improper_purpose（知った日を1日目として数えます）、appi_persons_threshold、my_number_persons_threshold（この人数を超えると報告対象）、closed_on_weekends、closed_on_national_holidays 及び closed_ranges（例: ["12-29/01-03"]）。--set で変更します（管理者のみ）。変更前の判断の期限はそのままです。不正な値は終了コード2で終了し、項目名を示します。</translation>
        </message>
        <message>
            <source>The rules file %1 cannot be read.</source>
            <translation>ルールファイル %1 を読み込めません。</translation>
        </message>
        <message>
            <source>The rules file must hold one JSON object.</source>
            <translation>ルールファイルには1つのJSONオブジェクトを書いてください。</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::InitCommand</name>
        <message>
            <source>Create a new case file with its first administrator.</source>
            <translation>最初の管理者とともに、新しいケースファイルを作成します。</translation>
        </message>
        <message>
            <source>Folder of the new case file (must not exist, or be empty).</source>
            <translation>新しいケースファイルのフォルダ（存在しないか、空であること）。</translation>
        </message>
        <message>
            <source>Login of the first administrator.</source>
            <translation>最初の管理者のログインID。</translation>
        </message>
        <message>
            <source>Name of the first administrator.</source>
            <translation>最初の管理者の氏名。</translation>
        </message>
        <message>
            <source>Role titles of the city: %1 (default: %2).</source>
            <translation>市の役職名のプリセット: %1（既定: %2）。</translation>
        </message>
        <message>
            <source>Name of the organisation, printed on forms.</source>
            <translation>帳票に印字する団体名。</translation>
        </message>
        <message>
            <source>Also write the recovery sheet, to print and keep in the safe, as a PDF.</source>
            <translation>印刷して金庫に保管する復旧用シートも PDF で書き出します。</translation>
        </message>
        <message>
            <source>init needs --admin LOGIN and --name NAME.</source>
            <translation>init には --admin LOGIN と --name NAME を指定してください。</translation>
        </message>
        <message>
            <source>The folder for the recovery sheet %1 does not exist.</source>
            <translation>復旧用シート %1 の保存先フォルダがありません。</translation>
        </message>
        <message>
            <source>Password for %1:</source>
            <translation>%1 のパスワード:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>パスワード（確認）:</translation>
        </message>
        <message>
            <source>Created the case file %1.</source>
            <translation>ケースファイル %1 を作成しました。</translation>
        </message>
        <message>
            <source>Recovery code (shown only this once; keep it on paper in the safe):</source>
            <translation>リカバリーコード（表示はこの1回限りです。紙に控えて金庫に保管してください）:</translation>
        </message>
        <message>
            <source>Recovery sheet written to %1.</source>
            <translation>復旧用シートを %1 に書き出しました。</translation>
        </message>
        <message>
            <source>The case file was created, but the recovery sheet could not be written: %1</source>
            <translation>ケースファイルは作成しましたが、復旧用シートを書き出せませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::JournalCommand</name>
        <message>
            <source>Show the journal (the tamper-evident record of every action).</source>
            <translation>操作記録（ジャーナル。すべての操作の改ざん検知可能な記録）を表示します。</translation>
        </message>
        <message>
            <source>List journal entries, oldest first.</source>
            <translation>操作記録（ジャーナル）を古い順に一覧表示します。</translation>
        </message>
        <message>
            <source>Only entries at or after DATE (YYYY-MM-DD, local, or an ISO date and time).</source>
            <translation>DATE 以降の記録だけ（YYYY-MM-DD（現地時刻）または ISO 形式の日時）。</translation>
        </message>
        <message>
            <source>Only entries at or before DATE (a date alone includes the whole day).</source>
            <translation>DATE 以前の記録だけ（日付のみの場合はその日全体を含む）。</translation>
        </message>
        <message>
            <source>Only entries by this login.</source>
            <translation>このログインIDの記録だけ。</translation>
        </message>
        <message>
            <source>Only entries with this action (create, update, delete, view, export, print, open, close, denied, verify, backup).</source>
            <translation>この操作の記録だけ（create, update, delete, view, export, print, open, close, denied, verify, backup）。</translation>
        </message>
        <message>
            <source>At most N entries.</source>
            <translation>最大 N 件。</translation>
        </message>
        <message>
            <source>List journal entries, oldest first. JSON output is an array of objects with seq, at, login, action, entity, entity_id, summary and hash (hex).</source>
            <translation>操作記録（ジャーナル）を古い順に一覧表示します。JSON 出力は、seq, at, login, action, entity, entity_id, summary, hash（16進）を持つオブジェクトの配列です。</translation>
        </message>
        <message>
            <source>--limit takes a whole number of at least 1.</source>
            <translation>--limit には1以上の整数を指定してください。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>The output could not be written (was the pipe closed?).</source>
            <translation>出力を書き込めませんでした（出力先のパイプが閉じられた可能性があります）。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::Language</name>
        <message>
            <source>Unknown language %1: use ja or en.</source>
            <translation>言語 %1 には対応していません。ja または en を指定してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::PasswordInput</name>
        <message>
            <source>Standard input ended before the password was read.</source>
            <translation>パスワードを読み込む前に標準入力が終わりました。</translation>
        </message>
        <message>
            <source>No terminal to ask for the password: pipe it in with --password-stdin.</source>
            <translation>パスワードを尋ねる端末がありません。--password-stdin を指定して標準入力から渡してください。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>2回入力したパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::PersonCommand</name>
        <message>
            <source>List the staff records (people) of the organisation.</source>
            <translation>組織の職員の一覧を表示します。</translation>
        </message>
        <message>
            <source>List the people you may read, optionally of one section.</source>
            <translation>閲覧権限のある職員の一覧を表示します（所属で絞り込めます）。</translation>
        </message>
        <message>
            <source>Only the people of the section with this code.</source>
            <translation>このコードの所属（課）の職員だけを対象にします。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の所属（課）はありません。</translation>
        </message>
        <message>
            <source>Staff no.</source>
            <translation>職員番号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>氏名カナ</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>雇用区分</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在職</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>無効</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::RestoreCommand</name>
        <message>
            <source>Restore a backup into a new case-file folder.</source>
            <translation>バックアップを新しいケースファイルのフォルダに復元します。</translation>
        </message>
        <message>
            <source>The backup file.</source>
            <translation>バックアップファイル。</translation>
        </message>
        <message>
            <source>The folder to restore into (must not exist, or be empty).</source>
            <translation>復元先のフォルダ（存在しないか、空であること）。</translation>
        </message>
        <message>
            <source>Restore a backup. The backup's checksum is verified first; on any failure nothing is left behind. No password is needed: the restored case file opens with the passwords valid at the time of the backup.</source>
            <translation>バックアップを復元します。最初にバックアップのチェックサムを検証し、失敗した場合は何も残しません。パスワードは不要です。復元したケースファイルは、バックアップ時点で有効なパスワードで開けます。</translation>
        </message>
        <message>
            <source>Restored %1 into %2.</source>
            <translation>%1 を %2 に復元しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::RosterCommand</name>
        <message>
            <source>Import or export the staff roster as CSV.</source>
            <translation>職員名簿を CSV で取り込み・書き出しします。</translation>
        </message>
        <message>
            <source>Import people from a roster CSV.</source>
            <translation>職員名簿の CSV から職員を取り込みます。</translation>
        </message>
        <message>
            <source>Export the people you may read as CSV.</source>
            <translation>閲覧権限のある職員を CSV に書き出します。</translation>
        </message>
        <message>
            <source>The roster CSV, with a header row.</source>
            <translation>見出し行のある職員名簿の CSV ファイル。</translation>
        </message>
        <message>
            <source>auto (default), utf-8 or cp932.</source>
            <translation>auto（既定）、utf-8 または cp932。</translation>
        </message>
        <message>
            <source>Check the file and show what would be imported; write nothing.</source>
            <translation>ファイルを検査して取り込まれる内容を表示するだけで、何も書き込みません。</translation>
        </message>
        <message>
            <source>Import nothing if any row is refused.</source>
            <translation>取り込めない行が1行でもあれば、何も取り込みません。</translation>
        </message>
        <message>
            <source>Import people from a roster CSV. The header names the columns 職員番号, 氏名, 氏名カナ, 所属, 雇用区分 and optionally メール (or staff_no, name, kana, section, employment, email) in any order. A section named in 所属 is created if it is new. Rows that are refused are listed with their line numbers; the others are imported.</source>
            <translation>職員名簿の CSV から職員を取り込みます。見出し行には 職員番号、氏名、氏名カナ、所属、雇用区分、および任意で メール（または staff_no, name, kana, section, employment, email）を順不同で記載します。所属に新しい課の名前があれば、その課を作成します。取り込めない行は行番号とともに表示し、それ以外の行は取り込みます。</translation>
        </message>
        <message>
            <source>Unknown encoding %1: use auto, utf-8 or cp932.</source>
            <translation>文字コード %1 は指定できません。auto、utf-8、cp932 のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>The roster file %1 does not exist.</source>
            <translation>職員名簿ファイル %1 がありません。</translation>
        </message>
        <message>
            <source>Cannot read the roster file %1: %2</source>
            <translation>職員名簿ファイル %1 を読み込めません: %2</translation>
        </message>
        <message>
            <source>The roster file %1 cannot be imported: %2</source>
            <translation>職員名簿ファイル %1 は取り込めません: %2</translation>
        </message>
        <message>
            <source>Rows refused: %1. Nothing was imported (--all-or-nothing).</source>
            <translation>取り込めない行が %1 行あるため、何も取り込みませんでした（--all-or-nothing）。</translation>
        </message>
        <message>
            <source>Read the file as %1.</source>
            <translation>ファイルを %1 として読み込みました。</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 updated.</source>
            <translation>取り込み結果: 新規 %1 件、更新 %2 件。</translation>
        </message>
        <message>
            <source>Nothing was written. Would import: %1 new, %2 updated.</source>
            <translation>何も書き込んでいません。取り込んだ場合: 新規 %1 件、更新 %2 件。</translation>
        </message>
        <message>
            <source>New sections: %1</source>
            <translation>新しく作成した所属: %1</translation>
        </message>
        <message>
            <source>Would create the sections: %1</source>
            <translation>作成される所属: %1</translation>
        </message>
        <message>
            <source>Refused: %1 rows.</source>
            <translation>取り込めなかった行: %1 行。</translation>
        </message>
        <message>
            <source>  line %1: %2</source>
            <translation>  %1 行目: %2</translation>
        </message>
        <message>
            <source>The CSV file to write (UTF-8 with BOM, as Excel opens it).</source>
            <translation>書き出す CSV ファイル（Excel で開ける BOM 付き UTF-8）。</translation>
        </message>
        <message>
            <source>Only the people of the section with this code.</source>
            <translation>このコードの所属（課）の職員だけを対象にします。</translation>
        </message>
        <message>
            <source>Why the data leaves the case file (needed above the export threshold).</source>
            <translation>書き出す理由（件数が書き出しの基準を超える場合は必須）。</translation>
        </message>
        <message>
            <source>Export the people you may read as CSV. The export is recorded in the journal.</source>
            <translation>閲覧権限のある職員を CSV に書き出します。書き出しは操作記録（ジャーナル）に記録されます。</translation>
        </message>
        <message>
            <source>roster export needs --out FILE.</source>
            <translation>roster export には --out FILE を指定してください。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>コード %1 の所属（課）はありません。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>%1 を書き出しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::SearchCommand</name>
        <message>
            <source>Find records that contain every word given.</source>
            <translation>指定したすべての語を含む記録を検索します。</translation>
        </message>
        <message>
            <source>At most N results (default 50).</source>
            <translation>最大 N 件（既定 50 件）。</translation>
        </message>
        <message>
            <source>Give the words to search for.</source>
            <translation>検索する語を指定してください。</translation>
        </message>
        <message>
            <source>--limit takes a number from 1 to 10000.</source>
            <translation>--limit には 1 から 10000 までの数を指定してください。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>課</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Find people, handling areas, register files, carry-outs, disposals and leak incidents that contain every word given, in the sections you may read.</source>
            <translation>閲覧できる課の職員、取扱区域、個人情報ファイル、持出し、廃棄及び漏えい等事案のうち、指定したすべての語を含むものを検索します。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::SectionCommand</name>
        <message>
            <source>Add and list the sections of the organisation.</source>
            <translation>組織の課を追加・一覧表示します。</translation>
        </message>
        <message>
            <source>Add a section.</source>
            <translation>課を追加します。</translation>
        </message>
        <message>
            <source>List the sections.</source>
            <translation>課を一覧表示します。</translation>
        </message>
        <message>
            <source>The city's code of the section, e.g. 0301.</source>
            <translation>市の課コード（例: 0301）。</translation>
        </message>
        <message>
            <source>The section's name.</source>
            <translation>課の名称。</translation>
        </message>
        <message>
            <source>Added the section %1 %2.</source>
            <translation>課 %1 %2 を追加しました。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>課コード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::UserCommand</name>
        <message>
            <source>There is no account with the login %1.</source>
            <translation>ログインID %1 のアカウントはありません。</translation>
        </message>
        <message>
            <source>There is no section with the code %1.</source>
            <translation>課コード %1 の課はありません。</translation>
        </message>
        <message>
            <source>Add, list and disable officer accounts, and change passwords.</source>
            <translation>職員アカウントの追加・一覧表示・無効化と、パスワードの変更を行います。</translation>
        </message>
        <message>
            <source>Add an account.</source>
            <translation>アカウントを追加します。</translation>
        </message>
        <message>
            <source>List the accounts.</source>
            <translation>アカウントを一覧表示します。</translation>
        </message>
        <message>
            <source>Disable an account (its history stays).</source>
            <translation>アカウントを無効にします（履歴は残ります）。</translation>
        </message>
        <message>
            <source>Change your own password, or reset another account's.</source>
            <translation>自分のパスワードを変更するか、他のアカウントのパスワードを再設定します。</translation>
        </message>
        <message>
            <source>Login of the new account.</source>
            <translation>新しいアカウントのログインID。</translation>
        </message>
        <message>
            <source>The officer's name.</source>
            <translation>職員の氏名。</translation>
        </message>
        <message>
            <source>A role, repeatable: %1. Section-scoped roles take @SECTIONCODE, or the --section.</source>
            <translation>役割（複数指定可）: %1。課単位の役割には @課コード を付けるか、--section の課が使われます。</translation>
        </message>
        <message>
            <source>The officer's own section (its code).</source>
            <translation>職員の所属課（課コード）。</translation>
        </message>
        <message>
            <source>Add an account. Its password is the second line of standard input with --password-stdin, otherwise it is asked for twice.</source>
            <translation>アカウントを追加します。パスワードは、--password-stdin の場合は標準入力の2行目、それ以外の場合は2回入力を求めます。</translation>
        </message>
        <message>
            <source>user add needs --name NAME and at least one --role ROLE.</source>
            <translation>user add には --name NAME と、1つ以上の --role ROLE を指定してください。</translation>
        </message>
        <message>
            <source>Unknown role %1. The roles are: %2.</source>
            <translation>役割 %1 はありません。役割は次のとおりです: %2。</translation>
        </message>
        <message>
            <source>Password for the new account %1:</source>
            <translation>新しいアカウント %1 のパスワード:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>パスワード（確認）:</translation>
        </message>
        <message>
            <source>Added the account %1 (%2).</source>
            <translation>アカウント %1（%2）を追加しました。</translation>
        </message>
        <message>
            <source>List the accounts with their roles and sections.</source>
            <translation>アカウントを役割・所属課とともに一覧表示します。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>The account to disable.</source>
            <translation>無効にするアカウント。</translation>
        </message>
        <message>
            <source>Disable an account: its key slot is removed, its record and journal history stay.</source>
            <translation>アカウントを無効にします。鍵スロットは削除されますが、アカウントの記録と操作記録（ジャーナル）の履歴は残ります。</translation>
        </message>
        <message>
            <source>Disabled the account %1.</source>
            <translation>アカウント %1 を無効にしました。</translation>
        </message>
        <message>
            <source>Reset this account's password (administrators, or with the recovery code).</source>
            <translation>このアカウントのパスワードを再設定します（管理者、またはリカバリーコード使用時）。</translation>
        </message>
        <message>
            <source>Without LOGIN: change your own password (the password you opened with is the current one). With LOGIN: set a new password for that account and enable it again. The new password is the next line of standard input with --password-stdin, otherwise it is asked for twice.</source>
            <translation>LOGIN を省略した場合は自分のパスワードを変更します（ケースファイルを開いたパスワードが現在のパスワードです）。LOGIN を指定した場合は、そのアカウントに新しいパスワードを設定し、有効に戻します。新しいパスワードは、--password-stdin の場合は標準入力の次の行、それ以外の場合は2回入力を求めます。</translation>
        </message>
        <message>
            <source>With the recovery code, name the account whose password to reset: user passwd LOGIN.</source>
            <translation>リカバリーコードを使う場合は、パスワードを再設定するアカウントを指定してください: user passwd LOGIN</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新しいパスワード:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>新しいパスワード（確認）:</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>パスワードを変更しました。</translation>
        </message>
        <message>
            <source>New password for %1:</source>
            <translation>%1 の新しいパスワード:</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>%1 のパスワードを再設定しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::cli::VerifyCommand</name>
        <message>
            <source>Check the database and the journal's hash chain.</source>
            <translation>データベースと操作記録（ジャーナル）のハッシュチェーンを検証します。</translation>
        </message>
        <message>
            <source>Check the database (PRAGMA integrity_check) and recompute the journal's hash chain. Exits with 0 only when both are intact.</source>
            <translation>データベースを検査し（PRAGMA integrity_check）、操作記録（ジャーナル）のハッシュチェーンを再計算します。両方とも正常な場合に限り、終了コード 0 で終了します。</translation>
        </message>
        <message>
            <source>Database integrity: %1</source>
            <translation>データベースの整合性: %1</translation>
        </message>
        <message numerus="yes">
            <source>Journal: %n entries checked, the hash chain is intact.</source>
            <translation>
                <numerusform>操作記録（ジャーナル）: %n 件を検査しました。ハッシュチェーンは正常です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal: the hash chain is broken at entry %1.</source>
            <translation>操作記録（ジャーナル）: 第 %1 番の記録でハッシュチェーンが壊れています。</translation>
        </message>
        <message>
            <source>Journal head: %1</source>
            <translation>操作記録（ジャーナル）の先頭ハッシュ: %1</translation>
        </message>
        <message>
            <source>Verification failed: the database reports "%1".</source>
            <translation>検証に失敗しました。データベースの検査結果:「%1」</translation>
        </message>
        <message>
            <source>Verification failed: the journal chain is broken at entry %1.</source>
            <translation>検証に失敗しました。操作記録（ジャーナル）の第 %1 番の記録でハッシュチェーンが壊れています。</translation>
        </message>
    </context>
    <context>
        <name>mamori::crypto</name>
        <message>
            <source>Cryptographic operation failed: %1</source>
            <translation>暗号処理に失敗しました: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AboutDialog</name>
        <message>
            <source>Free software under the GNU General Public License, version 3 or later. Uses Qt (LGPL 3) and SQLCipher (BSD).</source>
            <translation>GNU 一般公衆利用許諾書（GPL）第3版以降のもとで提供されるフリーソフトウェアです。Qt（LGPL 3）および SQLCipher（BSD）を使用しています。</translation>
        </message>
        <message>
            <source>About Mamori</source>
            <translation>Mamori について</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>バージョン:</translation>
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
            <translation>ライセンス:</translation>
        </message>
        <message>
            <source>Journal head:</source>
            <translation>ジャーナルの先頭ハッシュ:</translation>
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
            <translation>閲覧</translation>
        </message>
        <message>
            <source>update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>export</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Revoked on %1</source>
            <translation>%1 に取消し</translation>
        </message>
        <message numerus="yes">
            <source>Review overdue by %n day(s)</source>
            <translation>
                <numerusform>見直し期限を %n 日超過</numerusform>
            </translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>アカウント %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>対象者</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Granted by</source>
            <translation>付与者</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>付与日</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>見直し期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccessRightsPanel</name>
        <message>
            <source>Overdue reviews only</source>
            <translation>見直し期限超過のみ</translation>
        </message>
        <message>
            <source>Grant…</source>
            <translation>付与…</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取消し</translation>
        </message>
        <message numerus="yes">
            <source>%n right(s) overdue for review.</source>
            <translation>
                <numerusform>見直し期限を過ぎた権限が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>The right was revoked.</source>
            <translation>権限を取り消しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountDialog</name>
        <message>
            <source>Add account</source>
            <translation>アカウントの追加</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Add role</source>
            <translation>役割を追加</translation>
        </message>
        <message>
            <source>At least %1 characters. The officer should change it at the first login.</source>
            <translation>%1文字以上。職員には最初のログイン時に変更してもらってください。</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>ログインID(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>所属(&amp;S):</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>役割:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>パスワード（確認）(&amp;R):</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>アカウントに役割を一つ以上設定してください。</translation>
        </message>
        <message>
            <source>This role applies to one section, and the case file has no sections yet.</source>
            <translation>この役割は課ごとに設定しますが、ケースファイルにまだ課が登録されていません。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountsModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AccountsView</name>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>パスワード再設定…</translation>
        </message>
        <message>
            <source>Print list…</source>
            <translation>一覧を印刷…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDFで保存…</translation>
        </message>
        <message>
            <source>Account %1 added.</source>
            <translation>アカウント %1 を追加しました。</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>%1 のパスワードを再設定しました。</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>アカウントの停止</translation>
        </message>
        <message>
            <source>Disable the account %1 (%2)? The officer can no longer open the case file. The account and its journal history are kept; resetting the password enables it again.</source>
            <translation>アカウント %1（%2）を停止しますか？この職員はケースファイルを開けなくなります。アカウントと操作記録（ジャーナル）は残り、パスワードを再設定すると再び有効になります。</translation>
        </message>
        <message>
            <source>The account was disabled.</source>
            <translation>アカウントを停止しました。</translation>
        </message>
        <message>
            <source>Save account list as PDF</source>
            <translation>職員アカウント一覧をPDFで保存</translation>
        </message>
        <message>
            <source>account-list.pdf</source>
            <translation>職員アカウント一覧.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDFファイル (*.pdf)</translation>
        </message>
        <message>
            <source>The account list was saved as %1.</source>
            <translation>職員アカウント一覧を %1 に保存しました。</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>アカウント</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreaDialog</name>
        <message>
            <source>Edit handling area</source>
            <translation>取扱区域の編集</translation>
        </message>
        <message>
            <source>Add handling area</source>
            <translation>取扱区域の追加</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>（課を選択）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Area &amp;code:</source>
            <translation>区域コード(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>所属課(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>建物(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>階(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>室(&amp;R):</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>備考(&amp;M):</translation>
        </message>
        <message>
            <source>Layout image:</source>
            <translation>配置図:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Physical measures</source>
            <translation>物理的措置</translation>
        </message>
        <message>
            <source>Authorised handlers</source>
            <translation>取扱担当者</translation>
        </message>
        <message>
            <source>Files handled here</source>
            <translation>取り扱うファイル</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Add area</source>
            <translation>区域を追加</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Choose the section that keeps the area.</source>
            <translation>区域を管理する課を選択してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreaMeasuresEditor</name>
        <message>
            <source>Remark</source>
            <translation>備考</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreasModel</name>
        <message>
            <source>Yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>Area code</source>
            <translation>区域コード</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>建物</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>階</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>室</translation>
        </message>
        <message>
            <source>Layout image</source>
            <translation>配置図</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>備考</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AreasView</name>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Print designation sheet…</source>
            <translation>指定書を印刷…</translation>
        </message>
        <message>
            <source>Save sheet as PDF…</source>
            <translation>指定書を PDF で保存…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV 出力…</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s).</source>
            <translation>
                <numerusform>%n 区域。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save designation sheet as PDF</source>
            <translation>取扱区域指定書を PDF で保存</translation>
        </message>
        <message>
            <source>area-sheet.pdf</source>
            <translation>取扱区域指定書.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>handling-areas.csv</source>
            <translation>取扱区域一覧.csv</translation>
        </message>
        <message>
            <source>You may not read the handling areas.</source>
            <translation>取扱区域を閲覧する権限がありません。</translation>
        </message>
        <message>
            <source>Handling areas</source>
            <translation>取扱区域</translation>
        </message>
        <message>
            <source>Area %1 was added.</source>
            <translation>区域 %1 を追加しました。</translation>
        </message>
        <message>
            <source>Area %1 was saved.</source>
            <translation>区域 %1 を保存しました。</translation>
        </message>
        <message>
            <source>Delete handling area</source>
            <translation>取扱区域の削除</translation>
        </message>
        <message>
            <source>Delete the handling area %1 with its measures and handlers?</source>
            <translation>取扱区域 %1 を、その措置と取扱担当者とともに削除しますか？</translation>
        </message>
        <message>
            <source>The area was deleted.</source>
            <translation>区域を削除しました。</translation>
        </message>
        <message>
            <source>The designation sheet was saved as %1.</source>
            <translation>取扱区域指定書を %1 に保存しました。</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) exported to %1.</source>
            <translation>
                <numerusform>%n 区域を %1 に出力しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AssessmentPage</name>
        <message>
            <source>not reportable</source>
            <translation>報告対象外</translation>
        </message>
        <message>
            <source>Assess now</source>
            <translation>いま判定する</translation>
        </message>
        <message>
            <source>Assessed at</source>
            <translation>判定日時</translation>
        </message>
        <message>
            <source>By</source>
            <translation>判定者</translation>
        </message>
        <message>
            <source>Facts version</source>
            <translation>事実の版</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>個人情報保護法</translation>
        </message>
        <message>
            <source>My Number Act</source>
            <translation>番号法</translation>
        </message>
        <message>
            <source>Every assessment:</source>
            <translation>これまでの判定：</translation>
        </message>
        <message>
            <source>Not assessed yet. Record the facts, then assess.</source>
            <translation>まだ判定していません。事実を記録してから判定してください。</translation>
        </message>
        <message>
            <source>The facts changed after the assessment of %1: assess again.</source>
            <translation>%1の判定の後に事実が変わりました。改めて判定してください。</translation>
        </message>
        <message>
            <source>Assessed on %1 by %2 on the current facts (%3 persons).</source>
            <translation>%1に%2が現在の事実（本人の数%3人）で判定しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::AttachmentViewer</name>
        <message>
            <source>Open the exported PDF in a PDF viewer to read it.</source>
            <translation>内容は、書き出した PDF を PDF ビューアーで開いて確認してください。</translation>
        </message>
        <message>
            <source>This image cannot be shown.</source>
            <translation>この画像は表示できません。</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル：</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n page(s)</source>
            <translation>
                <numerusform>%1、%nページ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2 × %3 pixels</source>
            <translation>%1、%2 × %3 ピクセル</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>種類：</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>サイズ：</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256：</translation>
        </message>
        <message>
            <source>Caption:</source>
            <translation>説明：</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutApprovalDialog</name>
        <message>
            <source>Approve or reject carry-out %1</source>
            <translation>持出し %1 の承認・却下</translation>
        </message>
        <message>
            <source>Protective measures (seed 002 Art. 11(4), seed 000 Art. 12)</source>
            <translation>安全措置（向日市規程第11条第4項・白岡市方針第12条）</translation>
        </message>
        <message>
            <source>Reason for a rejection</source>
            <translation>却下の理由</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>Before approving, tick the required measures: %1.</source>
            <translation>承認の前に、必須の措置を確認してください: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutDetailDialog</name>
        <message>
            <source>Carry-out %1</source>
            <translation>持出し %1</translation>
        </message>
        <message>
            <source>Protective measures</source>
            <translation>安全措置</translation>
        </message>
        <message>
            <source>Approve or reject…</source>
            <translation>承認・却下…</translation>
        </message>
        <message>
            <source>Mark out now</source>
            <translation>今すぐ持出しを記録</translation>
        </message>
        <message>
            <source>Record return…</source>
            <translation>返却を記録…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>紛失を報告…</translation>
        </message>
        <message>
            <source>Close entry</source>
            <translation>完了にする</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutLabels</name>
        <message>
            <source>Requested</source>
            <translation>申請中</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>承認済</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>持出中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>返却期限超過</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却済</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>紛失</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙</translation>
        </message>
        <message>
            <source>USB memory</source>
            <translation>USBメモリ</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>ノートPC</translation>
        </message>
        <message>
            <source>Optical disc</source>
            <translation>光ディスク</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>Lockable carrying case</source>
            <translation>施錠できる搬送容器</translation>
        </message>
        <message>
            <source>Trackable means of transport</source>
            <translation>追跡可能な移送手段</translation>
        </message>
        <message>
            <source>Documents sealed</source>
            <translation>書類の封緘</translation>
        </message>
        <message>
            <source>My Numbers masked with stickers</source>
            <translation>個人番号への目隠しシール</translation>
        </message>
        <message>
            <source>Data encrypted or password-protected</source>
            <translation>暗号化又はパスワードの設定</translation>
        </message>
        <message>
            <source>Authentication set on the media</source>
            <translation>認証機能の設定</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutListModel</name>
        <message>
            <source>Control No.</source>
            <translation>管理番号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation>持出予定日</translation>
        </message>
        <message>
            <source>Planned return</source>
            <translation>返却予定日</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>持出先</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutLostDialog</name>
        <message>
            <source>Report %1 lost</source>
            <translation>%1 の紛失を報告</translation>
        </message>
        <message>
            <source>Describe how and when the item was lost. Report the loss to the unit manager at once: it may be an incident to report.</source>
            <translation>いつ、どのように紛失したかを記入してください。報告対象となる事態のおそれがあるため、直ちに保護管理者に報告してください。</translation>
        </message>
        <message>
            <source>Report lost</source>
            <translation>紛失を報告</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutRequestDialog</name>
        <message>
            <source>New carry-out request</source>
            <translation>持出し申請</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>所属(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;File of the register:</source>
            <translation>個人情報ファイル(&amp;F):</translation>
        </message>
        <message>
            <source>Carried out &amp;by:</source>
            <translation>持出者(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>媒体の種類(&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>内容(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Records (persons):</source>
            <translation>件数・人数(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>目的(&amp;P):</translation>
        </message>
        <message>
            <source>D&amp;estination:</source>
            <translation>持出先(&amp;E):</translation>
        </message>
        <message>
            <source>Planned &amp;departure:</source>
            <translation>持出予定日(&amp;D):</translation>
        </message>
        <message>
            <source>Planned &amp;return:</source>
            <translation>返却予定日(&amp;R):</translation>
        </message>
        <message>
            <source>Protective measures:</source>
            <translation>安全措置:</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>備考(&amp;M):</translation>
        </message>
        <message>
            <source>Submit request</source>
            <translation>申請する</translation>
        </message>
        <message>
            <source>(no file of the register)</source>
            <translation>（個人情報ファイルなし）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutReturnDialog</name>
        <message>
            <source>Record the return of %1</source>
            <translation>%1 の返却を記録</translation>
        </message>
        <message>
            <source>Returned &amp;at:</source>
            <translation>返却日時(&amp;A):</translation>
        </message>
        <message>
            <source>Brought back &amp;by:</source>
            <translation>返却者(&amp;B):</translation>
        </message>
        <message>
            <source>Checked by:</source>
            <translation>確認者:</translation>
        </message>
        <message numerus="yes">
            <source>The count matches (%n record(s))</source>
            <translation>
                <numerusform>件数が一致している（%n 件）</numerusform>
            </translation>
        </message>
        <message>
            <source>The seal is intact</source>
            <translation>封緘に異常がない</translation>
        </message>
        <message>
            <source>Re&amp;marks:</source>
            <translation>備考(&amp;M):</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>返却を記録</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutSummary</name>
        <message>
            <source>Control No.:</source>
            <translation>管理番号:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状態:</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>所属:</translation>
        </message>
        <message>
            <source>(no file of the register)</source>
            <translation>（個人情報ファイルなし）</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>個人情報ファイル:</translation>
        </message>
        <message>
            <source>Carried out by:</source>
            <translation>持出者:</translation>
        </message>
        <message>
            <source>Item:</source>
            <translation>媒体の種類:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>内容:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>件数・人数:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>目的:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>持出先:</translation>
        </message>
        <message>
            <source>Planned:</source>
            <translation>予定:</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 ～ %2</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>持出日時:</translation>
        </message>
        <message>
            <source>Returned:</source>
            <translation>返却:</translation>
        </message>
        <message>
            <source>%1, by %2; count matches: %3; seal intact: %4</source>
            <translation>%1、返却者 %2、件数一致: %3、封緘: %4</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Reason for rejection:</source>
            <translation>却下の理由:</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>備考:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutWorkflow</name>
        <message>
            <source>Carry-outs</source>
            <translation>持出し</translation>
        </message>
        <message>
            <source>Mark out</source>
            <translation>持出しを記録</translation>
        </message>
        <message>
            <source>Record that %1 (%2) leaves now?</source>
            <translation>%1（%2）を今から持ち出すことを記録しますか？</translation>
        </message>
        <message>
            <source>Close entry</source>
            <translation>完了にする</translation>
        </message>
        <message>
            <source>Close the ledger entry %1? It cannot be changed afterwards.</source>
            <translation>持出簿の %1 を完了にしますか？ 以後は変更できません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CarryOutsView</name>
        <message>
            <source>Your account may not read the carry-out ledger.</source>
            <translation>このアカウントは持出簿を閲覧できません。</translation>
        </message>
        <message>
            <source>&amp;Departure from:</source>
            <translation>持出予定日(&amp;D):</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>新規申請…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <source>Approve or reject…</source>
            <translation>承認・却下…</translation>
        </message>
        <message>
            <source>Mark out…</source>
            <translation>持出し…</translation>
        </message>
        <message>
            <source>Record return…</source>
            <translation>返却…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>紛失…</translation>
        </message>
        <message>
            <source>Close entry…</source>
            <translation>完了…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV出力…</translation>
        </message>
        <message numerus="yes">
            <source>%n carry-out(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV出力</translation>
        </message>
        <message>
            <source>Carry-out ledger (持出簿) of the listed carry-outs</source>
            <translation>一覧の持出しの持出簿</translation>
        </message>
        <message>
            <source>Approval form (持出承認申請書) of the selected carry-out</source>
            <translation>選択した持出しの持出承認申請書</translation>
        </message>
        <message>
            <source>Label of the selected carry-out</source>
            <translation>選択した持出しのラベル</translation>
        </message>
        <message>
            <source>Labels of the listed carry-outs</source>
            <translation>一覧の持出しのラベル</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CaseStatusBar</name>
        <message>
            <source> (%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Recovery session: only account passwords can be reset</source>
            <translation>リカバリーコードで開いています（アカウントのパスワード再設定のみ可能）</translation>
        </message>
        <message>
            <source>Journal: %1</source>
            <translation>ジャーナル: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CertificateDialog</name>
        <message>
            <source>Certificate for %1</source>
            <translation>%1 の廃棄証明書</translation>
        </message>
        <message>
            <source>Certificate &amp;number:</source>
            <translation>証明書番号(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>発行者(&amp;I)：</translation>
        </message>
        <message>
            <source>Issued &amp;on:</source>
            <translation>発行日(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Responsible person:</source>
            <translation>責任者(&amp;R)：</translation>
        </message>
        <message>
            <source>Re&amp;ceived on:</source>
            <translation>受領日(&amp;C)：</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CertificatePanel</name>
        <message>
            <source>Add certificate…</source>
            <translation>証明書を登録…</translation>
        </message>
        <message>
            <source>Attach photo or scan…</source>
            <translation>写真・スキャンを添付…</translation>
        </message>
        <message>
            <source>Select a disposal to see its certificates and photos.</source>
            <translation>廃棄記録を選ぶと、証明書と写真が表示されます。</translation>
        </message>
        <message>
            <source>Certificate %1 from %2, issued %3, received %4%5</source>
            <translation>証明書 %1（発行者 %2、発行日 %3、受領日 %4）%5</translation>
        </message>
        <message>
            <source> (responsible: %1)</source>
            <translation>（責任者：%1）</translation>
        </message>
        <message>
            <source>Witnessed by %1 at %2</source>
            <translation>立会者 %1（%2）</translation>
        </message>
        <message>
            <source>No certificate or witness yet: this disposal cannot be verified.</source>
            <translation>証明書も立会いの記録もまだないため、この廃棄は確認済みにできません。</translation>
        </message>
        <message>
            <source>No certificates or witnesses recorded.</source>
            <translation>証明書・立会いの記録はありません。</translation>
        </message>
        <message>
            <source>%1
SHA-256: %2</source>
            <translation>%1
SHA-256：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (PDF, %n page(s))</source>
            <translation>
                <numerusform>%1（PDF、%nページ）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is larger than 20 MB and cannot be attached.</source>
            <translation>%1 は20 MBを超えているため添付できません。</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 を読み込めません：%2</translation>
        </message>
        <message>
            <source>Attached %1 (SHA-256 %2).</source>
            <translation>%1 を添付しました（SHA-256 %2）。</translation>
        </message>
        <message>
            <source>Attach photo or scan</source>
            <translation>写真・スキャンの添付</translation>
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>写真・スキャン (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付ファイル</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>パスワードの変更</translation>
        </message>
        <message>
            <source>The new password needs at least %1 characters and must not contain your login.</source>
            <translation>新しいパスワードは%1文字以上とし、ログインIDを含めないでください。</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>現在のパスワード:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新しいパスワード:</translation>
        </message>
        <message>
            <source>New password again:</source>
            <translation>新しいパスワード（確認）:</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>現在のパスワードを入力してください。</translation>
        </message>
        <message>
            <source>The two new passwords are not the same. Type them again.</source>
            <translation>新しいパスワードが一致しません。もう一度入力してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ContainmentPage</name>
        <message>
            <source>Done at</source>
            <translation>実施日時</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>措置</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>記録者</translation>
        </message>
        <message>
            <source>Record a containment action</source>
            <translation>被害拡大防止の措置を記録</translation>
        </message>
        <message>
            <source>e.g. disconnected the terminal from the network</source>
            <translation>例：端末をネットワークから切断した</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>措置(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Done at:</source>
            <translation>実施日時(&amp;D):</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>措置を追加</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseAdminPage</name>
        <message>
            <source>First system administrator</source>
            <translation>最初の情報システム管理者</translation>
        </message>
        <message>
            <source>This account sets up the other accounts.</source>
            <translation>このアカウントで他の職員のアカウントを作成します。</translation>
        </message>
        <message>
            <source>Choose a password of at least %1 characters that you use nowhere else.</source>
            <translation>他で使っていない%1文字以上のパスワードを設定してください。</translation>
        </message>
        <message>
            <source>Create case file</source>
            <translation>ケースファイルを作成</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>ログインID:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>氏名:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>パスワード:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>パスワード（確認）:</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>パスワードが一致しません。もう一度入力してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseFolderPage</name>
        <message>
            <source>Where to keep the case file</source>
            <translation>ケースファイルの保存場所</translation>
        </message>
        <message>
            <source>A case file is one folder; ".mamori" is added to its name.</source>
            <translation>ケースファイルは1つのフォルダです。名前の末尾に「.mamori」が付きます。</translation>
        </message>
        <message>
            <source>Keep it on a drive that is backed up and that only the officers concerned can reach.</source>
            <translation>バックアップの対象で、担当職員だけがアクセスできるドライブに置いてください。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>e.g. personal-information-2025</source>
            <translation>例: 個人情報保護-2025</translation>
        </message>
        <message>
            <source>Parent folder:</source>
            <translation>保存先フォルダ:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Will be created:</source>
            <translation>作成されるフォルダ:</translation>
        </message>
        <message>
            <source>Choose the parent folder</source>
            <translation>保存先フォルダの選択</translation>
        </message>
        <message>
            <source>The name may not contain / \ : * ? " &lt; &gt; |.</source>
            <translation>名前に / \ : * ? " &lt; &gt; | は使用できません。</translation>
        </message>
        <message>
            <source>The parent folder does not exist.</source>
            <translation>保存先フォルダが存在しません。</translation>
        </message>
        <message>
            <source>You cannot write to the parent folder. Choose another one.</source>
            <translation>保存先フォルダに書き込めません。別のフォルダを選んでください。</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name.</source>
            <translation>%1 は既に存在します。別の名前にしてください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseOrganisationPage</name>
        <message>
            <source>Organisation and titles</source>
            <translation>団体名と役職名</translation>
        </message>
        <message>
            <source>The name is printed on every form; the preset sets the titles of the roles.</source>
            <translation>団体名はすべての帳票に印字されます。方式により各役割の役職名が決まります。</translation>
        </message>
        <message>
            <source>e.g. Shiraoka City</source>
            <translation>例: 白岡市</translation>
        </message>
        <message>
            <source>Shiraoka model (白岡市方式)</source>
            <translation>白岡市方式</translation>
        </message>
        <message>
            <source>Muko model (向日市方式)</source>
            <translation>向日市方式</translation>
        </message>
        <message>
            <source>For all retained personal information under the APPI. Deputy mayor as 総括保護管理者, each section chief as 保護管理者 with 保護担当者 to assist; no 総括責任者.</source>
            <translation>個人情報保護法に基づき、保有個人情報全般を対象とします。副市長が総括保護管理者、各課長が保護管理者となり、保護担当者が補佐します。総括責任者は置きません。</translation>
        </message>
        <message>
            <source>For My Number data. Deputy mayor as 最高総括責任者, the protection department head as 総括責任者, section chiefs as 保護責任者 and designated 事務取扱担当者; no 保護担当者.</source>
            <translation>特定個人情報（マイナンバー）を対象とします。副市長が最高総括責任者、個人情報保護担当部長が総括責任者、各課長が保護責任者となり、事務取扱担当者を指定します。保護担当者は置きません。</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>団体名:</translation>
        </message>
        <message>
            <source>Titles:</source>
            <translation>役職名:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseRecoveryPage</name>
        <message>
            <source>Recovery code</source>
            <translation>リカバリーコード</translation>
        </message>
        <message>
            <source>The only way back in if every administrator loses their password.</source>
            <translation>管理者全員がパスワードを失ったときに使う唯一の手段です。</translation>
        </message>
        <message>
            <source>The code is shown only now. Save the recovery sheet as PDF or print it, keep the paper in the fireproof safe and delete any PDF copy: a file of the code is as good as a key.</source>
            <translation>コードが表示されるのは今回限りです。復旧用シートをPDFで保存するか印刷し、用紙は耐火金庫に保管してください。PDFファイルは削除してください。コードのファイルは鍵と同じ価値を持ちます。</translation>
        </message>
        <message>
            <source>Save recovery sheet as PDF…</source>
            <translation>復旧用シートをPDFで保存…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <source>Finish becomes available once the sheet has been saved or printed.</source>
            <translation>シートを保存または印刷すると「完了」を押せるようになります。</translation>
        </message>
        <message>
            <source>Save the recovery sheet as PDF or print it first. Without it the case file cannot be recovered when every administrator has lost their password.</source>
            <translation>先に復旧用シートをPDFで保存するか印刷してください。シートがないと、管理者全員がパスワードを失ったときにケースファイルを復旧できません。</translation>
        </message>
        <message>
            <source>-recovery-sheet</source>
            <translation>-復旧用シート</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>復旧用シートの保存</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1. Print it, keep the paper in the safe, and then delete the PDF file.</source>
            <translation>%1 に保存しました。印刷して用紙を金庫に保管し、その後PDFファイルを削除してください。</translation>
        </message>
        <message>
            <source>The recovery sheet could not be saved: %1</source>
            <translation>復旧用シートを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Print recovery sheet</source>
            <translation>復旧用シートの印刷</translation>
        </message>
        <message>
            <source>Sent to the printer. Check the paper before you finish: keep it in the safe.</source>
            <translation>プリンターに送信しました。完了する前に印刷物を確認し、金庫に保管してください。</translation>
        </message>
        <message>
            <source>The recovery sheet could not be printed: %1</source>
            <translation>復旧用シートを印刷できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CreateCaseWizard</name>
        <message>
            <source>New case file</source>
            <translation>新しいケースファイル</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::CsvWriter</name>
        <message>
            <source>The CSV file could not be written: %1</source>
            <translation>CSVファイルを書き込めませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DashboardView</name>
        <message>
            <source>Refresh</source>
            <translation>最新の情報に更新</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>対応中の漏えい等事案</translation>
        </message>
        <message>
            <source>Next PPC deadline</source>
            <translation>次の委員会報告期限</translation>
        </message>
        <message>
            <source>Carry-outs overdue</source>
            <translation>返却期限を過ぎた持出し</translation>
        </message>
        <message>
            <source>Access reviews overdue</source>
            <translation>見直し期限を過ぎたアクセス権</translation>
        </message>
        <message>
            <source>The city on %1</source>
            <translation>%1 現在の状況</translation>
        </message>
        <message>
            <source>The city</source>
            <translation>現在の状況</translation>
        </message>
        <message>
            <source>none due</source>
            <translation>なし</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>あと%n日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n日超過</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DemoPanel</name>
        <message>
            <source>Demo case file</source>
            <translation>デモ用ケースファイル</translation>
        </message>
        <message>
            <source>Invented data for trying Mamori out. Never enter real personal data here.</source>
            <translation>Mamori を試すための架空のデータです。実際の個人情報は絶対に入力しないでください。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Double-click a row to use that login.</source>
            <translation>行をダブルクリックすると、そのログインIDを入力します。</translation>
        </message>
        <message>
            <source>Password for every demo login: %1</source>
            <translation>デモ用アカウント共通のパスワード: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalDialog</name>
        <message>
            <source>Disposal %1</source>
            <translation>廃棄 %1</translation>
        </message>
        <message>
            <source>Plan a disposal</source>
            <translation>廃棄の計画</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>課(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Requested by:</source>
            <translation>申請者(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>廃棄するもの(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>内容(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>型式(&amp;M)：</translation>
        </message>
        <message>
            <source>One serial number a line</source>
            <translation>1行に1つの製造番号</translation>
        </message>
        <message>
            <source>Serial &amp;numbers:</source>
            <translation>製造番号(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>数量(&amp;Q)：</translation>
        </message>
        <message>
            <source>Records / &amp;persons:</source>
            <translation>件数・人数(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>根拠(&amp;B)：</translation>
        </message>
        <message>
            <source>M&amp;ethod:</source>
            <translation>方法(&amp;E)：</translation>
        </message>
        <message>
            <source>Tool and standard, shredder class …</source>
            <translation>ツールと規格、細断機の等級など</translation>
        </message>
        <message>
            <source>Method de&amp;tails:</source>
            <translation>方法の詳細(&amp;T)：</translation>
        </message>
        <message>
            <source>In-house (staff)</source>
            <translation>庁内（職員）</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>委託先</translation>
        </message>
        <message>
            <source>Performed &amp;by:</source>
            <translation>実施者(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Contractor:</source>
            <translation>委託先(&amp;C)：</translation>
        </message>
        <message>
            <source>1 for the contractor itself, 2 for its subcontractor, and so on.</source>
            <translation>委託先自身は1、その再委託先は2、以下同様です。</translation>
        </message>
        <message>
            <source>Subcontract &amp;tier:</source>
            <translation>委託の段階(&amp;T)：</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>場所(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Planned on:</source>
            <translation>予定日(&amp;P)：</translation>
        </message>
        <message>
            <source>Remar&amp;ks:</source>
            <translation>備考(&amp;K)：</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalStepDialog</name>
        <message>
            <source>Destroyed in-house: %1</source>
            <translation>自庁で廃棄：%1</translation>
        </message>
        <message>
            <source>Handed to the contractor: %1</source>
            <translation>委託業者へ引渡し：%1</translation>
        </message>
        <message>
            <source>Witness of %1</source>
            <translation>%1 の立会者</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation>廃棄</translation>
        </message>
        <message>
            <source>Witnessed at</source>
            <translation>立会日時</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>立会者</translation>
        </message>
        <message>
            <source>Destroyed at</source>
            <translation>廃棄日時</translation>
        </message>
        <message>
            <source>Handed over at</source>
            <translation>引渡日時</translation>
        </message>
        <message>
            <source>Destroyed by</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>引渡者</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalsModel</name>
        <message>
            <source>Planned</source>
            <translation>計画中</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
        <message>
            <source>Destroyed in-house</source>
            <translation>庁内で廃棄済み</translation>
        </message>
        <message>
            <source>Handed to contractor</source>
            <translation>委託先へ引渡し済み</translation>
        </message>
        <message>
            <source>Witnessed</source>
            <translation>立会い済み</translation>
        </message>
        <message>
            <source>Certificate received</source>
            <translation>証明書受領済み</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>記録簿記載済み</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>取りやめ</translation>
        </message>
        <message>
            <source>Shredding</source>
            <translation>細断</translation>
        </message>
        <message>
            <source>Dissolution</source>
            <translation>溶解</translation>
        </message>
        <message>
            <source>Incineration</source>
            <translation>焼却</translation>
        </message>
        <message>
            <source>Physical destruction</source>
            <translation>物理的破壊</translation>
        </message>
        <message>
            <source>Degaussing</source>
            <translation>磁気消去</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>上書き消去</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>記録媒体</translation>
        </message>
        <message>
            <source>Built-in disk</source>
            <translation>内蔵ディスク</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>庁内</translation>
        </message>
        <message>
            <source>%1 (subcontract tier %2)</source>
            <translation>%1（第%2次委託）</translation>
        </message>
        <message>
            <source>Control no.</source>
            <translation>管理番号</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>課</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Performed by</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>予定日</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>証明書</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>立会者</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::DisposalsView</name>
        <message>
            <source>Any state</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>All my sections</source>
            <translation>担当のすべての課</translation>
        </message>
        <message>
            <source>From</source>
            <translation>期間</translation>
        </message>
        <message>
            <source>to</source>
            <translation>〜</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>計画…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Record in ledger</source>
            <translation>記録簿に記載</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV に書き出し…</translation>
        </message>
        <message numerus="yes">
            <source>%n disposal(s).</source>
            <translation>
                <numerusform>%n件の廃棄記録。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is now: %2.</source>
            <translation>%1 は「%2」になりました。</translation>
        </message>
        <message>
            <source>Export disposals as CSV</source>
            <translation>廃棄記録を CSV に書き出し</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>書き出しの理由</translation>
        </message>
        <message>
            <source>You are exporting %1 disposal records. An export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>%1件の廃棄記録を書き出します。%2件を超える書き出しには理由の記録が必要です。
理由：</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>書き出しを取りやめました。</translation>
        </message>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>ファイル %1 を作成できませんでした：%2</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Serial numbers</source>
            <translation>製造番号</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Certificate numbers</source>
            <translation>証明書番号</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>ファイル %1 に書き込めませんでした：%2</translation>
        </message>
        <message>
            <source>%1 disposal records exported to %2.</source>
            <translation>%1件の廃棄記録を %2 に書き出しました。</translation>
        </message>
        <message>
            <source>Disposals</source>
            <translation>廃棄</translation>
        </message>
        <message>
            <source>Record destruction…</source>
            <translation>廃棄を記録…</translation>
        </message>
        <message>
            <source>Cancel plan…</source>
            <translation>計画を取消…</translation>
        </message>
        <message>
            <source>Disposal ledger (廃棄記録簿) of the listed disposals</source>
            <translation>一覧の廃棄の廃棄記録簿</translation>
        </message>
        <message>
            <source>Disposal certificate (廃棄・消去証明書) of the selected in-house disposal</source>
            <translation>選択した自庁廃棄の廃棄・消去証明書</translation>
        </message>
        <message>
            <source>Label of the selected disposal</source>
            <translation>選択した廃棄のラベル</translation>
        </message>
        <message>
            <source>Labels of the listed disposals</source>
            <translation>一覧の廃棄のラベル</translation>
        </message>
        <message>
            <source>Record hand-over…</source>
            <translation>引渡しを記録…</translation>
        </message>
        <message>
            <source>Add witness…</source>
            <translation>立会者を追加…</translation>
        </message>
        <message>
            <source>Cancel the disposal plan</source>
            <translation>廃棄計画の取消</translation>
        </message>
        <message>
            <source>Why is %1 cancelled? (kept in the ledger)</source>
            <translation>%1 を取り消す理由（記録簿に残ります）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::EscalationPage</name>
        <message>
            <source>Step</source>
            <translation>段階</translation>
        </message>
        <message>
            <source>Informed</source>
            <translation>報告先</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>記録者</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>次の報告</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>方法(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>日時(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>備考(&amp;N):</translation>
        </message>
        <message>
            <source>Record this step</source>
            <translation>この報告を記録</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>未報告</translation>
        </message>
        <message>
            <source>Every step of the chain has been recorded.</source>
            <translation>すべての段階の報告を記録しました。</translation>
        </message>
        <message>
            <source>Step %1: %2 informs %3.</source>
            <translation>第%1段階：%2から%3へ報告します。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FactsPage</name>
        <message>
            <source>&amp;Summary:</source>
            <translation>概要(&amp;S):</translation>
        </message>
        <message>
            <source>Suspected, not confirmed</source>
            <translation>おそれ（未確定）</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>媒体:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>事態の種類:</translation>
        </message>
        <message>
            <source>e.g. name, address, My Number (never the data itself)</source>
            <translation>例：氏名、住所、個人番号（個人情報そのものは書かない）</translation>
        </message>
        <message>
            <source>&amp;Data items:</source>
            <translation>項目(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Persons concerned:</source>
            <translation>本人の数(&amp;P):</translation>
        </message>
        <message>
            <source>What the reportability rules look at</source>
            <translation>報告要否の判定に用いる事実</translation>
        </message>
        <message>
            <source>Sensitive personal information (要配慮)</source>
            <translation>要配慮個人情報</translation>
        </message>
        <message>
            <source>Ordinance-sensitive information</source>
            <translation>条例要配慮個人情報</translation>
        </message>
        <message>
            <source>Risk of property damage</source>
            <translation>財産的被害のおそれ</translation>
        </message>
        <message>
            <source>Improper purpose (e.g. theft, unauthorised access)</source>
            <translation>不正の目的（盗難、不正アクセス等）</translation>
        </message>
        <message>
            <source>Protected by advanced encryption</source>
            <translation>高度な暗号化等の措置あり</translation>
        </message>
        <message>
            <source>My Numbers involved</source>
            <translation>特定個人情報（個人番号）を含む</translation>
        </message>
        <message>
            <source>From the information-provision network or a number-use system</source>
            <translation>情報提供ネットワークシステム又は個人番号利用事務の情報システムから</translation>
        </message>
        <message>
            <source>Viewable electronically by unspecified persons</source>
            <translation>不特定多数の者が電磁的方法で閲覧可能</translation>
        </message>
        <message>
            <source>A contractor was involved</source>
            <translation>委託先が関与</translation>
        </message>
        <message>
            <source>Secondary damage occurred</source>
            <translation>二次被害あり</translation>
        </message>
        <message>
            <source>Secondary damage:</source>
            <translation>二次被害の内容:</translation>
        </message>
        <message>
            <source>&amp;Cause:</source>
            <translation>原因(&amp;C):</translation>
        </message>
        <message>
            <source>known</source>
            <translation>判明</translation>
        </message>
        <message>
            <source>&amp;Occurred on:</source>
            <translation>発生日(&amp;O):</translation>
        </message>
        <message>
            <source>How it was &amp;detected:</source>
            <translation>発覚の経緯(&amp;D):</translation>
        </message>
        <message>
            <source>City became &amp;aware on:</source>
            <translation>市が知った日時(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Who became aware:</source>
            <translation>知った職員(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Files of the register:</source>
            <translation>個人情報ファイル(&amp;F):</translation>
        </message>
        <message>
            <source>Carry-out:</source>
            <translation>持出し:</translation>
        </message>
        <message>
            <source>Save facts</source>
            <translation>事実を保存</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>（指定しない）</translation>
        </message>
        <message>
            <source>File #%1</source>
            <translation>ファイル #%1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Carry-out #%1</source>
            <translation>持出し #%1</translation>
        </message>
        <message>
            <source>%1 — %2 (%3 records)</source>
            <translation>%1 — %2（%3件）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FilesModel</name>
        <message>
            <source>Yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>要</translation>
        </message>
        <message>
            <source>File number</source>
            <translation>ファイル番号</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>ファイル名</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>本人の数</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>要配慮</translation>
        </message>
        <message>
            <source>My Number</source>
            <translation>個人番号</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>取扱区域</translation>
        </message>
        <message>
            <source>Foreign / cloud</source>
            <translation>外国・クラウド</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>公表</translation>
        </message>
        <message>
            <source>Overdue reviews</source>
            <translation>見直し超過</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FilesView</name>
        <message>
            <source>Register</source>
            <translation>ファイル簿</translation>
        </message>
        <message>
            <source>Overdue access reviews</source>
            <translation>アクセス権の見直し期限超過</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>ファイル簿を印刷…</translation>
        </message>
        <message>
            <source>Save register as PDF…</source>
            <translation>ファイル簿を PDF で保存…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV 出力…</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s).</source>
            <translation>
                <numerusform>%n ファイル。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save file register as PDF</source>
            <translation>個人情報ファイル簿を PDF で保存</translation>
        </message>
        <message>
            <source>file-register.pdf</source>
            <translation>個人情報ファイル簿.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>file-register.csv</source>
            <translation>個人情報ファイル一覧.csv</translation>
        </message>
        <message>
            <source>You may not read the file register.</source>
            <translation>個人情報ファイル簿を閲覧する権限がありません。</translation>
        </message>
        <message>
            <source>Access rights not revoked whose review date has passed. Review them in the file's editor (Access rights).</source>
            <translation>見直し期限を過ぎた、取り消されていないアクセス権です。各ファイルの編集画面（アクセス権）で見直してください。</translation>
        </message>
        <message>
            <source>Overdue access reviews (%1)</source>
            <translation>アクセス権の見直し期限超過（%1）</translation>
        </message>
        <message>
            <source>File register</source>
            <translation>個人情報ファイル簿</translation>
        </message>
        <message>
            <source>File %1 was added.</source>
            <translation>ファイル %1 を追加しました。</translation>
        </message>
        <message>
            <source>File %1 was saved.</source>
            <translation>ファイル %1 を保存しました。</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>ファイルの削除</translation>
        </message>
        <message>
            <source>Delete the file %1 from the register, with its access rights?</source>
            <translation>ファイル %1 を、そのアクセス権とともにファイル簿から削除しますか？</translation>
        </message>
        <message>
            <source>The file was deleted from the register.</source>
            <translation>ファイルをファイル簿から削除しました。</translation>
        </message>
        <message>
            <source>The file register was saved as %1.</source>
            <translation>個人情報ファイル簿を %1 に保存しました。</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) exported to %1.</source>
            <translation>
                <numerusform>%n ファイルを %1 に出力しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FormPrintButton</name>
        <message>
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDFとして保存</translation>
        </message>
        <message>
            <source>Save %1 as PDF</source>
            <translation>%1 をPDFとして保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDFファイル (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::FormRenderer</name>
        <message>
            <source>The PDF could not be written to %1: %2</source>
            <translation>PDFを %1 に書き出せませんでした: %2</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>PDFの作成を開始できませんでした。</translation>
        </message>
        <message>
            <source>The PDF could not be completed.</source>
            <translation>PDFの作成を完了できませんでした。</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>印刷プレビュー: %1</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::GrantAccessDialog</name>
        <message>
            <source>Grant access</source>
            <translation>アクセス権の付与</translation>
        </message>
        <message>
            <source>(choose a person)</source>
            <translation>（職員を選択）</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>対象者(&amp;P):</translation>
        </message>
        <message>
            <source>Operations:</source>
            <translation>操作:</translation>
        </message>
        <message>
            <source>&amp;Granted on:</source>
            <translation>付与日(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Review due:</source>
            <translation>見直し期限(&amp;R):</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>付与</translation>
        </message>
        <message>
            <source>Choose the person who receives the right.</source>
            <translation>権限を付与する職員を選択してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::HandlerRow</name>
        <message>
            <source>e.g. residents' tax assessment</source>
            <translation>例: 住民税の賦課</translation>
        </message>
        <message>
            <source>e.g. My Numbers and income of taxpayers</source>
            <translation>例: 納税義務者の個人番号と所得</translation>
        </message>
        <message>
            <source>Revoked on</source>
            <translation>取消日</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>課:</translation>
        </message>
        <message>
            <source>Duty:</source>
            <translation>担当事務:</translation>
        </message>
        <message>
            <source>Data handled:</source>
            <translation>取り扱う個人情報:</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>指定日:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentContext</name>
        <message>
            <source>the section's protection manager</source>
            <translation>所属の保護管理者</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentDesk</name>
        <message>
            <source>Incident reported</source>
            <translation>事案を報告しました</translation>
        </message>
        <message>
            <source>The incident has been recorded as %1. Tell the protection manager of the section at once as well, and keep anything that shows what happened.</source>
            <translation>事案を %1 として記録しました。所属の保護管理者にも直ちに伝え、経緯がわかるものは保存しておいてください。</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>漏えい等事案</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentEditor</name>
        <message>
            <source>Incident %1</source>
            <translation>事案 %1</translation>
        </message>
        <message>
            <source>Containment</source>
            <translation>拡大防止</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>報告連絡</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>事実</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>報告要否</translation>
        </message>
        <message>
            <source>PPC reports</source>
            <translation>委員会への報告</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>本人への通知</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>公表</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>再発防止</translation>
        </message>
        <message>
            <source>Close the incident…</source>
            <translation>事案を完了…</translation>
        </message>
        <message>
            <source>%1  %2  —  %3</source>
            <translation>%1  %2  —  %3</translation>
        </message>
        <message>
            <source>Became aware: %1.  Reportable to the PPC: %2.</source>
            <translation>知った日時：%1。委員会への報告：%2。</translation>
        </message>
        <message>
            <source>Next: %1 under the %2, due %3.</source>
            <translation>次は%2による%1、期限 %3。</translation>
        </message>
        <message>
            <source>Closed on %1.</source>
            <translation>%1に完了しました。</translation>
        </message>
        <message>
            <source>Nothing is missing: the incident can be closed.</source>
            <translation>不足はありません。事案を完了できます。</translation>
        </message>
        <message>
            <source>Still missing before the incident can be closed:</source>
            <translation>事案を完了するには、次のものが不足しています：</translation>
        </message>
        <message>
            <source>• %1</source>
            <translation>・%1</translation>
        </message>
        <message>
            <source>Close the incident</source>
            <translation>事案の完了</translation>
        </message>
        <message>
            <source>Close incident %1? It cannot be changed afterwards.</source>
            <translation>事案 %1 を完了しますか？ 完了後は変更できません。</translation>
        </message>
        <message>
            <source>Incident report to the mayor (事案報告書)</source>
            <translation>事案報告書（市長あて）</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC (速報), as filed</source>
            <translation>個人情報保護委員会への速報（提出どおり）</translation>
        </message>
        <message>
            <source>Final report to the PPC (確報), as filed</source>
            <translation>個人情報保護委員会への確報（提出どおり）</translation>
        </message>
        <message>
            <source>Notice letters to the individuals affected (本人への通知)</source>
            <translation>本人への通知文</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentLabels</name>
        <message>
            <source>Reported</source>
            <translation>報告受付</translation>
        </message>
        <message>
            <source>Contained</source>
            <translation>拡大防止済み</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>報告連絡済み</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>調査中</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>判定済み</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>再発防止</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>漏えい</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>滅失</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>毀損</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>紙</translation>
        </message>
        <message>
            <source>Electronic</source>
            <translation>電子</translation>
        </message>
        <message>
            <source>Paper and electronic</source>
            <translation>紙及び電子</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>対面</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>電子メール</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>郵送</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>APPI</source>
            <translation>個人情報保護法</translation>
        </message>
        <message>
            <source>My Number Act</source>
            <translation>番号法</translation>
        </message>
        <message>
            <source>Preliminary report</source>
            <translation>速報</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>確報</translation>
        </message>
        <message>
            <source>Notice to individuals</source>
            <translation>本人への通知</translation>
        </message>
        <message>
            <source>Substitute measure</source>
            <translation>代替措置</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>未決定</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>公表する</translation>
        </message>
        <message>
            <source>Do not publish</source>
            <translation>公表しない</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>予定</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>実施中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>%1 (due today)</source>
            <translation>%1（本日期限）</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n day(s) left)</source>
            <translation>
                <numerusform>%1（あと%n日）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n day(s) overdue)</source>
            <translation>
                <numerusform>%1（%n日超過）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentReportDialog</name>
        <message>
            <source>Report a leak incident</source>
            <translation>漏えい等事案の報告</translation>
        </message>
        <message>
            <source>Report at once whenever personal data may have leaked, been lost or damaged, even if you are not sure yet. The section's protection manager takes it from here.</source>
            <translation>個人情報の漏えい・滅失・毀損のおそれがあるときは、確実でなくても直ちに報告してください。以後の対応は所属の保護管理者が行います。</translation>
        </message>
        <message>
            <source>&amp;Section whose data is concerned:</source>
            <translation>対象の個人情報の所属(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Became aware on:</source>
            <translation>知った日時(&amp;B):</translation>
        </message>
        <message>
            <source>(me, or not named)</source>
            <translation>（報告者本人、又は指定しない）</translation>
        </message>
        <message>
            <source>&amp;Who became aware:</source>
            <translation>知った職員(&amp;W):</translation>
        </message>
        <message>
            <source>What happened, where, and which data (no personal data itself)</source>
            <translation>何が、どこで、どの情報に起きたか（個人情報そのものは書かない）</translation>
        </message>
        <message>
            <source>What &amp;happened:</source>
            <translation>概要(&amp;H):</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>報告する</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentsModel</name>
        <message>
            <source>Not assessed</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>Not reportable</source>
            <translation>報告対象外</translation>
        </message>
        <message>
            <source>, </source>
            <translation>・</translation>
        </message>
        <message>
            <source>%1 (facts changed since)</source>
            <translation>%1（判定後に事実変更）</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Incident no.</source>
            <translation>事案番号</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Became aware</source>
            <translation>知った日時</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Reportable to the PPC</source>
            <translation>委員会への報告</translation>
        </message>
        <message>
            <source>Next PPC deadline</source>
            <translation>次の報告期限</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::IncidentsView</name>
        <message>
            <source>Report an incident…</source>
            <translation>事案を報告…</translation>
        </message>
        <message>
            <source>Your account may not read leak incidents. You can still report one.</source>
            <translation>このアカウントでは漏えい等事案を閲覧できません。事案の報告はできます。</translation>
        </message>
        <message>
            <source>&amp;Open only</source>
            <translation>未完了のみ(&amp;O)</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n件の事案</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalActionLabels</name>
        <message>
            <source>Create</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>View</source>
            <translation>閲覧</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>書出し</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>検証</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>バックアップ</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalCsvWriter</name>
        <message>
            <source>The CSV file could not be written: %1</source>
            <translation>CSVファイルを書き出せませんでした: %1</translation>
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
            <translation>日時</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログインID</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>対象の種類</translation>
        </message>
        <message>
            <source>Record ID</source>
            <translation>対象ID</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::JournalView</name>
        <message>
            <source>Your account may not view the journal.</source>
            <translation>このアカウントには操作記録（ジャーナル）を閲覧する権限がありません。</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>操作記録（ジャーナル）</translation>
        </message>
        <message>
            <source>Verify journal</source>
            <translation>ジャーナルを検証</translation>
        </message>
        <message>
            <source>Recompute the hash chain of every entry to detect altered or deleted entries.</source>
            <translation>全記録のハッシュチェーンを再計算し、改ざん・削除された記録がないか確認します。</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSVで書出し…</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>指定なし</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>絞り込み</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>ログインID(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>操作(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>対象の種類(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>開始日(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>終了日(&amp;T):</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>開始日が終了日より後になっています。</translation>
        </message>
        <message>
            <source>Filtered.</source>
            <translation>絞り込み中です。</translation>
        </message>
        <message>
            <source>The journal is intact: %1 entries checked.
Head hash: %2</source>
            <translation>ジャーナルは正常です（%1件を検証）。
先頭ハッシュ: %2</translation>
        </message>
        <message>
            <source>The journal is broken at entry No. %1: that entry or one before it was altered, or entries were deleted.</source>
            <translation>ジャーナルは No. %1 で途切れています。この記録またはそれ以前の記録が改ざんされたか、記録が削除されています。</translation>
        </message>
        <message>
            <source>The database integrity check reported: %1</source>
            <translation>データベースの整合性チェックの結果: %1</translation>
        </message>
        <message>
            <source>Export journal as CSV</source>
            <translation>ジャーナルをCSVで書出し</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSVファイル (*.csv)</translation>
        </message>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>ファイル %1 を作成できませんでした: %2</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>書出しの理由</translation>
        </message>
        <message>
            <source>You are exporting %1 journal entries. Journal entries hold no personal data, but an export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>ジャーナル%1件を書き出します。ジャーナルに個人情報は含まれませんが、%2件を超える書出しには理由の記録が必要です。
理由:</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>書出しを取り消しました。</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>ファイル %1 を書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1 journal entries exported to %2.</source>
            <translation>ジャーナル%1件を %2 に書き出しました。</translation>
        </message>
        <message>
            <source>Export journal</source>
            <translation>ジャーナルの書出し</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::LayoutImageEditor</name>
        <message>
            <source>Choose image…</source>
            <translation>画像を選択…</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>画像を削除</translation>
        </message>
        <message>
            <source>Choose layout image</source>
            <translation>配置図の選択</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>画像 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The layout image is larger than 20 MB.</source>
            <translation>配置図の画像が 20 MB を超えています。</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>ファイルを読み込めません: %1</translation>
        </message>
        <message>
            <source>The layout image must be a PNG or JPEG file.</source>
            <translation>配置図は PNG または JPEG の画像にしてください。</translation>
        </message>
        <message>
            <source>No layout image</source>
            <translation>配置図なし</translation>
        </message>
        <message>
            <source>Cannot show image</source>
            <translation>画像を表示できません</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ListCsvExport</name>
        <message>
            <source>The file %1 could not be created: %2</source>
            <translation>ファイル %1 を作成できませんでした: %2</translation>
        </message>
        <message>
            <source>The file %1 could not be written: %2</source>
            <translation>ファイル %1 を書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>CSVに出力</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSVファイル (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>出力の理由</translation>
        </message>
        <message>
            <source>You are exporting %1 records of personal data. An export of more than %2 records needs a reason; it is kept in the journal.
Reason:</source>
            <translation>個人データ %1 件を出力しようとしています。%2 件を超える出力には理由が必要です（記録簿に残ります）。
理由:</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>出力を取り消しました。</translation>
        </message>
        <message>
            <source>%1 records exported to %2.</source>
            <translation>%1 件を %2 に出力しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ListFilterBar</name>
        <message>
            <source>Any</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>状態(&amp;S):</translation>
        </message>
        <message>
            <source>S&amp;ection:</source>
            <translation>所属(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>期間(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>～(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>期限超過のみ(&amp;O)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>検索(&amp;N):</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>クリア</translation>
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
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>操作記録（ジャーナル）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>ロック(&amp;L)</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>パスワードの変更(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close case file</source>
            <translation>ケースファイルを閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Mamori…</source>
            <translation>Mamori について(&amp;A)…</translation>
        </message>
        <message>
            <source>Your password has been changed.</source>
            <translation>パスワードを変更しました。</translation>
        </message>
        <message>
            <source>People</source>
            <translation>職員</translation>
        </message>
        <message>
            <source>Handling areas</source>
            <translation>取扱区域</translation>
        </message>
        <message>
            <source>File register</source>
            <translation>個人情報ファイル簿</translation>
        </message>
        <message>
            <source>Carry-outs</source>
            <translation>持出し</translation>
        </message>
        <message>
            <source>Records room</source>
            <translation>書庫</translation>
        </message>
        <message>
            <source>&amp;Scan a control number</source>
            <translation>管理番号をスキャン(&amp;S)</translation>
        </message>
        <message>
            <source>Disposals</source>
            <translation>廃棄・消去</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>漏えい等事案</translation>
        </message>
        <message>
            <source>Your account has no screens in this version of Mamori yet.
You can report a leak incident or change your password from the File menu.</source>
            <translation>このバージョンの Mamori には、お使いのアカウントで利用できる画面はまだありません。
漏えい等事案の報告とパスワードの変更は「ファイル」メニューから行えます。</translation>
        </message>
        <message>
            <source>&amp;Report a leak incident…</source>
            <translation>漏えい等事案を報告(&amp;R)…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>&amp;Find records</source>
            <translation>記録を検索(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::MeasureChecklist</name>
        <message>
            <source>%1 (required)</source>
            <translation>%1（必須）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::NoticesPage</name>
        <message>
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>By</source>
            <translation>実施者</translation>
        </message>
        <message>
            <source>Number-change guidance</source>
            <translation>番号変更の案内</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Record a notice or a substitute measure</source>
            <translation>本人への通知又は代替措置を記録</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>種別(&amp;K):</translation>
        </message>
        <message>
            <source>e.g. recipients of the 2025 child allowance</source>
            <translation>例：令和7年度児童手当受給者</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>対象(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation>人数(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>方法(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>日時(&amp;W):</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>（指定しない）</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>実施者(&amp;B):</translation>
        </message>
        <message>
            <source>The notice explains how to ask for a new My Number</source>
            <translation>個人番号の変更請求の方法を通知に記載した</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>内容(&amp;D):</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Remarks (optional)</source>
            <translation>備考（任意）</translation>
        </message>
        <message>
            <source>The substitute measure: e.g. published on the city's website, inquiry desk at the section</source>
            <translation>代替措置の内容：例：市ホームページで公表し、所属に問合せ窓口を設置</translation>
        </message>
        <message>
            <source>included</source>
            <translation>記載あり</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::OrganisationView</name>
        <message>
            <source>People</source>
            <translation>職員</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>課</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::OverdueBadge</name>
        <message>
            <source>%1 (%2 overdue)</source>
            <translation>%1（期限超過 %2）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>職員番号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>氏名カナ</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>雇用区分</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeoplePicker</name>
        <message>
            <source>Filter by number, name or section</source>
            <translation>番号・氏名・課で絞り込み</translation>
        </message>
        <message>
            <source>%1  %2 (%3)</source>
            <translation>%1  %2（%3）</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PeopleView</name>
        <message>
            <source>Any employment</source>
            <translation>すべての雇用区分</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Import roster…</source>
            <translation>名簿を取込み…</translation>
        </message>
        <message>
            <source>Export roster CSV…</source>
            <translation>名簿を CSV 出力…</translation>
        </message>
        <message>
            <source>Everyone of the chosen section (or of all sections), in the roster format the import reads.</source>
            <translation>選択した課（またはすべての課）の全職員を、取込みで読める名簿形式で出力します。</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s).</source>
            <translation>
                <numerusform>%n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your roles do not let you read staff records; you can still add people and import the roster.</source>
            <translation>あなたの役割では職員の記録を閲覧できません。職員の追加と名簿の取込みはできます。</translation>
        </message>
        <message>
            <source>%1 was added.</source>
            <translation>%1 を追加しました。</translation>
        </message>
        <message>
            <source>%1 was saved.</source>
            <translation>%1 を保存しました。</translation>
        </message>
        <message>
            <source>Roster imported: %1 new, %2 updated, %3 refused.</source>
            <translation>名簿を取り込みました: 新規 %1 件、更新 %2 件、不正 %3 件。</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>名簿の出力</translation>
        </message>
        <message>
            <source>roster.csv</source>
            <translation>職員名簿.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Reason for the export</source>
            <translation>出力の理由</translation>
        </message>
        <message>
            <source>You are exporting %1 staff records. An export of more than %2 records needs a reason on record.
Reason:</source>
            <translation>職員の記録 %1 件を出力します。%2 件を超える出力には理由の記録が必要です。
理由:</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>ファイルを書き込めませんでした: %1</translation>
        </message>
        <message>
            <source>The roster was exported to %1.</source>
            <translation>名簿を %1 に出力しました。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>職員の編集</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>職員の追加</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>（課を選択）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>S&amp;taff number:</source>
            <translation>職員番号(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Kana:</source>
            <translation>氏名カナ(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Section:</source>
            <translation>所属課(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Employment:</source>
            <translation>雇用区分(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>メール(&amp;E):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Role assignments</source>
            <translation>役割の任命</translation>
        </message>
        <message>
            <source>Add role</source>
            <translation>役割を追加</translation>
        </message>
        <message>
            <source>Designated handler (事務取扱担当者)</source>
            <translation>事務取扱担当者の指定</translation>
        </message>
        <message>
            <source>Add designation</source>
            <translation>指定を追加</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 〜 %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>%1 から</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
        </message>
        <message>
            <source>Choose the person's section.</source>
            <translation>所属課を選択してください。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonRoleRow</name>
        <message>
            <source>until</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>from</source>
            <translation>開始日</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PersonalInfoFileDialog</name>
        <message>
            <source>Edit personal-information file</source>
            <translation>個人情報ファイルの編集</translation>
        </message>
        <message>
            <source>Add personal-information file</source>
            <translation>個人情報ファイルの追加</translation>
        </message>
        <message>
            <source>Register entry</source>
            <translation>ファイル簿の記載事項</translation>
        </message>
        <message>
            <source>Recipients and requests</source>
            <translation>提供先・請求窓口</translation>
        </message>
        <message>
            <source>Storage and location</source>
            <translation>保管・所在</translation>
        </message>
        <message>
            <source>Access rights</source>
            <translation>アクセス権</translation>
        </message>
        <message>
            <source>Access rights can be granted once the file is saved.</source>
            <translation>アクセス権はファイルを保存した後に付与できます。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>ファイルを追加</translation>
        </message>
        <message>
            <source>(choose a section)</source>
            <translation>（課を選択）</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Contains sensitive personal information (要配慮個人情報)</source>
            <translation>要配慮個人情報を含む</translation>
        </message>
        <message>
            <source>Contains My Numbers</source>
            <translation>個人番号を含む</translation>
        </message>
        <message>
            <source>File &amp;number:</source>
            <translation>ファイル番号(&amp;N):</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ファイル名(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Section using it:</source>
            <translation>利用する課(&amp;S):</translation>
        </message>
        <message>
            <source>File &amp;type:</source>
            <translation>ファイルの種別(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Purpose of use:</source>
            <translation>利用目的(&amp;P):</translation>
        </message>
        <message>
            <source>Record &amp;items:</source>
            <translation>記録項目(&amp;I):</translation>
        </message>
        <message>
            <source>Whose &amp;records:</source>
            <translation>記録範囲(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Collection method:</source>
            <translation>収集方法(&amp;C):</translation>
        </message>
        <message>
            <source>Number of &amp;persons:</source>
            <translation>本人の数(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Regular recipients:</source>
            <translation>経常的提供先(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Office for disclosure requests (name and address):</source>
            <translation>開示請求等を受理する組織の名称及び所在地(&amp;O):</translation>
        </message>
        <message>
            <source>Special &amp;correction or suspension procedures:</source>
            <translation>他の法令による訂正・利用停止の特別の手続(&amp;C):</translation>
        </message>
        <message>
            <source>e.g. server of the core system, paper ledger</source>
            <translation>例: 基幹系サーバ、紙の台帳</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>%1  %2 %3 %4</source>
            <translation>%1  %2 %3 %4</translation>
        </message>
        <message>
            <source>Empty when kept in Japan; else the country or cloud service</source>
            <translation>国内保管の場合は空欄。国外の場合は国名またはクラウドサービス名</translation>
        </message>
        <message>
            <source>Storage &amp;media:</source>
            <translation>保存媒体(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Handling area:</source>
            <translation>取扱区域(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Foreign or cloud location:</source>
            <translation>外国・クラウドの保管場所(&amp;F):</translation>
        </message>
        <message>
            <source>What is known of that &amp;regime:</source>
            <translation>当該国の個人情報保護制度(&amp;R):</translation>
        </message>
        <message>
            <source>1,000 persons or more: the file must be published in the register.</source>
            <translation>本人の数が 1,000 人以上のため、ファイル簿での公表が必要です。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PreventionPage</name>
        <message>
            <source>Measure</source>
            <translation>措置</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>共有先</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>措置(&amp;M):</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（選択してください）</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>担当者(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>期限(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状況(&amp;S):</translation>
        </message>
        <message>
            <source>Shared &amp;with:</source>
            <translation>共有先(&amp;W):</translation>
        </message>
        <message>
            <source>Add measure</source>
            <translation>措置を追加</translation>
        </message>
        <message>
            <source>Update the selected measure</source>
            <translation>選択した措置を更新</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::PublicationPage</name>
        <message>
            <source>Decision</source>
            <translation>公表の判断</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>判断(&amp;D):</translation>
        </message>
        <message>
            <source>Decided &amp;on:</source>
            <translation>判断日(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R):</translation>
        </message>
        <message>
            <source>published</source>
            <translation>公表済み</translation>
        </message>
        <message>
            <source>&amp;Published on:</source>
            <translation>公表日(&amp;P):</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>情報提供済み</translation>
        </message>
        <message>
            <source>PPC secretariat &amp;informed on:</source>
            <translation>委員会事務局への情報提供日(&amp;I):</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>判断を記録</translation>
        </message>
        <message>
            <source>No decision on publication has been recorded.</source>
            <translation>公表の判断はまだ記録されていません。</translation>
        </message>
        <message>
            <source>%1, decided on %2.</source>
            <translation>%1（%2に判断）。</translation>
        </message>
        <message>
            <source>Published on %1.</source>
            <translation>%1に公表。</translation>
        </message>
        <message>
            <source>PPC secretariat informed on %1.</source>
            <translation>%1に委員会事務局へ情報提供。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RecoveryCodeDialog</name>
        <message>
            <source>Use recovery code</source>
            <translation>リカバリーコードの使用</translation>
        </message>
        <message>
            <source>Use this only when no administrator can sign in any more. Type the 32 letters and digits from the recovery sheet of %1; hyphens and spaces do not matter.
With the recovery code you can only reset account passwords. The use is recorded in the journal; report it to the executive owner.</source>
            <translation>管理者が誰もログインできなくなった場合に限り使用してください。%1 の復旧用シートに記載された英数字32文字を入力します。ハイフンや空白は無視されます。
リカバリーコードで行えるのはアカウントのパスワード再設定だけです。使用したことは操作記録（ジャーナル）に残ります。総括保護管理者に報告してください。</translation>
        </message>
        <message>
            <source>Open with recovery code</source>
            <translation>リカバリーコードで開く</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RegimeVerdictBox</name>
        <message>
            <source>Rule A: APPI (public bodies)</source>
            <translation>規則A：個人情報保護法（行政機関等）</translation>
        </message>
        <message>
            <source>Rule B: My Number Act</source>
            <translation>規則B：番号法</translation>
        </message>
        <message>
            <source>Verdict:</source>
            <translation>判定:</translation>
        </message>
        <message>
            <source>Grounds:</source>
            <translation>該当事由:</translation>
        </message>
        <message>
            <source>Preliminary report due:</source>
            <translation>速報の期限:</translation>
        </message>
        <message>
            <source>Final report due:</source>
            <translation>確報の期限:</translation>
        </message>
        <message>
            <source>Individuals:</source>
            <translation>本人への通知:</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>不要</translation>
        </message>
        <message>
            <source>%1 (filed on %2)</source>
            <translation>%1（%2に提出済み）</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>Reportable to the PPC</source>
            <translation>委員会への報告対象</translation>
        </message>
        <message>
            <source>Not reportable (no My Numbers involved)</source>
            <translation>報告対象外（特定個人情報を含まない）</translation>
        </message>
        <message>
            <source>Not reportable</source>
            <translation>報告対象外</translation>
        </message>
        <message>
            <source>• %1
   %2</source>
            <translation>・%1
   %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>must be notified (or a substitute measure taken)</source>
            <translation>通知が必要（困難な場合は代替措置）</translation>
        </message>
        <message>
            <source>no notice required by this regime</source>
            <translation>この制度による通知は不要</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ReportsPage</name>
        <message>
            <source>Law</source>
            <translation>法令</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>提出日</translation>
        </message>
        <message>
            <source>Grounds ticked</source>
            <translation>該当事由</translation>
        </message>
        <message>
            <source>Submitted on:</source>
            <translation>提出日:</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>報告:</translation>
        </message>
        <message>
            <source>1 Summary:</source>
            <translation>1 概要:</translation>
        </message>
        <message>
            <source>2 Data items:</source>
            <translation>2 項目:</translation>
        </message>
        <message>
            <source>known</source>
            <translation>判明</translation>
        </message>
        <message>
            <source>3 Persons:</source>
            <translation>3 本人の数:</translation>
        </message>
        <message>
            <source>4 Cause:</source>
            <translation>4 原因:</translation>
        </message>
        <message>
            <source>5 Secondary damage:</source>
            <translation>5 二次被害:</translation>
        </message>
        <message>
            <source>6 Response to individuals:</source>
            <translation>6 本人への対応:</translation>
        </message>
        <message>
            <source>7 Publication:</source>
            <translation>7 公表:</translation>
        </message>
        <message>
            <source>8 Prevention:</source>
            <translation>8 再発防止策:</translation>
        </message>
        <message>
            <source>9 Other:</source>
            <translation>9 その他:</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>連絡先:</translation>
        </message>
        <message>
            <source>e.g. reported to the police on …</source>
            <translation>例：○月○日に警察へ届出</translation>
        </message>
        <message>
            <source>Reports to other bodies:</source>
            <translation>他機関への報告:</translation>
        </message>
        <message>
            <source>Fill from the facts</source>
            <translation>事実から記入</translation>
        </message>
        <message>
            <source>File this report</source>
            <translation>この報告を記録</translation>
        </message>
        <message>
            <source>not required</source>
            <translation>不要</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>未判定</translation>
        </message>
        <message>
            <source>None known.</source>
            <translation>現時点で確認されていない。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>パスワードの再設定</translation>
        </message>
        <message>
            <source>New password for %1. The account is enabled again; tell the officer the new password in person and ask them to change it.</source>
            <translation>%1 の新しいパスワードを設定します。アカウントは再び有効になります。新しいパスワードは職員に直接伝え、変更するよう依頼してください。</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新しいパスワード(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>パスワード（確認）(&amp;R):</translation>
        </message>
        <message>
            <source>At least %1 characters.</source>
            <translation>%1文字以上。</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>パスワードを設定</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RoleRowEditor</name>
        <message>
            <source>(whole city)</source>
            <translation>（全庁）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Remove this role</source>
            <translation>この役割を削除します</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RosterImportDialog</name>
        <message>
            <source>Import staff roster</source>
            <translation>職員名簿の取込み</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>自動判別</translation>
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
            <translation>不正な行が1行でもあれば何も取り込まない</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ファイル(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E):</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取込み</translation>
        </message>
        <message>
            <source>Choose staff roster</source>
            <translation>職員名簿の選択</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB: it is not a staff roster.</source>
            <translation>ファイルが %1 MB を超えています。職員名簿ではありません。</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>ファイルを読み込めません: %1</translation>
        </message>
        <message>
            <source>Detected: %1</source>
            <translation>判別結果: %1</translation>
        </message>
        <message>
            <source>Read as %1</source>
            <translation>%1 として読込み</translation>
        </message>
        <message>
            <source>%1 new, %2 updated, %3 refused.</source>
            <translation>新規 %1 件、更新 %2 件、不正 %3 件。</translation>
        </message>
        <message>
            <source>New sections: %1.</source>
            <translation>新設される課: %1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Rows are refused and "import nothing" is ticked.</source>
            <translation>不正な行があり、「何も取り込まない」が選択されています。</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>取り込む行がありません。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::RosterPreviewModel</name>
        <message>
            <source>New person, new section</source>
            <translation>新規（課も新設）</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Update, new section</source>
            <translation>更新（課も新設）</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>不正: %1</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Staff number</source>
            <translation>職員番号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>氏名カナ</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>雇用区分</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メール</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::ScanField</name>
        <message>
            <source>Scan or type a control number</source>
            <translation>管理番号をスキャンまたは入力</translation>
        </message>
        <message>
            <source>Unknown code "%1": no record has this control number (they look like %2).</source>
            <translation>「%1」に該当する記録がありません（管理番号の例: %2）。</translation>
        </message>
        <message>
            <source> or </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SearchBox</name>
        <message>
            <source>Search names, numbers, places… (Ctrl+F)</source>
            <translation>氏名・番号・場所などで検索（Ctrl+F）</translation>
        </message>
        <message>
            <source>Your account may not read personal data, so it cannot search the records.</source>
            <translation>お使いのアカウントは個人情報を閲覧できないため、記録を検索できません。</translation>
        </message>
        <message>
            <source>No record in the sections you may read contains “%1”.</source>
            <translation>閲覧できる課に「%1」を含む記録はありません。</translation>
        </message>
        <message>
            <source>The newest %1 hits are shown; add a word to narrow the search.</source>
            <translation>新しい順に %1 件を表示しています。語を加えると絞り込めます。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SearchResultsModel</name>
        <message>
            <source>Person</source>
            <translation>職員</translation>
        </message>
        <message>
            <source>Handling area</source>
            <translation>取扱区域</translation>
        </message>
        <message>
            <source>Personal-information file</source>
            <translation>個人情報ファイル</translation>
        </message>
        <message>
            <source>Carry-out</source>
            <translation>持出し</translation>
        </message>
        <message>
            <source>Disposal</source>
            <translation>廃棄</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>漏えい等事案</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionDialog</name>
        <message>
            <source>Add section</source>
            <translation>課の追加</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>課コード(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名(&amp;N):</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionsModel</name>
        <message>
            <source>Code</source>
            <translation>課コード</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>所属課</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SectionsView</name>
        <message>
            <source>Add section…</source>
            <translation>課を追加…</translation>
        </message>
        <message>
            <source>Sections are kept once created: people, roles and records refer to them.</source>
            <translation>課は作成後も削除されません。職員・役割・記録が参照するためです。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Case file (applies to every officer)</source>
            <translation>ケースファイル（全職員に適用）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>Japanese era (和暦)</source>
            <translation>和暦</translation>
        </message>
        <message>
            <source>Western calendar (西暦)</source>
            <translation>西暦</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> 文字</translation>
        </message>
        <message>
            <source> records</source>
            <translation> 件</translation>
        </message>
        <message>
            <source>Lock after inactivity:</source>
            <translation>無操作時の自動ロック:</translation>
        </message>
        <message>
            <source>Dates on forms and screens:</source>
            <translation>帳票・画面の日付表記:</translation>
        </message>
        <message>
            <source>Minimum password length:</source>
            <translation>パスワードの最小文字数:</translation>
        </message>
        <message>
            <source>Warn before exporting more than:</source>
            <translation>エクスポート時に警告する件数:</translation>
        </message>
        <message>
            <source>Only a system administrator can change the case-file settings.</source>
            <translation>ケースファイルの設定を変更できるのは情報システム管理者だけです。</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>このパソコン</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>システムの設定に従う</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>表示言語:</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::UnlockErrorText</name>
        <message>
            <source>Check the login. If you have no account in this case file, ask your system administrator.</source>
            <translation>ログインIDを確認してください。このケースファイルにアカウントがない場合は、情報システム管理者に依頼してください。</translation>
        </message>
        <message>
            <source>Check Caps Lock and that the input mode is half-width. After three wrong passwords Mamori makes you wait before the next attempt.</source>
            <translation>Caps Lock と入力モード（半角英数）を確認してください。3回続けて間違えると、次に入力できるまで待ち時間が生じます。</translation>
        </message>
        <message>
            <source>This protects the case file against password guessing. Open becomes available again when the wait is over.</source>
            <translation>パスワードの推測を防ぐための措置です。待ち時間が過ぎると、再び「開く」を押せます。</translation>
        </message>
        <message>
            <source>Ask your system administrator to enable the account again.</source>
            <translation>アカウントの再有効化を情報システム管理者に依頼してください。</translation>
        </message>
        <message>
            <source>Check the folder name, or choose the folder with Browse….</source>
            <translation>フォルダ名を確認するか、「参照…」でフォルダを選んでください。</translation>
        </message>
        <message>
            <source>Choose the folder whose name ends in .mamori (the folder itself, not a file inside it).</source>
            <translation>名前が .mamori で終わるフォルダ（中のファイルではなくフォルダそのもの）を選んでください。</translation>
        </message>
        <message>
            <source>Do not try to repair it by hand. Ask your system administrator to restore the latest backup.</source>
            <translation>手作業で修復しようとせず、最新のバックアップからの復元を情報システム管理者に依頼してください。</translation>
        </message>
        <message>
            <source>Install the current version of Mamori on this computer; the case file itself is fine.</source>
            <translation>このパソコンの Mamori を最新版に更新してください。ケースファイル自体に問題はありません。</translation>
        </message>
        <message>
            <source>Only one Mamori at a time may open a case file.</source>
            <translation>1つのケースファイルを同時に開けるのは1台の Mamori だけです。</translation>
        </message>
        <message>
            <source>Ask for write permission on the folder, or copy the case folder to a writable drive.</source>
            <translation>フォルダへの書き込み権限を依頼するか、書き込み可能なドライブにケースフォルダをコピーしてください。</translation>
        </message>
        <message>
            <source>Check that the drive or network folder is connected and has free space, then try again.</source>
            <translation>ドライブまたはネットワークフォルダが接続され、空き容量があることを確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>If this happens again, tell your system administrator.</source>
            <translation>再び発生する場合は、情報システム管理者に連絡してください。</translation>
        </message>
        <message>
            <source>That Mamori does not seem to be running any more (a crash or a power cut?). If you are sure, you can break the lock.</source>
            <translation>その Mamori は既に動作していないようです（異常終了や停電など）。確かな場合は、ロックを解除できます。</translation>
        </message>
    </context>
    <context>
        <name>mamori::ui::UnlockWindow</name>
        <message>
            <source>Mamori — Open case file</source>
            <translation>Mamori — ケースファイルを開く</translation>
        </message>
        <message>
            <source>The demo case file could not be created: %1</source>
            <translation>デモ用ケースファイルを作成できませんでした: %1</translation>
        </message>
        <message>
            <source>Personal-information protection case files</source>
            <translation>個人情報保護 事案管理</translation>
        </message>
        <message>
            <source>Folder ending in .mamori</source>
            <translation>名前が .mamori で終わるフォルダ</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>Recent:</source>
            <translation>最近使用:</translation>
        </message>
        <message>
            <source>Case file:</source>
            <translation>ケースファイル:</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>ログインID:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>パスワード:</translation>
        </message>
        <message>
            <source>Break lock…</source>
            <translation>ロックを解除…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>New case file…</source>
            <translation>新しいケースファイル…</translation>
        </message>
        <message>
            <source>Open demo</source>
            <translation>デモを開く</translation>
        </message>
        <message>
            <source>Use recovery code…</source>
            <translation>リカバリーコードを使用…</translation>
        </message>
        <message>
            <source>Break lock</source>
            <translation>ロックの解除</translation>
        </message>
        <message>
            <source>Choose a case file first: type its folder or use Browse….</source>
            <translation>先にケースファイルを指定してください。フォルダを入力するか「参照…」で選びます。</translation>
        </message>
        <message>
            <source>Enter your login.</source>
            <translation>ログインIDを入力してください。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>パスワードを入力してください。</translation>
        </message>
        <message>
            <source>Open (%1)</source>
            <translation>開く（%1）</translation>
        </message>
        <message>
            <source>Choose the case file folder</source>
            <translation>ケースファイルのフォルダを選択</translation>
        </message>
        <message>
            <source>Break the lock of %1?

Mamori on computer %2 (process %3) may still have it open. Break the lock only if you are sure that Mamori is no longer running there: two programs writing to the same case file can damage it.</source>
            <translation>%1 のロックを解除しますか？

パソコン %2（プロセス %3）の Mamori がまだ開いている可能性があります。そちらで Mamori が動作していないことが確かな場合に限り解除してください。2つのプログラムが同じケースファイルに書き込むと、ファイルが破損するおそれがあります。</translation>
        </message>
        <message>
            <source>The lock was removed. Enter your password to open the case file.</source>
            <translation>ロックを解除しました。パスワードを入力してケースファイルを開いてください。</translation>
        </message>
        <message>
            <source>The lock could not be removed. Check that you may write to the case folder.</source>
            <translation>ロックを解除できませんでした。ケースフォルダへの書き込み権限を確認してください。</translation>
        </message>
        <message>
            <source>Preparing the demo case file… The first time this takes a few seconds.</source>
            <translation>デモ用ケースファイルを準備しています… 初回は数秒かかります。</translation>
        </message>
        <message>
            <source>Choose the case file first, then use its recovery code.</source>
            <translation>先にケースファイルを指定してから、そのリカバリーコードを使用してください。</translation>
        </message>
    </context>
</TS>
