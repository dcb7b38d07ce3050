## Common words

role-coordinator = Координатор
role-director = Директор
role-deputy = Заместитель директора
role-viewer = Наблюдатель
school-type-general = общеобразовательная организация
school-type-kindergarten = дошкольная организация
school-type-additional = организация дополнительного образования
language-name-ru = Русский
language-name-en = English
role-line-school = • { $role } — { $school }
role-line-municipality = • { $role } — { $municipality }
role-line-directions = { $line } (направления: { $directions })

## Bot: start and onboarding

start-stranger =
    Здравствуйте! Это бот муниципальной системы оценки качества образования (МСОКО).
    Здесь школы сдают отчёты, получают напоминания, решения, приказы и адресные рекомендации.

    Работать в боте можно по личной ссылке-приглашению. Попросите её у координатора МСОКО вашего муниципалитета (обычно это специалист управления образования или методического центра) и откройте ссылку в Telegram.
start-welcome-back = С возвращением, { $name }!
start-invite-accepted =
    Добро пожаловать, { $name }!
    Вы подключены к МСОКО: { $role }.
start-invite-already = Это приглашение вы уже приняли. Ваши роли не изменились.
start-invite-not-found =
    Ссылка-приглашение не найдена. Проверьте, что ссылка скопирована полностью, или попросите у координатора новую.
start-invite-expired =
    Срок действия этой ссылки-приглашения истёк. Попросите у координатора новую ссылку.
start-invite-revoked =
    Эта ссылка-приглашение отозвана координатором. Если это ошибка, попросите новую ссылку.
start-invite-used-up =
    По этой ссылке-приглашению уже подключилось столько человек, сколько было предусмотрено. Попросите у координатора личную ссылку.
start-bad-payload =
    Не удалось распознать ссылку. Откройте ссылку-приглашение целиком, как её прислал координатор.
notify-invite-redeemed = ✅ { $name } принял(а) приглашение: { $role }{ $place }.

## Bot: menu

menu-title =
    { $name }, главное меню.
    Ваши роли:
    { $roles }
menu-button-invite = 👥 Пригласить участников
menu-button-open-invites = 🎟 Действующие приглашения
menu-button-organisation = 🏫 Моя организация
menu-button-profile = 👤 Профиль и роли
menu-button-language = 🌐 Язык / Language
menu-button-app = 📊 Открыть мини-приложение
menu-button-back = ◀️ Назад
menu-outdated = Меню устарело, показываю актуальное.
profile-text =
    👤 { $name }
    Язык интерфейса: { $language }

    Роли:
    { $roles }
organisation-school =
    🏫 { $name }
    Тип: { $type }
    Муниципалитет: { $municipality } (часовой пояс { $timezone })
    { $flags }
    Подключены к боту:
    { $people }
organisation-flag-low-results = ⚠️ Школа с низкими образовательными результатами
organisation-flag-unfavourable = ⚠️ Функционирует в неблагоприятных социальных условиях
organisation-no-flags = Особых отметок нет.
organisation-person-line = • { $name } — { $role }
organisation-nobody = никто пока не подключился
organisation-municipality =
    🏛 { $name }
    Часовой пояс: { $timezone }
    Организаций: { $schools }, из них подключены к боту: { $connected }

## Bot: help

help-common =
    Я бот МСОКО — муниципальной системы оценки качества образования.

    /menu — главное меню
    /lang — сменить язык
    /help — эта справка
help-coordinator =
    Как координатор вы можете:
    • /invite — создать ссылки-приглашения для директоров, заместителей и наблюдателей (для одной школы или сразу для всех);
    • просматривать и отзывать действующие приглашения в главном меню.
help-director =
    Как директор вы будете получать здесь решения по отчётам школы, приказы и адресные рекомендации, а также видеть показатели школы в мини-приложении.
help-deputy =
    Как заместитель директора вы будете заполнять здесь формы мониторинга по шагам и получать напоминания о сроках.
help-viewer =
    Как наблюдатель вы можете просматривать показатели и сводные данные муниципалитета в мини-приложении.
help-stranger =
    Я бот МСОКО. Чтобы начать работу, откройте личную ссылку-приглашение от координатора вашего муниципалитета.

## Bot: commands (shown in Telegram's menu)

command-start = Начать работу
command-menu = Главное меню
command-help = Справка
command-lang = Язык интерфейса
command-invite = Пригласить участников

## Bot: language

language-choose = Выберите язык интерфейса:
language-changed = Готово: язык интерфейса — русский.
language-stranger = Язык бота следует языку вашего приложения Telegram. После подключения по приглашению его можно будет сменить командой /lang.

## Bot: invites from the bot

invite-choose-role = Кого вы хотите пригласить?
invite-role-button-director = Директоров школ
invite-role-button-deputy = Заместителей директоров
invite-role-button-viewer = Наблюдателя (методиста)
invite-choose-school = Выберите организацию, для которой нужна ссылка ({ $role }), или создайте ссылки сразу для всех:
invite-all-schools = 📨 Для всех организаций ({ $count })
invite-page-prev = ◀️
invite-page-next = ▶️
invite-no-schools = В муниципалитете пока нет организаций. Администратор загружает их командой «npm run cli -- import schools».
invite-created-one =
    Ссылка-приглашение: { $role } — { $place }
    { $link }
    Действует до { $expires }, одно подключение. Перешлите её адресату.
invite-created-many-header = Ссылки-приглашения: { $role }, организаций: { $count }. Действуют до { $expires }. Перешлите каждую ссылку своему адресату:
invite-created-line = { $place }:
    { $link }
invite-open-title = Действующие приглашения ({ $count }):
invite-open-line = #{ $id } { $role } — { $place }, использовано { $used } из { $max }, до { $expires }
invite-open-none = Действующих приглашений нет.
invite-revoke-button = ❌ Отозвать #{ $id }
invite-revoked = Приглашение #{ $id } отозвано: по ссылке больше нельзя подключиться.
invite-already-closed = Приглашение #{ $id } уже недействительно.
invite-only-coordinators = Создавать приглашения могут только координаторы.
invite-username-unknown = Не удалось узнать имя бота для ссылки. Попробуйте ещё раз через минуту.
invite-whole-municipality = весь муниципалитет

## Bot: other

group-hint = Я работаю только в личных сообщениях. Откройте чат со мной: @{ $username }
unhandled-known = Не понял сообщение. Откройте /menu, чтобы выбрать действие, или /help для справки.
unhandled-stranger = Я пока не знаю вас. Чтобы начать, откройте ссылку-приглашение от координатора МСОКО вашего муниципалитета.
error-generic = Что-то пошло не так, мы уже разбираемся. Ваши данные сохранены — попробуйте ещё раз чуть позже.
callback-outdated = Эта кнопка устарела. Откройте /menu.

## Start-up and CLI basics

main-no-token =
    Бот не запущен: не задан BOT_TOKEN. Сервер и база данных работают.
    Как получить токен: откройте в Telegram @BotFather, отправьте /newbot, задайте имя и адрес бота (оканчивается на «bot»), скопируйте выданный токен и запустите снова:
      BOT_TOKEN=123456:ABC… npm start
    или впишите BOT_TOKEN в файл .env (образец — .env.example).
cli-usage-title = Команды администратора (npm run cli -- <команда>; --lang en — вывод на английском):
cli-usage-migrate = migrate — применить недостающие миграции базы данных
cli-usage-migration-new = migration new <имя> — (для разработчиков) записать миграцию по изменениям prisma/schema.prisma
cli-migrate-done = База данных { $location } в актуальном состоянии; применено миграций: { $applied }.
cli-migration-written = Миграция записана: { $folder }
cli-migration-nothing = Схема не менялась — новая миграция не нужна.

## Mini-app

app-title = МСОКО
app-loading = Загрузка…
app-who-am-i-title = Кто я в МСОКО
app-language-label = Язык интерфейса
app-language-ru = { language-name-ru }
app-language-en = { language-name-en }
app-language-hint = Сменить язык можно в боте командой /lang.
app-roles-title = Ваши роли
app-no-roles = Сейчас у вас нет действующих ролей. Если это ошибка, обратитесь к координатору МСОКО вашего муниципалитета.
app-role-coordinator = { role-coordinator }
app-role-director = { role-director }
app-role-deputy = { role-deputy }
app-role-viewer = { role-viewer }
app-school-type-general = { school-type-general }
app-school-type-kindergarten = { school-type-kindergarten }
app-school-type-additional = { school-type-additional }
app-municipality-label = Муниципалитет
app-school-label = Организация
app-directions = Направления: { $directions }
app-directions-all = Все направления
app-button-retry = Повторить
app-button-close = Закрыть
app-error-not-registered-title = Вы ещё не подключены к МСОКО
app-error-not-registered = Откройте бота и воспользуйтесь своей ссылкой-приглашением — её присылает координатор МСОКО вашего муниципалитета. После этого откройте мини-приложение снова.
app-error-signature-title = Вход через Telegram не подтверждён
app-error-signature = Сервер не принял подпись данных Telegram. Закройте мини-приложение и откройте его снова из меню бота. Если ошибка повторяется, сообщите администратору: возможно, сервер настроен на другого бота.
app-error-expired-title = Сеанс устарел
app-error-expired = Данные входа Telegram старше 24 часов. Закройте мини-приложение и откройте его снова из меню бота.
app-error-outside-telegram-title = Откройте мини-приложение в Telegram
app-error-outside-telegram = Эта страница работает только внутри Telegram. Откройте бота МСОКО и нажмите в меню «{ menu-button-app }».
app-error-not-configured-title = Сервер ещё не настроен
app-error-not-configured = На сервере не задан токен бота (BOT_TOKEN), поэтому вход через Telegram проверить нельзя. Сообщите администратору.
app-error-network-title = Нет связи с сервером
app-error-network = Не удалось связаться с сервером МСОКО. Проверьте подключение к интернету и нажмите «Повторить».
app-error-server-title = Ошибка на сервере
app-error-server = Сервер ответил ошибкой { $status }. Попробуйте ещё раз чуть позже. Если ошибка повторяется, сообщите администратору код запроса: { $requestId }

server-bot-token-missing = API мини-приложения выключен: на сервере не задан BOT_TOKEN, поэтому вход через Telegram проверить нельзя. Задайте BOT_TOKEN (токен от @BotFather) и перезапустите сервер.
server-auth-missing = Нет данных входа Telegram: передайте initData мини-приложения в заголовке «Authorization: tma <initData>».
server-auth-invalid = Данные входа Telegram не прошли проверку подписи. Откройте мини-приложение заново из бота; если ошибка повторяется, проверьте, что BOT_TOKEN на сервере — от того же бота.
server-auth-expired = Данные входа Telegram старше 24 часов. Закройте мини-приложение и откройте его снова из бота.
server-not-registered = Вы ещё не зарегистрированы в МСОКО. Откройте бота и воспользуйтесь своей ссылкой-приглашением от координатора.
server-not-found = Такого адреса API нет: { $path }
server-bad-request = Запрос не прошёл проверку: проверьте адрес и параметры.
server-internal-error = Внутренняя ошибка сервера. Попробуйте позже; если ошибка повторяется, сообщите администратору код запроса (requestId).
server-miniapp-not-built = Мини-приложение не собрано: выполните npm run build:miniapp

## CLI: import, invites (administrator commands)

cli-usage-line = Использование: npm run cli -- { $usage }
cli-usage-import-schools = import schools <файл.csv|файл.xlsx> — загрузить муниципалитеты и организации (столбцы: Код МО, Муниципалитет, Часовой пояс, Код ОО, Наименование, Краткое наименование, Тип, Низкие результаты, Неблагоприятные условия, Адрес)
cli-usage-import-people = import people <файл.csv|файл.xlsx> [--days N] [--reissue] — загрузить людей и выдать им личные приглашения (столбцы: ФИО, Роль, Код ОО или Код МО, Должность, Телефон, Эл. почта, Telegram); ссылки записываются в <файл>.invites.csv
cli-usage-invite = invite --role coordinator|viewer --municipality <код МО> [--directions a,b] | --role director|deputy --school <код ОО> [--uses N] [--days N] [--label "…"] [--qr файл.png] — ссылка-приглашение и QR-код
cli-usage-invite-list = invite list --municipality <код МО> — действующие приглашения муниципалитета
cli-usage-invite-revoke = invite revoke <номер> — отозвать приглашение
cli-error-flag = Ошибка в { $flag }: { $reason }.
cli-error-flag-invalid = недопустимое значение
cli-error-flag-unknown = Неизвестный параметр { $flag }.
cli-error-flag-value-missing = Для параметра { $flag } не указано значение.
cli-error-argument-unexpected = Лишний аргумент «{ $value }».
cli-error-arguments = Ошибка в аргументах: { $reason }.
cli-error-arguments-unexpected = лишние слова в команде (параметры пишутся как --имя значение)
cli-error-file-required = нужен путь к файлу .csv или .xlsx
cli-error-one-file = укажите один файл
cli-error-days = срок действия — целое число дней от 1 до 365
cli-error-file-empty = Файл { $path } пуст: в нём нет даже строки заголовков.
cli-error-columns-missing = В файле нет обязательных столбцов: { $columns }. Первая строка файла должна содержать заголовки столбцов.
cli-error-file-type = Файл { $path }: поддерживаются .csv и .xlsx (файл .xls пересохраните в Excel как .xlsx).
cli-error-file-unreadable = Не удалось прочитать файл { $path }: проверьте путь и что это действительно .csv или .xlsx.
cli-import-rejected-title = Отклонено строк: { $count }. Исправьте их и загрузите файл ещё раз — уже загруженные строки не задвоятся:
cli-import-rejected-line = строка { $row }, столбец «{ $column }» («{ $value }»): { $reason }
cli-import-rejected-line-empty = строка { $row }, столбец «{ $column }»: { $reason }
cli-import-error-required = значение обязательно
cli-import-error-too-long = слишком длинное значение
cli-import-error-code = код может состоять только из букв, цифр, точки, дефиса и подчёркивания (до 64 знаков)
cli-import-error-timezone = нужен часовой пояс IANA, например Europe/Moscow, Asia/Yekaterinburg или Asia/Sakhalin
cli-import-error-school-type = тип организации: ОО (школа), ДОО (детский сад) или УДО (доп. образование)
cli-import-error-yes-no = ожидается «да» или «нет» (также yes/no, 1/0)
cli-import-error-duplicate = этот код уже встречался в строке { $row }
cli-import-error-municipality-conflict = для того же муниципалитета в строке { $row } указано другое значение
cli-import-error-municipality-name = муниципалитета с кодом { $code } ещё нет: укажите его наименование
cli-import-municipalities-summary = Муниципалитеты: создано { $created }, обновлено { $updated }, без изменений { $unchanged }.
cli-import-schools-summary = Организации из { $file }: создано { $created }, обновлено { $updated }, без изменений { $unchanged }.
cli-import-error-role = роль: координатор, директор, заместитель или наблюдатель (coordinator, director, deputy, viewer)
cli-import-error-phone = телефон: цифры, пробелы, скобки и дефисы, можно с «+»
cli-import-error-email = нужен адрес электронной почты вида name@example.ru
cli-import-error-telegram = имя пользователя Telegram: латинские буквы, цифры и «_», 4–32 знака
cli-import-error-school-required = для директора и заместителя нужен код ОО
cli-import-error-municipality-required = для координатора и наблюдателя нужен код МО
cli-import-error-school-not-for-role = код ОО указывают только для директора и заместителя; координатор и наблюдатель работают на уровне муниципалитета
cli-import-error-directions-not-for-role = направления указывают только для координатора и наблюдателя
cli-import-error-municipality-unknown = такого муниципалитета нет; сначала загрузите организации: npm run cli -- import schools <файл>
cli-import-error-school-unknown = такой организации нет; сначала загрузите организации: npm run cli -- import schools <файл>
cli-import-error-school-elsewhere = организация относится к другому муниципалитету
cli-import-error-directions-unknown = среди направлений есть неизвестные коды; коды направлений — из каталога (npm run cli -- catalog import)
cli-import-people-summary = Люди из { $file }: приглашено { $invited }, выданы новые ссылки { $reissued }, приглашены ранее { $already_invited }, уже подключились { $joined }.
cli-import-people-written = Ссылки-приглашения записаны в { $path }. Это личные ссылки: передайте каждую только её адресату и храните файл как пароли.
cli-import-people-column-row = Строка
cli-import-people-column-name = ФИО
cli-import-people-column-role = Роль
cli-import-people-column-place = Организация
cli-import-people-column-status = Статус
cli-import-people-column-link = Ссылка
cli-import-people-column-code = Код приглашения
cli-import-people-column-expires = Действует до
cli-import-people-status-invited = приглашение выдано
cli-import-people-status-reissued = выдана новая ссылка
cli-import-people-status-already-invited = приглашение #{ $id } выдано ранее и действует (новая ссылка — с параметром --reissue)
cli-import-people-status-joined = уже подключился(-ась)
cli-invite-username-unknown-note = Имя бота неизвестно: { $error } Вместо ссылок выведены коды приглашений; ссылка из кода: https://t.me/<имя_бота>?start=<код>
cli-invite-error-role = роль: coordinator, director, deputy или viewer
cli-invite-error-code = код из букв, цифр, точки, дефиса и подчёркивания
cli-invite-error-uses = число подключений — целое от 1 до 1000
cli-invite-error-label = подпись — от 1 до 200 знаков
cli-invite-error-qr = нужен путь к файлу .png
cli-invite-error-school-required = директора и заместителя приглашают в организацию: укажите --school <код ОО>
cli-invite-error-school-not-for-role = координатора и наблюдателя приглашают в муниципалитет: вместо --school укажите --municipality <код МО>
cli-invite-error-municipality-required = укажите --municipality <код МО>
cli-invite-error-directions-not-for-role = направлениями ограничивают только координатора и наблюдателя
cli-invite-error-school-unknown = организации с кодом { $code } нет (организации загружаются командой import schools)
cli-invite-error-municipality-unknown = муниципалитета с кодом { $code } нет
cli-invite-error-school-elsewhere = организация { $code } не относится к муниципалитету { $municipality }
cli-invite-error-directions-unknown = неизвестные коды направлений: { $codes }
cli-invite-error-id = нужен номер приглашения, например 12 (номера показывает invite list)
cli-invite-created = Приглашение #{ $id }: { $role } — { $place }
cli-invite-directions = Направления: { $directions }
cli-invite-link = Ссылка: { $link }
cli-invite-expires = Действует до { $expires } ({ $timezone }, { $offset }), подключений: { $uses }
cli-invite-qr = QR-код: { $path }
cli-invite-list-title = Действующие приглашения — { $municipality }: { $count }
cli-invite-list-line = #{ $id } { $role } — { $place }; для кого: { $label }; использовано { $used } из { $max }; до { $expires }
cli-invite-whole-municipality = весь муниципалитет
cli-invite-revoke-not-found = Приглашения #{ $id } нет. Номера действующих приглашений показывает invite list.
cli-invite-revoked = Приглашение #{ $id } отозвано: по ссылке больше нельзя подключиться. Уже подключившиеся сохраняют свои роли.
cli-invite-revoke-already = Приглашение #{ $id } уже было отозвано.

## Catalog

cli-usage-catalog-import = catalog import [файл] — загрузить или обновить каталог МСОКО: направления, показатели, элементы данных и формы (по умолчанию prisma/catalog/msoko-catalog.yaml); повторный запуск ничего не дублирует
cli-catalog-invalid = Каталог { $path } не загружен — исправьте ошибки (всего { $count }) и запустите команду снова:
cli-catalog-imported = Каталог загружен из { $path }.
cli-catalog-directions = Направления: новых { $created }, изменено { $updated }, без изменений { $unchanged }
cli-catalog-data-elements = Элементы данных: новых { $created }, изменено { $updated }, без изменений { $unchanged }
cli-catalog-indicators = Показатели: новых { $created }, изменено { $updated }, без изменений { $unchanged }
cli-catalog-forms = Формы: новых { $created }, изменено { $updated }, без изменений { $unchanged }
cli-catalog-questions = Вопросы форм: новых { $created }, изменено { $updated }, без изменений { $unchanged }, удалено { $deleted }
cli-catalog-kept-title = Вопросы, которых больше нет в файле, оставлены в базе, потому что на них уже есть ответы ({ $count }). Они остаются в своих формах; чтобы изменить вопрос, верните его в файл с тем же кодом:
cli-catalog-kept-line = { $form } / { $question } — ответов: { $answers }

## CLI: demo data

cli-usage-demo = demo [--timezone <часовой пояс IANA>] [--days N] [--reissue] — построить демонстрационный муниципалитет: организации, люди с приглашениями, два прошедших периода с принятыми отчётами и рассчитанными показателями (повторный запуск ничего не задваивает)
cli-demo-catalog-imported = Каталог ещё не был загружен — загружен каталог по умолчанию: направлений { $directions }, показателей { $indicators }, форм { $forms }.
cli-demo-catalog-invalid = В каталоге по умолчанию { $path } есть ошибки, демонстрационные данные не построены:
cli-demo-built = Демонстрационный муниципалитет «{ $name }» (код { $code }, { $timezone }, { $offset }):
cli-demo-organisation = организаций: { $schools }; людей: { $people }
cli-demo-periods = периоды: { $periods }
cli-demo-campaigns = закрытых кампаний: { $campaigns }; принятых отчётов: { $accepted } (добавлено сейчас: { $created })
cli-demo-indicators = значений показателей: { $values }
cli-demo-people-title = Люди и их личные ссылки-приглашения (передайте каждую только её адресату):
cli-demo-link-issued-before = приглашение #{ $id } выдано ранее, действует до { $expires }
cli-demo-qr-written = QR-коды новых ссылок записаны в { $path }
cli-demo-reissue-hint = Ссылку показывают только при выдаче. Чтобы выдать новые ссылки (прежние перестанут работать): npm run cli -- demo --reissue

## Bot: my tasks

menu-button-tasks = 📝 Мои задачи
command-tasks = Мои задачи
command-review = Отчёты на проверке
command-campaigns = Кампании мониторинга
tasks-title = 📝 Ваши задачи (сначала ближайшие сроки):
tasks-none = Открытых кампаний мониторинга для вашей организации сейчас нет. Когда координатор откроет новую, я пришлю сообщение.
tasks-line = { $index }. { $form } — { $school }, период { $period }
    Срок: { $deadline } · { $status }
tasks-status-not_started = ⚪ не начато
tasks-status-draft = 🟡 черновик
tasks-status-submitted = 🔵 отправлено на проверку
tasks-status-returned = 🔴 возвращено на доработку
tasks-status-accepted = 🟢 принято
tasks-action-not_started = Начать заполнение
tasks-action-draft = Продолжить заполнение
tasks-action-submitted = Открыть и изменить
tasks-action-returned = Исправить
tasks-not-yours = Эта форма относится к другой организации или больше недоступна. Откройте /tasks.

## Bot: guided form

form-progress = Вопрос { $index } из { $total } · { $form }
form-previous-value = 📎 В прошлом периоде: { $value }
form-current-value = ✏️ Сейчас сохранено: { $value } — отправьте новое значение, чтобы изменить.
form-optional = Вопрос необязательный — можно пропустить.
form-hint-integer = Введите целое число.
form-hint-integer-range = Введите целое число от { $min } до { $max }.
form-hint-decimal = Введите число (дробную часть можно через запятую).
form-hint-decimal-range = Введите число от { $min } до { $max } (дробную часть можно через запятую).
form-hint-percent = Введите процент от 0 до 100.
form-hint-percent-range = Введите процент от { $min } до { $max }.
form-hint-date = Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2026.
form-hint-text = Напишите ответ текстом (до { $max } символов).
form-hint-file = Пришлите файл документом: { $types }, не больше { $max } МБ.
form-hint-multiple = Отметьте все подходящие варианты и нажмите «Готово».
form-yes = Да
form-no = Нет
form-done = ✔️ Готово
form-back = ◀️ Назад
form-skip = ⏭ Пропустить
form-save-exit = 💾 Сохранить и выйти
form-greeting =
    📋 { $form }
    { $school }, период { $period }. Срок сдачи: { $deadline }.
    Каждый ответ сохраняется сразу: можно выйти и вернуться в любой момент, в том числе с другого устройства.
form-last-touched = Последним черновик редактировал(а): { $name }.
form-returned =
    🔴 Координатор вернул отчёт на доработку: «{ $comment }»
    Вопросов, отмеченных для исправления: { $count }. Начнём с них, остальные ответы сохранены.
form-resumed = Продолжаем заполнение с того места, где вы остановились.
form-saved-exit = 💾 Ответы сохранены. Вернуться к форме можно в любой момент: /tasks.
form-button-outdated = Эта кнопка от прежнего сообщения. Ответьте на текущий вопрос.
form-command-during-form = Сейчас идёт заполнение формы. Ответьте на вопрос выше или нажмите «💾 Сохранить и выйти» — ответы сохранятся, и можно будет вернуться через /tasks.
form-conflict = ⚠️ { $name } только что изменил(а) этот ответ. Посмотрите, что сохранено сейчас, и ответьте ещё раз — ваше значение не записано поверх чужого.
form-locked-closed = Кампания закрыта, отчёт больше нельзя изменить. Если нужно внести исправления, обратитесь к координатору.
form-locked-accepted = Этот отчёт уже принят координатором, изменить его нельзя.
form-skipped = пропущено
form-summary-title = 📋 Проверьте ответы перед отправкой
    { $form } — { $school }, период { $period }
form-summary-indicators = 📊 Показатели по вашим ответам (прошлый период · среднее по муниципалитету):
form-summary-indicator = • { $name }: { $value } ({ $previous } · { $municipal })
form-summary-warnings = Проверьте значения, которые сильно отличаются от обычных:
form-summary-reason = ✍️ Пояснение: { $reason }
form-summary-reason-needed = ✍️ Нужно короткое пояснение — нажмите «Пояснить».
form-summary-missing = Не заполнены обязательные вопросы: { $questions }
form-summary-use-buttons = Выберите действие кнопками под сводкой.
form-explain = ✍️ Пояснить отклонения
form-edit = ✏️ Изменить ответ
form-submit = ✅ Отправить координатору
form-edit-choose = Какой ответ изменить?
form-submit-blocked = Перед отправкой заполните обязательные вопросы и исправьте ошибки, указанные в сводке.
form-explain-ask =
    ⚠️ { $question }
    { $warning }
    Напишите коротко, чем объясняется это значение (например: «открыт новый корпус»).
form-explain-type = Напишите пояснение текстом.
form-submitted = ✅ Отчёт отправлен координатору (версия { $version }). Когда его проверят, я сообщу.
form-submitted-late = ✅ Отчёт отправлен координатору (версия { $version }), но уже после срока — это будет отмечено.
