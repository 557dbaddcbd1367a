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
service-cost-free = Безкоштовно
service-cost-low-cost = Недорого
service-cost-paid = Платно
service-access-walk-in = Без запису
service-access-appointment = За записом
service-access-walk-in-or-appointment = Без запису або за записом

volunteers-title = Волонтери-однолітки
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
error-org-key-changed = Ключ підпису організації змінився.
error-profile-deleted = Цей профіль видалено.
error-invalid-change = Ця зміна профілю недійсна.
error-invalid-hub-address = Цю адресу не можна використати. Вона має починатися з https:// (http:// — лише в локальній мережі).
error-no-hub = Цей пристрій ще не підключено до сервера.
error-unknown = Щось пішло не так (код: { $code }).
