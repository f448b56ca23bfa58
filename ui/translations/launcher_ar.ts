<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
</TS>
