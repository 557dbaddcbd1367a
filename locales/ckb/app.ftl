### Peer Guide, Kurdish Sorani (کوردی سۆرانی).
### Machine translated, not yet reviewed by a native speaker.

app-name = ڕێبەری هاوڕێیان
skip-to-content = بڕۆ بۆ ناوەڕۆک
nav-label = لیستی سەرەکی
nav-home = سەرەکی
nav-search = گەڕان
nav-services = خزمەتگوزارییەکان
nav-volunteers = خۆبەخشەکان
nav-settings = ڕێکخستنەکان
loading = بار دەکرێت…
retry = دووبارە هەوڵ بدەوە
filters = پاڵاوتنەکان
filter-topic = بابەت
filter-any-topic = هەموو بابەتەکان
filter-language = زمانی قسەکردن
filter-any-language = هەر زمانێک
in-language = بە { $language }

first-run-title = زمانەکەت هەڵبژێرە
first-run-hint = دواتر دەتوانیت لە ڕێکخستنەکاندا بیگۆڕیت.

home-title = ڕێنماییەکان
home-intro = یارمەتیی هەنگاو بە هەنگاو دوای وەرگرتنی مافی پەنابەری لە سکۆتلەندا. بێ ئینتەرنێتیش کار دەکات.
home-topics = هەموو بابەتەکان
topic-articles =
    { $count ->
        [one] { $count } وتار
       *[other] { $count } وتار
    }
topic-empty = هێشتا هیچ ڕێنماییەک لەسەر ئەم بابەتە نییە.

topic-first-steps = یەکەم هەنگاوەکان دوای وەرگرتنی مافی مانەوە
topic-housing = نیشتەجێبوون
topic-employment = کار
topic-education = خوێندن
topic-health = تەندروستی و چاودێریی کۆمەڵایەتی
topic-leisure = کاتی پشوو
topic-social-connections = ناسینی خەڵک
topic-language-culture = زمان و کولتوور
topic-safety-stability = ئاسایش و سەقامگیری
topic-digital-skills = لێهاتوویی دیجیتاڵی
topic-rights-responsibilities = ماف و بەرپرسیارێتییەکان

article-fallback = بە { $shown } پیشان دراوە: هێشتا نەکراوە بە { $requested }.
article-stale = لەوانەیە ئەم وەرگێڕانە کۆن بێت: وەشانی ئینگلیزی لەو کاتەوە گۆڕاوە.
article-share = هاوبەشکردن
article-copied = کۆپی کرا. دەتوانیت لە نامەیەکدا دایبنێیت.
article-copy-failed = کۆپی نەکرا. دەقەکە دیاری بکە و خۆت کۆپیی بکە.
article-checked-on = پشکنراوە لە { $date }
article-machine-translation = ئەم دەقە کۆمپیوتەر وەریگێڕاوە. ئەگەر شتێک ڕوون نییە، لە خۆبەخشێکی هاوتا بپرسە.
article-machine-volunteers = ئەو خۆبەخشانەی بە { $language } قسە دەکەن
article-overdue = { $months ->
        [one] ئەم ڕێنماییە دوایین جار { $months } مانگ لەمەوبەر پشکنراوە: لەوانەیە یاساکان گۆڕابن.
       *[other] ئەم ڕێنماییە دوایین جار { $months } مانگ لەمەوبەر پشکنراوە: لەوانەیە یاساکان گۆڕابن.
    }
article-overdue-undated = کاتی پشکنینەوەی ئەم ڕێنماییە تێپەڕیوە: لەوانەیە یاساکان گۆڕابن.
article-sources = سەرچاوەکان
article-source-retrieved = خوێندراوەتەوە لە { $date }
text-size = قەبارەی دەق
text-smaller = دەقی بچووکتر
text-larger = دەقی گەورەتر

search-title = گەڕان
search-label = گەڕان لە ڕێنماییەکاندا
search-placeholder = بۆ نموونە: پزیشک، خانوو، پارە
search-results =
    { $count ->
        [one] { $count } ئەنجام
       *[other] { $count } ئەنجام
    }
search-none = هیچ شتێک بۆ «{ $query }» نەدۆزرایەوە. وشەیەکی تر تاقی بکەوە.
search-pending = گەڕان هێشتا دوای دوایین نوێکردنەوە ئامادە دەبێت. لەوانەیە هەندێک ڕێنمایی هێشتا لە ئەنجامەکاندا دەرنەکەون.

services-title = خزمەتگوزارییەکان
services-open-now = ئێستا کراوەیە
services-count =
    { $count ->
        [one] { $count } خزمەتگوزاری
       *[other] { $count } خزمەتگوزاری
    }
services-none = هیچ خزمەتگوزارییەک لەگەڵ ئەم پاڵاوتنانە ناگونجێت.
service-open = ئێستا کراوەیە
service-closed = ئێستا داخراوە
service-call = پەیوەندی بکە
service-copy-address = ناونیشان کۆپی بکە
service-address-copied = ناونیشان کۆپی کرا.
service-website = ماڵپەڕ
service-speaks = زمانەکانی قسەکردن:
service-accessibility = دەستڕاگەیشتن:
service-hours = کاتەکانی کارکردن
service-closed-all-day = داخراوە
service-sample = زانیاریی نموونە
service-sample-note = ئەمە خزمەتگوزارییەکی ڕاستەقینە نییە: تەنها نیشان دەدات بەرنامەکە چۆن کار دەکات.
service-checked-on = وردەکارییەکان لە { $date } پشکنران
service-cost-free = بەخۆڕایی
service-cost-low-cost = هەرزان
service-cost-paid = بە پارە
service-access-walk-in = بێ کاتی دیاریکراو
service-access-appointment = بە کاتی دیاریکراو
service-access-walk-in-or-appointment = بە کات یان بێ کات

volunteers-title = خۆبەخشە هاوڕێکان
volunteers-intro = پەنابەرانێک کە بە هەمان ڕێگادا تێپەڕیون و دەتوانن یارمەتی بدەن. تەنها ئەو زانیارییانە پیشان دەدرێن کە هەر خۆبەخشێک ویستوویەتی هاوبەشی بکات.
volunteers-count =
    { $count ->
        [one] { $count } خۆبەخش
       *[other] { $count } خۆبەخش
    }
volunteers-none = هیچ خۆبەخشێک لەگەڵ ئەم پاڵاوتنانە ناگونجێت.
volunteer-speaks = قسە دەکات بە:
volunteer-knows = شارەزایە لە:
volunteer-no-contact = داوا لە پڕۆژەکە بکە پەیوەندیتان پێکەوە ببەستێت.
volunteers-available-now = ئێستا بەردەستە
volunteers-are-you-one = خۆبەخشێکی هاوڕێیت؟ پرۆفایلەکەت دروست بکە
volunteer-away-until = تا { $date } بەردەست نییە
volunteer-usually-free = بەزۆری بەردەستە:
contact-call = پەیوەندی بکە
contact-text = نامە بنێرە
contact-whatsapp = واتسئاپ
contact-signal = سیگناڵ
contact-email = ئیمەیڵ بنێرە
profile-title = پرۆفایلی خۆبەخشییەکەت
profile-is-coordinator = ئەم ئامێرە وەک ڕێکخەر چووەتە ژوورەوە.
join-explain = بۆ ئەوەی ببیتە خۆبەخشێکی هاوڕێ، داوای کۆدی بانگهێشت لە ڕێکخەرێک بکە. لێرە بینووسە لەگەڵ ناونیشانی سێرڤەری ڕێکخراوەکەت.
join-code = کۆدی بانگهێشت
join-code-hint = بۆ نموونە K7QM-3XPA-9RTD. تەنها یەک جار کار دەکات.
join-submit = بەشداری بکە
profile-state-new = هێشتا پرۆفایلت نییە. فۆرمی خوارەوە پڕ بکەرەوە. تا ڕێکخەرێک پەسەندی نەکات، کەس نایبینێت.
profile-state-unsent = پرۆفایلەکەت لەم ئامێرەدا پاشەکەوت کراوە. کاتێک ئۆنلاین بوویت دەنێردرێت، و دوای ئەوەی ڕێکخەرێک پەسەندی کرد بە کەسانی تر پیشان دەدرێت.
profile-state-pending = پرۆفایلەکەت چاوەڕێی پەسەندکردنی ڕێکخەرێکە. تا ئەو کاتە هیچ کەسێکی تر ناتوانێت بیبینێت.
profile-state-changed = گۆڕانکارییەکانت چاوەڕێی پەسەندکردنی ڕێکخەرێکن. تا ئەو کاتە کەسانی تر پرۆفایلەکەت وەک دوایین جار کە پەسەند کرا دەبینن.
profile-state-approved = پەسەند کرا: تازەهاتووان و خۆبەخشەکانی تر دەتوانن بتدۆزنەوە.
profile-state-suspended = ڕێکخەرێک پرۆفایلەکەتی بۆ ماوەیەک ڕاگرتووە، بۆیە کەسانی تر ناتوانن بیبینن. تکایە لەگەڵ ڕێکخەرەکەت قسە بکە.
profile-deleted = پرۆفایلەکەت سڕایەوە. دوای هاوکاتکردنی داهاتوو، لەگەڵ زانیارییەکانی پەیوەندیت لە هەموو ئامێرێک نامێنێت.
profile-edit = زانیارییەکانت
profile-name = ئەو ناوەی پیشان دەدرێت
profile-name-hint = ناوی یەکەم یان نازناوێک بەسە.
profile-languages = ئەو زمانانەی قسەیان پێ دەکەیت
profile-language = زمان
profile-level = ئاست
profile-remove = لابردن
profile-add-language = زمانێک زیاد بکە
profile-topics = لە چی دەتوانیت یارمەتی بدەیت
profile-availability = بەزۆری کەی بەردەستیت
profile-availability-hint = ڕۆژەکان دیاری بکە و کاتەکان بنووسە (بە کاتی گلاسگۆ).
profile-from = کاتی دەستپێک، { $day }
profile-to = کاتی کۆتایی، { $day }
profile-add-time = کاتێکی تر زیاد بکە
profile-away-until = بەردەست نیم تا (ئارەزوومەندانە)
profile-away-hint = لەو ماوەیەی بەردەست نیت، وەک بەردەست پیشان نادرێیت. ئەمە یەکسەر جێبەجێ دەبێت، بێ پێویستی بە پەسەندکردن.
profile-back = گەڕامەوە
profile-contacts = خەڵک چۆن دەتوانن پەیوەندیت پێوە بکەن
profile-contacts-hint = بۆ هەر ڕێگایەک، هەڵبژێرە کێ دەتوانێت بیبینێت. تەنها ئەوەی تۆ هەڵیدەبژێریت بۆ تەلەفۆنەکانیان دەنێردرێت.
profile-channel = ڕێگا
profile-contact-email = ناونیشانی ئیمەیڵ
profile-contact-number = ژمارە
profile-visible-to = کێ دەتوانێت بیبینێت
audience-everyone = هەمووان، تازەهاتووانیش
audience-volunteers = خۆبەخشەکان و ڕێکخەرەکان
audience-coordinators = تەنها ڕێکخەرەکان
profile-add-contact = ڕێگایەکی پەیوەندی زیاد بکە
profile-about = دەربارەی تۆ
profile-about-in = بە { $language }
profile-save = پاشەکەوتکردن
profile-saved = لەم ئامێرەدا پاشەکەوت کرا. لە هاوکاتکردنی داهاتوودا دەنێردرێت.
profile-preview = ئەوەی کەسانی تر دەیبینن
profile-preview-hint = تازەهاتووان و خۆبەخشەکانی تر ئەمە دەبینن دوای ئەوەی ڕێکخەرێک پرۆفایلەکەتی پەسەند کرد.
profile-preview-suspended = تا پرۆفایلەکەت ڕاگیراوە، هیچ کەسێکی تر نایبینێت.
profile-preview-everyone = وەک تازەهاتوویەک دەتبینێت
profile-preview-volunteers = وەک خۆبەخشەکانی تر دەتبینن
profile-delete-title = سڕینەوەی پرۆفایلەکەت
profile-delete-explain = ئەمە دوای هاوکاتکردنی داهاتوو، پرۆفایل و زانیارییەکانی پەیوەندیت لە سێرڤەرەکە و لە هەموو ئامێرێک دەسڕێتەوە.
profile-delete = پرۆفایلەکەم بسڕەوە
profile-delete-confirm = بەڵێ، لە هەموو شوێنێک بیسڕەوە
review-title = پێداچوونەوەی پرۆفایلی خۆبەخشەکان
review-intro = پرۆفایلە نوێ و گۆڕاوەکان تەنها دوای ئەوەی تۆ پەسەندیان دەکەیت بە کەسانی تر پیشان دەدرێن. لێرە هەموو زانیارییەکانی پەیوەندی دەبینیت.
review-group-pending =
    { $count ->
        [one] چاوەڕێی پەسەندکردن ({ $count })
       *[other] چاوەڕێی پەسەندکردن ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] ڕاگیراو ({ $count })
       *[other] ڕاگیراو ({ $count })
    }
review-group-approved =
    { $count ->
        [one] پەسەندکراو ({ $count })
       *[other] پەسەندکراو ({ $count })
    }
review-new = پرۆفایلی نوێ:
review-changed = گۆڕاوە لە دوای پەسەندکردنەوە:
field-display-name = ناو
field-languages = زمانەکان
field-topics = بابەتەکان
field-availability = کاتی بەردەستبوون
field-contacts = زانیارییەکانی پەیوەندی
field-about = دەربارە
field-away-until = بەردەست نییە تا
review-approve = پەسەندکردن
review-suspend = ڕاگرتن
review-reinstate = دووبارە پیشاندانەوە
settings-volunteering = خۆبەخشی
fluency-native = زمانی دایک
fluency-fluent = بە ڕەوانی
fluency-conversational = ئاستی گفتوگۆ
fluency-basic = ئاستی سەرەتایی
channel-phone = تەلەفۆن
channel-whatsapp = واتسئاپ
channel-signal = سیگناڵ
channel-email = ئیمەیڵ

settings-title = ڕێکخستنەکان
settings-language = زمان
settings-about = دەربارە
sync-title = هاوکاتکردن لەگەڵ ڕێکخراوەکەت
sync-explain = ڕێبەری هاوڕێیان بێ ئینتەرنێت کار دەکات. کاتێک ئۆنلاینیت، ڕێنماییە نوێ و نوێکراوەکان لە سێرڤەری ڕێکخراوەکەتەوە وەردەگرێت. سێرڤەرەکە تەنها ئەو زمانانە دەزانێت کە لەم ئامێرەدا دەخوێندرێنەوە. هیچ شتێکی تر دەربارەی تۆ نانێردرێت.
sync-address = ناونیشانی سێرڤەر
sync-address-hint = ڕێکخراوەکەت ناونیشانەکەیت پێ دەڵێت، بۆ نموونە https://hub.example.org
sync-connect = پەیوەستبوون
sync-cancel = هەڵوەشاندنەوە
sync-disconnect = پچڕاندنی پەیوەندی
sync-connected = پەیوەستە بە
sync-role =
    { $role ->
        [volunteer] وەک خۆبەخش چوویتە ژوورەوە
        [coordinator] وەک ڕێکخەر چوویتە ژوورەوە
       *[reader] بۆ خوێندنەوە پێویستت بە هەژمار نییە
    }
sync-change-address = گۆڕینی ناونیشان
sync-now = ئێستا هاوکات بکە
sync-running = هاوکات دەکرێت…
sync-last = دوایین هاوکاتکردن: { $when }
sync-never = هێشتا هاوکات نەکراوە.
sync-failed = دوایین هەوڵ ({ $when }) سەرکەوتوو نەبوو: { $reason }
sync-offline = تۆ ئۆفلاینیت. هەموو شتێک لەم ئامێرەدا هێشتا کار دەکات. کاتێک دووبارە ئۆنلاین بوویتەوە، هاوکات دەکرێت.
sync-changes = چی گۆڕا ({ $when })
sync-changes-articles =
    { $count ->
        [one] وتارێک نوێیە یان نوێکراوەتەوە
       *[other] { $count } وتار نوێن یان نوێکراونەتەوە
    }
sync-changes-services =
    { $count ->
        [one] خزمەتگوزارییەک نوێیە یان نوێکراوەتەوە
       *[other] { $count } خزمەتگوزاری نوێن یان نوێکراونەتەوە
    }
sync-changes-volunteers =
    { $count ->
        [one] پرۆفایلی خۆبەخشێک نوێیە یان نوێکراوەتەوە
       *[other] { $count } پرۆفایلی خۆبەخش نوێن یان نوێکراونەتەوە
    }
sync-changes-restarted = هەموو ڕێبەرەکە دووبارە دابەزێنرایەوە.
sync-key-changed = کلیلی واژۆی ڕێکخراوەکە گۆڕاوە. تەنها ئەگەر ڕێکخراوەکەت پێی وتیت کە گۆڕاوە، کلیلە نوێیەکە قبووڵ بکە. ئەگەرنا، لەوانەیە کەسێک خۆی وەک ئەوان نیشان بدات.
sync-accept-key = کلیلە نوێیەکە قبووڵ بکە
sync-pending =
    { $count ->
        [one] گۆڕانکارییەکی تۆ چاوەڕێی ناردنە.
       *[other] { $count } گۆڕانکاریی تۆ چاوەڕێی ناردنن.
    }
about-version = وەشانی { $version }
about-content-date = ناوەڕۆک لە { $date } نوێ کرایەوە
about-content-never = هێشتا هیچ ناوەڕۆکێک بار نەکراوە.
about-privacy = هیچ شتێک دەربارەی تۆ لەم ئامێرە دەرناچێت: بێ هەژمار، بێ بەدواداچوون.
about-translations = وەرگێڕانەکانی بەرنامەکە بە ئامێر کراون و هێشتا قسەکەرانی زمانەکە پێیاندا نەچوونەتەوە.

error-unknown-language = ئەم زمانە بەردەست نییە.
error-invalid-language-tag = ئەم کۆدی زمانە دروست نییە.
error-unknown-topic = ئەم بابەتە بوونی نییە.
error-article-not-found = ئەم وتارە نەدۆزرایەوە. لەوانەیە لابرابێت.
error-no-translation = ئەم وتارە نە بە زمانی تۆ و نە بە ئینگلیزی بەردەستە.
error-invalid-date-time = ئەم بەروار یان کاتە دروست نییە.
error-invalid-pack = ناوەڕۆکی ڕێبەرەکە بار نەکرا.
error-io = فایلەکانی ڕێبەرەکە نەخوێندرانەوە.
error-database-version = داتاکانی ڕێبەرەکە پێویستیان بە وەشانێکی نوێتری بەرنامەکەیە.
error-database = داتاکانی ڕێبەرەکە نەخوێندرانەوە.
error-corrupt-record = هەندێک لە داتاکانی ڕێبەرەکە تێکچوون.
error-invalid-parameters = بەرنامەکە شتێکی لە ڕێبەرەکە داوا کرد کە تێی نەگەیشت.
error-not-found = ئەم پەڕەیە بوونی نییە.
error-internal = ڕێبەرەکە تووشی کێشە بوو. تکایە دووبارە هەوڵ بدەوە.
error-network = نەتوانرا بگەیتە ڕێبەرەکە. دڵنیا بەرەوە کە هێشتا کار دەکات.
error-hub-unreachable = نەتوانرا بگەیتە سێرڤەرەکە. پەیوەندییەکەت بپشکنە. هەموو شتێک لەم ئامێرەدا هێشتا کار دەکات.
error-hub-refused = سێرڤەرەکە داواکارییەکەی ڕەت کردەوە.
error-protocol-mismatch = ئەم بەرنامەیە و سێرڤەرەکە وەشانی جیاواز بەکاردەهێنن. پێویستە یەکێکیان نوێ بکرێتەوە.
error-hub-garbled = سێرڤەرەکە شتێکی نارد کە نەخوێندرایەوە. هیچ شتێک نەگۆڕا.
error-bad-signature = سێرڤەرەکە ناوەڕۆکێکی نارد کە ڕێکخراوەکەت واژۆی نەکردووە. پاشەکەوت نەکرا.
error-rollback = سێرڤەرەکە وەشانێکی ناوەڕۆکی نارد کە لەوەی لەم ئامێرەدا هەیە کۆنترە. پاشەکەوت نەکرا.
error-page-tampered = شتێک لە تۆڕەکەدا ئەوەی سێرڤەرەکە ناردی گۆڕی. هیچی پاشەکەوت نەکرا؛ دووبارە یان لە تۆڕێکی تر هەوڵ بدەرەوە.
error-hub-stalled = سێرڤەرەکە بەردەوام دەیگوت زیاتر دێت بەڵام هیچی نوێی نەنارد. هاوکاتکردن وەستێنرا؛ ئەوەی گەیشت هەڵگیرا.
error-sync-timeout = هاوکاتکردن زۆری خایاند و وەستێنرا. ئەوەی گەیشت هەڵگیرا؛ ئەوانی تر جاری داهاتوو دێن.
error-org-key-changed = کلیلی واژۆی ڕێکخراوەکە گۆڕاوە.
error-profile-deleted = ئەم پرۆفایلە سڕاوەتەوە.
error-invalid-change = ئەم گۆڕانکارییە لە پرۆفایلەکەدا دروست نییە.
error-profile-too-large = ئەم پرۆفایلە زۆر درێژە. دەقەکە کورت بکەرەوە، یان زمان و بابەت و ڕێگای پەیوەندی کەمتر دابنێ.
error-invalid-display-name = ئەم ناوە ناتوانرێت پیشان بدرێت. پیتی دیار بەکاربهێنە، بەبێ نیشانەی کۆنترۆڵی تایبەت.
error-invalid-hub-address = ئەم ناونیشانە بەکارنایەت. دەبێت بە https:// دەست پێ بکات (http:// تەنها لەناو تۆڕێکی ناوخۆییدا).
error-no-hub = ئەم ئامێرە هێشتا بە هیچ سێرڤەرێک پەیوەست نییە.
error-not-a-volunteer = ئەم ئامێرە وەک خۆبەخش نەچووەتە ژوورەوە. سەرەتا بە کۆدی بانگهێشت بەشداری بکە.
error-not-a-coordinator = تەنها ئامێری ڕێکخەرێک دەتوانێت پێداچوونەوە بە پرۆفایلەکاندا بکات.
error-invite-unknown = ئەم کۆدی بانگهێشتە نەناسراوە. بیپشکنە و دووبارە هەوڵ بدەوە.
error-invite-used = ئەم کۆدی بانگهێشتە پێشتر بەکارهاتووە. داوای کۆدێکی نوێ لە ڕێکخەرەکەت بکە.
error-invite-expired = ماوەی ئەم کۆدی بانگهێشتە بەسەرچووە. داوای کۆدێکی نوێ لە ڕێکخەرەکەت بکە.
error-profile-changed = پرۆفایلەکە لەو کاتەوەی سەیرت کرد گۆڕاوە. پێش بڕیاردان دووبارە سەیری بکەرەوە.
error-profile-not-found = ئەم پرۆفایلە چیتر بوونی نییە.
error-token-revoked = دەستگەیشتنی ئەم ئامێرە وەرگیرایەوە. داوای کۆدێکی بانگهێشتی نوێ لە ڕێکخەرەکەت بکە.
error-token-expired = ماوەی دەستگەیشتنی ئەم ئامێرە بەسەرچووە. داوای کۆدێکی بانگهێشتی نوێ لە ڕێکخەرەکەت بکە.
error-token-unknown = سێرڤەرەکە ئەم ئامێرە ناناسێت. داوای کۆدێکی بانگهێشتی نوێ لە ڕێکخەرەکەت بکە.
error-unknown = هەڵەیەک ڕوویدا (کۆد: { $code }).
reader-explain = تۆ ڕێبەری گشتی ڕێکخراوەکە لەسەر ماڵپەڕەکەی دەخوێنیتەوە: ڕێنمایی، خزمەتگوزاری و خۆبەخشە بڵاوکراوەکان. دوای ئەم سەردانە، بێ ئینتەرنێتیش لەسەر ئەم مۆبایلە دەکرێتەوە، بەو زمانەی هەڵتبژاردووە. بۆ خۆبەخشی، ئەپی ڕێبەری هاوڕێیان دابمەزرێنە.

## The organisation's contact, and one service on its own screen.
services-fallback = هەندێک لە وەسفەکانی خوارەوە بە { $shown } پیشان دراون: هێشتا نەکراون بە { $requested }.
services-all = هەموو خزمەتگوزارییەکان
service-directions = ڕێنمایی ڕێگا
service-share-link = هاوبەشکردنی بەستەر
service-link-copied = بەستەرەکە کۆپی کرا. دەتوانیت لە نامەیەکدا دایبنێیت.
service-closures = لەم ڕۆژانەدا داخراوە
service-closure = لە { $from } تا { $to }
service-today = ئەمڕۆ
contact-title = پەیوەندی بە پڕۆژەکەوە بکە
contact-intro = { $name } ئەم ڕێبەرە بەڕێوە دەبات. دەتوانیت تەلەفۆن بکەیت، بنووسیت یان سەردان بکەیت.
contact-interpreter = پێویستت بە وەرگێڕ هەیە؟
contact-none = ئەم ڕێبەرە هێشتا ناڵێت چۆن پەیوەندی بە پڕۆژەکەوە بکەیت. لەو کەسە بپرسە کە ئەپەکەی پێدایت.
contact-link = چۆن پەیوەندی بە پڕۆژەکەوە بکەیت
error-service-not-found = ئەم خزمەتگوزارییە نەدۆزرایەوە. لەوانەیە لابرابێت.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = بۆ خوێندنەوە بەبێ ئینتەرنێت پاشەکەوت کرا. دوایین وەرگرتنی ناوەڕۆک { $when }.
offline-updated = نوێ کرایەوە. دوایین وەرگرتنی ناوەڕۆک { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = هەفتە یەکەمەکانم: پلانێک بە بەروارەکانی خۆت
plan-home-hint = دوای بڕیارەکەت سەرەتا چی بکەیت و تا کەی. تەنها لەسەر ئەم مۆبایلە دەمێنێتەوە.
plan-title = هەفتە یەکەمەکانم
plan-intro = هەنگاوەکانی دوای بڕیارەکەت بە ڕیز، لەگەڵ ئەو ڕۆژەی هەر یەکێکیان دەبێت بکرێت. بەروار و نیشانە و تێبینییەکانت تەنها لەسەر ئەم مۆبایلە دەمێننەوە: هەرگیز بۆ هیچ شوێنێک نانێردرێن.
plan-guide-title = پلانی گواستنەوە، هەنگاو بە هەنگاو
plan-guide-intro = هەموو هەنگاوەکانی پلان بەبێ بەرواری کەس، بۆ ئەوەی بۆ کەسێکی ڕوون بکەیتەوە.
plan-machine-translated = ئەم پلانە بە ئامێر وەرگێڕدراوە و هێشتا کەس پشکنینی نەکردووە. هەر شتێکی گرنگ لەگەڵ ڕاوێژکارێک بپشکنە.
plan-open-own = پلانەکەی خۆم بکەرەوە
plan-open-guide = یارمەتی کەسێک دەدەیت؟ هەنگاوەکان بەبێ بەروار بکەرەوە
plan-none = ئەم ڕێبەرە هێشتا پلانی گواستنەوەی نییە.
plan-end-title = پشتگیری پەنابەرییەکەت لە { $date } کۆتایی دێت
plan-end-from-letter = ئەمە بەرواری نامەکەتە.
plan-end-from-rule = { $days } ڕۆژ لە بڕیارەکەتەوە. ئەگەر نامەیەک بەرواری تر دەڵێت، بینووسە: بەرواری نامەکە پێوەرە.
plan-end-from-rule-since = { $days } ڕۆژ لە بڕیارەکەتەوە (یاسای بڕیارەکانی لە { $from }ەوە). ئەگەر نامەیەک بەرواری تر دەڵێت، بینووسە: بەرواری نامەکە پێوەرە.
plan-end-check-letters = یاساکان دەگۆڕێن. هەمیشە پشت بە بەرواری نامەکانی خۆت ببەستە و لەگەڵ ڕاوێژکارێک بپشکنە.
plan-first-step = سەرەتا ئەمە بکە
plan-linked-step = ئەو هەنگاوەی کردتەوە
plan-other-steps = هەنگاوەکانی تر
plan-all-steps = هەموو هەنگاوەکان
plan-dates-title = بەروارەکانت
plan-private = تەنها لەسەر ئەم مۆبایلە دەمێنێتەوە. هەرگیز نانێردرێت.
plan-decision-label = بەرواری سەر نامەی بڕیار
plan-support-end-label = بەرواری کۆتایی پشتگیری، ئەگەر نامەیەک پێی گوتبیت
plan-support-end-hint = ئەگەر نایزانیت بەتاڵی بهێڵە: پلانەکە لە بڕیارەکەتەوە حیسابی دەکات.
plan-save-dates = پاشەکەوتی بەروارەکان
plan-decision-on = بڕیار: { $date }
plan-change-dates = گۆڕینی بەروارەکان
plan-due = تا { $date }
plan-status-done = کرا
plan-status-overdue = دواکەوتوو
plan-status-today = ئەمڕۆ
plan-status-soon = ئەم هەفتەیە
plan-status-later = دواتر
plan-rule-after-decision = لە ماوەی { $days } ڕۆژ دوای بڕیارەکەت
plan-rule-before-support-end = { $days } ڕۆژ پێش کۆتایی پشتگیری
plan-rule-after-support-end = { $days } ڕۆژ دوای کۆتایی پشتگیری
plan-rule-on-support-end = لە ڕۆژی کۆتایی پشتگیری
plan-read-more = زیاتر بخوێنەوە
plan-done = کرا
plan-note = تێبینییەکەم
plan-save-note = پاشەکەوتی تێبینی
plan-share-step = لینکی ئەم هەنگاوە کۆپی بکە
plan-link-copied = لینکەکە کۆپی کرا.
plan-tools-title = ڕۆژژمێر و تایبەتمەندی
plan-calendar-hint = بەروارەکان بخە ناو ڕۆژژمێری مۆبایلەکەت، لەگەڵ بیرخستنەوە لە ڕۆژی پێشوو. فایلەکە لەسەر ئەم مۆبایلە دروست دەکرێت.
plan-calendar = زیادکردن بۆ ڕۆژژمێر (.ics)
plan-delete-explain = بەروار و نیشانە و تێبینییەکانت لەم مۆبایلە بسڕەوە. هەنگاوەکان دەمێننەوە.
plan-delete = پلانەکەم بسڕەوە
plan-delete-question = هەموو بەروار و نیشانە و تێبینییەکانت بسڕدرێنەوە؟ ناگەڕێتەوە.
plan-delete-confirm = بەڵێ، هەمووی بسڕەوە
plan-deleted = پلانەکەت لەم مۆبایلە سڕایەوە.
plan-reminder-title = کاتەکەی سبەینێیە
plan-reminder-body = { $step }: تا { $date }
error-plan-not-found = ئەم ڕێبەرە هێشتا پلانی گواستنەوەی نییە.
error-plan-step-not-found = ئەم هەنگاوە چیتر لە پلانەکەدا نییە.
error-invalid-plan-entry = بەروارەکان بپشکنە: بڕیار ناتوانێت دوای ئەمڕۆ بێت، و پشتگیری ناتوانێت پێش بڕیار کۆتایی بێت.
## The device lock, wipes, leaving.
lock-title = ڕێبەری هاوەڵان قفڵ کراوە
lock-pin = ژمارەی نهێنی یان دەستەواژەی تێپەڕبوون
lock-unlock = کردنەوەی قفڵ
lock-attempts-left =
    { $count ->
        [one] یەک ژمارەی نهێنی هەڵەی تر و زانیاریی خۆبەخشان لەم ئامێرە دەسڕێتەوە.
       *[other] دوای { $count } ژمارەی نهێنی هەڵەی یەک لە دوای یەک، زانیاریی خۆبەخشان لەم ئامێرە دەسڕێتەوە.
    }
lock-settings-title = قفڵی ئەپ
lock-reader-explain = ئەم ئەپە بە ژمارەی نهێنی قفڵ بکە، بۆ نموونە لەسەر مۆبایلێک کە لەگەڵ کەسانی تر بەکاری دەهێنیت. ئینجا ئەوەی ئەپەکە هەڵیدەگرێت لەم ئامێرەدا شفرە دەکرێت.
lock-new-pin = ژمارەی نهێنی یان دەستەواژەی نوێ (لانیکەم ٦ پیت)
lock-confirm-pin = هەمان شت دووبارە
lock-pin-mismatch = ئەم دووانە وەک یەک نین.
lock-set = قفڵی بکە
lock-on = ئەم ئەپە بە ژمارەی نهێنی قفڵ کراوە. ئەوەی هەڵیدەگرێت لەم ئامێرەدا شفرە کراوە.
lock-idle = دوای ئەم ماوەیە بێ بەکارهێنان قفڵ بێت
lock-idle-minutes =
    { $count ->
        [one] ١ خولەک
       *[other] { $count } خولەک
    }
lock-now = ئێستا قفڵی بکە
lock-change-title = گۆڕینی ژمارەی نهێنی
lock-old-pin = ژمارەی نهێنیی ئێستا
lock-change = گۆڕینی ژمارەی نهێنی
lock-remove-title = کوژاندنەوەی قفڵ
lock-remove = بیکوژێنەوە
join-pin-explain = ئەم ئامێرە پەیوەندییەکانی خۆبەخشانی تر هەڵدەگرێت، بۆیە بە ژمارەی نهێنی قفڵ دەکرێت: لانیکەم ٦ ژمارە یان دەستەواژەیەک. دە ژمارەی نهێنی هەڵەی یەک لە دوای یەک زانیاریی خۆبەخشان دەسڕێتەوە.
wipe-notice-token-revoked = هەماهەنگکارێک دەستگەیشتنی ئەم ئامێرەی کۆتایی پێهێنا. پەیوەندی و پرۆفایلی خۆبەخشان لێی سڕانەوە؛ ڕێنماییەکان هێشتا لێرەن.
wipe-notice-wrong-pins = دە ژمارەی نهێنی هەڵە یەک لە دوای یەک نووسران، بۆیە زانیاریی خۆبەخشان لەم ئامێرە سڕایەوە. ڕێنماییەکان هێشتا لێرەن.
wipe-notice-left = تۆ لەم ئامێرەدا ڕێکخراوەکەت جێهێشت. پەیوەندی و پرۆفایلی خۆبەخشان لێی سڕانەوە.
wipe-lost-edits =
    { $count ->
        [one] گۆڕانکارییەک لە پرۆفایلەکەت هێشتا نەنێردرابوو و ون بوو.
       *[other] { $count } گۆڕانکاری لە پرۆفایلەکەت هێشتا نەنێردرابوون و ون بوون.
    }
wipe-dismiss = باشە
leave-title = جێهێشتنی ڕێکخراوەکە لەم ئامێرەدا
leave-explain = ئەمە پەیوەندیی هەموو خۆبەخشان، گۆڕانکارییە نەنێردراوەکانی پرۆفایلەکەت و دەستگەیشتنی ئەم ئامێرە دەسڕێتەوە. ڕێنماییەکان دەمێننەوە.
leave-button = لەم ئامێرەدا جێی بهێڵە
leave-confirm = بەڵێ، هەمووی بسڕەوە
review-revoke = کۆتایی بە دەستگەیشتنی ئەم خۆبەخشە بهێنە
review-revoke-confirm = بەڵێ: مۆبایلەکەی لە پەیوەندیی داهاتوودا زانیاریی خۆبەخشان دەسڕێتەوە
review-revoked = دەستگەیشتن کۆتایی هات. مۆبایلەکەی لە پەیوەندیی داهاتوودا زانیاریی خۆبەخشان دەسڕێتەوە.
error-locked = ئەپەکە قفڵ کراوە. ژمارەی نهێنییەکەت بنووسە.
error-wrong-pin = ژمارەی نهێنی هەڵەیە.
error-pin-wiped = ژمارەی نهێنیی هەڵەی زۆر: زانیاریی خۆبەخشان لەم ئامێرە سڕایەوە. ڕێنماییەکان هێشتا لێرەن.
error-invalid-pin = ژمارەی نهێنی یان دەستەواژە پێویستی بە لانیکەم ٦ پیت هەیە.
error-lock-required = ئامێری خۆبەخش یان هەماهەنگکار هەمیشە قفڵ دەمێنێتەوە.
error-no-lock = ئەم ئامێرە ژمارەی نهێنیی نییە.
error-keystore-missing = کۆگای کلیلی سیستەمی ئەم ئامێرە چیتر نیوەکەی تری کلیلەکەی تێدا نییە، بۆیە زانیارییەکانی جارێکی تر ناکرێنەوە. بیانسڕەوە و لە سەرەتاوە دەست پێبکەرەوە، پاشان بە کۆدی بانگهێشتێکی نوێ بەشداربە.
error-keystore-unavailable = ئێستا ناتوانرێت بگەیت بە کۆگای کلیلی سیستەمی ئەم ئامێرە (لەوانەیە داخرابێت). بیکەرەوە، یان دووبارە بچۆرە ناو ئەم کۆمپیوتەرە، و جارێکی تر هەوڵ بدەرەوە.
wipe-notice-started-over = زانیارییەکانی ئەم ئامێرە سڕانەوە بۆ ئەوەی لە سەرەتاوە دەست پێبکاتەوە. ڕێنماییەکان هێشتا لێرەن؛ داوای کۆدی بانگهێشتێکی نوێ لە هەماهەنگکارەکەت بکە.
lock-keystore-on = بەشێک لە کلیلەکە لە کۆگای کلیلی سیستەمی ئەم ئامێرەشدا هەڵگیراوە، بۆیە کۆپییەکی فایلەکان تەنها بە ژمارەی نهێنی ناکرێتەوە.
lock-keystore-off = ئەم ئامێرە کۆگای کلیل نادات بەم بەرنامەیە: تەنها ژمارەی نهێنی ئەوەی تێیدایە دەپارێزێت.
start-over-button = زانیارییەکانی ئەم ئامێرە بسڕەوە و لە سەرەتاوە دەست پێبکەرەوە
start-over-confirm = بەڵێ، هەمووی بسڕەوە
error-invalid-idle-time = لە نێوان ١ بۆ ٦٠ خولەکدا هەڵبژێرە.

# Suggestions and flags from an article.
feedback-title = ئەم پەڕەیە باشتر بکە
suggest-correction = پێشنیاری ڕاستکردنەوە
suggest-translate-into = وەرگێڕان بۆ
suggest-translate = وەریبگێڕە
suggestions-title = پێشنیارەکانم
flag-open = ئەمە هەڵەیە یان ڕوون نییە
flag-sentence = چی هەڵەیە؟ (ئارەزوومەندانە، یەک ڕستە)
flag-privacy = تەنها پەڕەکە، زمانەکەی و ڕستەکەت دەنێردرێت. هیچ شتێک دەربارەی تۆ نا.
flag-send = بینێرە
flag-sent = سوپاس. ڕێکخراوەکە سەیری دەکات.
flag-queued = سوپاس. جاری داهاتوو کە ئەم ئامێرە پەیوەندی دەکات دەنێردرێت.
suggest-title = پێشنیاری دەق
suggestion-gone = ئەم پێشنیارە ئیتر لەسەر ئەم ئامێرە نییە.
suggestion-not-editable = ئەم پێشنیارە نێردراوە و ئیتر ناگۆڕدرێت.
suggest-what-correction = ڕاستکردنەوەی دەقی { $language }.
suggest-what-translation = وەرگێڕان بۆ { $language }.
suggest-back = گەڕانەوە بۆ بابەتەکە
suggest-field-title = ناونیشان
suggest-field-summary = پوختە
suggest-field-body = دەق
suggest-body-hint = مارکداون: هێڵێکی بەتاڵ لە نێوان بڕگەکاندا، # بۆ ناونیشان، - بۆ لیست.
suggest-preview = پێشبینین
suggest-credit = ئەگەر ڕێکخراوەکە بەکاری هێنا ناوم بهێنە
suggest-save = پاشەکەوتکردنی ڕەشنووس
suggest-send = بینێرە
suggest-delete = سڕینەوەی ڕەشنووس
suggest-saved = لەسەر ئەم ئامێرە پاشەکەوت کرا.
suggest-refused = سێرڤەرەکە نەیتوانی ئەم پێشنیارە وەربگرێت (لەوانەیە بابەتەکە سڕابێتەوە یان خانەیەک زۆر درێژ بێت). بیگۆڕە و دووبارە بینێرە.
suggestions-intro = ئەوەی بۆ ڕێبەرەکە نووسیوتە. پێشنیارە نێردراوەکان لە هاوکاتکردنی داهاتوودا دەگەنە ڕێکخراوەکە.
suggestions-none = هێشتا هیچت پێشنیار نەکردووە.
suggestion-untitled = (هێشتا بێ ناونیشان)
suggestion-kind-correction = ڕاستکردنەوە، { $language }
suggestion-kind-translation = وەرگێڕان بۆ { $language }
suggestion-article = کردنەوەی بابەتەکە
suggestion-state-draft = ڕەشنووس: تەنها لەسەر ئەم ئامێرە
suggestion-state-waiting = چاوەڕێی هاوکاتکردنی داهاتوو
suggestion-state-sent = نێردرا: چاوەڕێی هەماهەنگکارێک
suggestion-state-accepted = پەسەند کرا: سوپاس
suggestion-state-declined = ڕەت کرایەوە
suggestion-reason = هۆکار:
suggestion-edit = دەستکاری
error-invalid-suggestion = پێشنیارەکە بپشکنە: ناونیشان و دەق پێویستن و هەر خانەیەک درێژیی زۆرینەی هەیە.
error-suggestion-not-found = ئەم پێشنیارە پێشتر نێردراوە و ئیتر ناگۆڕدرێت.
