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
error-unknown = مشکلی پیش آمد (کد: { $code }).
