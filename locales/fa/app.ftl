### Peer Guide, Farsi (فارسی).
### Machine translated, not yet reviewed by a native speaker.

app-name = راهنمای همتایان
skip-to-content = رفتن به محتوا
nav-label = منوی اصلی
nav-home = خانه
nav-search = جستجو
nav-services = خدمات
nav-volunteers = داوطلبان
nav-settings = تنظیمات
loading = در حال بارگذاری…
retry = دوباره امتحان کنید
filters = فیلترها
filter-topic = موضوع
filter-any-topic = همه موضوع‌ها
filter-language = زبان گفتاری
filter-any-language = هر زبانی
in-language = به { $language }

first-run-title = زبان خود را انتخاب کنید
first-run-hint = بعداً می‌توانید آن را در تنظیمات تغییر دهید.

home-title = راهنماها
home-intro = کمک گام‌به‌گام پس از دریافت وضعیت پناهندگی در اسکاتلند. بدون اینترنت هم کار می‌کند.
home-topics = همه موضوع‌ها
topic-articles =
    { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقاله
    }
topic-empty = هنوز راهنمایی برای این موضوع وجود ندارد.

topic-first-steps = نخستین گام‌ها پس از دریافت اقامت
topic-housing = مسکن
topic-employment = کار
topic-education = آموزش
topic-health = سلامت و مراقبت اجتماعی
topic-leisure = اوقات فراغت
topic-social-connections = آشنایی با مردم
topic-language-culture = زبان و فرهنگ
topic-safety-stability = امنیت و ثبات
topic-digital-skills = مهارت‌های دیجیتال
topic-rights-responsibilities = حقوق و مسئولیت‌ها

article-fallback = به { $shown } نمایش داده شده است: هنوز به { $requested } ترجمه نشده است.
article-stale = ممکن است این ترجمه قدیمی باشد: نسخه انگلیسی از آن زمان تغییر کرده است.
article-share = اشتراک‌گذاری
article-copied = کپی شد. می‌توانید آن را در یک پیام بچسبانید.
article-copy-failed = کپی نشد. متن را انتخاب کنید و خودتان کپی کنید.
article-checked-on = بررسی‌شده در { $date }
article-machine-translation = این متن را رایانه ترجمه کرده است. اگر چیزی روشن نیست، از یک داوطلب همتا بپرسید.
article-machine-volunteers = داوطلبانی که { $language } صحبت می‌کنند
article-overdue = { $months ->
        [one] این راهنما آخرین بار { $months } ماه پیش بررسی شده است: ممکن است قوانین تغییر کرده باشند.
       *[other] این راهنما آخرین بار { $months } ماه پیش بررسی شده است: ممکن است قوانین تغییر کرده باشند.
    }
article-overdue-undated = زمان بررسی دوباره این راهنما گذشته است: ممکن است قوانین تغییر کرده باشند.
article-sources = منابع
article-source-retrieved = خوانده‌شده در { $date }
text-size = اندازه متن
text-smaller = متن کوچک‌تر
text-larger = متن بزرگ‌تر

search-title = جستجو
search-label = جستجو در راهنماها
search-placeholder = برای مثال: پزشک، مسکن، پول
search-results =
    { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-none = چیزی برای «{ $query }» پیدا نشد. واژه دیگری را امتحان کنید.
search-pending = جستجو پس از آخرین به‌روزرسانی هنوز در حال آماده شدن است. ممکن است برخی راهنماها هنوز در نتایج نیایند.

services-title = خدمات
services-open-now = اکنون باز است
services-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمت
    }
services-none = هیچ خدمتی با این فیلترها مطابقت ندارد.
service-open = اکنون باز است
service-closed = اکنون بسته است
service-call = تماس
service-copy-address = کپی نشانی
service-address-copied = نشانی کپی شد.
service-website = وب‌سایت
service-speaks = زبان‌های گفتاری:
service-accessibility = دسترسی‌پذیری:
service-hours = ساعات کاری
service-closed-all-day = بسته
service-sample = داده‌ی نمونه
service-sample-note = این یک خدمت واقعی نیست: فقط نشان می‌دهد برنامه چطور کار می‌کند.
service-checked-on = جزئیات در تاریخ { $date } بررسی شد
service-cost-free = رایگان
service-cost-low-cost = کم‌هزینه
service-cost-paid = پولی
service-access-walk-in = بدون وقت قبلی
service-access-appointment = با وقت قبلی
service-access-walk-in-or-appointment = با یا بدون وقت قبلی

volunteers-title = داوطلبان همتا
volunteers-intro = پناهندگانی که همین راه را رفته‌اند و می‌توانند کمک کنند. فقط اطلاعاتی نشان داده می‌شود که هر داوطلب خواسته است به اشتراک بگذارد.
volunteers-count =
    { $count ->
        [one] { $count } داوطلب
       *[other] { $count } داوطلب
    }
volunteers-none = هیچ داوطلبی با این فیلترها مطابقت ندارد.
volunteer-speaks = صحبت می‌کند:
volunteer-knows = آشنا با:
volunteer-no-contact = از پروژه بخواهید شما را در تماس قرار دهد.
volunteers-available-now = الان در دسترس
volunteers-are-you-one = داوطلب همتا هستید؟ پروفایل خود را بسازید
volunteer-away-until = تا { $date } در دسترس نیست
volunteer-usually-free = معمولاً در دسترس:
contact-call = تماس
contact-text = پیامک
contact-whatsapp = واتس‌اپ
contact-signal = سیگنال
contact-email = ایمیل
profile-title = پروفایل داوطلبی شما
profile-is-coordinator = این دستگاه به‌عنوان هماهنگ‌کننده وارد شده است.
join-explain = برای اینکه داوطلب همتا شوید، از یک هماهنگ‌کننده کد دعوت بخواهید. آن را همراه با نشانی سرور سازمانتان اینجا وارد کنید.
join-code = کد دعوت
join-code-hint = برای مثال K7QM-3XPA-9RTD. فقط یک بار کار می‌کند.
join-submit = پیوستن
profile-state-new = هنوز پروفایلی ندارید. فرم زیر را پر کنید. تا وقتی یک هماهنگ‌کننده آن را تأیید نکند، هیچ‌کس آن را نمی‌بیند.
profile-state-unsent = پروفایل شما در این دستگاه ذخیره شده است. وقتی آنلاین شوید فرستاده می‌شود و پس از تأیید یک هماهنگ‌کننده به دیگران نشان داده می‌شود.
profile-state-pending = پروفایل شما در انتظار تأیید یک هماهنگ‌کننده است. تا آن موقع هیچ‌کس دیگری آن را نمی‌بیند.
profile-state-changed = تغییرات شما در انتظار تأیید یک هماهنگ‌کننده است. تا آن موقع دیگران پروفایل شما را همان‌طور می‌بینند که آخرین بار تأیید شد.
profile-state-approved = تأیید شد: تازه‌واردان و داوطلبان دیگر می‌توانند شما را پیدا کنند.
profile-state-suspended = یک هماهنگ‌کننده پروفایل شما را موقتاً متوقف کرده است، پس دیگران آن را نمی‌بینند. لطفاً با هماهنگ‌کننده خود صحبت کنید.
profile-deleted = پروفایل شما حذف شد. پس از همگام‌سازی بعدی، همراه با اطلاعات تماس شما از همه دستگاه‌ها پاک می‌شود.
profile-edit = اطلاعات شما
profile-name = نامی که نشان داده می‌شود
profile-name-hint = نام کوچک یا یک نام مستعار کافی است.
profile-languages = زبان‌هایی که صحبت می‌کنید
profile-language = زبان
profile-level = سطح
profile-remove = حذف
profile-add-language = افزودن زبان
profile-topics = در چه موضوع‌هایی می‌توانید کمک کنید
profile-availability = معمولاً چه زمانی در دسترس هستید
profile-availability-hint = روزها را علامت بزنید و ساعت‌ها را بنویسید (به وقت گلاسگو).
profile-from = ساعت شروع، { $day }
profile-to = ساعت پایان، { $day }
profile-add-time = افزودن زمان دیگر
profile-away-until = در دسترس نیستم تا (اختیاری)
profile-away-hint = تا وقتی در دسترس نیستید، شما «در دسترس» نشان داده نمی‌شوید. این تغییر فوراً و بدون نیاز به تأیید اعمال می‌شود.
profile-back = برگشته‌ام
profile-contacts = دیگران چطور می‌توانند با شما تماس بگیرند
profile-contacts-hint = برای هر راه تماس، انتخاب کنید چه کسی آن را ببیند. فقط چیزی که شما انتخاب می‌کنید به گوشی آن‌ها فرستاده می‌شود.
profile-channel = راه تماس
profile-contact-email = نشانی ایمیل
profile-contact-number = شماره
profile-visible-to = چه کسی آن را می‌بیند
audience-everyone = همه، از جمله تازه‌واردان
audience-volunteers = داوطلبان و هماهنگ‌کننده‌ها
audience-coordinators = فقط هماهنگ‌کننده‌ها
profile-add-contact = افزودن راه تماس
profile-about = درباره شما
profile-about-in = به { $language }
profile-save = ذخیره
profile-saved = در این دستگاه ذخیره شد. در همگام‌سازی بعدی فرستاده می‌شود.
profile-preview = آنچه دیگران می‌بینند
profile-preview-hint = تازه‌واردان و داوطلبان دیگر این را پس از آنکه یک هماهنگ‌کننده پروفایل شما را تأیید کرد می‌بینند.
profile-preview-suspended = تا وقتی پروفایل شما متوقف است، هیچ‌کس دیگری آن را نمی‌بیند.
profile-preview-everyone = آن‌طور که یک تازه‌وارد شما را می‌بیند
profile-preview-volunteers = آن‌طور که داوطلبان دیگر شما را می‌بینند
profile-delete-title = حذف پروفایل شما
profile-delete-explain = با این کار، پروفایل و اطلاعات تماس شما پس از همگام‌سازی بعدی از سرور و از همه دستگاه‌ها پاک می‌شود.
profile-delete = پروفایلم را حذف کن
profile-delete-confirm = بله، همه‌جا حذف شود
review-title = بررسی پروفایل‌های داوطلبان
review-intro = پروفایل‌های جدید و تغییرکرده فقط پس از تأیید شما به دیگران نشان داده می‌شوند. اینجا همه اطلاعات تماس را می‌بینید.
review-group-pending =
    { $count ->
        [one] در انتظار تأیید ({ $count })
       *[other] در انتظار تأیید ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] متوقف‌شده ({ $count })
       *[other] متوقف‌شده ({ $count })
    }
review-group-approved =
    { $count ->
        [one] تأییدشده ({ $count })
       *[other] تأییدشده ({ $count })
    }
review-new = پروفایل جدید:
review-changed = تغییرکرده پس از تأیید:
field-display-name = نام
field-languages = زبان‌ها
field-topics = موضوع‌ها
field-availability = زمان‌های در دسترس بودن
field-contacts = اطلاعات تماس
field-about = درباره
field-away-until = در دسترس نبودن تا
review-approve = تأیید
review-suspend = توقف موقت
review-reinstate = نمایش دوباره
settings-volunteering = داوطلبی
fluency-native = زبان مادری
fluency-fluent = روان
fluency-conversational = در حد گفتگو
fluency-basic = مقدماتی
channel-phone = تلفن
channel-whatsapp = واتس‌اپ
channel-signal = سیگنال
channel-email = ایمیل

settings-title = تنظیمات
settings-language = زبان
settings-about = درباره
sync-title = همگام‌سازی با سازمان شما
sync-explain = راهنمای همتایان بدون اینترنت کار می‌کند. وقتی آنلاین هستید، راهنماهای تازه و به‌روز شده را از سرور سازمان شما می‌گیرد. سرور فقط زبان‌هایی را می‌داند که در این دستگاه خوانده می‌شوند. هیچ چیز دیگری درباره شما فرستاده نمی‌شود.
sync-address = نشانی سرور
sync-address-hint = سازمان شما نشانی‌اش را به شما می‌گوید، برای مثال https://hub.example.org
sync-connect = اتصال
sync-cancel = لغو
sync-disconnect = قطع اتصال
sync-connected = متصل به
sync-role =
    { $role ->
        [volunteer] وارد شده به‌عنوان داوطلب
        [coordinator] وارد شده به‌عنوان هماهنگ‌کننده
       *[reader] برای خواندن به حساب نیازی نیست
    }
sync-change-address = تغییر نشانی
sync-now = همین حالا همگام‌سازی کنید
sync-running = در حال همگام‌سازی…
sync-last = آخرین همگام‌سازی: { $when }
sync-never = هنوز همگام‌سازی نشده است.
sync-failed = آخرین تلاش ({ $when }) موفق نبود: { $reason }
sync-offline = شما آفلاین هستید. همه چیز در این دستگاه هنوز کار می‌کند. وقتی دوباره آنلاین شوید، همگام‌سازی انجام می‌شود.
sync-changes = چه چیزهایی تغییر کرد ({ $when })
sync-changes-articles =
    { $count ->
        [one] { $count } مقاله جدید یا به‌روز شده است
       *[other] { $count } مقاله جدید یا به‌روز شده است
    }
sync-changes-services =
    { $count ->
        [one] { $count } خدمت جدید یا به‌روز شده است
       *[other] { $count } خدمت جدید یا به‌روز شده است
    }
sync-changes-volunteers =
    { $count ->
        [one] { $count } پروفایل داوطلب جدید یا به‌روز شده است
       *[other] { $count } پروفایل داوطلب جدید یا به‌روز شده است
    }
sync-changes-restarted = کل راهنما دوباره دانلود شد.
sync-key-changed = کلید امضای سازمان تغییر کرده است. فقط اگر سازمان شما گفته است که کلید تغییر کرده، کلید جدید را بپذیرید. وگرنه ممکن است کسی وانمود کند که سازمان شماست.
sync-accept-key = پذیرفتن کلید جدید
sync-pending =
    { $count ->
        [one] { $count } تغییر شما در انتظار ارسال است.
       *[other] { $count } تغییر شما در انتظار ارسال است.
    }
about-version = نسخه { $version }
about-content-date = محتوا در { $date } به‌روز شد
about-content-never = هنوز هیچ محتوایی بارگذاری نشده است.
about-privacy = هیچ چیزی درباره شما از این دستگاه خارج نمی‌شود: بدون حساب، بدون ردیابی.
about-translations = ترجمه‌های برنامه ماشینی هستند و هنوز گویشوران بومی آن‌ها را بررسی نکرده‌اند.

error-unknown-language = این زبان در دسترس نیست.
error-invalid-language-tag = این کد زبان معتبر نیست.
error-unknown-topic = این موضوع وجود ندارد.
error-article-not-found = این مقاله پیدا نشد. شاید حذف شده باشد.
error-no-translation = این مقاله نه به زبان شما و نه به انگلیسی موجود است.
error-invalid-date-time = این تاریخ یا زمان معتبر نیست.
error-invalid-pack = محتوای راهنما بارگذاری نشد.
error-io = فایل‌های راهنما خوانده نشد.
error-database-version = داده‌های راهنما به نسخه جدیدتری از برنامه نیاز دارند.
error-database = داده‌های راهنما خوانده نشد.
error-corrupt-record = بخشی از داده‌های راهنما آسیب دیده است.
error-invalid-parameters = برنامه چیزی از راهنما خواست که راهنما متوجه نشد.
error-not-found = این صفحه وجود ندارد.
error-internal = راهنما با مشکل روبه‌رو شد. لطفاً دوباره امتحان کنید.
error-network = دسترسی به راهنما ممکن نشد. بررسی کنید که هنوز در حال اجرا باشد.
error-hub-unreachable = دسترسی به سرور ممکن نشد. اتصال خود را بررسی کنید. همه چیز در این دستگاه هنوز کار می‌کند.
error-hub-refused = سرور درخواست را رد کرد.
error-protocol-mismatch = این برنامه و سرور از نسخه‌های متفاوتی استفاده می‌کنند. یکی از آن‌ها باید به‌روز شود.
error-hub-garbled = سرور چیزی فرستاد که خوانده نشد. هیچ چیز تغییر نکرد.
error-bad-signature = سرور محتوایی فرستاد که امضای سازمان شما را ندارد. ذخیره نشد.
error-rollback = سرور نسخه‌ای از محتوا فرستاد که از نسخه این دستگاه قدیمی‌تر است. ذخیره نشد.
error-page-tampered = چیزی در شبکه آنچه سرور فرستاد را تغییر داد. چیزی از آن ذخیره نشد؛ دوباره یا از شبکه‌ای دیگر امتحان کنید.
error-hub-stalled = سرور مدام می‌گفت موارد بیشتری در راه است اما چیز تازه‌ای نفرستاد. همگام‌سازی متوقف شد؛ آنچه رسید نگه داشته شد.
error-sync-timeout = همگام‌سازی بیش از حد طول کشید و متوقف شد. آنچه رسید نگه داشته شد؛ بقیه دفعه بعد می‌آید.
error-org-key-changed = کلید امضای سازمان تغییر کرده است.
error-profile-deleted = این پروفایل حذف شده است.
error-invalid-change = این تغییر در پروفایل معتبر نیست.
error-profile-too-large = این پروفایل خیلی طولانی است. متن را کوتاه‌تر کنید یا زبان‌ها، موضوع‌ها یا راه‌های تماس کمتری بگذارید.
error-invalid-display-name = این نام را نمی‌توان نشان داد. از حروف قابل دیدن استفاده کنید، بدون نویسه‌های کنترلی خاص.
error-invalid-hub-address = از این نشانی نمی‌توان استفاده کرد. باید با https:// شروع شود (http:// فقط درون یک شبکه محلی).
error-no-hub = این دستگاه هنوز به هیچ سروری متصل نیست.
error-not-a-volunteer = این دستگاه به‌عنوان داوطلب وارد نشده است. اول با یک کد دعوت بپیوندید.
error-not-a-coordinator = فقط دستگاه یک هماهنگ‌کننده می‌تواند پروفایل‌ها را بررسی کند.
error-invite-unknown = این کد دعوت شناخته‌شده نیست. آن را بررسی کنید و دوباره امتحان کنید.
error-invite-used = از این کد دعوت قبلاً استفاده شده است. از هماهنگ‌کننده خود یک کد جدید بخواهید.
error-invite-expired = این کد دعوت منقضی شده است. از هماهنگ‌کننده خود یک کد جدید بخواهید.
error-profile-changed = این پروفایل از وقتی آن را دیدید تغییر کرده است. پیش از تصمیم‌گیری دوباره نگاه کنید.
error-profile-not-found = این پروفایل دیگر وجود ندارد.
error-token-revoked = دسترسی این دستگاه لغو شد. از هماهنگ‌کننده خود یک کد دعوت جدید بخواهید.
error-token-expired = دسترسی این دستگاه منقضی شده است. از هماهنگ‌کننده خود یک کد دعوت جدید بخواهید.
error-token-unknown = سرور این دستگاه را نمی‌شناسد. از هماهنگ‌کننده خود یک کد دعوت جدید بخواهید.
error-unknown = مشکلی پیش آمد (کد: { $code }).
reader-explain = شما راهنمای عمومی سازمان را در وبسایت آن می‌خوانید: راهنمایی‌ها، خدمات و داوطلبان منتشرشده. پس از این بازدید، روی همین گوشی بدون اینترنت هم باز می‌شود، به زبانی که انتخاب کرده‌اید. برای داوطلب شدن، اپ راهنمای همتایان را نصب کنید.

## The organisation's contact, and one service on its own screen.
services-fallback = برخی از توضیحات زیر به { $shown } نمایش داده شده‌اند: هنوز به { $requested } ترجمه نشده‌اند.
services-all = همه خدمات
service-directions = مسیریابی
service-share-link = اشتراک پیوند
service-link-copied = پیوند کپی شد. می‌توانید آن را در یک پیام بچسبانید.
service-closures = در این تاریخ‌ها بسته است
service-closure = از { $from } تا { $to }
service-today = امروز
contact-title = تماس با پروژه
contact-intro = { $name } این راهنما را اداره می‌کند. می‌توانید تماس بگیرید، بنویسید یا حضوری بروید.
contact-interpreter = مترجم لازم دارید؟
contact-none = این راهنما هنوز نمی‌گوید چگونه با پروژه تماس بگیرید. از کسی که برنامه را به شما داد بپرسید.
contact-link = چگونه با پروژه تماس بگیرید
error-service-not-found = این خدمت پیدا نشد. شاید حذف شده باشد.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = برای خواندن بدون اینترنت ذخیره شد. آخرین دریافت محتوا { $when }.
offline-updated = به‌روز شد. آخرین دریافت محتوا { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = هفته‌های اول من: برنامه‌ای با تاریخ‌های شما
plan-home-hint = بعد از تصمیم، اول چه کنید و تا کی. فقط روی همین گوشی می‌ماند.
plan-title = هفته‌های اول من
plan-intro = مراحل بعد از تصمیم، به ترتیب، با روزی که هر کدام باید انجام شود. تاریخ‌ها، تیک‌ها و یادداشت‌های شما فقط روی همین گوشی می‌ماند و هرگز به جایی فرستاده نمی‌شود.
plan-guide-title = برنامهٔ دورهٔ انتقال، مرحله به مرحله
plan-guide-intro = همهٔ مراحل برنامه بدون تاریخ‌های کسی، برای اینکه آن را به کسی توضیح دهید.
plan-machine-translated = این برنامه با ماشین ترجمه شده و هنوز کسی آن را بررسی نکرده است. هر چیز مهمی را با یک مشاور چک کنید.
plan-open-own = برنامهٔ خودم را باز کن
plan-open-guide = به کسی کمک می‌کنید؟ مراحل را بدون تاریخ باز کنید
plan-none = این راهنما هنوز برنامهٔ دورهٔ انتقال ندارد.
plan-end-title = حمایت پناهجویی شما در { $date } تمام می‌شود
plan-end-from-letter = این تاریخ نامهٔ شماست.
plan-end-from-rule = { $days } روز از تصمیم شما. اگر نامه‌ای تاریخ دیگری می‌گوید، آن را وارد کنید: تاریخ نامه ملاک است.
plan-end-from-rule-since = { $days } روز از تصمیم شما (قانون برای تصمیم‌های از { $from } به بعد). اگر نامه‌ای تاریخ دیگری می‌گوید، آن را وارد کنید: تاریخ نامه ملاک است.
plan-end-check-letters = قوانین تغییر می‌کند. همیشه تاریخ‌های نامه‌های خودتان را ملاک قرار دهید و با یک مشاور چک کنید.
plan-first-step = اول این کار را بکنید
plan-linked-step = مرحله‌ای که باز کردید
plan-other-steps = مراحل دیگر
plan-all-steps = همهٔ مراحل
plan-dates-title = تاریخ‌های شما
plan-private = فقط روی همین گوشی می‌ماند. هرگز فرستاده نمی‌شود.
plan-decision-label = تاریخ نامهٔ تصمیم
plan-support-end-label = تاریخ پایان حمایت پناهجویی، اگر نامه‌ای آن را گفته است
plan-support-end-hint = اگر نمی‌دانید خالی بگذارید: برنامه آن را از تاریخ تصمیم حساب می‌کند.
plan-save-dates = ذخیرهٔ تاریخ‌ها
plan-decision-on = تصمیم: { $date }
plan-change-dates = تغییر تاریخ‌ها
plan-due = تا { $date }
plan-status-done = انجام شد
plan-status-overdue = عقب افتاده
plan-status-today = امروز
plan-status-soon = این هفته
plan-status-later = بعداً
plan-rule-after-decision = تا { $days } روز پس از تصمیم
plan-rule-before-support-end = { $days } روز پیش از پایان حمایت
plan-rule-after-support-end = { $days } روز پس از پایان حمایت
plan-rule-on-support-end = در روز پایان حمایت
plan-read-more = بیشتر بخوانید
plan-done = انجام شد
plan-note = یادداشت من
plan-save-note = ذخیرهٔ یادداشت
plan-share-step = کپی پیوند این مرحله
plan-link-copied = پیوند کپی شد.
plan-tools-title = تقویم و حریم خصوصی
plan-calendar-hint = تاریخ‌ها را با یادآوری در روز قبل، در تقویم گوشی بگذارید. فایل روی همین گوشی ساخته می‌شود.
plan-calendar = افزودن به تقویم (.ics)
plan-delete-explain = تاریخ‌ها، تیک‌ها و یادداشت‌هایتان را از این گوشی پاک کنید. مراحل می‌مانند.
plan-delete = پاک کردن برنامهٔ من
plan-delete-question = همهٔ تاریخ‌ها، تیک‌ها و یادداشت‌هایتان پاک شود؟ این کار برگشت‌پذیر نیست.
plan-delete-confirm = بله، همه را پاک کن
plan-deleted = برنامهٔ شما از این گوشی پاک شد.
plan-reminder-title = موعدش فرداست
plan-reminder-body = { $step }: تا { $date }
error-plan-not-found = این راهنما هنوز برنامهٔ دورهٔ انتقال ندارد.
error-plan-step-not-found = این مرحله دیگر در برنامه نیست.
error-invalid-plan-entry = تاریخ‌ها را بررسی کنید: تصمیم نمی‌تواند بعد از امروز باشد و حمایت نمی‌تواند پیش از تصمیم تمام شود.
## The device lock, wipes, leaving.
lock-title = راهنمای همتا قفل است
lock-pin = رمز یا عبارت عبور
lock-unlock = باز کردن قفل
lock-attempts-left =
    { $count ->
        [one] با یک رمز اشتباه دیگر، داده‌های داوطلبان روی این دستگاه پاک می‌شود.
       *[other] پس از { $count } رمز اشتباه پشت سر هم، داده‌های داوطلبان روی این دستگاه پاک می‌شود.
    }
lock-settings-title = قفل برنامه
lock-reader-explain = این برنامه را با رمز قفل کنید، مثلاً روی گوشی‌ای که با دیگران شریک هستید. آن‌گاه آنچه برنامه نگه می‌دارد روی این دستگاه رمزگذاری می‌شود.
lock-new-pin = رمز یا عبارت عبور تازه (دست‌کم ۶ نویسه)
lock-confirm-pin = دوباره همان را بنویسید
lock-pin-mismatch = این دو یکی نیستند.
lock-set = قفل کن
lock-on = این برنامه با رمز قفل است. آنچه نگه می‌دارد روی این دستگاه رمزگذاری شده است.
lock-idle = پس از این مدت بی‌استفاده قفل شود
lock-idle-minutes =
    { $count ->
        [one] ۱ دقیقه
       *[other] { $count } دقیقه
    }
lock-now = همین حالا قفل کن
lock-change-title = تغییر رمز
lock-old-pin = رمز کنونی
lock-change = تغییر رمز
lock-remove-title = خاموش کردن قفل
lock-remove = خاموش کن
join-pin-explain = این دستگاه شماره‌های داوطلبان دیگر را نگه می‌دارد، پس با رمز قفل می‌شود: دست‌کم ۶ رقم یا یک عبارت عبور. ده رمز اشتباه پشت سر هم داده‌های داوطلبان را پاک می‌کند.
wipe-notice-token-revoked = یک هماهنگ‌کننده دسترسی این دستگاه را پایان داد. اطلاعات تماس و نمایه‌های داوطلبان از آن پاک شد؛ راهنماها هنوز اینجا هستند.
wipe-notice-wrong-pins = ده رمز اشتباه پشت سر هم وارد شد، پس داده‌های داوطلبان روی این دستگاه پاک شد. راهنماها هنوز اینجا هستند.
wipe-notice-left = شما روی این دستگاه از سازمان بیرون آمدید. اطلاعات تماس و نمایه‌های داوطلبان از آن پاک شد.
wipe-lost-edits =
    { $count ->
        [one] یک تغییر در نمایهٔ شما هنوز فرستاده نشده بود و از دست رفت.
       *[other] { $count } تغییر در نمایهٔ شما هنوز فرستاده نشده بود و از دست رفت.
    }
wipe-dismiss = باشه
leave-title = بیرون آمدن از سازمان روی این دستگاه
leave-explain = این کار اطلاعات تماس همهٔ داوطلبان، تغییرهای فرستاده‌نشدهٔ نمایهٔ شما و دسترسی این دستگاه را پاک می‌کند. راهنماها می‌مانند.
leave-button = بیرون آمدن روی این دستگاه
leave-confirm = بله، همه را پاک کن
review-revoke = پایان دسترسی این داوطلب
review-revoke-confirm = بله: گوشی او در اتصال بعدی داده‌های داوطلبان را پاک می‌کند
review-revoked = دسترسی پایان یافت. گوشی او در اتصال بعدی داده‌های داوطلبان را پاک می‌کند.
error-locked = برنامه قفل است. رمز خود را وارد کنید.
error-wrong-pin = رمز اشتباه است.
error-pin-wiped = رمزهای اشتباه بسیار: داده‌های داوطلبان روی این دستگاه پاک شد. راهنماها هنوز اینجا هستند.
error-invalid-pin = رمز یا عبارت عبور باید دست‌کم ۶ نویسه داشته باشد.
error-lock-required = دستگاه داوطلب یا هماهنگ‌کننده همیشه قفل می‌ماند.
error-no-lock = این دستگاه رمزی ندارد.
error-keystore-missing = انبار کلید سیستم این دستگاه دیگر نیمهٔ دیگر کلید آن را ندارد، پس داده‌هایش دیگر باز نمی‌شوند. آن‌ها را پاک کنید و از نو شروع کنید، سپس با کد دعوت تازه بپیوندید.
error-keystore-unavailable = اکنون به انبار کلید سیستم این دستگاه دسترسی نیست (شاید قفل باشد). آن را باز کنید یا دوباره وارد این رایانه شوید و باز امتحان کنید.
wipe-notice-started-over = داده‌های این دستگاه پاک شد تا از نو شروع کند. راهنماها هنوز اینجا هستند؛ از هماهنگ‌کننده‌تان کد دعوت تازه بخواهید.
lock-keystore-on = بخشی از کلید در انبار کلید سیستم این دستگاه هم نگه داشته می‌شود، پس نسخه‌ای از فایل‌ها تنها با رمز باز نمی‌شود.
lock-keystore-off = این دستگاه انبار کلیدی به این برنامه نمی‌دهد: تنها رمز از آنچه در آن است محافظت می‌کند.
start-over-button = داده‌های این دستگاه را پاک کن و از نو شروع کن
start-over-confirm = بله، همه را پاک کن
error-invalid-idle-time = زمانی بین ۱ تا ۶۰ دقیقه برگزینید.

# Suggestions and flags from an article.
feedback-title = این صفحه را بهتر کنید
suggest-correction = پیشنهاد اصلاح
suggest-translate-into = ترجمه به
suggest-translate = ترجمه کنید
suggestions-title = پیشنهادهای من
flag-open = این نادرست یا نامفهوم است
flag-sentence = چه چیزی نادرست است؟ (اختیاری، یک جمله)
flag-privacy = فقط صفحه، زبان آن و جملهٔ شما فرستاده می‌شود. هیچ چیز دربارهٔ شما.
flag-send = بفرستید
flag-sent = سپاس. سازمان آن را بررسی می‌کند.
flag-queued = سپاس. دفعهٔ بعد که این دستگاه وصل شود فرستاده می‌شود.
suggest-title = پیشنهاد متن
suggestion-gone = این پیشنهاد دیگر روی این دستگاه نیست.
suggestion-not-editable = این پیشنهاد فرستاده شده و دیگر تغییرپذیر نیست.
suggest-what-correction = اصلاح متن { $language }.
suggest-what-translation = ترجمه به { $language }.
suggest-back = بازگشت به مقاله
suggest-field-title = عنوان
suggest-field-summary = خلاصه
suggest-field-body = متن
suggest-body-hint = مارک‌داون: یک خط خالی میان بندها، # برای عنوان، - برای فهرست.
suggest-preview = پیش‌نمایش
suggest-credit = اگر سازمان از آن استفاده کرد نام مرا بیاورد
suggest-save = ذخیرهٔ پیش‌نویس
suggest-send = بفرستید
suggest-delete = حذف پیش‌نویس
suggest-saved = روی این دستگاه ذخیره شد.
suggest-refused = سرور نتوانست این پیشنهاد را بپذیرد (شاید مقاله حذف شده یا یکی از بخش‌ها بیش از حد بلند است). آن را تغییر دهید و دوباره بفرستید.
suggestions-intro = آنچه برای راهنما نوشته‌اید. پیشنهادهای فرستاده‌شده در همگام‌سازی بعدی به سازمان می‌رسند.
suggestions-none = هنوز چیزی پیشنهاد نکرده‌اید.
suggestion-untitled = (هنوز بدون عنوان)
suggestion-kind-correction = اصلاح، { $language }
suggestion-kind-translation = ترجمه به { $language }
suggestion-article = باز کردن مقاله
suggestion-state-draft = پیش‌نویس: فقط روی این دستگاه
suggestion-state-waiting = در انتظار همگام‌سازی بعدی
suggestion-state-sent = فرستاده شد: در انتظار هماهنگ‌کننده
suggestion-state-accepted = پذیرفته شد: سپاس
suggestion-state-declined = رد شد
suggestion-reason = دلیل:
suggestion-edit = ویرایش
error-invalid-suggestion = پیشنهاد را بررسی کنید: عنوان و متن لازم است و هر بخش حداکثر طولی دارد.
error-suggestion-not-found = این پیشنهاد پیش‌تر فرستاده شده و دیگر تغییرپذیر نیست.
