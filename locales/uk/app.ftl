### Peer Guide, Ukrainian (Українська).
### Machine translated, not yet reviewed by a native speaker.

app-name = Peer Guide
skip-to-content = Перейти до змісту
nav-label = Головне меню
nav-home = Головна
nav-search = Пошук
nav-services = Служби
nav-volunteers = Волонтери
nav-settings = Налаштування
loading = Завантаження…
retry = Спробувати ще раз
filters = Фільтри
filter-topic = Тема
filter-any-topic = Усі теми
filter-language = Мова спілкування
filter-any-language = Будь-яка мова
in-language = Мовою: { $language }

first-run-title = Оберіть мову
first-run-hint = Її можна змінити пізніше в налаштуваннях.

home-title = Поради
home-intro = Покрокова допомога після отримання статусу біженця в Шотландії. Працює без інтернету.
home-topics = Усі теми
topic-articles =
    { $count ->
        [one] { $count } стаття
        [few] { $count } статті
        [many] { $count } статей
       *[other] { $count } статті
    }
topic-empty = На цю тему порад поки немає.

topic-first-steps = Перші кроки після надання статусу
topic-housing = Житло
topic-employment = Робота
topic-education = Освіта
topic-health = Здоров'я та соціальна допомога
topic-leisure = Дозвілля
topic-social-connections = Знайомства
topic-language-culture = Мова та культура
topic-safety-stability = Безпека та стабільність
topic-digital-skills = Цифрові навички
topic-rights-responsibilities = Права та обов'язки

article-fallback = Показано мовою { $shown }: ще не перекладено мовою { $requested }.
article-stale = Цей переклад може бути застарілим: англійська версія відтоді змінилася.
article-share = Поділитися
article-copied = Скопійовано. Можна вставити в повідомлення.
article-copy-failed = Не вдалося скопіювати. Виділіть текст і скопіюйте його самі.
article-checked-on = Перевірено { $date }
article-machine-translation = Перекладено комп'ютером. Якщо щось незрозуміло, запитайте волонтера нашої спільноти.
article-machine-volunteers = Волонтери, які говорять мовою: { $language }
article-overdue = { $months ->
        [one] Цей посібник востаннє перевіряли { $months } місяць тому: правила могли змінитися.
        [few] Цей посібник востаннє перевіряли { $months } місяці тому: правила могли змінитися.
        [many] Цей посібник востаннє перевіряли { $months } місяців тому: правила могли змінитися.
       *[other] Цей посібник востаннє перевіряли { $months } місяця тому: правила могли змінитися.
    }
article-overdue-undated = Цей посібник уже мали перевірити знову: правила могли змінитися.
article-sources = Джерела
article-source-retrieved = прочитано { $date }
text-size = Розмір тексту
text-smaller = Менший текст
text-larger = Більший текст

search-title = Пошук
search-label = Пошук у порадах
search-placeholder = Наприклад: лікар, житло, гроші
search-results =
    { $count ->
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
search-none = Нічого не знайдено за запитом «{ $query }». Спробуйте інше слово.
search-pending = Пошук ще готується після останнього оновлення. Деякі поради можуть поки не з’являтися в результатах.

services-title = Служби
services-open-now = Відчинено зараз
services-count =
    { $count ->
        [one] { $count } служба
        [few] { $count } служби
        [many] { $count } служб
       *[other] { $count } служби
    }
services-none = Жодна служба не відповідає цим фільтрам.
service-open = Відчинено зараз
service-closed = Зачинено зараз
service-call = Зателефонувати
service-copy-address = Скопіювати адресу
service-address-copied = Адресу скопійовано.
service-website = Вебсайт
service-speaks = Мови спілкування:
service-accessibility = Доступність:
service-hours = Години роботи
service-closed-all-day = Зачинено
service-sample = Зразкові дані
service-sample-note = Це не справжня служба: вона лише показує, як працює застосунок.
service-checked-on = Дані перевірено { $date }
service-cost-free = Безкоштовно
service-cost-low-cost = Недорого
service-cost-paid = Платно
service-access-walk-in = Без запису
service-access-appointment = За записом
service-access-walk-in-or-appointment = Без запису або за записом

volunteers-title = Волонтери з власним досвідом
volunteers-intro = Біженці, які пройшли через це і можуть допомогти. Показано лише ті дані, якими кожен волонтер вирішив поділитися.
volunteers-count =
    { $count ->
        [one] { $count } волонтер
        [few] { $count } волонтери
        [many] { $count } волонтерів
       *[other] { $count } волонтера
    }
volunteers-none = Жоден волонтер не відповідає цим фільтрам.
volunteer-speaks = Розмовляє:
volunteer-knows = Знається на:
volunteer-no-contact = Попросіть проєкт зв'язати вас.
volunteers-available-now = Вільні зараз
volunteers-are-you-one = Ви волонтер? Створіть свій профіль
volunteer-away-until = Не на зв'язку до { $date }
volunteer-usually-free = Зазвичай має час:
contact-call = Зателефонувати
contact-text = Написати SMS
contact-whatsapp = WhatsApp
contact-signal = Signal
contact-email = Написати листа
profile-title = Ваш профіль волонтера
profile-is-coordinator = На цьому пристрої ви увійшли як координатор.
join-explain = Щоб стати волонтером, попросіть у координатора код запрошення. Введіть його тут разом з адресою сервера вашої організації.
join-code = Код запрошення
join-code-hint = Наприклад, K7QM-3XPA-9RTD. Він спрацює лише один раз.
join-submit = Приєднатися
profile-state-new = У вас ще немає профілю. Заповніть форму нижче: ніхто його не побачить, доки координатор його не схвалить.
profile-state-unsent = Ваш профіль збережено на цьому пристрої. Його буде надіслано, коли ви будете в мережі, а іншим його покажуть, щойно координатор його схвалить.
profile-state-pending = Ваш профіль чекає на схвалення координатора. Доти ніхто інший його не бачить.
profile-state-changed = Ваші зміни чекають на схвалення координатора. Доти інші бачать ваш профіль таким, яким його схвалили востаннє.
profile-state-approved = Схвалено: новоприбулі та інші волонтери можуть вас знайти.
profile-state-suspended = Координатор призупинив ваш профіль, тому інші його не бачать. Будь ласка, поговоріть зі своїм координатором.
profile-deleted = Ваш профіль видалено. Після наступної синхронізації він зникне з усіх пристроїв разом з вашими контактами.
profile-edit = Ваші дані
profile-name = Ім'я для показу
profile-name-hint = Достатньо імені або псевдоніма.
profile-languages = Мови, якими ви розмовляєте
profile-language = Мова
profile-level = Рівень
profile-remove = Прибрати
profile-add-language = Додати мову
profile-topics = З чим ви можете допомогти
profile-availability = Коли ви зазвичай маєте час
profile-availability-hint = Позначте дні й укажіть години (за часом Глазго).
profile-from = Початок, { $day }
profile-to = Кінець, { $day }
profile-add-time = Додати ще час
profile-away-until = Не на зв'язку до (необов'язково)
profile-away-hint = Поки вас немає, вас не показують серед вільних. Це діє одразу, без схвалення.
profile-back = Я знову на зв'язку
profile-contacts = Як з вами можна зв'язатися
profile-contacts-hint = Для кожного способу оберіть, хто може його бачити. На телефони інших людей надсилається лише те, що ви обрали.
profile-channel = Спосіб
profile-contact-email = Адреса ел. пошти
profile-contact-number = Номер
profile-visible-to = Хто може бачити
audience-everyone = Усі, зокрема новоприбулі
audience-volunteers = Волонтери й координатори
audience-coordinators = Лише координатори
profile-add-contact = Додати спосіб зв'язку
profile-about = Про вас
profile-about-in = Мовою: { $language }
profile-save = Зберегти
profile-saved = Збережено на цьому пристрої. Буде надіслано під час наступної синхронізації.
profile-preview = Що бачать інші
profile-preview-hint = Новоприбулі та інші волонтери бачитимуть це, щойно координатор схвалить ваш профіль.
profile-preview-suspended = Поки ваш профіль призупинено, ніхто інший його не бачить.
profile-preview-everyone = Як вас бачать новоприбулі
profile-preview-volunteers = Як вас бачать інші волонтери
profile-delete-title = Видалити профіль
profile-delete-explain = Після наступної синхронізації ваш профіль і контакти буде видалено із сервера та з усіх пристроїв.
profile-delete = Видалити мій профіль
profile-delete-confirm = Так, видалити всюди
review-title = Перевірка профілів волонтерів
review-intro = Нові та змінені профілі бачать інші лише після вашого схвалення. Тут ви бачите всі контактні дані.
review-group-pending =
    { $count ->
        [one] Чекає на схвалення ({ $count })
        [few] Чекають на схвалення ({ $count })
        [many] Чекають на схвалення ({ $count })
       *[other] Чекають на схвалення ({ $count })
    }
review-group-suspended =
    { $count ->
        [one] Призупинено ({ $count })
        [few] Призупинено ({ $count })
        [many] Призупинено ({ $count })
       *[other] Призупинено ({ $count })
    }
review-group-approved =
    { $count ->
        [one] Схвалено ({ $count })
        [few] Схвалено ({ $count })
        [many] Схвалено ({ $count })
       *[other] Схвалено ({ $count })
    }
review-new = Новий профіль:
review-changed = Змінено після схвалення:
field-display-name = ім'я
field-languages = мови
field-topics = теми
field-availability = вільний час
field-contacts = контакти
field-about = про себе
field-away-until = не на зв'язку до
review-approve = Схвалити
review-suspend = Призупинити
review-reinstate = Показувати знову
settings-volunteering = Волонтерство
fluency-native = рідна мова
fluency-fluent = вільно
fluency-conversational = розмовний рівень
fluency-basic = базовий рівень
channel-phone = Телефон
channel-whatsapp = WhatsApp
channel-signal = Signal
channel-email = Ел. пошта

settings-title = Налаштування
settings-language = Мова
settings-about = Про застосунок
sync-title = Синхронізація з вашою організацією
sync-explain = Peer Guide працює без інтернету. Коли ви в мережі, він завантажує нові й оновлені поради із сервера вашої організації. Сервер дізнається лише, якими мовами читають на цьому пристрої. Більше нічого про вас не надсилається.
sync-address = Адреса сервера
sync-address-hint = Адресу вам скаже ваша організація, наприклад https://hub.example.org
sync-connect = Підключити
sync-cancel = Скасувати
sync-disconnect = Відключити
sync-connected = Підключено до
sync-role =
    { $role ->
        [volunteer] Ви увійшли як волонтер
        [coordinator] Ви увійшли як координатор
       *[reader] Для читання обліковий запис не потрібен
    }
sync-change-address = Змінити адресу
sync-now = Синхронізувати зараз
sync-running = Синхронізація…
sync-last = Остання синхронізація: { $when }
sync-never = Ще не синхронізовано.
sync-failed = Остання спроба ({ $when }) не вдалася: { $reason }
sync-offline = Ви не в мережі. Усе на цьому пристрої працює. Синхронізація відбудеться, коли ви знову будете в мережі.
sync-changes = Що змінилося ({ $when })
sync-changes-articles =
    { $count ->
        [one] Додано або оновлено { $count } статтю
        [few] Додано або оновлено { $count } статті
        [many] Додано або оновлено { $count } статей
       *[other] Додано або оновлено { $count } статті
    }
sync-changes-services =
    { $count ->
        [one] Додано або оновлено { $count } службу
        [few] Додано або оновлено { $count } служби
        [many] Додано або оновлено { $count } служб
       *[other] Додано або оновлено { $count } служби
    }
sync-changes-volunteers =
    { $count ->
        [one] Додано або оновлено { $count } профіль волонтера
        [few] Додано або оновлено { $count } профілі волонтерів
        [many] Додано або оновлено { $count } профілів волонтерів
       *[other] Додано або оновлено { $count } профілю волонтерів
    }
sync-changes-restarted = Увесь довідник завантажено заново.
sync-key-changed = Ключ підпису організації змінився. Приймайте новий ключ, лише якщо ваша організація сказала вам, що він змінився. Інакше хтось може видавати себе за неї.
sync-accept-key = Прийняти новий ключ
sync-pending =
    { $count ->
        [one] { $count } ваша зміна чекає на надсилання.
        [few] { $count } ваші зміни чекають на надсилання.
        [many] { $count } ваших змін чекають на надсилання.
       *[other] { $count } вашої зміни чекають на надсилання.
    }
about-version = Версія { $version }
about-content-date = Вміст оновлено { $date }
about-content-never = Вміст ще не завантажено.
about-privacy = Ніщо про вас не залишає цей пристрій: без облікового запису, без стеження.
about-translations = Переклади застосунку зроблено машинно, носії мови їх ще не перевірили.

error-unknown-language = Ця мова недоступна.
error-invalid-language-tag = Цей код мови недійсний.
error-unknown-topic = Такої теми не існує.
error-article-not-found = Цю статтю не знайдено. Можливо, її видалили.
error-no-translation = Ця стаття недоступна ні вашою мовою, ні англійською.
error-invalid-date-time = Ця дата або час недійсні.
error-invalid-pack = Не вдалося завантажити вміст довідника.
error-io = Не вдалося прочитати файли довідника.
error-database-version = Дані довідника потребують новішої версії застосунку.
error-database = Не вдалося прочитати дані довідника.
error-corrupt-record = Частину даних довідника пошкоджено.
error-invalid-parameters = Застосунок надіслав довіднику запит, якого той не зрозумів.
error-not-found = Такої сторінки не існує.
error-internal = У довіднику сталася помилка. Спробуйте ще раз.
error-network = Не вдалося зв'язатися з довідником. Перевірте, чи він ще працює.
error-hub-unreachable = Не вдалося зв'язатися із сервером. Перевірте з'єднання. Усе на цьому пристрої працює.
error-hub-refused = Сервер відхилив запит.
error-protocol-mismatch = Застосунок і сервер використовують різні версії. Один із них треба оновити.
error-hub-garbled = Сервер надіслав дані, які не вдалося прочитати. Нічого не змінено.
error-bad-signature = Сервер надіслав вміст, не підписаний вашою організацією. Його не збережено.
error-rollback = Сервер надіслав старішу версію вмісту, ніж уже є на цьому пристрої. Її не збережено.
error-page-tampered = Щось у мережі змінило те, що надіслав сервер. Нічого з цього не збережено; спробуйте ще раз або в іншій мережі.
error-hub-stalled = Сервер повідомляв, що буде ще, але нічого нового не надсилав. Синхронізацію зупинено; отримане збережено.
error-sync-timeout = Синхронізація тривала надто довго й була зупинена. Отримане збережено; решта надійде наступного разу.
error-org-key-changed = Ключ підпису організації змінився.
error-profile-deleted = Цей профіль видалено.
error-invalid-change = Ця зміна профілю недійсна.
error-profile-too-large = Цей профіль задовгий. Скоротіть текст або вкажіть менше мов, тем чи контактів.
error-invalid-display-name = Це ім'я неможливо показати. Використовуйте видимі літери без спеціальних керівних символів.
error-invalid-hub-address = Цю адресу не можна використати. Вона має починатися з https:// (http:// — лише в локальній мережі).
error-no-hub = Цей пристрій ще не підключено до сервера.
error-not-a-volunteer = На цьому пристрої ви не увійшли як волонтер. Спершу приєднайтеся за кодом запрошення.
error-not-a-coordinator = Перевіряти профілі можна лише з пристрою координатора.
error-invite-unknown = Такого коду запрошення немає. Перевірте його та спробуйте ще раз.
error-invite-used = Цей код запрошення вже використано. Попросіть у координатора новий.
error-invite-expired = Термін дії цього коду запрошення минув. Попросіть у координатора новий.
error-profile-changed = Профіль змінився, відколи ви його переглядали. Перегляньте його ще раз, перш ніж вирішувати.
error-profile-not-found = Цього профілю більше не існує.
error-token-revoked = Доступ для цього пристрою скасовано. Попросіть у координатора новий код запрошення.
error-token-expired = Термін доступу для цього пристрою минув. Попросіть у координатора новий код запрошення.
error-token-unknown = Сервер не знає цього пристрою. Попросіть у координатора новий код запрошення.
error-unknown = Щось пішло не так (код: { $code }).
reader-explain = Ви читаєте публічний довідник організації на її сайті: опубліковані поради, послуги та волонтери. Після цього відвідування він відкривається на цьому телефоні й без з’єднання, мовою, яку ви обрали. Щоб стати волонтером, встановіть застосунок Peer Guide.

## The organisation's contact, and one service on its own screen.
services-fallback = Деякі описи нижче показано мовою { $shown }: ще не перекладено мовою { $requested }.
services-all = Усі служби
service-directions = Як дістатися
service-share-link = Поділитися посиланням
service-link-copied = Посилання скопійовано. Його можна вставити в повідомлення.
service-closures = Зачинено в ці дати
service-closure = з { $from } до { $to }
service-today = Сьогодні
contact-title = Зв’язатися з проєктом
contact-intro = { $name } веде цей довідник. Можна зателефонувати, написати або прийти.
contact-interpreter = Потрібен перекладач?
contact-none = Довідник ще не вказує, як зв’язатися з проєктом. Запитайте людину, яка дала вам застосунок.
contact-link = Як зв’язатися з проєктом
error-service-not-found = Цю службу не знайдено. Можливо, її вилучено.

# The public reader kept for offline reading; $when is a date and time.
offline-saved = Збережено для читання без мережі. Вміст востаннє отримано { $when }.
offline-updated = Оновлено. Вміст востаннє отримано { $when }.
## The move-on plan (screens/Plan.tsx)

plan-home-link = Мої перші тижні: план з вашими датами
plan-home-hint = Що зробити спершу після рішення і до якого дня. Зберігається лише на цьому телефоні.
plan-title = Мої перші тижні
plan-intro = Кроки після вашого рішення, по черзі, з днем, до якого треба зробити кожен. Ваші дати, позначки й нотатки залишаються лише на цьому телефоні: їх ніколи нікуди не надсилають.
plan-guide-title = План переїзду крок за кроком
plan-guide-intro = Усі кроки плану без чиїхось дат, щоб пояснити їх іншій людині.
plan-machine-translated = Цей план перекладено машинно, і його ще не перевірила людина. Важливе перевіряйте з консультантом.
plan-open-own = Відкрити мій план
plan-open-guide = Допомагаєте комусь? Відкрийте кроки без дат
plan-none = У цьому довіднику ще немає плану переїзду.
plan-end-title = Ваша підтримка шукача притулку закінчується { $date }
plan-end-from-letter = Це дата з вашого листа.
plan-end-from-rule = { $days } днів від вашого рішення. Якщо в листі інша дата, введіть її: діє дата з листа.
plan-end-from-rule-since = { $days } днів від вашого рішення (правило для рішень від { $from }). Якщо в листі інша дата, введіть її: діє дата з листа.
plan-end-check-letters = Правила змінюються. Завжди орієнтуйтеся на дати у власних листах і перевіряйте з консультантом.
plan-first-step = Зробіть це спершу
plan-linked-step = Крок, який ви відкрили
plan-other-steps = Інші кроки
plan-all-steps = Усі кроки
plan-dates-title = Ваші дати
plan-private = Зберігаються лише на цьому телефоні. Ніколи не надсилаються.
plan-decision-label = Дата в листі з рішенням
plan-support-end-label = Дата закінчення підтримки, якщо її вказано в листі
plan-support-end-hint = Залиште порожнім, якщо не знаєте: план обчислить її від рішення.
plan-save-dates = Зберегти дати
plan-decision-on = Рішення: { $date }
plan-change-dates = Змінити дати
plan-due = До { $date }
plan-status-done = Зроблено
plan-status-overdue = Прострочено
plan-status-today = Сьогодні
plan-status-soon = Цього тижня
plan-status-later = Пізніше
plan-rule-after-decision =
    { $days ->
        [one] Протягом { $days } дня після рішення
        [few] Протягом { $days } днів після рішення
        [many] Протягом { $days } днів після рішення
       *[other] Протягом { $days } днів після рішення
    }
plan-rule-before-support-end =
    { $days ->
        [one] За { $days } день до кінця підтримки
        [few] За { $days } дні до кінця підтримки
        [many] За { $days } днів до кінця підтримки
       *[other] За { $days } днів до кінця підтримки
    }
plan-rule-after-support-end =
    { $days ->
        [one] Через { $days } день після кінця підтримки
        [few] Через { $days } дні після кінця підтримки
        [many] Через { $days } днів після кінця підтримки
       *[other] Через { $days } днів після кінця підтримки
    }
plan-rule-on-support-end = У день, коли закінчується підтримка
plan-read-more = Докладніше
plan-done = Зроблено
plan-note = Моя нотатка
plan-save-note = Зберегти нотатку
plan-share-step = Копіювати посилання на цей крок
plan-link-copied = Посилання скопійовано.
plan-tools-title = Календар і приватність
plan-calendar-hint = Додайте дати в календар телефону з нагадуванням напередодні. Файл створюється на цьому телефоні.
plan-calendar = Додати до календаря (.ics)
plan-delete-explain = Видаліть свої дати, позначки й нотатки з цього телефону. Кроки залишаться.
plan-delete = Видалити мій план
plan-delete-question = Видалити всі дати, позначки й нотатки? Це не можна скасувати.
plan-delete-confirm = Так, видалити все
plan-deleted = Ваш план видалено з цього телефону.
plan-reminder-title = Термін завтра
plan-reminder-body = { $step }: до { $date }
error-plan-not-found = У цьому довіднику ще немає плану переїзду.
error-plan-step-not-found = Цього кроку вже немає в плані.
error-invalid-plan-entry = Перевірте дати: рішення не може бути пізніше за сьогодні, а підтримка не може закінчитися раніше за рішення.
## The device lock, wipes, leaving.
lock-title = Peer Guide заблоковано
lock-pin = PIN-код або парольна фраза
lock-unlock = Розблокувати
lock-attempts-left =
    { $count ->
        [one] Ще { $count } неправильний PIN-код поспіль — і дані волонтерів на цьому пристрої буде стерто.
        [few] Після { $count } неправильних PIN-кодів поспіль дані волонтерів на цьому пристрої буде стерто.
        [many] Після { $count } неправильних PIN-кодів поспіль дані волонтерів на цьому пристрої буде стерто.
       *[other] Після { $count } неправильних PIN-кодів поспіль дані волонтерів на цьому пристрої буде стерто.
    }
lock-settings-title = Блокування застосунку
lock-reader-explain = Заблокуйте цей застосунок PIN-кодом, наприклад на телефоні, яким ви ділитеся. Тоді те, що зберігає застосунок, шифрується на цьому пристрої.
lock-new-pin = Новий PIN-код або парольна фраза (щонайменше 6 символів)
lock-confirm-pin = Те саме ще раз
lock-pin-mismatch = Вони не збігаються.
lock-set = Заблокувати
lock-on = Цей застосунок заблоковано PIN-кодом. Те, що він зберігає, зашифровано на цьому пристрої.
lock-idle = Блокувати після такого часу без використання
lock-idle-minutes =
    { $count ->
        [one] { $count } хвилина
        [few] { $count } хвилини
        [many] { $count } хвилин
       *[other] { $count } хвилини
    }
lock-now = Заблокувати зараз
lock-change-title = Змінити PIN-код
lock-old-pin = Поточний PIN-код
lock-change = Змінити PIN-код
lock-remove-title = Вимкнути блокування
lock-remove = Вимкнути
join-pin-explain = Цей пристрій зберігатиме контакти інших волонтерів, тому його блокують PIN-кодом: щонайменше 6 цифр або парольна фраза. Десять неправильних PIN-кодів поспіль стирають дані волонтерів.
wipe-notice-token-revoked = Координатор припинив доступ цього пристрою. Контакти й профілі волонтерів з нього видалено; поради досі тут.
wipe-notice-wrong-pins = Було введено десять неправильних PIN-кодів поспіль, тому дані волонтерів на цьому пристрої стерто. Поради досі тут.
wipe-notice-left = Ви вийшли з організації на цьому пристрої. Контакти й профілі волонтерів з нього видалено.
wipe-lost-edits =
    { $count ->
        [one] { $count } зміну у вашому профілі ще не було надіслано, і її втрачено.
        [few] { $count } зміни у вашому профілі ще не було надіслано, і їх втрачено.
        [many] { $count } змін у вашому профілі ще не було надіслано, і їх втрачено.
       *[other] { $count } зміни у вашому профілі ще не було надіслано, і їх втрачено.
    }
wipe-dismiss = Гаразд
leave-title = Вийти з організації на цьому пристрої
leave-explain = Це видаляє контакти всіх волонтерів, ненадіслані зміни вашого профілю й доступ цього пристрою. Поради залишаються.
leave-button = Вийти на цьому пристрої
leave-confirm = Так, видалити все
review-revoke = Припинити доступ цього волонтера
review-revoke-confirm = Так: його телефон зітре дані волонтерів під час наступного з'єднання
review-revoked = Доступ припинено. Його телефон зітре дані волонтерів під час наступного з'єднання.
error-locked = Застосунок заблоковано. Введіть PIN-код.
error-wrong-pin = Неправильний PIN-код.
error-pin-wiped = Забагато неправильних PIN-кодів: дані волонтерів на цьому пристрої стерто. Поради досі тут.
error-invalid-pin = PIN-код або парольна фраза має містити щонайменше 6 символів.
error-lock-required = Пристрій волонтера чи координатора завжди залишається заблокованим.
error-no-lock = На цьому пристрої немає PIN-коду.
error-keystore-missing = Системне сховище ключів цього пристрою більше не має другої половини його ключа, тож його дані вже не відкрити. Видаліть їх і почніть заново, потім приєднайтеся з новим кодом запрошення.
error-keystore-unavailable = Системне сховище ключів цього пристрою зараз недоступне (можливо, воно заблоковане). Розблокуйте його або знову увійдіть у цей комп'ютер і спробуйте ще раз.
wipe-notice-started-over = Дані на цьому пристрої видалено, щоб почати заново. Поради досі тут; попросіть координатора про новий код запрошення.
lock-keystore-on = Частина ключа зберігається також у системному сховищі ключів цього пристрою, тож копію файлів не відкрити самим PIN-кодом.
lock-keystore-off = Цей пристрій не надає застосунку сховища ключів: те, що в ньому є, захищає лише PIN-код.
start-over-button = Видалити дані цього пристрою й почати заново
start-over-confirm = Так, видалити все
error-invalid-idle-time = Виберіть від 1 до 60 хвилин.

# Suggestions and flags from an article.
feedback-title = Покращити цю сторінку
suggest-correction = Запропонувати виправлення
suggest-translate-into = Перекласти на
suggest-translate = Перекласти
suggestions-title = Мої пропозиції
flag-open = Тут помилка або незрозуміло
flag-sentence = Що не так? (необов’язково, одне речення)
flag-privacy = Надсилаються лише сторінка, її мова та ваше речення. Нічого про вас.
flag-send = Надіслати
flag-sent = Дякуємо. Організація перегляне це.
flag-queued = Дякуємо. Це буде надіслано, коли пристрій наступного разу з’єднається.
suggest-title = Запропонувати текст
suggestion-gone = Цієї пропозиції більше немає на цьому пристрої.
suggestion-not-editable = Цю пропозицію надіслано, її більше не можна змінити.
suggest-what-correction = Виправлення тексту мовою { $language }.
suggest-what-translation = Переклад мовою { $language }.
suggest-back = Назад до статті
suggest-field-title = Заголовок
suggest-field-summary = Короткий опис
suggest-field-body = Текст
suggest-body-hint = Markdown: порожній рядок між абзацами, # для заголовка, - для списку.
suggest-preview = Попередній перегляд
suggest-credit = Назвіть моє ім’я, якщо організація це використає
suggest-save = Зберегти чернетку
suggest-send = Надіслати
suggest-delete = Видалити чернетку
suggest-saved = Збережено на цьому пристрої.
suggest-refused = Хаб не зміг прийняти цю пропозицію (статтю могли видалити, або якесь поле задовге). Змініть її та надішліть знову.
suggestions-intro = Те, що ви написали для довідника. Надіслані пропозиції потрапляють до організації під час наступної синхронізації.
suggestions-none = Ви ще нічого не запропонували.
suggestion-untitled = (ще без заголовка)
suggestion-kind-correction = Виправлення, { $language }
suggestion-kind-translation = Переклад мовою { $language }
suggestion-article = Відкрити статтю
suggestion-state-draft = Чернетка: лише на цьому пристрої
suggestion-state-waiting = Очікує наступної синхронізації
suggestion-state-sent = Надіслано: чекає на координатора
suggestion-state-accepted = Прийнято: дякуємо
suggestion-state-declined = Відхилено
suggestion-reason = Причина:
suggestion-edit = Редагувати
error-invalid-suggestion = Перевірте пропозицію: потрібні заголовок і текст, і кожне поле має максимальну довжину.
error-suggestion-not-found = Цю пропозицію вже надіслано, її більше не можна змінити.
