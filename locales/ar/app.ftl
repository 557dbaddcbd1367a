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
article-checked-on = رُوجع في { $date }
article-machine-translation = ترجمه حاسوب. إذا كان شيء غير واضح، فاسأل متطوعًا من الأقران.
article-machine-volunteers = متطوعون يتحدثون { $language }
article-overdue = { $months ->
        [zero] رُوجع هذا الدليل آخر مرة قبل أقل من شهر: ربما تغيّرت القواعد.
        [one] رُوجع هذا الدليل آخر مرة قبل شهر واحد: ربما تغيّرت القواعد.
        [two] رُوجع هذا الدليل آخر مرة قبل شهرين: ربما تغيّرت القواعد.
        [few] رُوجع هذا الدليل آخر مرة قبل { $months } أشهر: ربما تغيّرت القواعد.
        [many] رُوجع هذا الدليل آخر مرة قبل { $months } شهرًا: ربما تغيّرت القواعد.
       *[other] رُوجع هذا الدليل آخر مرة قبل { $months } شهر: ربما تغيّرت القواعد.
    }
article-overdue-undated = فات موعد مراجعة هذا الدليل من جديد: ربما تغيّرت القواعد.
article-sources = المصادر
article-source-retrieved = اطُّلع عليه في { $date }
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
search-pending = لا يزال البحث يستعد بعد آخر تحديث. قد لا تظهر بعض الإرشادات بعد.

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
service-sample = بيانات تجريبية
service-sample-note = هذه ليست خدمة حقيقية: إنها تُظهر فقط كيف يعمل التطبيق.
service-checked-on = تم التحقق من التفاصيل في { $date }
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
volunteers-available-now = متاح الآن
volunteers-are-you-one = هل أنت متطوع من الأقران؟ أنشئ ملفك الشخصي
volunteer-away-until = غير متاح حتى { $date }
volunteer-usually-free = متاح عادةً:
contact-call = اتصال
contact-text = رسالة نصية
contact-whatsapp = واتساب
contact-signal = سيغنال
contact-email = بريد إلكتروني
profile-title = ملفك الشخصي كمتطوع
profile-is-coordinator = هذا الجهاز مسجّل الدخول كمنسّق.
join-explain = لتصبح متطوعًا من الأقران، اطلب رمز دعوة من منسّق. أدخله هنا مع عنوان خادم منظمتك.
join-code = رمز الدعوة
join-code-hint = مثلًا K7QM-3XPA-9RTD. يعمل مرة واحدة فقط.
join-submit = انضمام
profile-state-new = ليس لديك ملف شخصي بعد. املأ النموذج أدناه. لن يراه أحد حتى يوافق عليه منسّق.
profile-state-unsent = ملفك الشخصي محفوظ على هذا الجهاز. سيُرسَل عندما تتصل بالإنترنت، ويظهر للآخرين بعد أن يوافق عليه منسّق.
profile-state-pending = ملفك الشخصي بانتظار موافقة منسّق. حتى ذلك الحين لا يستطيع أحد غيرك رؤيته.
profile-state-changed = تغييراتك بانتظار موافقة منسّق. حتى ذلك الحين يرى الآخرون ملفك الشخصي كما كان عند آخر موافقة.
profile-state-approved = تمت الموافقة: يمكن للقادمين الجدد وللمتطوعين الآخرين أن يجدوك.
profile-state-suspended = أوقف منسّق ملفك الشخصي مؤقتًا، لذلك لا يستطيع الآخرون رؤيته. يُرجى التحدث مع منسّقك.
profile-deleted = حُذف ملفك الشخصي. سيختفي من كل الأجهزة مع بيانات التواصل الخاصة بك بعد المزامنة القادمة.
profile-edit = بياناتك
profile-name = الاسم الذي يظهر
profile-name-hint = يكفي الاسم الأول أو اسم مستعار.
profile-languages = اللغات التي تتحدثها
profile-language = اللغة
profile-level = المستوى
profile-remove = إزالة
profile-add-language = إضافة لغة
profile-topics = المواضيع التي يمكنك المساعدة فيها
profile-availability = متى تكون متاحًا عادةً
profile-availability-hint = ضع علامة على الأيام واكتب الأوقات (بتوقيت غلاسكو).
profile-from = وقت البدء، يوم { $day }
profile-to = وقت الانتهاء، يوم { $day }
profile-add-time = أضف وقتًا آخر
profile-away-until = غير متاح حتى (اختياري)
profile-away-hint = خلال غيابك لن تظهر على أنك متاح. يسري هذا فورًا، دون حاجة إلى موافقة.
profile-back = لقد عدت
profile-contacts = كيف يمكن للناس التواصل معك
profile-contacts-hint = لكل وسيلة، اختر من يمكنه رؤيتها. لا يُرسَل إلى هواتفهم إلا ما تختاره أنت.
profile-channel = الوسيلة
profile-contact-email = عنوان البريد الإلكتروني
profile-contact-number = الرقم
profile-visible-to = من يمكنه رؤيتها
audience-everyone = الجميع، بمن فيهم القادمون الجدد
audience-volunteers = المتطوعون والمنسّقون
audience-coordinators = المنسّقون فقط
profile-add-contact = إضافة وسيلة تواصل
profile-about = نبذة عنك
profile-about-in = باللغة { $language }
profile-save = حفظ
profile-saved = حُفظ على هذا الجهاز. سيُرسَل عند المزامنة القادمة.
profile-preview = ما يراه الآخرون
profile-preview-hint = يرى القادمون الجدد والمتطوعون الآخرون هذا بعد أن يوافق منسّق على ملفك الشخصي.
profile-preview-suspended = لا يرى أحد غيرك ملفك الشخصي ما دام موقوفًا مؤقتًا.
profile-preview-everyone = كما يراك القادم الجديد
profile-preview-volunteers = كما يراك المتطوعون الآخرون
profile-delete-title = حذف ملفك الشخصي
profile-delete-explain = هذا يحذف ملفك الشخصي وبيانات التواصل الخاصة بك من الخادم ومن كل الأجهزة بعد المزامنة القادمة.
profile-delete = احذف ملفي الشخصي
profile-delete-confirm = نعم، احذفه من كل مكان
review-title = مراجعة ملفات المتطوعين
review-intro = لا تظهر الملفات الجديدة والمعدّلة للآخرين إلا بعد موافقتك عليها. هنا ترى كل بيانات التواصل.
review-group-pending =
    { $count ->
        [zero] بانتظار الموافقة ({ $count })
        [one] بانتظار الموافقة ({ $count })
        [two] بانتظار الموافقة ({ $count })
        [few] بانتظار الموافقة ({ $count })
        [many] بانتظار الموافقة ({ $count })
       *[other] بانتظار الموافقة ({ $count })
    }
review-group-suspended =
    { $count ->
        [zero] موقوفة مؤقتًا ({ $count })
        [one] موقوفة مؤقتًا ({ $count })
        [two] موقوفة مؤقتًا ({ $count })
        [few] موقوفة مؤقتًا ({ $count })
        [many] موقوفة مؤقتًا ({ $count })
       *[other] موقوفة مؤقتًا ({ $count })
    }
review-group-approved =
    { $count ->
        [zero] تمت الموافقة عليها ({ $count })
        [one] تمت الموافقة عليها ({ $count })
        [two] تمت الموافقة عليها ({ $count })
        [few] تمت الموافقة عليها ({ $count })
        [many] تمت الموافقة عليها ({ $count })
       *[other] تمت الموافقة عليها ({ $count })
    }
review-new = ملف شخصي جديد:
review-changed = تغيّر منذ الموافقة:
field-display-name = الاسم
field-languages = اللغات
field-topics = المواضيع
field-availability = أوقات التوفر
field-contacts = بيانات التواصل
field-about = النبذة
field-away-until = غير متاح حتى
review-approve = موافقة
review-suspend = إيقاف مؤقت
review-reinstate = إظهار من جديد
settings-volunteering = التطوع
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
error-page-tampered = غيّر شيء ما على الشبكة ما أرسله الخادم. لم يُحفظ منه شيء؛ حاول مرة أخرى أو من شبكة أخرى.
error-hub-stalled = ظل الخادم يقول إن هناك المزيد ولكنه لم يرسل شيئًا جديدًا. أُوقفت المزامنة؛ ما وصل محفوظ.
error-sync-timeout = استغرقت المزامنة وقتًا طويلاً فأُوقفت. ما وصل محفوظ؛ والباقي يأتي في المرة القادمة.
error-org-key-changed = تغيّر مفتاح التوقيع الخاص بالمنظمة.
error-profile-deleted = حُذف هذا الملف الشخصي.
error-invalid-change = هذا التغيير على الملف الشخصي غير صالح.
error-profile-too-large = هذا الملف الشخصي طويل جدًا. اختصر النص، أو استخدم لغات أو مواضيع أو وسائل اتصال أقل.
error-invalid-display-name = لا يمكن عرض هذا الاسم. استخدم حروفًا ظاهرة، دون رموز تحكم خاصة.
error-invalid-hub-address = لا يمكن استخدام هذا العنوان. يجب أن يبدأ بـ https:// (ويُقبل http:// داخل شبكة محلية فقط).
error-no-hub = هذا الجهاز غير متصل بأي خادم بعد.
error-not-a-volunteer = هذا الجهاز غير مسجّل الدخول كمتطوع. انضم أولًا برمز دعوة.
error-not-a-coordinator = لا يمكن مراجعة الملفات الشخصية إلا من جهاز منسّق.
error-invite-unknown = رمز الدعوة هذا غير معروف. تحقّق منه وحاول مرة أخرى.
error-invite-used = رمز الدعوة هذا استُخدم من قبل. اطلب رمزًا جديدًا من منسّقك.
error-invite-expired = انتهت صلاحية رمز الدعوة هذا. اطلب رمزًا جديدًا من منسّقك.
error-profile-changed = تغيّر الملف الشخصي منذ أن اطّلعت عليه. راجعه مرة أخرى قبل أن تقرّر.
error-profile-not-found = هذا الملف الشخصي لم يعد موجودًا.
error-token-revoked = سُحب إذن الوصول من هذا الجهاز. اطلب رمز دعوة جديدًا من منسّقك.
error-token-expired = انتهت صلاحية إذن الوصول لهذا الجهاز. اطلب رمز دعوة جديدًا من منسّقك.
error-token-unknown = الخادم لا يعرف هذا الجهاز. اطلب رمز دعوة جديدًا من منسّقك.
error-unknown = حدث خطأ ما (الرمز: { $code }).
reader-explain = أنت تقرأ الدليل العام للمنظمة على موقعها: الإرشادات والخدمات والمتطوعون المنشورون. بعد هذه الزيارة يفتح على هذا الهاتف دون اتصال أيضًا، باللغة التي اخترتها. لتتطوع، ثبّت تطبيق دليل الأقران.

## The organisation's contact, and one service on its own screen.
services-fallback = بعض الأوصاف أدناه معروضة باللغة { $shown }: لم تُترجم بعد إلى { $requested }.
services-all = كل الخدمات
service-directions = الاتجاهات
service-share-link = مشاركة الرابط
service-link-copied = نُسخ الرابط. يمكنك لصقه في رسالة.
service-closures = مغلق في هذه التواريخ
service-closure = من { $from } إلى { $to }
service-today = اليوم
contact-title = تواصل مع المشروع
contact-intro = { $name } يدير هذا الدليل. يمكنك الاتصال أو الكتابة أو الزيارة.
contact-interpreter = هل تحتاج إلى مترجم؟
contact-none = لا يذكر هذا الدليل بعد كيف تتواصل مع المشروع. اسأل الشخص الذي أعطاك التطبيق.
contact-link = كيف تتواصل مع المشروع
error-service-not-found = تعذّر العثور على هذه الخدمة. ربما أُزيلت.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = محفوظ للقراءة دون اتصال. آخر جلب للمحتوى { $when }.
offline-updated = تم التحديث. آخر جلب للمحتوى { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = أسابيعي الأولى: خطة بتواريخك
plan-home-hint = ما تفعله أولاً بعد قرارك، وحتى متى. تبقى على هذا الهاتف فقط.
plan-title = أسابيعي الأولى
plan-intro = الخطوات بعد قرارك بالترتيب، مع اليوم الذي يجب إنجاز كل منها فيه. تواريخك وعلاماتك وملاحظاتك تبقى على هذا الهاتف فقط: لا تُرسل إلى أي مكان أبداً.
plan-guide-title = خطة الانتقال خطوة بخطوة
plan-guide-intro = كل خطوات الخطة دون تواريخ أحد، لتشرحها لشخص آخر.
plan-machine-translated = تُرجمت هذه الخطة آلياً ولم يراجعها شخص بعد. تحقق من أي أمر مهم مع مستشار.
plan-open-own = افتح خطتي
plan-open-guide = تساعد شخصاً ما؟ افتح الخطوات دون تواريخ
plan-none = لا يحتوي هذا الدليل على خطة انتقال بعد.
plan-end-title = ينتهي دعم اللجوء الخاص بك في { $date }
plan-end-from-letter = هذا هو التاريخ المذكور في رسالتك.
plan-end-from-rule = { $days } يوماً من تاريخ قرارك. إذا ذكرت رسالة تاريخاً آخر فأدخله: تاريخ الرسالة هو المعتمد.
plan-end-from-rule-since = { $days } يوماً من تاريخ قرارك (القاعدة للقرارات منذ { $from }). إذا ذكرت رسالة تاريخاً آخر فأدخله: تاريخ الرسالة هو المعتمد.
plan-end-check-letters = القواعد تتغير. اعتمد دائماً التواريخ المذكورة في رسائلك، وتحقق مع مستشار.
plan-first-step = افعل هذا أولاً
plan-linked-step = الخطوة التي فتحتها
plan-other-steps = الخطوات الأخرى
plan-all-steps = كل الخطوات
plan-dates-title = تواريخك
plan-private = تبقى على هذا الهاتف فقط. لا تُرسل أبداً.
plan-decision-label = التاريخ المذكور في رسالة القرار
plan-support-end-label = تاريخ انتهاء دعم اللجوء، إذا ذكرته رسالة
plan-support-end-hint = اتركه فارغاً إذا كنت لا تعرفه: تحسبه الخطة من تاريخ قرارك.
plan-save-dates = احفظ التواريخ
plan-decision-on = القرار: { $date }
plan-change-dates = غيّر التواريخ
plan-due = قبل { $date }
plan-status-done = تم
plan-status-overdue = متأخرة
plan-status-today = اليوم
plan-status-soon = هذا الأسبوع
plan-status-later = لاحقاً
plan-rule-after-decision =
    { $days ->
        [one] خلال يوم واحد من قرارك
        [two] خلال يومين من قرارك
        [few] خلال { $days } أيام من قرارك
       *[other] خلال { $days } يوماً من قرارك
    }
plan-rule-before-support-end =
    { $days ->
        [one] قبل يوم واحد من انتهاء دعمك
        [two] قبل يومين من انتهاء دعمك
        [few] قبل { $days } أيام من انتهاء دعمك
       *[other] قبل { $days } يوماً من انتهاء دعمك
    }
plan-rule-after-support-end =
    { $days ->
        [one] بعد يوم واحد من انتهاء دعمك
        [two] بعد يومين من انتهاء دعمك
        [few] بعد { $days } أيام من انتهاء دعمك
       *[other] بعد { $days } يوماً من انتهاء دعمك
    }
plan-rule-on-support-end = في يوم انتهاء دعمك
plan-read-more = اقرأ المزيد عن هذا
plan-done = تم
plan-note = ملاحظتي
plan-save-note = احفظ الملاحظة
plan-share-step = انسخ رابط هذه الخطوة
plan-link-copied = نُسخ الرابط.
plan-tools-title = التقويم والخصوصية
plan-calendar-hint = ضع التواريخ في تقويم هاتفك، مع تذكير في اليوم السابق. يُصنع الملف على هذا الهاتف.
plan-calendar = أضف إلى التقويم (.ics)
plan-delete-explain = احذف تواريخك وعلاماتك وملاحظاتك من هذا الهاتف. تبقى الخطوات.
plan-delete = احذف خطتي
plan-delete-question = هل تحذف كل تواريخك وعلاماتك وملاحظاتك؟ لا يمكن التراجع عن ذلك.
plan-delete-confirm = نعم، احذف الكل
plan-deleted = حُذفت خطتك من هذا الهاتف.
plan-reminder-title = موعده غداً
plan-reminder-body = { $step }: قبل { $date }
error-plan-not-found = لا يحتوي هذا الدليل على خطة انتقال بعد.
error-plan-step-not-found = هذه الخطوة لم تعد في الخطة.
error-invalid-plan-entry = تحقق من التواريخ: لا يمكن أن يكون القرار بعد اليوم، ولا أن ينتهي الدعم قبل القرار.
## The device lock, wipes, leaving.
lock-title = دليل الأقران مقفل
lock-pin = الرقم السري أو عبارة المرور
lock-unlock = فتح القفل
lock-attempts-left =
    { $count ->
        [zero] تُمسح بيانات المتطوعين على هذا الجهاز.
        [one] رقم سري خاطئ واحد آخر وتُمسح بيانات المتطوعين على هذا الجهاز.
        [two] بعد رقمين سريين خاطئين متتاليين تُمسح بيانات المتطوعين على هذا الجهاز.
        [few] بعد { $count } أرقام سرية خاطئة متتالية تُمسح بيانات المتطوعين على هذا الجهاز.
        [many] بعد { $count } رقمًا سريًا خاطئًا متتاليًا تُمسح بيانات المتطوعين على هذا الجهاز.
       *[other] بعد { $count } رقم سري خاطئ متتالٍ تُمسح بيانات المتطوعين على هذا الجهاز.
    }
lock-settings-title = قفل التطبيق
lock-reader-explain = اقفل هذا التطبيق برقم سري، مثلًا على هاتف تتشاركه مع غيرك. عندها يُشفَّر ما يحفظه التطبيق على هذا الجهاز.
lock-new-pin = رقم سري أو عبارة مرور جديدة (6 أحرف على الأقل)
lock-confirm-pin = أعد كتابتها
lock-pin-mismatch = الاثنان غير متطابقين.
lock-set = اقفل
lock-on = هذا التطبيق مقفل برقم سري. ما يحفظه مشفَّر على هذا الجهاز.
lock-idle = اقفل بعد هذه المدة دون استخدام
lock-idle-minutes =
    { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
lock-now = اقفل الآن
lock-change-title = غيّر الرقم السري
lock-old-pin = الرقم السري الحالي
lock-change = غيّر الرقم السري
lock-remove-title = أوقف القفل
lock-remove = أوقف
join-pin-explain = سيحفظ هذا الجهاز أرقام متطوعين آخرين، لذلك يُقفل برقم سري: 6 أرقام على الأقل أو عبارة مرور. عشرة أرقام سرية خاطئة متتالية تمسح بيانات المتطوعين.
wipe-notice-token-revoked = أنهى منسّق وصول هذا الجهاز. حُذفت منه بيانات اتصال المتطوعين وملفاتهم؛ الإرشادات ما زالت هنا.
wipe-notice-wrong-pins = أُدخلت عشرة أرقام سرية خاطئة متتالية، فمُسحت بيانات المتطوعين على هذا الجهاز. الإرشادات ما زالت هنا.
wipe-notice-left = غادرت المنظمة على هذا الجهاز. حُذفت منه بيانات اتصال المتطوعين وملفاتهم.
wipe-lost-edits =
    { $count ->
        [zero] لم يضع أي تغيير.
        [one] تغيير واحد على ملفك لم يُرسل بعد وقد ضاع.
        [two] تغييران على ملفك لم يُرسلا بعد وقد ضاعا.
        [few] { $count } تغييرات على ملفك لم تُرسل بعد وقد ضاعت.
        [many] { $count } تغييرًا على ملفك لم تُرسل بعد وقد ضاعت.
       *[other] { $count } تغيير على ملفك لم تُرسل بعد وقد ضاعت.
    }
wipe-dismiss = حسنًا
leave-title = غادر المنظمة على هذا الجهاز
leave-explain = يحذف هذا بيانات اتصال كل المتطوعين وتغييرات ملفك غير المرسلة ووصول هذا الجهاز. تبقى الإرشادات.
leave-button = غادر على هذا الجهاز
leave-confirm = نعم، احذف كل ذلك
review-revoke = أنهِ وصول هذا المتطوع
review-revoke-confirm = نعم: يحذف هاتفه بيانات المتطوعين عند اتصاله التالي
review-revoked = انتهى الوصول. يحذف هاتفه بيانات المتطوعين عند اتصاله التالي.
error-locked = التطبيق مقفل. أدخل رقمك السري.
error-wrong-pin = رقم سري خاطئ.
error-pin-wiped = أرقام سرية خاطئة كثيرة: مُسحت بيانات المتطوعين على هذا الجهاز. الإرشادات ما زالت هنا.
error-invalid-pin = يحتاج الرقم السري أو عبارة المرور إلى 6 أحرف على الأقل.
error-lock-required = جهاز المتطوع أو المنسّق يبقى مقفلًا دائمًا.
error-no-lock = لا يوجد رقم سري على هذا الجهاز.
error-keystore-missing = لم يعد مخزن المفاتيح في نظام هذا الجهاز يحتفظ بالنصف الآخر من مفتاحه، لذلك لا يمكن فتح بياناته مرة أخرى. احذفها وابدأ من جديد، ثم انضم برمز دعوة جديد.
error-keystore-unavailable = لا يمكن الوصول إلى مخزن المفاتيح في نظام هذا الجهاز الآن (قد يكون مقفلاً). افتحه، أو سجّل الدخول إلى هذا الحاسوب من جديد، ثم حاول مرة أخرى.
wipe-notice-started-over = حُذفت البيانات من هذا الجهاز ليبدأ من جديد. الإرشادات ما زالت هنا؛ اطلب من منسقك رمز دعوة جديداً.
lock-keystore-on = جزء من المفتاح محفوظ أيضاً في مخزن المفاتيح في نظام هذا الجهاز، فلا يمكن فتح نسخة من الملفات بالرقم السري وحده.
lock-keystore-off = لا يقدّم هذا الجهاز مخزن مفاتيح لهذا التطبيق: الرقم السري وحده يحمي ما فيه.
start-over-button = احذف بيانات هذا الجهاز وابدأ من جديد
start-over-confirm = نعم، احذف كل شيء
error-invalid-idle-time = اختر بين دقيقة واحدة و60 دقيقة.

# Suggestions and flags from an article.
feedback-title = حسّن هذه الصفحة
suggest-correction = اقترح تصحيحًا
suggest-translate-into = ترجم إلى
suggest-translate = ترجم
suggestions-title = اقتراحاتي
flag-open = هذا خطأ أو غير واضح
flag-sentence = ما الخطأ؟ (اختياري، جملة واحدة)
flag-privacy = لا يُرسل إلا الصفحة ولغتها وجملتك. لا شيء عنك.
flag-send = أرسل
flag-sent = شكرًا لك. ستنظر المنظمة في الأمر.
flag-queued = شكرًا لك. سيُرسل في المرة القادمة التي يتصل فيها هذا الجهاز.
suggest-title = اقترح نصًا
suggestion-gone = لم يعد هذا الاقتراح على هذا الجهاز.
suggestion-not-editable = أُرسل هذا الاقتراح ولم يعد من الممكن تغييره.
suggest-what-correction = تصحيح للنص بـ{ $language }.
suggest-what-translation = ترجمة إلى { $language }.
suggest-back = العودة إلى المقال
suggest-field-title = العنوان
suggest-field-summary = الملخص
suggest-field-body = النص
suggest-body-hint = ماركداون: سطر فارغ بين الفقرات، و# للعنوان، و- للقائمة.
suggest-preview = معاينة
suggest-credit = اذكر اسمي إذا استخدمته المنظمة
suggest-save = احفظ المسودة
suggest-send = أرسل
suggest-delete = احذف المسودة
suggest-saved = حُفظ على هذا الجهاز.
suggest-refused = لم يتمكن الخادم من قبول هذا الاقتراح (ربما حُذف المقال، أو أحد الحقول طويل جدًا). عدّله وأرسله مرة أخرى.
suggestions-intro = ما كتبته للدليل. تصل الاقتراحات المرسلة إلى المنظمة عند المزامنة التالية.
suggestions-none = لم تقترح شيئًا بعد.
suggestion-untitled = (بلا عنوان بعد)
suggestion-kind-correction = تصحيح، { $language }
suggestion-kind-translation = ترجمة إلى { $language }
suggestion-article = افتح المقال
suggestion-state-draft = مسودة: على هذا الجهاز فقط
suggestion-state-waiting = بانتظار المزامنة التالية
suggestion-state-sent = أُرسل: بانتظار منسق
suggestion-state-accepted = قُبل: شكرًا لك
suggestion-state-declined = رُفض
suggestion-reason = السبب:
suggestion-edit = عدّل
error-invalid-suggestion = راجع الاقتراح: يلزم عنوان ونص، ولكل حقل طول أقصى.
error-suggestion-not-found = أُرسل هذا الاقتراح بالفعل ولم يعد من الممكن تغييره.
