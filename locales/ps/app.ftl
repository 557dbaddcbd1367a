### Peer Guide, Pashto (پښتو).
### Machine translated, not yet reviewed by a native speaker.

app-name = د همزولو لارښود
skip-to-content = منځپانګې ته ورشئ
nav-label = اصلي مینو
nav-home = کور
nav-search = لټون
nav-services = خدمتونه
nav-volunteers = رضاکاران
nav-settings = ترتیبات
loading = بارېږي…
retry = بیا هڅه وکړئ
filters = فلټرونه
filter-topic = موضوع
filter-any-topic = ټولې موضوعګانې
filter-language = ویل کېدونکې ژبه
filter-any-language = هره ژبه
in-language = په { $language }

first-run-title = خپله ژبه وټاکئ
first-run-hint = وروسته یې په ترتیباتو کې بدلولی شئ.

home-title = لارښوونې
home-intro = په سکاټلینډ کې د کډوالۍ حیثیت ترلاسه کولو وروسته ګام په ګام مرسته. له انټرنټ پرته کار کوي.
home-topics = ټولې موضوعګانې
topic-articles =
    { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقالې
    }
topic-empty = په دې موضوع لا لارښوونه نشته.

topic-first-steps = د حیثیت ترلاسه کولو وروسته لومړني ګامونه
topic-housing = استوګنځی
topic-employment = کار
topic-education = زده کړه
topic-health = روغتیا او ټولنیزه پاملرنه
topic-leisure = تفریح
topic-social-connections = له خلکو سره پېژندګلوي
topic-language-culture = ژبه او کلتور
topic-safety-stability = امنیت او ثبات
topic-digital-skills = ډیجیټلي مهارتونه
topic-rights-responsibilities = حقونه او مسؤلیتونه

article-fallback = په { $shown } ښودل شوی: لا { $requested } ته نه دی ژباړل شوی.
article-stale = کېدای شي دا ژباړه زړه وي: انګلیسي نسخه له هغه وخته بدله شوې ده.
article-share = شریکول
article-copied = کاپي شو. په یوه پیغام کې یې ایښودلی شئ.
article-copy-failed = کاپي نه شو. متن وټاکئ او پخپله یې کاپي کړئ.
article-checked-on = په { $date } وکتل شو
article-machine-translation = دا متن کمپیوټر ژباړلی دی. که څه روښانه نه وي، له یوه ملګري رضاکار څخه وپوښتئ.
article-machine-volunteers = هغه رضاکاران چې { $language } ژبه وايي
article-overdue = { $months ->
        [one] دا لارښود وروستی ځل { $months } میاشت مخکې وکتل شو: کېدای شي قواعد بدل شوي وي.
       *[other] دا لارښود وروستی ځل { $months } میاشتې مخکې وکتل شو: کېدای شي قواعد بدل شوي وي.
    }
article-overdue-undated = د دې لارښود د بیا کتلو وخت تېر شوی: کېدای شي قواعد بدل شوي وي.
article-sources = سرچینې
article-source-retrieved = په { $date } ولوستل شو
text-size = د متن اندازه
text-smaller = کوچنی متن
text-larger = لوی متن

search-title = لټون
search-label = په لارښوونو کې لټون
search-placeholder = د بېلګې په توګه: ډاکټر، استوګنځی، پیسې
search-results =
    { $count ->
        [one] { $count } پایله
       *[other] { $count } پایلې
    }
search-none = د «{ $query }» لپاره هېڅ ونه موندل شو. بله کلمه وازمویئ.
search-pending = لټون د وروستي تازه کولو وروسته لا چمتو کېږي. کېدای شي ځینې لارښوونې لا په پایلو کې ونه ښکاري.

services-title = خدمتونه
services-open-now = اوس پرانیستی
services-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمتونه
    }
services-none = هېڅ خدمت له دې فلټرونو سره سمون نه لري.
service-open = اوس پرانیستی
service-closed = اوس تړلی
service-call = زنګ وهل
service-copy-address = پته کاپي کړئ
service-address-copied = پته کاپي شوه.
service-website = وېب پاڼه
service-speaks = ویل کېدونکې ژبې:
service-accessibility = لاسرسی:
service-hours = د کار ساعتونه
service-closed-all-day = تړلی
service-sample = د بېلګې معلومات
service-sample-note = دا رښتینی خدمت نه دی: یوازې ښيي چې اپلیکیشن څنګه کار کوي.
service-checked-on = جزییات په { $date } وکتل شول
service-cost-free = وړیا
service-cost-low-cost = ارزانه
service-cost-paid = پیسې لري
service-access-walk-in = له وخت اخیستو پرته
service-access-appointment = په وخت اخیستو
service-access-walk-in-or-appointment = له وخت اخیستو سره یا پرته

volunteers-title = همزولي رضاکاران
volunteers-intro = هغه کډوال چې له همدې لارې تېر شوي او مرسته کولی شي. یوازې هغه معلومات ښودل کېږي چې هر رضاکار یې د شریکولو پرېکړه کړې.
volunteers-count =
    { $count ->
        [one] { $count } رضاکار
       *[other] { $count } رضاکاران
    }
volunteers-none = هېڅ رضاکار له دې فلټرونو سره سمون نه لري.
volunteer-speaks = ژبې:
volunteer-knows = پوهېږي:
volunteer-no-contact = له پروژې وغواړئ چې تاسو سره اړیکه ونیسي.
volunteers-available-now = اوس وزګار
volunteers-are-you-one = ایا تاسو همزولی رضاکار یاست؟ خپل پروفایل جوړ کړئ
volunteer-away-until = تر { $date } پورې شتون نه لري
volunteer-usually-free = معمولاً وزګار:
contact-call = زنګ وهل
contact-text = پیغام لېږل
contact-whatsapp = واټس اپ
contact-signal = سیګنال
contact-email = برېښنالیک لېږل
profile-title = ستاسو د رضاکار پروفایل
profile-is-coordinator = دا وسیله د کوارډینېټر په توګه ننوتې ده.
join-explain = د همزولي رضاکار کېدو لپاره، له یوه کوارډینېټر څخه د بلنې کوډ وغواړئ. دلته یې د خپل سازمان د سرور له پتې سره ولیکئ.
join-code = د بلنې کوډ
join-code-hint = د بېلګې په توګه K7QM-3XPA-9RTD. یوازې یو ځل کار کوي.
join-submit = یوځای شئ
profile-state-new = تاسو لا پروفایل نه لرئ. لاندې فورمه ډکه کړئ. تر هغه چې یو کوارډینېټر یې منظور نه کړي، هېڅوک یې نه ویني.
profile-state-unsent = ستاسو پروفایل په دې وسیله کې خوندي دی. کله چې آنلاین شئ، لېږل کېږي، او کله چې یو کوارډینېټر یې منظور کړي، نورو ته ښودل کېږي.
profile-state-pending = ستاسو پروفایل د کوارډینېټر د منظورۍ په تمه دی. تر هغه وخته بل هېڅوک یې نه شي لیدلی.
profile-state-changed = ستاسو بدلونونه د کوارډینېټر د منظورۍ په تمه دي. تر هغه وخته نور ستاسو پروفایل هماغسې ویني لکه وروستی ځل چې منظور شوی و.
profile-state-approved = منظور شو: نوي راغلي کسان او نور رضاکاران تاسو موندلی شي.
profile-state-suspended = یو کوارډینېټر ستاسو پروفایل لنډمهاله درولی دی، نو نور یې نه شي لیدلی. مهرباني وکړئ له خپل کوارډینېټر سره خبرې وکړئ.
profile-deleted = ستاسو پروفایل حذف شو. له راتلونکې همغږۍ وروسته به ستاسو د اړیکې له معلوماتو سره له ټولو وسیلو ورک شي.
profile-edit = ستاسو معلومات
profile-name = هغه نوم چې ښودل کېږي
profile-name-hint = لومړی نوم یا مستعار نوم بس دی.
profile-languages = هغه ژبې چې پرې خبرې کوئ
profile-language = ژبه
profile-level = کچه
profile-remove = لرې کړئ
profile-add-language = ژبه زیاته کړئ
profile-topics = په څه کې مرسته کولی شئ
profile-availability = معمولاً کله وزګار یاست
profile-availability-hint = ورځې نښه کړئ او وختونه ولیکئ (د ګلاسګو وخت).
profile-from = د پیل وخت، { $day }
profile-to = د پای وخت، { $day }
profile-add-time = بل وخت زیات کړئ
profile-away-until = تر کومې نېټې پورې شتون نه لرئ (اختیاري)
profile-away-hint = څو چې نه یاست، وزګار نه ښودل کېږئ. دا سمدستي اغېز کوي، منظورۍ ته اړتیا نشته.
profile-back = بېرته راغلم
profile-contacts = خلک څنګه له تاسو سره اړیکه نیولی شي
profile-contacts-hint = د هرې لارې لپاره وټاکئ چې څوک یې لیدلی شي. یوازې هغه څه چې تاسو یې ټاکئ د هغوی تلیفونونو ته لېږل کېږي.
profile-channel = لاره
profile-contact-email = د برېښنالیک پته
profile-contact-number = شمېره
profile-visible-to = څوک یې لیدلی شي
audience-everyone = هر څوک، نوي راغلي هم
audience-volunteers = رضاکاران او کوارډینېټران
audience-coordinators = یوازې کوارډینېټران
profile-add-contact = د اړیکې لاره زیاته کړئ
profile-about = ستاسو په اړه
profile-about-in = په { $language }
profile-save = خوندي کړئ
profile-saved = په دې وسیله کې خوندي شو. په راتلونکې همغږۍ کې به ولېږل شي.
profile-preview = هغه څه چې نور یې ویني
profile-preview-hint = نوي راغلي او نور رضاکاران دا هغه وخت ویني چې یو کوارډینېټر ستاسو پروفایل منظور کړي.
profile-preview-suspended = څو چې ستاسو پروفایل درول شوی وي، بل هېڅوک یې نه ویني.
profile-preview-everyone = لکه څنګه چې یو نوی راغلی تاسو ویني
profile-preview-volunteers = لکه څنګه چې نور رضاکاران تاسو ویني
profile-delete-title = خپل پروفایل حذف کړئ
profile-delete-explain = دا کار له راتلونکې همغږۍ وروسته ستاسو پروفایل او د اړیکې معلومات له سرور او له ټولو وسیلو څخه لرې کوي.
profile-delete = زما پروفایل حذف کړئ
profile-delete-confirm = هو، له هر ځایه یې حذف کړئ
review-title = د رضاکارانو پروفایلونه وګورئ
review-intro = نوي او بدل شوي پروفایلونه نورو ته یوازې هغه وخت ښودل کېږي چې تاسو یې منظور کړئ. دلته د اړیکې ټول معلومات وینئ.
review-group-pending =
    { $count ->
        [one] د منظورۍ په تمه ({ $count })
       *[other] د منظورۍ په تمه ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] درول شوی ({ $count })
       *[other] درول شوي ({ $count })
    }
review-group-approved =
    { $count ->
        [one] منظور شوی ({ $count })
       *[other] منظور شوي ({ $count })
    }
review-new = نوی پروفایل:
review-changed = له منظورۍ وروسته بدل شوي:
field-display-name = نوم
field-languages = ژبې
field-topics = موضوعګانې
field-availability = د وزګارتیا وختونه
field-contacts = د اړیکې معلومات
field-about = په اړه
field-away-until = تر کومې نېټې نشته
review-approve = منظور کړئ
review-suspend = لنډمهاله ودروئ
review-reinstate = بیا یې وښایئ
settings-volunteering = رضاکاري
fluency-native = مورنۍ ژبه
fluency-fluent = روان
fluency-conversational = د خبرو په کچه
fluency-basic = لومړنۍ کچه
channel-phone = ټیلیفون
channel-whatsapp = واټس اپ
channel-signal = سیګنال
channel-email = برېښنالیک

settings-title = ترتیبات
settings-language = ژبه
settings-about = په اړه
sync-title = له خپل سازمان سره همغږي
sync-explain = د همزولو لارښود له انټرنټ پرته کار کوي. کله چې آنلاین یاست، ستاسو د سازمان له سرور څخه نوې او تازه شوې لارښوونې راوړي. سرور یوازې دا پېژني چې په دې وسیله کومې ژبې لوستل کېږي. ستاسو په اړه بل هېڅ شی نه لېږل کېږي.
sync-address = د سرور پته
sync-address-hint = ستاسو سازمان به تاسو ته خپله پته ووایي، د بېلګې په توګه https://hub.example.org
sync-connect = وصل کړئ
sync-cancel = لغوه کړئ
sync-disconnect = اړیکه پرې کړئ
sync-connected = وصل دی:
sync-role =
    { $role ->
        [volunteer] د رضاکار په توګه ننوتلي یاست
        [coordinator] د کوارډینېټر په توګه ننوتلي یاست
       *[reader] د لوستلو لپاره حساب ته اړتیا نشته
    }
sync-change-address = پته بدله کړئ
sync-now = اوس همغږي کړئ
sync-running = همغږي روانه ده…
sync-last = وروستۍ همغږي: { $when }
sync-never = لا همغږي نه ده شوې.
sync-failed = وروستۍ هڅه ({ $when }) بریالۍ نه وه: { $reason }
sync-offline = تاسو آفلاین یاست. په دې وسیله کې هر څه لا هم کار کوي. کله چې بیا آنلاین شئ، همغږي به وشي.
sync-changes = څه بدل شول ({ $when })
sync-changes-articles =
    { $count ->
        [one] یوه مقاله نوې یا تازه شوې ده
       *[other] { $count } مقالې نوې یا تازه شوې دي
    }
sync-changes-services =
    { $count ->
        [one] یو خدمت نوی یا تازه شوی دی
       *[other] { $count } خدمتونه نوي یا تازه شوي دي
    }
sync-changes-volunteers =
    { $count ->
        [one] د یو رضاکار پروفایل نوی یا تازه شوی دی
       *[other] د { $count } رضاکارانو پروفایلونه نوي یا تازه شوي دي
    }
sync-changes-restarted = ټول لارښود بیا ښکته شو.
sync-key-changed = د سازمان د لاسلیک کیلي بدله شوې ده. نوې کیلي یوازې هغه وخت ومنئ چې ستاسو سازمان درته ویلي وي چې بدله شوې ده. که نه، کېدای شي څوک ځان د هغوی په نوم ښيي.
sync-accept-key = نوې کیلي ومنئ
sync-pending =
    { $count ->
        [one] ستاسو یو بدلون د لېږلو په تمه دی.
       *[other] ستاسو { $count } بدلونونه د لېږلو په تمه دي.
    }
about-version = نسخه { $version }
about-content-date = منځپانګه په { $date } تازه شوه
about-content-never = لا هېڅ منځپانګه نه ده بار شوې.
about-privacy = ستاسو په اړه هېڅ شی له دې وسیلې نه وځي: نه حساب، نه تعقیب.
about-translations = د اپلیکېشن ژباړې د ماشین له لارې شوې او لا مورنیو ویونکو نه دي کتلې.

error-unknown-language = دا ژبه شتون نه لري.
error-invalid-language-tag = د ژبې دا کوډ سم نه دی.
error-unknown-topic = دا موضوع شتون نه لري.
error-article-not-found = دا مقاله ونه موندل شوه. کېدای شي لرې شوې وي.
error-no-translation = دا مقاله نه ستاسو په ژبه او نه په انګلیسي شته.
error-invalid-date-time = دا نېټه یا وخت سم نه دی.
error-invalid-pack = د لارښود منځپانګه بار نه شوه.
error-io = د لارښود فایلونه ونه لوستل شول.
error-database-version = د لارښود معلومات د اپلیکېشن نوې نسخې ته اړتیا لري.
error-database = د لارښود معلومات ونه لوستل شول.
error-corrupt-record = د لارښود ځینې معلومات خراب شوي دي.
error-invalid-parameters = اپلیکېشن له لارښود څخه داسې څه وغوښتل چې هغه پرې ونه پوهېد.
error-not-found = دا پاڼه شتون نه لري.
error-internal = لارښود له ستونزې سره مخ شو. مهرباني وکړئ بیا هڅه وکړئ.
error-network = لارښود ته لاسرسی ونه شو. وګورئ چې لا هم چلېږي.
error-hub-unreachable = سرور ته لاسرسی ونه شو. خپل انټرنټ وګورئ. په دې وسیله کې هر څه لا هم کار کوي.
error-hub-refused = سرور غوښتنه رد کړه.
error-protocol-mismatch = دا اپلیکېشن او سرور بېلې نسخې کاروي. یو یې باید تازه شي.
error-hub-garbled = سرور داسې شی ولېږه چې لوستل یې ونه شول. هېڅ شی بدل نه شو.
error-bad-signature = سرور داسې منځپانګه ولېږله چې ستاسو د سازمان لاسلیک نه لري. خوندي نه شوه.
error-rollback = سرور د منځپانګې داسې نسخه ولېږله چې په دې وسیله کې له شته نسخې زړه ده. خوندي نه شوه.
error-page-tampered = په شبکه کې یو څه هغه بدل کړل چې سرور لېږلي وو. هیڅ یې خوندي نه شول؛ بیا هڅه وکړئ، یا له بلې شبکې.
error-hub-stalled = سرور ویل چې نور هم راځي خو څه نوي یې ونه لېږل. همغږي ودرول شوه؛ څه چې راغلي ساتل شوي دي.
error-sync-timeout = همغږي ډېر وخت ونیو او ودرول شوه. څه چې راغلي ساتل شوي دي؛ پاتې یې بل ځل راځي.
error-org-key-changed = د سازمان د لاسلیک کیلي بدله شوې ده.
error-profile-deleted = دا پروفایل حذف شوی دی.
error-invalid-change = په پروفایل کې دا بدلون سم نه دی.
error-profile-too-large = دا پروفایل ډېر اوږد دی. متن لنډ کړئ، یا لږې ژبې، موضوعګانې یا د اړیکې لارې وکاروئ.
error-invalid-display-name = دا نوم نه شي ښودل کېدای. ښکاره توري وکاروئ، پرته له ځانګړو کنټرولي نښو.
error-invalid-hub-address = دا پته نه شي کارېدلی. باید په https:// پیل شي (http:// یوازې په سیمه‌ییزه شبکه کې).
error-no-hub = دا وسیله لا له کوم سرور سره نه ده وصل شوې.
error-not-a-volunteer = دا وسیله د رضاکار په توګه نه ده ننوتې. لومړی د بلنې له کوډ سره یوځای شئ.
error-not-a-coordinator = یوازې د کوارډینېټر وسیله پروفایلونه کتلی شي.
error-invite-unknown = د بلنې دا کوډ نه پېژندل کېږي. وې ګورئ او بیا هڅه وکړئ.
error-invite-used = د بلنې دا کوډ مخکې کارول شوی دی. له خپل کوارډینېټر څخه نوی کوډ وغواړئ.
error-invite-expired = د بلنې د دې کوډ موده پای ته رسېدلې ده. له خپل کوارډینېټر څخه نوی کوډ وغواړئ.
error-profile-changed = دا پروفایل له هغه وخته بدل شوی چې تاسو ولید. د پرېکړې مخکې یې بیا وګورئ.
error-profile-not-found = دا پروفایل نور شتون نه لري.
error-token-revoked = د دې وسیلې لاسرسی بېرته واخیستل شو. له خپل کوارډینېټر څخه د بلنې نوی کوډ وغواړئ.
error-token-expired = د دې وسیلې د لاسرسي موده پای ته رسېدلې ده. له خپل کوارډینېټر څخه د بلنې نوی کوډ وغواړئ.
error-token-unknown = سرور دا وسیله نه پېژني. له خپل کوارډینېټر څخه د بلنې نوی کوډ وغواړئ.
error-unknown = یوه ستونزه پېښه شوه (کوډ: { $code }).
reader-explain = تاسو د سازمان عامه لارښود د هغې په وېبپاڼه لولئ: خپاره شوې لارښوونې، خدمتونه او رضاکاران. له دې لیدنې وروسته دا په دې تلیفون کې پرته له انټرنېټه هم پرانیستل کېږي، په هغه ژبه چې تاسو غوره کړې. د رضاکار کېدو لپاره، د Peer Guide اپ نصب کړئ.

## The organisation's contact, and one service on its own screen.
services-fallback = لاندې ځینې تشریحات په { $shown } ښودل شوي: لا { $requested } ته نه دي ژباړل شوي.
services-all = ټول خدمتونه
service-directions = لارښوونه
service-share-link = لینک شریکول
service-link-copied = لینک کاپي شو. تاسو یې په پیغام کې ځای پر ځای کولی شئ.
service-closures = په دې نېټو تړلی دی
service-closure = له { $from } تر { $to }
service-today = نن
contact-title = له پروژې سره اړیکه
contact-intro = { $name } دا لارښود چلوي. تاسو زنګ وهلی، لیکلی یا ورتللی شئ.
contact-interpreter = ژباړونکي ته اړتیا لرئ؟
contact-none = دا لارښود لا نه وايي چې له پروژې سره څنګه اړیکه ونیسئ. له هغه چا وپوښتئ چې اپ یې درکړ.
contact-link = له پروژې سره څنګه اړیکه ونیسئ
error-service-not-found = دا خدمت ونه موندل شو. کېدای شي لرې شوی وي.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = پرته له انټرنیټه د لوستلو لپاره خوندي شو. وروستی ځل منځپانګه { $when } راوړل شوه.
offline-updated = تازه شو. وروستی ځل منځپانګه { $when } راوړل شوه.
## The move-on plan (screens/Plan.tsx)

plan-home-link = زما لومړۍ اونۍ: ستاسو د نېټو سره پلان
plan-home-hint = له پرېکړې وروسته لومړی څه وکړئ، او تر کومې ورځې. یوازې په دې تلیفون کې ساتل کېږي.
plan-title = زما لومړۍ اونۍ
plan-intro = ستاسو له پرېکړې وروسته ګامونه، په ترتیب سره، د هغې ورځې سره چې هر یو باید ترسره شي. ستاسو نېټې، نښې او یادښتونه یوازې په دې تلیفون کې پاتې کېږي: هېڅکله چېرته نه لېږل کېږي.
plan-guide-title = د لېږد پلان، ګام په ګام
plan-guide-intro = د پلان ټول ګامونه د هېچا له نېټو پرته، چې یو چا ته یې تشریح کړئ.
plan-machine-translated = دا پلان د ماشین له خوا ژباړل شوی او تر اوسه کوم انسان نه دی کتلی. هر مهم شی له سلاکار سره وګورئ.
plan-open-own = زما خپل پلان پرانیزئ
plan-open-guide = له چا سره مرسته کوئ؟ ګامونه له نېټو پرته پرانیزئ
plan-none = دا لارښود لا د لېږد پلان نه لري.
plan-end-title = ستاسو د پناه غوښتنې ملاتړ په { $date } پای ته رسېږي
plan-end-from-letter = دا ستاسو د لیک نېټه ده.
plan-end-from-rule = ستاسو له پرېکړې { $days } ورځې وروسته. که لیک بله نېټه وايي، هغه ولیکئ: د لیک نېټه معتبره ده.
plan-end-from-rule-since = ستاسو له پرېکړې { $days } ورځې وروسته (د { $from } راهیسې پرېکړو قاعده). که لیک بله نېټه وايي، هغه ولیکئ: د لیک نېټه معتبره ده.
plan-end-check-letters = قواعد بدلېږي. تل د خپلو لیکونو نېټې معیار وګرځوئ او له سلاکار سره یې وګورئ.
plan-first-step = لومړی دا وکړئ
plan-linked-step = هغه ګام چې تاسو پرانیست
plan-other-steps = نور ګامونه
plan-all-steps = ټول ګامونه
plan-dates-title = ستاسو نېټې
plan-private = یوازې په دې تلیفون کې ساتل کېږي. هېڅکله نه لېږل کېږي.
plan-decision-label = د پرېکړې په لیک کې نېټه
plan-support-end-label = د ملاتړ د پای نېټه، که لیک درته ویلې وي
plan-support-end-hint = که نه یې پوهېږئ خالي یې پرېږدئ: پلان یې ستاسو له پرېکړې حسابوي.
plan-save-dates = نېټې خوندي کړئ
plan-decision-on = پرېکړه: { $date }
plan-change-dates = نېټې بدلې کړئ
plan-due = تر { $date }
plan-status-done = وشو
plan-status-overdue = وخت یې تېر دی
plan-status-today = نن
plan-status-soon = همدا اونۍ
plan-status-later = وروسته
plan-rule-after-decision = له پرېکړې وروسته په { $days } ورځو کې
plan-rule-before-support-end = د ملاتړ له پای { $days } ورځې مخکې
plan-rule-after-support-end = د ملاتړ له پای { $days } ورځې وروسته
plan-rule-on-support-end = د ملاتړ د پای په ورځ
plan-read-more = نور ولولئ
plan-done = وشو
plan-note = زما یادښت
plan-save-note = یادښت خوندي کړئ
plan-share-step = د دې ګام لینک کاپي کړئ
plan-link-copied = لینک کاپي شو.
plan-tools-title = جنتري او محرمیت
plan-calendar-hint = نېټې د تلیفون جنتري ته واچوئ، د یوې ورځې مخکې یادونې سره. فایل په همدې تلیفون کې جوړېږي.
plan-calendar = جنتري ته یې زیات کړئ (.ics)
plan-delete-explain = خپلې نېټې، نښې او یادښتونه له دې تلیفون څخه ړنګ کړئ. ګامونه پاتې کېږي.
plan-delete = زما پلان ړنګ کړئ
plan-delete-question = ټولې نېټې، نښې او یادښتونه ړنګ شي؟ بېرته نه راګرځي.
plan-delete-confirm = هو، ټول ړنګ کړئ
plan-deleted = ستاسو پلان له دې تلیفون څخه ړنګ شو.
plan-reminder-title = سبا یې وخت دی
plan-reminder-body = { $step }: تر { $date }
error-plan-not-found = دا لارښود لا د لېږد پلان نه لري.
error-plan-step-not-found = دا ګام نور په پلان کې نشته.
error-invalid-plan-entry = نېټې وګورئ: پرېکړه له نن وروسته نه شي کېدای، او ملاتړ له پرېکړې مخکې پای ته نه شي رسېدای.
## The device lock, wipes, leaving.
lock-title = د ملګرو لارښود قلف دی
lock-pin = پټ شمېره یا پټه جمله
lock-unlock = قلف خلاص کړئ
lock-attempts-left =
    { $count ->
        [one] یوه بله غلطه پټ شمېره او پر دې وسیله د رضاکارانو معلومات پاکېږي.
       *[other] د { $count } پرله‌پسې غلطو پټ شمېرو وروسته پر دې وسیله د رضاکارانو معلومات پاکېږي.
    }
lock-settings-title = د اپ قلف
lock-reader-explain = دا اپ په پټ شمېرې قلف کړئ، د بېلګې په توګه په هغه تلیفون چې له نورو سره یې شریکوئ. بیا هغه څه چې اپ یې ساتي پر دې وسیله کوډ کېږي.
lock-new-pin = نوې پټ شمېره یا پټه جمله (لږ تر لږه ۶ توري)
lock-confirm-pin = همدا بیا ولیکئ
lock-pin-mismatch = دواړه سره سمون نه خوري.
lock-set = قلف کړئ
lock-on = دا اپ په پټ شمېرې قلف دی. هغه څه چې ساتي یې پر دې وسیله کوډ شوي دي.
lock-idle = له دومره وخت بې‌کارۍ وروسته قلف شي
lock-idle-minutes =
    { $count ->
        [one] ۱ دقیقه
       *[other] { $count } دقیقې
    }
lock-now = اوس قلف کړئ
lock-change-title = پټ شمېره بدله کړئ
lock-old-pin = اوسنۍ پټ شمېره
lock-change = پټ شمېره بدله کړئ
lock-remove-title = قلف بند کړئ
lock-remove = بند یې کړئ
join-pin-explain = دا وسیله به د نورو رضاکارانو د اړیکو معلومات ساتي، نو په پټ شمېرې قلفېږي: لږ تر لږه ۶ عددونه یا پټه جمله. لس پرله‌پسې غلطې پټ شمېرې د رضاکارانو معلومات پاکوي.
wipe-notice-token-revoked = یوه همغږي کوونکي د دې وسیلې لاسرسی پای ته ورساوه. د رضاکارانو اړیکې او پروفایلونه ترې لرې شول؛ لارښوونې لا دلته دي.
wipe-notice-wrong-pins = لس پرله‌پسې غلطې پټ شمېرې ولیکل شوې، نو پر دې وسیله د رضاکارانو معلومات پاک شول. لارښوونې لا دلته دي.
wipe-notice-left = تاسو پر دې وسیله له سازمان څخه ووتلئ. د رضاکارانو اړیکې او پروفایلونه ترې لرې شول.
wipe-lost-edits =
    { $count ->
        [one] ستاسو په پروفایل کې یو بدلون لا نه و لېږل شوی او ورک شو.
       *[other] ستاسو په پروفایل کې { $count } بدلونونه لا نه وو لېږل شوي او ورک شول.
    }
wipe-dismiss = سمه ده
leave-title = پر دې وسیله له سازمان څخه ووځئ
leave-explain = دا د ټولو رضاکارانو اړیکې، ستاسو د پروفایل نالېږل شوي بدلونونه او د دې وسیلې لاسرسی لرې کوي. لارښوونې پاتې کېږي.
leave-button = پر دې وسیله ووځئ
leave-confirm = هو، ټول لرې کړئ
review-revoke = د دې رضاکار لاسرسی پای ته ورسوئ
review-revoke-confirm = هو: د هغه تلیفون به په راتلونکې اړیکه کې د رضاکارانو معلومات پاک کړي
review-revoked = لاسرسی پای ته ورسېد. د هغه تلیفون به په راتلونکې اړیکه کې د رضاکارانو معلومات پاک کړي.
error-locked = اپ قلف دی. خپله پټ شمېره ولیکئ.
error-wrong-pin = غلطه پټ شمېره.
error-pin-wiped = ډېرې غلطې پټ شمېرې: پر دې وسیله د رضاکارانو معلومات پاک شول. لارښوونې لا دلته دي.
error-invalid-pin = پټ شمېره یا پټه جمله لږ تر لږه ۶ توري غواړي.
error-lock-required = د رضاکار یا همغږي کوونکي وسیله تل قلف پاتې کېږي.
error-no-lock = دا وسیله پټ شمېره نه لري.
error-keystore-missing = د دې وسیلې د سیسټم د کیلي زېرمتون نور د هغې د کیلي بله نیمه نه لري، نو د هغې معلومات بیا نه خلاصېږي. هغه پاک کړئ او له سره پیل وکړئ، بیا د نوي بلنې کوډ سره یوځای شئ.
error-keystore-unavailable = اوس د دې وسیلې د سیسټم د کیلي زېرمتون ته لاسرسی نشته (ښايي تړل شوی وي). هغه خلاص کړئ، یا بیا دې کمپیوټر ته ننوځئ، او بیا هڅه وکړئ.
wipe-notice-started-over = د دې وسیلې معلومات پاک شول څو له سره پیل وکړي. لارښوونې لا دلته دي؛ له خپل همغږي کوونکي څخه د نوې بلنې کوډ وغواړئ.
lock-keystore-on = د کیلي یوه برخه د دې وسیلې د سیسټم د کیلي په زېرمتون کې هم ساتل کېږي، نو د فایلونو کاپي یوازې په پټې شمېرې نه خلاصېږي.
lock-keystore-off = دا وسیله دې اپ ته د کیلي زېرمتون نه ورکوي: یوازې پټه شمېره هغه څه ساتي چې پکې دي.
start-over-button = د دې وسیلې معلومات پاک کړئ او له سره پیل وکړئ
start-over-confirm = هو، ټول پاک کړئ
error-invalid-idle-time = د ۱ او ۶۰ دقیقو ترمنځ وخت وټاکئ.

# Suggestions and flags from an article.
feedback-title = دا پاڼه ښه کړئ
suggest-correction = د سمون وړاندیز
suggest-translate-into = ژباړه په
suggest-translate = وژباړئ
suggestions-title = زما وړاندیزونه
flag-open = دا غلط یا ناڅرګند دی
flag-sentence = څه غلط دي؟ (اختیاري، یوه جمله)
flag-privacy = یوازې پاڼه، ژبه یې او ستاسو جمله لېږل کېږي. ستاسو په اړه هېڅ نه.
flag-send = ولېږئ
flag-sent = مننه. سازمان به یې وګوري.
flag-queued = مننه. بل ځل چې دا وسیله وصل شي لېږل کېږي.
suggest-title = د متن وړاندیز
suggestion-gone = دا وړاندیز نور په دې وسیله نشته.
suggestion-not-editable = دا وړاندیز لېږل شوی او نور نه بدلېږي.
suggest-what-correction = د { $language } متن سمون.
suggest-what-translation = په { $language } ژباړه.
suggest-back = بېرته مقالې ته
suggest-field-title = سرلیک
suggest-field-summary = لنډیز
suggest-field-body = متن
suggest-body-hint = مارک‌ډاون: د پاراګرافونو ترمنځ تشه کرښه، # د سرلیک لپاره، - د لېست لپاره.
suggest-preview = مخکتنه
suggest-credit = که سازمان یې وکاروي زما نوم یاد کړئ
suggest-save = مسوده خوندي کړئ
suggest-send = ولېږئ
suggest-delete = مسوده ړنګه کړئ
suggest-saved = په دې وسیله خوندي شو.
suggest-refused = هب ونشو کړای دا وړاندیز ومني (کېدای شي مقاله لرې شوې وي، یا کومه برخه ډېره اوږده وي). بدل یې کړئ او بیا یې ولېږئ.
suggestions-intro = هغه څه چې تاسو لارښود ته لیکلي. لېږل شوي وړاندیزونه په راتلونکي همغږي کې سازمان ته رسېږي.
suggestions-none = تاسو لا هېڅ وړاندیز نه دی کړی.
suggestion-untitled = (لا سرلیک نلري)
suggestion-kind-correction = سمون، { $language }
suggestion-kind-translation = په { $language } ژباړه
suggestion-article = مقاله پرانیزئ
suggestion-state-draft = مسوده: یوازې په دې وسیله
suggestion-state-waiting = راتلونکي همغږي ته انتظار
suggestion-state-sent = لېږل شو: د همغږي کوونکي انتظار
suggestion-state-accepted = ومنل شو: مننه
suggestion-state-declined = رد شو
suggestion-reason = لامل:
suggestion-edit = سمول
error-invalid-suggestion = وړاندیز وګورئ: سرلیک او متن اړین دي، او هره برخه تر ټولو زیات اوږدوالی لري.
error-suggestion-not-found = دا وړاندیز مخکې لېږل شوی او نور نه بدلېږي.
