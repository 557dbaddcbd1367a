### Peer Guide, Arabic (العربية).
### Machine translated, not yet reviewed by a native speaker.

app-name = دليل الأقران
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-search = بحث
nav-services = الخدمات
nav-volunteers = المتطوعون
nav-settings = الإعدادات
loading = جارٍ التحميل…
retry = حاول مرة أخرى
filters = عوامل التصفية
filter-topic = الموضوع
filter-any-topic = كل المواضيع
filter-language = اللغة المحكية
filter-any-language = أي لغة
in-language = باللغة { $language }

first-run-title = اختر لغتك
first-run-hint = يمكنك تغييرها لاحقًا من الإعدادات.

home-title = الإرشادات
home-intro = مساعدة خطوة بخطوة بعد حصولك على صفة اللاجئ في اسكتلندا. يعمل بدون إنترنت.
home-topics = كل المواضيع
topic-articles =
    { $count ->
        [zero] لا توجد مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }
topic-empty = لا توجد إرشادات حول هذا الموضوع بعد.

topic-first-steps = الخطوات الأولى بعد منح الإقامة
topic-housing = السكن
topic-employment = العمل
topic-education = التعليم
topic-health = الصحة والرعاية الاجتماعية
topic-leisure = الترفيه
topic-social-connections = التعرّف على الناس
topic-language-culture = اللغة والثقافة
topic-safety-stability = الأمان والاستقرار
topic-digital-skills = المهارات الرقمية
topic-rights-responsibilities = الحقوق والمسؤوليات

article-fallback = معروض باللغة { $shown }: لم يُترجم بعد إلى { $requested }.
article-stale = قد تكون هذه الترجمة قديمة: تغيّرت النسخة الإنجليزية منذ ترجمتها.
article-share = مشاركة
article-copied = تم النسخ. يمكنك لصقه في رسالة.
article-copy-failed = تعذّر النسخ. حدّد النص وانسخه بنفسك.
text-size = حجم النص
text-smaller = نص أصغر
text-larger = نص أكبر

search-title = بحث
search-label = ابحث في الإرشادات
search-placeholder = مثلًا: طبيب، سكن، مال
search-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
search-none = لم يُعثر على شيء لـ «{ $query }». جرّب كلمة أخرى.

services-title = الخدمات
services-open-now = مفتوح الآن
services-count =
    { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
services-none = لا توجد خدمات تطابق عوامل التصفية هذه.
service-open = مفتوح الآن
service-closed = مغلق الآن
service-call = اتصال
service-copy-address = نسخ العنوان
service-address-copied = تم نسخ العنوان.
service-website = الموقع الإلكتروني
service-speaks = اللغات المحكية:
service-accessibility = إمكانية الوصول:
service-hours = ساعات العمل
service-closed-all-day = مغلق
service-cost-free = مجاني
service-cost-low-cost = بتكلفة منخفضة
service-cost-paid = مدفوع
service-access-walk-in = بدون موعد
service-access-appointment = بموعد مسبق
service-access-walk-in-or-appointment = بدون موعد أو بموعد مسبق

volunteers-title = المتطوعون من الأقران
volunteers-intro = لاجئون مرّوا بالتجربة نفسها ويمكنهم المساعدة. لا تظهر إلا التفاصيل التي اختار كل متطوع مشاركتها.
volunteers-count =
    { $count ->
        [zero] لا يوجد متطوعون
        [one] متطوع واحد
        [two] متطوعان
        [few] { $count } متطوعين
        [many] { $count } متطوعًا
       *[other] { $count } متطوع
    }
volunteers-none = لا يوجد متطوعون يطابقون عوامل التصفية هذه.
volunteer-speaks = يتحدث:
volunteer-knows = يعرف عن:
volunteer-no-contact = اطلب من المشروع أن يضعك على تواصل.
fluency-native = اللغة الأم
fluency-fluent = بطلاقة
fluency-conversational = محادثة
fluency-basic = أساسي
channel-phone = الهاتف
channel-whatsapp = واتساب
channel-signal = سيغنال
channel-email = البريد الإلكتروني

settings-title = الإعدادات
settings-language = اللغة
settings-about = حول التطبيق
sync-title = المزامنة مع منظمتك
sync-explain = يعمل دليل الأقران بدون اتصال. عندما تكون متصلًا بالإنترنت، يجلب الإرشادات الجديدة والمحدّثة من خادم منظمتك. لا يعرف الخادم إلا اللغات المستخدمة على هذا الجهاز. لا يُرسَل أي شيء آخر عنك.
sync-address = عنوان الخادم
sync-address-hint = ستعطيك منظمتك عنوانها، مثلًا https://hub.example.org
sync-connect = اتصال
sync-cancel = إلغاء
sync-disconnect = قطع الاتصال
sync-connected = متصل بـ
sync-role =
    { $role ->
        [volunteer] مسجّل الدخول كمتطوع
        [coordinator] مسجّل الدخول كمنسّق
       *[reader] لا حاجة إلى حساب للقراءة
    }
sync-change-address = تغيير العنوان
sync-now = مزامنة الآن
sync-running = جارٍ المزامنة…
sync-last = آخر مزامنة: { $when }
sync-never = لم تتم المزامنة بعد.
sync-failed = لم تنجح المحاولة الأخيرة ({ $when }): { $reason }
sync-offline = أنت غير متصل بالإنترنت. كل شيء على هذا الجهاز ما زال يعمل، وستتم المزامنة عندما يعود الاتصال.
sync-changes = ما الذي تغيّر ({ $when })
sync-changes-articles =
    { $count ->
        [zero] لا توجد مقالات جديدة أو محدّثة
        [one] مقالة واحدة جديدة أو محدّثة
        [two] مقالتان جديدتان أو محدّثتان
        [few] { $count } مقالات جديدة أو محدّثة
        [many] { $count } مقالة جديدة أو محدّثة
       *[other] { $count } مقالة جديدة أو محدّثة
    }
sync-changes-services =
    { $count ->
        [zero] لا توجد خدمات جديدة أو محدّثة
        [one] خدمة واحدة جديدة أو محدّثة
        [two] خدمتان جديدتان أو محدّثتان
        [few] { $count } خدمات جديدة أو محدّثة
        [many] { $count } خدمة جديدة أو محدّثة
       *[other] { $count } خدمة جديدة أو محدّثة
    }
sync-changes-volunteers =
    { $count ->
        [zero] لا توجد ملفات متطوعين جديدة أو محدّثة
        [one] ملف متطوع واحد جديد أو محدّث
        [two] ملفّا متطوعَين جديدان أو محدّثان
        [few] { $count } ملفات متطوعين جديدة أو محدّثة
        [many] { $count } ملفًا جديدًا أو محدّثًا للمتطوعين
       *[other] { $count } ملف متطوع جديد أو محدّث
    }
sync-changes-restarted = تم تنزيل الدليل كاملًا من جديد.
sync-key-changed = تغيّر مفتاح التوقيع الخاص بالمنظمة. اقبل المفتاح الجديد فقط إذا أخبرتك منظمتك أنه تغيّر. وإلا فقد يكون شخص ما ينتحل صفتها.
sync-accept-key = قبول المفتاح الجديد
sync-pending =
    { $count ->
        [zero] لا توجد تغييرات منك بانتظار الإرسال.
        [one] تغيير واحد منك بانتظار الإرسال.
        [two] تغييران منك بانتظار الإرسال.
        [few] { $count } تغييرات منك بانتظار الإرسال.
        [many] { $count } تغييرًا منك بانتظار الإرسال.
       *[other] { $count } تغيير منك بانتظار الإرسال.
    }
about-version = الإصدار { $version }
about-content-date = حُدّث المحتوى في { $date }
about-content-never = لم يُحمَّل أي محتوى بعد.
about-privacy = لا يغادر هذا الجهاز أي شيء عنك: لا حساب ولا تتبّع.
about-translations = تُرجم التطبيق آليًا ولم يراجعه بعد متحدثون أصليون.

error-unknown-language = هذه اللغة غير متوفرة.
error-invalid-language-tag = رمز اللغة هذا غير صالح.
error-unknown-topic = هذا الموضوع غير موجود.
error-article-not-found = تعذّر العثور على هذه المقالة. ربما حُذفت.
error-no-translation = هذه المقالة غير متوفرة بلغتك ولا بالإنجليزية.
error-invalid-date-time = هذا التاريخ أو الوقت غير صالح.
error-invalid-pack = تعذّر تحميل محتوى الدليل.
error-io = تعذّرت قراءة ملفات الدليل.
error-database-version = تحتاج بيانات الدليل إلى إصدار أحدث من التطبيق.
error-database = تعذّرت قراءة بيانات الدليل.
error-corrupt-record = بعض بيانات الدليل تالفة.
error-invalid-parameters = طلب التطبيق من الدليل شيئًا لم يفهمه.
error-not-found = هذه الصفحة غير موجودة.
error-internal = حدثت مشكلة في الدليل. يُرجى المحاولة مرة أخرى.
error-network = تعذّر الوصول إلى الدليل. تأكد من أنه لا يزال يعمل.
error-hub-unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك. كل شيء على هذا الجهاز ما زال يعمل.
error-hub-refused = رفض الخادم الطلب.
error-protocol-mismatch = التطبيق والخادم يستخدمان إصدارين مختلفين. يجب تحديث أحدهما.
error-hub-garbled = أرسل الخادم شيئًا تعذّرت قراءته. لم يتغيّر أي شيء.
error-bad-signature = أرسل الخادم محتوى غير موقّع من منظمتك. لم يُحفظ.
error-rollback = أرسل الخادم نسخة من المحتوى أقدم من النسخة الموجودة على هذا الجهاز. لم تُحفظ.
error-org-key-changed = تغيّر مفتاح التوقيع الخاص بالمنظمة.
error-profile-deleted = حُذف هذا الملف الشخصي.
error-invalid-change = هذا التغيير على الملف الشخصي غير صالح.
error-invalid-hub-address = لا يمكن استخدام هذا العنوان. يجب أن يبدأ بـ https:// (ويُقبل http:// داخل شبكة محلية فقط).
error-no-hub = هذا الجهاز غير متصل بأي خادم بعد.
error-unknown = حدث خطأ ما (الرمز: { $code }).
