<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Signed in with {method}, on the {environment} servers.</source>
        <comment>which account a question is about: Custom ID, staging</comment>
        <translation>مسجَّل الدخول باستخدام {method}، على خوادم {environment}.</translation>
    </message>
    <message>
        <source>Signed in with {method}.</source>
        <translation>مسجَّل الدخول باستخدام {method}.</translation>
    </message>
    <message>
        <source>On the {environment} servers.</source>
        <comment>which servers an account belongs to</comment>
        <translation>على خوادم {environment}.</translation>
    </message>
    <message>
        <source>{which}

Its saved session is deleted from the keychain. The account itself is not deleted from the game.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

تُحذف الجلسة المحفوظة من سلسلة المفاتيح. أما الحساب نفسه فلا يُحذف من اللعبة.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <comment>a window title</comment>
        <translation>إزالة الحساب</translation>
    </message>
    <message>
        <source>Remove {name} from this launcher?</source>
        <translation>هل تريد إزالة {name} من هذا المشغّل؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the button that removes a saved account</comment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>the Remove button&apos;s name for screen readers</comment>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>{which}

Its session is deleted from the keychain; the account stays in the list, and signing in again asks for its details.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

تُحذف الجلسة من سلسلة المفاتيح؛ ويبقى الحساب في القائمة، وعند تسجيل الدخول مجددًا ستُطلب بياناته.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>a window title</comment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out of {name}?</source>
        <translation>هل تريد تسجيل الخروج من {name}؟</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>the button that signs out of a saved account</comment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out of {name}</source>
        <comment>the Sign out button&apos;s name for screen readers</comment>
        <translation>تسجيل الخروج من {name}</translation>
    </message>
    <message>
        <source>{which}
Name shown in the list of accounts:</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}
الاسم المعروض في قائمة الحسابات:</translation>
    </message>
    <message>
        <source>Name this account</source>
        <comment>a window title</comment>
        <translation>تسمية هذا الحساب</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>{name} ({method})</source>
        <comment>an account: its name and sign-in method</comment>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Same player as {accounts}</source>
        <comment>a line of an account&apos;s tooltip</comment>
        <translation>اللاعب نفسه في {accounts}</translation>
    </message>
    <message>
        <source>same player as {accounts}</source>
        <comment>under an account in the list: other saved accounts of this player</comment>
        <translation>اللاعب نفسه في {accounts}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a group of accounts with no environment or method</comment>
        <translation>(بلا)</translation>
    </message>
    <message>
        <source>playing</source>
        <comment>an account&apos;s state, read by a screen reader</comment>
        <translation>يلعب الآن</translation>
    </message>
    <message>
        <source>{method}, {environment} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password, staging — Signed in</comment>
        <translation>{method}، {environment} — {status}</translation>
    </message>
    <message>
        <source>{method} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password — Signed in</comment>
        <translation>{method} — {status}</translation>
    </message>
    <message>
        <source>Playing now</source>
        <translation>يلعب الآن</translation>
    </message>
    <message>
        <source>{shortcut} to switch</source>
        <comment>an account&apos;s tooltip: Ctrl+2 to switch to it</comment>
        <translation>{shortcut} للتبديل</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). The details are in the log:
{path}</source>
        <translation>حدث خطأ ما ({error}). التفاصيل في السجل:
{path}</translation>
    </message>
    <message>
        <source>Launcher error</source>
        <translation>خطأ في المشغّل</translation>
    </message>
    <message>
        <source>The game manifest has a problem</source>
        <translation>في بيان اللعبة مشكلة</translation>
    </message>
    <message>
        <source>The launcher cannot start this game until the manifest is fixed.</source>
        <translation>لا يستطيع المشغّل تشغيل هذه اللعبة حتى يُصلَح البيان.</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox backend runs at {address}</source>
        <translation>الوضع التجريبي: خادم البيئة التجريبية يعمل على {address}</translation>
    </message>
</context>
<context>
    <name>Builds</name>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>the installed version</comment>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>the version the channel offers</comment>
        <translation>المعروضة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>يلعبها</translation>
    </message>
    <message>
        <source>No [delivery]: the game runs from its own folder</source>
        <translation>لا يوجد [delivery]: اللعبة تعمل من مجلدها</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share of a download</comment>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>Paused at {share}</source>
        <translation>متوقف مؤقتًا عند {share}</translation>
    </message>
    <message>
        <source>Downloading: {share}</source>
        <translation>جارٍ التنزيل: {share}</translation>
    </message>
    <message>
        <source>Channel not reachable</source>
        <translation>تعذّر الوصول إلى القناة</translation>
    </message>
    <message>
        <source>Update available (required)</source>
        <translation>يتوفر تحديث (إلزامي)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <source>{update}, {size}</source>
        <translation>{update}، {size}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>فشل: {message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>غير مثبّتة</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدّثة</translation>
    </message>
    <message>
        <source>Damaged: needs repair</source>
        <translation>تالفة: تحتاج إلى إصلاح</translation>
    </message>
    <message>
        <source>The game&apos;s download server did not answer in time.</source>
        <translation>لم يستجب خادم تنزيل اللعبة في الوقت المحدد.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be repaired ({path}: {reason}).</source>
        <comment>the first file and why</comment>
        <translation>
            <numerusform>تعذّر إصلاح %n ملف ({path}: {reason}).</numerusform>
            <numerusform>تعذّر إصلاح ملف واحد ({path}: {reason}).</numerusform>
            <numerusform>تعذّر إصلاح ملفين ({path}: {reason}).</numerusform>
            <numerusform>تعذّر إصلاح %n ملفات ({path}: {reason}).</numerusform>
            <numerusform>تعذّر إصلاح %n ملفًا ({path}: {reason}).</numerusform>
            <numerusform>تعذّر إصلاح %n ملف ({path}: {reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The game&apos;s files could not be installed ({error}).</source>
        <comment>error: a program error&apos;s name</comment>
        <translation>تعذّر تثبيت ملفات اللعبة ({error}).</translation>
    </message>
</context>
<context>
    <name>BuildsDialog</name>
    <message>
        <source>Game builds by environment</source>
        <translation>إصدارات اللعبة حسب البيئة</translation>
    </message>
    <message>
        <source>Each environment plays its own channel&apos;s build, installed beside the others.</source>
        <translation>كل بيئة تلعب إصدار قناتها، مثبّتًا بجانب الإصدارات الأخرى.</translation>
    </message>
    <message>
        <source>Check all channels</source>
        <translation>التحقق من كل القنوات</translation>
    </message>
    <message>
        <source>Install or update selected</source>
        <translation>تثبيت المحدد أو تحديثه</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>the default environment</comment>
        <translation>(الافتراضية)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Everything the game needs is working.</source>
        <translation>كل ما تحتاجه اللعبة يعمل.</translation>
    </message>
    <message>
        <source>The game should work; something may need attention.</source>
        <translation>يُفترض أن تعمل اللعبة؛ قد يحتاج أمر ما إلى انتباه.</translation>
    </message>
    <message>
        <source>Something is wrong; the items marked ✗ say what.</source>
        <translation>هناك خطأ ما؛ البنود المعلَّمة بـ ✗ تبيّن ما هو.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>لا يعمل</translation>
    </message>
    <message>
        <source>Check my connection</source>
        <translation>فحص اتصالي</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;فحص مجددًا</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <source>Copies the technical details, to send to the game&apos;s support</source>
        <translation>ينسخ التفاصيل التقنية لإرسالها إلى دعم اللعبة</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>تعذّر إجراء الفحص: {message}</translation>
    </message>
</context>
<context>
    <name>ChestList</name>
    <message numerus="yes">
        <source>%Ln chest(s)</source>
        <comment>the heading of the chest list</comment>
        <translation>
            <numerusform>لا صناديق</numerusform>
            <numerusform>صندوق واحد</numerusform>
            <numerusform>صندوقان</numerusform>
            <numerusform>%Ln صناديق</numerusform>
            <numerusform>%Ln صندوقًا</numerusform>
            <numerusform>%Ln صندوق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln chest(s)</source>
        <comment>the heading of the filtered chest list: 2 of 40 chests</comment>
        <translation>
            <numerusform>{shown} من أصل %Ln صندوق</numerusform>
            <numerusform>{shown} من أصل صندوق واحد</numerusform>
            <numerusform>{shown} من أصل صندوقين</numerusform>
            <numerusform>{shown} من أصل %Ln صناديق</numerusform>
            <numerusform>{shown} من أصل %Ln صندوقًا</numerusform>
            <numerusform>{shown} من أصل %Ln صندوق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChestModel</name>
    <message>
        <source>Name</source>
        <comment>a column of the chest list</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column of the chest list</comment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>a column of the chest list: how many of the item the player has</comment>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>Chests</name>
    <message>
        <source>Filter chests…</source>
        <translation>تصفية الصناديق…</translation>
    </message>
    <message>
        <source>Filter chests</source>
        <translation>تصفية الصناديق</translation>
    </message>
    <message>
        <source>Chests and items</source>
        <comment>the chest list, for screen readers</comment>
        <translation>الصناديق والعناصر</translation>
    </message>
    <message>
        <source>No chests yet.
The chests and items this player owns will appear here.</source>
        <translation>لا صناديق بعد.
ستظهر هنا الصناديق والعناصر التي يملكها هذا اللاعب.</translation>
    </message>
    <message>
        <source>No chests match “{filter}”.</source>
        <comment>the chest filter found nothing</comment>
        <translation>لا صناديق تطابق «{filter}».</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>حدث خطأ ما ({error})؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>{name}: your session has ended. Sign in again.</source>
        <translation>{name}: انتهت جلستك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>{method} has no sign-in outside the form.</source>
        <translation>لا يوفّر {method} تسجيل دخول خارج النموذج.</translation>
    </message>
    <message>
        <source>{action}…</source>
        <comment>a sign-in step under way: Continue with Facebook…</comment>
        <translation>{action}…</translation>
    </message>
    <message>
        <source>{name} is signed out. Sign in again.</source>
        <translation>تم تسجيل خروج {name}. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>{name}: please sign in again.</source>
        <translation>{name}: يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <comment>an account</comment>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>It could not be updated.</source>
        <comment>a profile</comment>
        <translation>تعذّر تحديثه.</translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <comment>an account</comment>
        <translation>تعذّر فتحه.</translation>
    </message>
    <message>
        <source>Signed out of {name}.</source>
        <translation>تم تسجيل الخروج من {name}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <comment>an account</comment>
        <translation>تمت إزالة {name}.</translation>
    </message>
    <message>
        <source>{game} {version} is ready to play.</source>
        <translation>{game} {version} جاهزة للعب.</translation>
    </message>
    <message>
        <source>A new version of the launcher ({version}) is ready: it starts the next time you open the launcher.</source>
        <translation>إصدار جديد من المشغّل ({version}) جاهز: سيبدأ في المرة القادمة التي تفتح فيها المشغّل.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>Installing {game}…</source>
        <translation>جارٍ تثبيت {game}…</translation>
    </message>
    <message>
        <source>Install paused.</source>
        <translation>تم إيقاف التثبيت مؤقتًا.</translation>
    </message>
    <message>
        <source>Install cancelled.</source>
        <translation>تم إلغاء التثبيت.</translation>
    </message>
    <message>
        <source>{game} is running (offline)</source>
        <translation>{game} قيد التشغيل (دون اتصال)</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} قيد التشغيل</translation>
    </message>
    <message>
        <source>{game}: {note}.</source>
        <comment>note: why the game ended, in English</comment>
        <translation>{game}: {note}.</translation>
    </message>
    <message>
        <source>{game} closed normally after {time}.</source>
        <comment>time: 12 min</comment>
        <translation>أُغلقت {game} بشكل طبيعي بعد {time}.</translation>
    </message>
    <message>
        <source>{game} stopped with an error (code {code}) after {time}: see the game&apos;s log (Help &gt; Open logs folder).</source>
        <comment>time: 12 min</comment>
        <translation>توقفت {game} بخطأ (الرمز {code}) بعد {time}: راجع سجل اللعبة (مساعدة &gt; فتح مجلد السجلات).</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds played, abbreviated</comment>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes played, abbreviated</comment>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>time played, abbreviated</comment>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Unlock your login keychain in Keychain Access, then restart the launcher.</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح هذا الحاسوب، لذا لا يُحفظ أي تسجيل دخول: ستسجّل الدخول من جديد في كل مرة تشغّل فيها المشغّل. افتح قفل سلسلة مفاتيح تسجيل الدخول في تطبيق Keychain Access، ثم أعد تشغيل المشغّل.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Windows Credential Manager could not be opened; sign in to Windows normally and restart the launcher.</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح هذا الحاسوب، لذا لا يُحفظ أي تسجيل دخول: ستسجّل الدخول من جديد في كل مرة تشغّل فيها المشغّل. تعذّر فتح مدير بيانات الاعتماد في Windows؛ سجّل الدخول إلى Windows كالمعتاد ثم أعد تشغيل المشغّل.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Start your desktop&apos;s password keyring (GNOME Keyring or KWallet), unlock it when asked, then restart the launcher.</source>
        <translation>لا يمكن استخدام سلسلة مفاتيح هذا الحاسوب، لذا لا يُحفظ أي تسجيل دخول: ستسجّل الدخول من جديد في كل مرة تشغّل فيها المشغّل. شغّل مخزن كلمات المرور في سطح المكتب (GNOME Keyring أو KWallet)، وافتح قفله عند الطلب، ثم أعد تشغيل المشغّل.</translation>
    </message>
</context>
<context>
    <name>DeliveryErrors</name>
    <message>
        <source>The game&apos;s files could not be installed.</source>
        <translation>تعذّر تثبيت ملفات اللعبة.</translation>
    </message>
    <message>
        <source>The game is not installed.</source>
        <translation>اللعبة غير مثبّتة.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached right now. Nothing was changed; try again later.</source>
        <translation>لا يمكن الوصول إلى خادم تنزيل اللعبة الآن. لم يتغيّر شيء؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. What was downloaded is kept; free some space and run the same command again.</source>
        <translation>القرص الذي يحتوي على {folder} ممتلئ. ما تم تنزيله محفوظ؛ حرّر بعض المساحة وشغّل الأمر نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>The launcher cannot write to {folder} ({reason}). Choose another folder with --dir, or fix its permissions.</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>لا يستطيع المشغّل الكتابة في {folder} ({reason}). اختر مجلدًا آخر باستخدام ‎--dir أو أصلح أذوناته.</translation>
    </message>
    <message>
        <source>The game&apos;s files could not be written to {folder} ({reason}).</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>تعذّرت كتابة ملفات اللعبة في {folder} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Manifest: {path}</source>
        <translation>البيان: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ملف السجل: {path}</translation>
    </message>
    <message>
        <source>Sessions are kept in your system keychain; passwords are never stored.</source>
        <translation>تُحفظ الجلسات في سلسلة مفاتيح نظامك؛ ولا تُخزَّن كلمات المرور أبدًا.</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>مشغّل {game}</translation>
    </message>
    <message>
        <source>About {game} launcher</source>
        <translation>حول مشغّل {game}</translation>
    </message>
    <message>
        <source>MIT License (the launcher&apos;s LICENSE file was not found).</source>
        <translation>رخصة MIT (لم يُعثر على ملف LICENSE الخاص بالمشغّل).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>{game} launcher is free software under the MIT licence. Qt and PySide6 are used under the LGPLv3 (Help &gt; About Qt); every other component&apos;s licence is in its installed package metadata.</source>
        <translation>مشغّل {game} برنامج حر بموجب رخصة MIT. يُستخدم Qt وPySide6 بموجب LGPLv3 (مساعدة &gt; حول Qt)؛ ورخصة كل مكوّن آخر موجودة في بيانات حزمته المثبّتة.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The game&apos;s settings are fine.</source>
        <translation>إعدادات اللعبة سليمة.</translation>
    </message>
    <message>
        <source>{method}: {check}</source>
        <comment>a sign-in method&apos;s name, then a check&apos;s result about it</comment>
        <translation>{method}: {check}</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store can&apos;t be used: you will sign in again at every start.</source>
        <translation>لا يمكن استخدام مخزن كلمات المرور في حاسوبك: ستسجّل الدخول من جديد عند كل تشغيل.</translation>
    </message>
    <message>
        <source>Your sign-ins can be kept safely.</source>
        <translation>يمكن حفظ تسجيلات دخولك بأمان.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy can&apos;t be reached.</source>
        <translation>لا يمكن الوصول إلى الوكيل (proxy) الخاص بالشبكة.</translation>
    </message>
    <message>
        <source>Connections go through your network&apos;s proxy.</source>
        <translation>تمر الاتصالات عبر الوكيل (proxy) الخاص بشبكتك.</translation>
    </message>
    <message>
        <source>Your network connection is set up.</source>
        <translation>اتصالك بالشبكة مُعدّ.</translation>
    </message>
    <message>
        <source>Secure connections can&apos;t be checked on this computer.</source>
        <translation>لا يمكن التحقق من الاتصالات الآمنة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Secure connections are checked with this computer&apos;s own certificates.</source>
        <translation>يتم التحقق من الاتصالات الآمنة بشهادات هذا الحاسوب نفسه.</translation>
    </message>
    <message>
        <source>Secure connections can be checked.</source>
        <translation>يمكن التحقق من الاتصالات الآمنة.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right.</source>
        <translation>ساعة حاسوبك صحيحة.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is wrong; set the date and time automatically in the system settings.</source>
        <translation>ساعة حاسوبك غير صحيحة؛ اضبط التاريخ والوقت تلقائيًا من إعدادات النظام.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached.</source>
        <translation>لا يمكن الوصول إلى خادم تنزيل اللعبة.</translation>
    </message>
    <message>
        <source>The game&apos;s downloads can&apos;t be trusted right now.</source>
        <translation>لا يمكن الوثوق بتنزيلات اللعبة في الوقت الحالي.</translation>
    </message>
    <message>
        <source>Game downloads are available.</source>
        <translation>تنزيلات اللعبة متاحة.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server can&apos;t be reached right now.</source>
        <translation>لا يمكن الوصول إلى خادم طريقة تسجيل الدخول هذه حاليًا.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server answers.</source>
        <translation>خادم طريقة تسجيل الدخول هذه يستجيب.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up correctly; please contact the game&apos;s support.</source>
        <translation>طريقة تسجيل الدخول هذه غير مُعدّة بشكل صحيح؛ يُرجى التواصل مع فريق دعم اللعبة.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server has a problem right now.</source>
        <translation>يواجه خادم طريقة تسجيل الدخول هذه مشكلة حاليًا.</translation>
    </message>
    <message>
        <source>Facebook can&apos;t be reached right now.</source>
        <translation>لا يمكن الوصول إلى فيسبوك حاليًا.</translation>
    </message>
    <message>
        <source>Continue with Facebook is ready.</source>
        <translation>خيار «المتابعة عبر فيسبوك» جاهز.</translation>
    </message>
    <message>
        <source>Continue with Facebook is not available for this game.</source>
        <translation>خيار «المتابعة عبر فيسبوك» غير متاح لهذه اللعبة.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached.</source>
        <translation>لا يمكن الوصول إلى خادم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The sign-in server answers.</source>
        <translation>خادم تسجيل الدخول يستجيب.</translation>
    </message>
    <message>
        <source>Your profile is shown without some details.</source>
        <translation>يُعرض ملفك الشخصي دون بعض التفاصيل.</translation>
    </message>
    <message>
        <source>This game&apos;s sign-in is not set up correctly; please contact the game&apos;s support.</source>
        <translation>تسجيل الدخول لهذه اللعبة غير مُعدّ بشكل صحيح؛ يُرجى التواصل مع فريق دعم اللعبة.</translation>
    </message>
    <message>
        <source>Your profile can be shown.</source>
        <translation>يمكن عرض ملفك الشخصي.</translation>
    </message>
    <message>
        <source>Your profile can be shown (some details may be missing).</source>
        <translation>يمكن عرض ملفك الشخصي (قد تنقص بعض التفاصيل).</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{size}/s</source>
        <comment>a download rate: 12 MB/s</comment>
        <translation>{size}/ث</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <comment>time left</comment>
        <translation>بضع ثوانٍ</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <comment>time left</comment>
        <translation>أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <comment>hours and minutes: 2 h 5 min</comment>
        <translation>{hours} و{minutes}</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <comment>a menu entry: the system&apos;s language</comment>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>Pseudo-translation (testing)</source>
        <translation>ترجمة زائفة (للاختبار)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>سلسلة مفاتيح النظام مقفلة. افتحها ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No system keychain is available (install and start a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>لا توجد سلسلة مفاتيح للنظام (ثبّت خدمة Secret Service مثل GNOME Keyring أو KWallet وشغّلها).</translation>
    </message>
    <message>
        <source>The system keychain could not be opened.</source>
        <translation>تعذّر فتح سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>{problem} Sessions are kept for this run only.</source>
        <translation>{problem} تُحفظ الجلسات حتى إغلاق المشغّل فقط.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign-in method: {method}</source>
        <translation>طريقة تسجيل الدخول: {method}</translation>
    </message>
    <message>
        <source>Signs in to: {environment}</source>
        <comment>a testing environment</comment>
        <translation>يسجّل الدخول إلى: {environment}</translation>
    </message>
    <message>
        <source>Signs in to the {environment} environment</source>
        <translation>يسجّل الدخول إلى البيئة {environment}</translation>
    </message>
    <message>
        <source>Testing tool</source>
        <translation>أداة اختبار</translation>
    </message>
    <message>
        <source>For testers, not for players.</source>
        <translation>للمختبرين، لا للاعبين.</translation>
    </message>
    <message>
        <source>{hint} Testers can paste the credential below instead.</source>
        <translation>{hint} ويمكن للمختبرين لصق بيانات الاعتماد أدناه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <comment>a field&apos;s label</comment>
        <translation>{field} (اختياري)</translation>
    </message>
    <message>
        <source>Remember for this environment ({environment})</source>
        <translation>التذكّر لهذه البيئة ({environment})</translation>
    </message>
    <message>
        <source>Remember these keys on this computer</source>
        <translation>تذكّر هذه المفاتيح على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remember the testing keys for this environment</source>
        <translation>تذكّر مفاتيح الاختبار لهذه البيئة</translation>
    </message>
    <message>
        <source>The keys go to this computer&apos;s keychain, for every tester account of this environment; you will not be asked for them again.</source>
        <translation>تُحفظ المفاتيح في سلسلة مفاتيح هذا الحاسوب، لكل حسابات الاختبار في هذه البيئة؛ ولن تُطلب منك مرة أخرى.</translation>
    </message>
    <message>
        <source>Remember this account on this computer</source>
        <translation>تذكّر هذا الحساب على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation>تذكّر هذا الحساب</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>خطأ في تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>the same sign-in again</comment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry the sign-in</source>
        <translation>إعادة محاولة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support</source>
        <translation>التواصل مع دعم اللعبة</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support (opens the website)</source>
        <translation>التواصل مع دعم اللعبة (يفتح الموقع)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>a button</comment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <source>Saved for {environment}; leave empty to use it, or type to replace it.</source>
        <translation>محفوظ للبيئة {environment}؛ اتركه فارغًا لاستخدامه، أو اكتب لاستبداله.</translation>
    </message>
    <message>
        <source>Saved on this computer; leave empty to use it, or type to replace it.</source>
        <translation>محفوظ على هذا الحاسوب؛ اتركه فارغًا لاستخدامه، أو اكتب لاستبداله.</translation>
    </message>
    <message>
        <source>Keeps the session in this computer&apos;s keychain; the password is never stored.</source>
        <translation>يحفظ الجلسة في سلسلة مفاتيح هذا الحاسوب؛ ولا تُخزَّن كلمة المرور أبدًا.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>رمز تسجيل الدخول</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>Open the page</source>
        <comment>the web page where the code is entered</comment>
        <translation>فتح الصفحة</translation>
    </message>
    <message>
        <source>Go to &lt;b&gt;{address}&lt;/b&gt; on this computer or your phone and enter this code:</source>
        <translation>انتقل إلى &lt;b&gt;{address}&lt;/b&gt; على هذا الحاسوب أو على هاتفك وأدخل هذا الرمز:</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>the code is on the clipboard</comment>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <comment>an example email address</comment>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Saved for {environment}; type to replace</source>
        <translation>محفوظ للبيئة {environment}؛ اكتب لاستبداله</translation>
    </message>
    <message>
        <source>Saved on this computer; type to replace</source>
        <translation>محفوظ على هذا الحاسوب؛ اكتب لاستبداله</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>what was typed in a password field</comment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>what was typed in a password field</comment>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide what you typed (Alt+F8)</source>
        <translation>إخفاء ما كتبته (Alt+F8)</translation>
    </message>
    <message>
        <source>Show what you typed (Alt+F8)</source>
        <translation>إظهار ما كتبته (Alt+F8)</translation>
    </message>
    <message>
        <source>Hide {field}</source>
        <comment>a password field: hide what was typed</comment>
        <translation>إخفاء {field}</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <comment>a password field: show what was typed</comment>
        <translation>إظهار {field}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>الحقل {field} مطلوب.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>يجب أن يكون {field} أحد الخيارات التالية: {choices}.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop signing in</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Step {step} of {total}: {label}</source>
        <comment>a sign-in&apos;s progress: Step 1 of 2: Signing in…</comment>
        <translation>الخطوة {step} من {total}: {label}</translation>
    </message>
    <message>
        <source>{step} {time} left</source>
        <comment>the step, then how long the code still works: Waiting for you to confirm on Facebook… 4:59 left</comment>
        <translation>{step} متبقٍّ {time}</translation>
    </message>
    <message>
        <source>{step} — this is taking longer than usual</source>
        <translation>{step} — يستغرق هذا وقتًا أطول من المعتاد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting ready…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>تنبيه بشأن سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>{method} is a testing tool; start the launcher with --tester to use it.</source>
        <translation>{method} أداة اختبار؛ شغّل المشغّل مع ‎--tester لاستخدامها.</translation>
    </message>
    <message>
        <source>This game does not offer sign-in with {method}.</source>
        <translation>لا تتيح هذه اللعبة تسجيل الدخول عبر {method}.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>{game} is ready to play</source>
        <translation>{game} جاهزة للعب</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>تم تثبيت الإصدار {version}.</translation>
    </message>
    <message>
        <source>Playing as {name}</source>
        <translation>تلعب باسم {name}</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account&apos;s name, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>What&apos;s new in {game} {version}</source>
        <translation>ما الجديد في {game} {version}</translation>
    </message>
    <message>
        <source>This version has no patch notes.</source>
        <translation>لا توجد ملاحظات إصدار لهذا الإصدار.</translation>
    </message>
    <message>
        <source>Patch notes of version {version}</source>
        <translation>ملاحظات الإصدار {version}</translation>
    </message>
    <message>
        <source>A link was not opened: the launcher is busy ({doing}). Open the link again once that is done.</source>
        <translation>لم يُفتح رابط: المشغّل مشغول ({doing}). افتح الرابط مجددًا عند انتهاء ذلك.</translation>
    </message>
    <message>
        <source>A link named an account that is not saved in this launcher.</source>
        <translation>أشار رابط إلى حساب غير محفوظ في هذا المشغّل.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Account</source>
        <translation>ال&amp;حساب</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>ال&amp;لعبة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;إضافة حساب…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Close to tray</source>
        <translation>الإ&amp;غلاق إلى علبة النظام</translation>
    </message>
    <message>
        <source>No system tray on this desktop</source>
        <translation>لا توجد علبة نظام في سطح المكتب هذا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>the game menu: start the game</comment>
        <translation>&amp;لعب</translation>
    </message>
    <message>
        <source>&amp;Hide the launcher while playing</source>
        <translation>&amp;إخفاء المشغّل أثناء اللعب</translation>
    </message>
    <message>
        <source>The launcher waits in the tray while the game runs, and comes back when it ends</source>
        <translation>ينتظر المشغّل في علبة النظام أثناء تشغيل اللعبة، ويعود عند انتهائها</translation>
    </message>
    <message>
        <source>Contact &amp;support</source>
        <translation>الاتصال بال&amp;دعم</translation>
    </message>
    <message>
        <source>Check my &amp;connection</source>
        <translation>&amp;فحص اتصالي</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>ال&amp;تراخيص</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tester mode</source>
        <translation>&amp;وضع المختبِر</translation>
    </message>
    <message>
        <source>Testing tools, environments and backend details; off: what a player sees</source>
        <translation>أدوات الاختبار والبيئات وتفاصيل الخادم؛ عند الإيقاف: ما يراه اللاعب</translation>
    </message>
    <message>
        <source>Game &amp;builds by environment…</source>
        <translation>&amp;إصدارات اللعبة حسب البيئة…</translation>
    </message>
    <message>
        <source>Which version each environment has installed, and which account plays it</source>
        <translation>أي إصدار ثبّتته كل بيئة، وأي حساب يلعبه</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>مشغّل {game}</translation>
    </message>
    <message>
        <source>Playing as {name} ({method})</source>
        <translation>تلعب باسم {name} ({method})</translation>
    </message>
    <message>
        <source>Play as {name} ({method})</source>
        <translation>العب باسم {name} ({method})</translation>
    </message>
    <message>
        <source>{name} ({method})</source>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the tray menu: bring the window back</comment>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the tray menu</comment>
        <translation>خروج</translation>
    </message>
    <message>
        <source>{game} launcher — {name}</source>
        <translation>مشغّل {game} — {name}</translation>
    </message>
    <message>
        <source>The launcher is still running in the tray.</source>
        <translation>ما زال المشغّل يعمل في علبة النظام.</translation>
    </message>
    <message>
        <source>{game}: {percent} % — {progress}</source>
        <comment>the tray&apos;s tooltip while downloading</comment>
        <translation>{game}: {percent}٪ — {progress}</translation>
    </message>
</context>
<context>
    <name>News</name>
    <message>
        <source>Some game services are slow or failing</source>
        <translation>بعض خدمات اللعبة بطيئة أو متعطلة</translation>
    </message>
    <message>
        <source>The game&apos;s servers are down</source>
        <translation>خوادم اللعبة متوقفة</translation>
    </message>
    <message>
        <source>The game&apos;s servers are under maintenance</source>
        <translation>خوادم اللعبة قيد الصيانة</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <comment>the server status, then the studio&apos;s own words</comment>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>{status} (until {time})</source>
        <comment>the server status and when it should end</comment>
        <translation>{status} (حتى {time})</translation>
    </message>
</context>
<context>
    <name>NewsStrip</name>
    <message>
        <source>Read more</source>
        <translation>اقرأ المزيد</translation>
    </message>
    <message>
        <source>{day} · {title} — {body}</source>
        <translation>{day} · {title} — {body}</translation>
    </message>
    <message>
        <source>{day} · {title}</source>
        <translation>{day} · {title}</translation>
    </message>
    <message>
        <source>News: {title}</source>
        <translation>خبر: {title}</translation>
    </message>
    <message>
        <source>Read more about {title}</source>
        <translation>اقرأ المزيد عن {title}</translation>
    </message>
</context>
<context>
    <name>NotSetUp</name>
    <message>
        <source>Sign in with {method}</source>
        <translation>تسجيل الدخول عبر {method}</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer. Choose another way to sign in, or ask the game&apos;s support team.</source>
        <translation>طريقة تسجيل الدخول هذه غير مُعدّة على هذا الحاسوب. اختر طريقة أخرى لتسجيل الدخول، أو اسأل فريق دعم اللعبة.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer</source>
        <translation>طريقة تسجيل الدخول هذه غير مُعدّة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Choose another way to sign in</source>
        <translation>اختيار طريقة أخرى لتسجيل الدخول</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>التواصل مع الدعم</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so sessions cannot be remembered.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا لا يمكن تذكّر الجلسات.</translation>
    </message>
    <message>
        <source>Signed out: sign in again (the saved session is no longer in this computer&apos;s keychain).</source>
        <translation>تم تسجيل الخروج: سجّل الدخول مرة أخرى (لم تعد الجلسة المحفوظة موجودة في سلسلة مفاتيح هذا الحاسوب).</translation>
    </message>
    <message>
        <source>{message}; the details are in the log.</source>
        <comment>a keychain&apos;s own message, in English</comment>
        <translation>{message}؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>فشل تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>No account was found for these details.</source>
        <translation>لم يُعثر على حساب بهذه البيانات.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>انتهت صلاحية جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The request signature was refused. Check the publisher token and signing key.</source>
        <translation>رُفض توقيع الطلب. تحقّق من رمز الناشر ومفتاح التوقيع.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>رفض الخادم الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <source>The launcher is not set up correctly for this game. Please contact the game&apos;s support.</source>
        <translation>المشغّل غير مُعدّ بشكل صحيح لهذه اللعبة. يُرجى التواصل مع دعم اللعبة.</translation>
    </message>
    <message>
        <source>This account has been banned or deleted.</source>
        <translation>تم حظر هذا الحساب أو حذفه.</translation>
    </message>
    <message>
        <source>The game service could not be reached. Your accounts are kept; try again later.</source>
        <translation>تعذّر الوصول إلى خدمة اللعبة. حساباتك محفوظة؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Check your internet connection. The game&apos;s servers can&apos;t be reached right now; try again in a moment.</source>
        <translation>تحقّق من اتصالك بالإنترنت. لا يمكن الوصول إلى خوادم اللعبة الآن؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The game service took too long to answer. Try again in a moment.</source>
        <translation>استغرقت خدمة اللعبة وقتًا طويلًا للرد. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The game service is having problems right now (server error). Try again later.</source>
        <translation>تواجه خدمة اللعبة مشكلات الآن (خطأ في الخادم). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Please wait and try again in %n seconds.</source>
        <translation>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى الآن.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait and try again in a moment.</source>
        <translation>محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار والمحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Check your internet connection. {service} can&apos;t be reached right now; try again in a moment.</source>
        <comment>service: a server&apos;s name</comment>
        <translation>تحقّق من اتصالك بالإنترنت. لا يمكن الوصول إلى {service} الآن؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>{message} Your accounts are kept.</source>
        <translation>{message} حساباتك محفوظة.</translation>
    </message>
    <message>
        <source>{message} ({where}; the server said: {detail})</source>
        <comment>for testers: the environment and address, then the server&apos;s own words</comment>
        <translation>{message} ({where}؛ قال الخادم: {detail})</translation>
    </message>
    <message>
        <source>{message} (the server said: {detail})</source>
        <comment>for testers: the server&apos;s own words</comment>
        <translation>{message} (قال الخادم: {detail})</translation>
    </message>
    <message>
        <source>{message} ({where})</source>
        <comment>for testers: the environment and address</comment>
        <translation>{message} ({where})</translation>
    </message>
    <message>
        <source>The game service sent an answer the launcher does not understand. Try again later.</source>
        <translation>أرسلت خدمة اللعبة ردًا لا يفهمه المشغّل. حاول مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>PlayAction</name>
    <message>
        <source>Starting…</source>
        <comment>a download that has not started yet</comment>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>downloaded so far: 1.2 GB of 3.4 GB</comment>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>Paused at {amount}</source>
        <translation>متوقف مؤقتًا عند {amount}</translation>
    </message>
    <message>
        <source>{amount} · {rate}</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s</comment>
        <translation>{amount} · {rate}</translation>
    </message>
    <message>
        <source>{amount} · {rate} · {time} left</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s · 2 min left</comment>
        <translation>{amount} · {rate} · يتبقى {time}</translation>
    </message>
    <message>
        <source>Repairing in the background</source>
        <translation>جارٍ الإصلاح في الخلفية</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>جارٍ الإصلاح</translation>
    </message>
    <message>
        <source>Updating to {version} in the background</source>
        <translation>جارٍ التحديث إلى {version} في الخلفية</translation>
    </message>
    <message>
        <source>Updating to {version}</source>
        <translation>جارٍ التحديث إلى {version}</translation>
    </message>
    <message>
        <source>Updating in the background</source>
        <translation>جارٍ التحديث في الخلفية</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>جارٍ التحديث</translation>
    </message>
    <message>
        <source>Installing {version} in the background</source>
        <translation>جارٍ تثبيت {version} في الخلفية</translation>
    </message>
    <message>
        <source>Installing {version}</source>
        <translation>جارٍ تثبيت {version}</translation>
    </message>
    <message>
        <source>Installing in the background</source>
        <translation>جارٍ التثبيت في الخلفية</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>جارٍ التثبيت</translation>
    </message>
    <message>
        <source>Playing</source>
        <comment>the main button while the game runs</comment>
        <translation>قيد اللعب</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} قيد التشغيل</translation>
    </message>
    <message>
        <source>What&apos;s new in {version}</source>
        <translation>الجديد في {version}</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop a download and drop it</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a paused download</comment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a download</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Installing…</source>
        <comment>the main button</comment>
        <translation>جارٍ التثبيت…</translation>
    </message>
    <message>
        <source>{game} is being installed</source>
        <translation>جارٍ تثبيت {game}</translation>
    </message>
    <message>
        <source>Resume: {doing}</source>
        <translation>استئناف: {doing}</translation>
    </message>
    <message>
        <source>Pause: {doing}</source>
        <translation>إيقاف مؤقت: {doing}</translation>
    </message>
    <message>
        <source>What has arrived is kept: Resume carries on from there</source>
        <translation>ما وصل يبقى محفوظًا: «استئناف» يكمل من هناك</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Some of the game&apos;s files are missing or changed</source>
        <translation>بعض ملفات اللعبة مفقودة أو معدّلة</translation>
    </message>
    <message>
        <source>Repair {game}</source>
        <translation>إصلاح {game}</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>a download that failed</comment>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>The update did not finish</source>
        <translation>لم يكتمل التحديث</translation>
    </message>
    <message>
        <source>Try again: {message}</source>
        <translation>حاول مجددًا: {message}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Checking for the game…</source>
        <translation>جارٍ البحث عن اللعبة…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Can&apos;t reach the game&apos;s download server</source>
        <translation>تعذّر الوصول إلى خادم تنزيل اللعبة</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the game&apos;s download server</source>
        <translation>إعادة المحاولة: تعذّر الوصول إلى خادم تنزيل اللعبة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Update {game} to {version}</source>
        <translation>تحديث {game} إلى {version}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Update ({size})</source>
        <comment>a small button: update, with the download size</comment>
        <translation>تحديث ({size})</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>الإصدار {version} متاح</translation>
    </message>
    <message>
        <source>Update available · required to play</source>
        <translation>يتوفر تحديث · مطلوب للعب</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>يتوفر تحديث</translation>
    </message>
    <message>
        <source>{size} to download · required to play</source>
        <translation>{size} للتنزيل · مطلوب للعب</translation>
    </message>
    <message>
        <source>{size} to download</source>
        <translation>{size} للتنزيل</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>انتهت جلستك</translation>
    </message>
    <message>
        <source>Sign in again to play {game}</source>
        <translation>سجّل الدخول مجددًا لتلعب {game}</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers</source>
        <translation>تعذّر الوصول إلى الخوادم</translation>
    </message>
    <message>
        <source>Retry: {reason}</source>
        <translation>إعادة المحاولة: {reason}</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the servers</source>
        <translation>إعادة المحاولة: تعذّر الوصول إلى الخوادم</translation>
    </message>
    <message>
        <source>Play offline</source>
        <translation>العب دون اتصال</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers: you play with your saved session</source>
        <translation>تعذّر الوصول إلى الخوادم: ستلعب بجلستك المحفوظة</translation>
    </message>
    <message>
        <source>Play {game} offline</source>
        <translation>العب {game} دون اتصال</translation>
    </message>
    <message>
        <source>Start {game} with the session saved at your last sign-in (Ctrl+P)</source>
        <translation>شغّل {game} بالجلسة المحفوظة عند آخر تسجيل دخول (Ctrl+P)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>the main button</comment>
        <translation>العب</translation>
    </message>
    <message>
        <source>Play {game}</source>
        <translation>العب {game}</translation>
    </message>
    <message>
        <source>Start {game} signed in as this player (Ctrl+P)</source>
        <translation>شغّل {game} مسجّلًا باسم هذا اللاعب (Ctrl+P)</translation>
    </message>
    <message>
        <source>{size} · {free} free</source>
        <comment>download size · free disk space</comment>
        <translation>{size} · {free} متاحة</translation>
    </message>
    <message>
        <source>{size}</source>
        <comment>the download size alone</comment>
        <translation>{size}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <comment>free disk space</comment>
        <translation>{free} متاحة</translation>
    </message>
    <message>
        <source>Install {game}, {size}</source>
        <translation>تثبيت {game}، {size}</translation>
    </message>
    <message>
        <source>Install {game}</source>
        <translation>تثبيت {game}</translation>
    </message>
    <message>
        <source>The update needs {size}; {free} free. Free some space, then check again.</source>
        <translation>يحتاج التحديث إلى {size}؛ المتاح {free}. أفرغ بعض المساحة ثم تحقق مجددًا.</translation>
    </message>
    <message>
        <source>Not enough disk space to update {game}: check again</source>
        <translation>لا توجد مساحة كافية لتحديث {game}: تحقق مجددًا</translation>
    </message>
    <message>
        <source>The game needs {size}; {free} free. Free some space, then check again.</source>
        <translation>تحتاج اللعبة إلى {size}؛ المتاح {free}. أفرغ بعض المساحة ثم تحقق مجددًا.</translation>
    </message>
    <message>
        <source>Not enough disk space to install {game}: check again</source>
        <translation>لا توجد مساحة كافية لتثبيت {game}: تحقق مجددًا</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>free disk space, then check</comment>
        <translation>تحقق مجددًا</translation>
    </message>
</context>
<context>
    <name>PlayPanel</name>
    <message>
        <source>Stop the game</source>
        <translation>إيقاف اللعبة</translation>
    </message>
    <message>
        <source>Stop {game}</source>
        <translation>إيقاف {game}</translation>
    </message>
    <message>
        <source>{action} {game}</source>
        <comment>the main button&apos;s name for screen readers: Install Demo Quest</comment>
        <translation>{action}: {game}</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>الخبرة</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Picture of {name}</source>
        <comment>the player&apos;s picture, for screen readers</comment>
        <translation>صورة {name}</translation>
    </message>
    <message>
        <source>Player picture</source>
        <translation>صورة اللاعب</translation>
    </message>
    <message>
        <source>New account</source>
        <comment>a badge beside a player&apos;s name</comment>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Name this account…</source>
        <translation>تسمية هذا الحساب…</translation>
    </message>
    <message>
        <source>Give this account a name of your own, shown in the list of accounts</source>
        <translation>امنح هذا الحساب اسمًا من اختيارك يظهر في قائمة الحسابات</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>beside &quot;Not up to date&quot;: open the account again</comment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Try to open this account again</source>
        <translation>حاول فتح هذا الحساب مرة أخرى</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>shows the player id and sign-in method</comment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>The player id and sign-in method, for the game&apos;s support</source>
        <translation>معرّف اللاعب وطريقة تسجيل الدخول، لفريق دعم اللعبة</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <comment>the sign-in method&apos;s key in Details</comment>
        <translation>طريقة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Last played</source>
        <comment>when this account last played the game</comment>
        <translation>آخر لعب</translation>
    </message>
    <message>
        <source>Previous sign-in</source>
        <comment>when this account signed in before this time</comment>
        <translation>تسجيل الدخول السابق</translation>
    </message>
    <message>
        <source>Player id</source>
        <comment>the player&apos;s id on the game&apos;s servers</comment>
        <translation>معرّف اللاعب</translation>
    </message>
    <message>
        <source>{game} artwork</source>
        <comment>the game&apos;s banner, for screen readers</comment>
        <translation>صورة {game}</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>a link to the game&apos;s support site</comment>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>{link} (opens in your browser)</source>
        <comment>a link&apos;s name for screen readers</comment>
        <translation>{link} (يُفتح في المتصفح)</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <comment>the profile shown could not be updated</comment>
        <translation>غير محدَّث</translation>
    </message>
    <message>
        <source>Updating…</source>
        <comment>the profile shown is being updated</comment>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Shown as it was last time. {reason}</source>
        <comment>{reason}: why it could not be updated</comment>
        <translation>معروض كما كان في المرة السابقة. {reason}</translation>
    </message>
    <message>
        <source>Shown as it was last time, while it is updated.</source>
        <translation>معروض كما كان في المرة السابقة ريثما يُحدَّث.</translation>
    </message>
    <message>
        <source>Environment: {name}</source>
        <comment>the servers this account belongs to</comment>
        <translation>البيئة: {name}</translation>
    </message>
    <message>
        <source>Environment {name}</source>
        <comment>the environment badge, for screen readers</comment>
        <translation>البيئة {name}</translation>
    </message>
    <message>
        <source>{arrow} Details</source>
        <comment>the button that shows the player id; {arrow} is ▸ or ▾</comment>
        <translation>{arrow} التفاصيل</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copies a value to the clipboard</comment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>نسخ معرّف اللاعب</translation>
    </message>
    <message>
        <source>Copy the player id to the clipboard</source>
        <translation>نسخ معرّف اللاعب إلى الحافظة</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <comment>a Copy button&apos;s name for screen readers</comment>
        <translation>نسخ {name}</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard</source>
        <translation>نسخ {name} إلى الحافظة</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>a Copy button after it copied</comment>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Sign in to {game}</source>
        <translation>تسجيل الدخول إلى {game}</translation>
    </message>
    <message>
        <source>Choose how you play. You stay signed in on this computer.</source>
        <translation>اختر طريقة لعبك. ستبقى مسجّل الدخول على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose how you play. You sign in again each time you start.</source>
        <translation>اختر طريقة لعبك. ستسجّل الدخول من جديد في كل مرة تبدأ فيها.</translation>
    </message>
    <message>
        <source>Testing tools</source>
        <comment>a heading</comment>
        <translation>أدوات الاختبار</translation>
    </message>
    <message>
        <source>For testers: these sign in without a player&apos;s own credentials.</source>
        <translation>للمختبرين: تسجّل هذه الأدوات الدخول دون بيانات اعتماد اللاعب نفسه.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Environment</source>
        <comment>tester mode: which servers the launcher uses</comment>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Which servers sign-ins and new accounts use (tester mode)</source>
        <translation>الخوادم التي تستخدمها عمليات تسجيل الدخول والحسابات الجديدة (وضع الاختبار)</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <comment>the heading of the list of saved accounts (capitals where the language writes headings so)</comment>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Filter…</source>
        <comment>filters the list of accounts</comment>
        <translation>تصفية…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>تصفية الحسابات</translation>
    </message>
    <message>
        <source>Filter by name, player id, sign-in method or environment</source>
        <translation>التصفية حسب الاسم أو معرّف اللاعب أو طريقة تسجيل الدخول أو البيئة</translation>
    </message>
    <message>
        <source>Group accounts</source>
        <translation>تجميع الحسابات</translation>
    </message>
    <message>
        <source>No groups</source>
        <comment>how the accounts list is grouped</comment>
        <translation>بلا تجميع</translation>
    </message>
    <message>
        <source>By environment</source>
        <comment>how the accounts list is grouped</comment>
        <translation>حسب البيئة</translation>
    </message>
    <message>
        <source>By method</source>
        <comment>how the accounts list is grouped: by sign-in method</comment>
        <translation>حسب الطريقة</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>الحسابات المحفوظة</translation>
    </message>
    <message>
        <source>+  Add account</source>
        <translation>+  إضافة حساب</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <source>Sign in with another account ({shortcut})</source>
        <comment>{shortcut}: Ctrl+N</comment>
        <translation>تسجيل الدخول بحساب آخر ({shortcut})</translation>
    </message>
    <message>
        <source>No saved accounts yet.</source>
        <translation>لا حسابات محفوظة بعد.</translation>
    </message>
    <message>
        <source>No account matches “{filter}”.</source>
        <comment>the accounts filter found nothing</comment>
        <translation>لا حساب يطابق «{filter}».</translation>
    </message>
    <message>
        <source>Switch to this account</source>
        <translation>التبديل إلى هذا الحساب</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>نسخ معرّف اللاعب</translation>
    </message>
    <message>
        <source>Rename…</source>
        <comment>an account&apos;s menu: give it a name of one&apos;s own</comment>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>an account&apos;s menu</comment>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>an account&apos;s menu: remove it from the launcher</comment>
        <translation>إزالة…</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Nothing can be saved on this computer: this session ends when you quit the launcher.</source>
        <translation>لا يمكن حفظ أي شيء على هذا الحاسوب: تنتهي هذه الجلسة عند إغلاق المشغّل.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>هل نسيت كلمة المرور؟</translation>
    </message>
    <message>
        <source>Forgot password (opens the website)</source>
        <translation>نسيت كلمة المرور (يفتح الموقع)</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Create an account (opens the website)</source>
        <translation>إنشاء حساب (يفتح الموقع)</translation>
    </message>
    <message>
        <source>{arrow} All sign-in methods</source>
        <comment>a button back to the list of sign-in methods; {arrow} is an arrow pointing back</comment>
        <translation>{arrow} كل طرق تسجيل الدخول</translation>
    </message>
    <message>
        <source>Back to all sign-in methods</source>
        <translation>العودة إلى كل طرق تسجيل الدخول</translation>
    </message>
    <message>
        <source>Back to all sign-in methods (Esc)</source>
        <translation>العودة إلى كل طرق تسجيل الدخول (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>The code works for %n minute(s); a new one appears by itself if it runs out. This page moves on by itself once you have confirmed; Cancel or Esc stops waiting.</source>
        <translation>
            <numerusform>يعمل الرمز لمدة %Ln دقيقة؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
            <numerusform>يعمل الرمز لمدة دقيقة واحدة؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
            <numerusform>يعمل الرمز لمدة دقيقتين؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
            <numerusform>يعمل الرمز لمدة %Ln دقائق؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
            <numerusform>يعمل الرمز لمدة %Ln دقيقة؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
            <numerusform>يعمل الرمز لمدة %Ln دقيقة؛ ويظهر رمز جديد تلقائيًا إذا انتهت صلاحيته. تنتقل هذه الصفحة تلقائيًا بعد أن تؤكد؛ ويوقف «إلغاء» أو Esc الانتظار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInMethods</name>
    <message>
        <source>Publisher account</source>
        <comment>a sign-in method</comment>
        <translation>حساب الناشر</translation>
    </message>
    <message>
        <source>Sign in with your account at the game&apos;s publisher.</source>
        <translation>سجّل الدخول بحسابك لدى ناشر اللعبة.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <comment>a field&apos;s label</comment>
        <translation>طريقة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>رمز لمرة واحدة</translation>
    </message>
    <message>
        <source>Player id</source>
        <translation>معرّف اللاعب</translation>
    </message>
    <message>
        <source>Google</source>
        <comment>a sign-in method</comment>
        <translation>جوجل</translation>
    </message>
    <message>
        <source>Apple</source>
        <comment>a sign-in method</comment>
        <translation>آبل</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a field&apos;s label</comment>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Player id or SSO token</source>
        <translation>معرّف اللاعب أو رمز SSO</translation>
    </message>
    <message>
        <source>Player code</source>
        <translation>رمز اللاعب</translation>
    </message>
    <message>
        <source>The player code has 4 or 6 digits.</source>
        <translation>يتكوّن رمز اللاعب من 4 أو 6 أرقام.</translation>
    </message>
    <message>
        <source>One-time access token</source>
        <translation>رمز وصول لمرة واحدة</translation>
    </message>
    <message>
        <source>Publisher token</source>
        <translation>رمز الناشر</translation>
    </message>
    <message>
        <source>From the publisher dashboard. Kept only in the system keychain, for this environment.</source>
        <translation>من لوحة تحكم الناشر. يُحفظ في سلسلة مفاتيح النظام فقط، لهذه البيئة.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>The publisher&apos;s main key. Kept only in the system keychain, for this environment.</source>
        <translation>المفتاح الرئيسي للناشر. يُحفظ في سلسلة مفاتيح النظام فقط، لهذه البيئة.</translation>
    </message>
    <message>
        <source>Play online</source>
        <comment>a sign-in method: the game&apos;s servers, after Facebook or a player account</comment>
        <translation>اللعب عبر الإنترنت</translation>
    </message>
    <message>
        <source>Sign in with Facebook or your player account; the game then connects you to its servers.</source>
        <translation>سجّل الدخول عبر فيسبوك أو حساب اللاعب؛ ثم تصلك اللعبة بخوادمها.</translation>
    </message>
    <message>
        <source>Email and password</source>
        <comment>a sign-in method</comment>
        <translation>البريد الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
        <source>Sign in with your game account&apos;s email and password.</source>
        <translation>سجّل الدخول بالبريد الإلكتروني وكلمة المرور لحسابك في اللعبة.</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>a field&apos;s label</comment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a testers&apos; sign-in method: any account id</comment>
        <translation>معرّف مخصص</translation>
    </message>
    <message>
        <source>Testers: sign in (or create a throwaway account) with any id.</source>
        <translation>للمختبرين: سجّل الدخول (أو أنشئ حسابًا مؤقتًا) بأي معرّف.</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a field&apos;s label</comment>
        <translation>معرّف مخصص</translation>
    </message>
    <message>
        <source>The whole credential of this account: kept only in the system keychain.</source>
        <translation>بيانات الاعتماد الكاملة لهذا الحساب: تُحفظ في سلسلة مفاتيح النظام فقط.</translation>
    </message>
    <message>
        <source>Create an account if none is linked</source>
        <translation>إنشاء حساب إن لم يكن هناك حساب مرتبط</translation>
    </message>
    <message>
        <source>Player account</source>
        <comment>a sign-in method</comment>
        <translation>حساب اللاعب</translation>
    </message>
    <message>
        <source>Sign in with the email and password of your player account.</source>
        <translation>سجّل الدخول بالبريد الإلكتروني وكلمة المرور لحساب اللاعب الخاص بك.</translation>
    </message>
    <message>
        <source>Continue with Facebook</source>
        <comment>a button</comment>
        <translation>المتابعة عبر فيسبوك</translation>
    </message>
    <message>
        <source>You confirm the sign-in on Facebook, in your browser or on your phone.</source>
        <translation>تؤكد تسجيل الدخول على فيسبوك، في متصفحك أو على هاتفك.</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>a sign-in method</comment>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <source>Continue with your Facebook account.</source>
        <translation>تابع بحسابك على فيسبوك.</translation>
    </message>
    <message>
        <source>Facebook access token</source>
        <translation>رمز الوصول إلى فيسبوك</translation>
    </message>
    <message>
        <source>Filled in by “Continue with Facebook”; testers may paste a token.</source>
        <translation>يُملأ عبر «المتابعة عبر فيسبوك»؛ ويمكن للمختبرين لصق رمز.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a testers&apos; sign-in method</comment>
        <translation>معرّف Xbox</translation>
    </message>
    <message>
        <source>Sign in as any Xbox player with the title&apos;s secret key.</source>
        <translation>سجّل الدخول بصفة أي لاعب Xbox باستخدام المفتاح السري للعبة.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a field&apos;s label</comment>
        <translation>معرّف Xbox</translation>
    </message>
    <message>
        <source>Xbox sandbox</source>
        <translation>بيئة Xbox التجريبية</translation>
    </message>
    <message>
        <source>Title secret key</source>
        <translation>المفتاح السري للعبة</translation>
    </message>
    <message>
        <source>From PlayFab Game Manager. Kept only in the system keychain, for this environment.</source>
        <translation>من PlayFab Game Manager. يُحفظ في سلسلة مفاتيح النظام فقط، لهذه البيئة.</translation>
    </message>
</context>
<context>
    <name>SignInSteps</name>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Refreshing your session…</source>
        <translation>جارٍ تجديد جلستك…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm on Facebook…</source>
        <translation>بانتظار تأكيدك على فيسبوك…</translation>
    </message>
    <message>
        <source>Authenticating with the publisher…</source>
        <translation>جارٍ التحقق من الهوية لدى الناشر…</translation>
    </message>
    <message>
        <source>Checking your account…</source>
        <translation>جارٍ التحقق من حسابك…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>جارٍ تحميل ملفك الشخصي…</translation>
    </message>
    <message>
        <source>The game&apos;s servers didn&apos;t answer; your level isn&apos;t shown.</source>
        <translation>لم تستجب خوادم اللعبة؛ لذا لا يظهر مستواك.</translation>
    </message>
    <message>
        <source>Signing in to the game server…</source>
        <translation>جارٍ تسجيل الدخول إلى خادم اللعبة…</translation>
    </message>
    <message>
        <source>Loading your game profile…</source>
        <translation>جارٍ تحميل ملفك في اللعبة…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another launcher start asked for a sign-in form; finish or cancel the sign-in in progress first.</source>
        <translation>طلب تشغيلٌ آخر للمشغّل نموذج تسجيل دخول؛ أكمل تسجيل الدخول الجاري أو ألغِه أولًا.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{description}
Testing tool: not for players.</source>
        <comment>a testing tool&apos;s tile, under what it does</comment>
        <translation>{description}
أداة اختبار: ليست للاعبين.</translation>
    </message>
    <message>
        <source>Sign in with {method} (testing tool)</source>
        <translation>تسجيل الدخول عبر {method} (أداة اختبار)</translation>
    </message>
    <message>
        <source>Sign in with {method}</source>
        <translation>تسجيل الدخول عبر {method}</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>Try again</source>
        <comment>open the account again</comment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Sign in for this session</source>
        <translation>تسجيل الدخول لهذه الجلسة</translation>
    </message>
    <message>
        <source>{account} can&apos;t be opened right now</source>
        <translation>تعذّر فتح {account} الآن</translation>
    </message>
</context>
</TS>
