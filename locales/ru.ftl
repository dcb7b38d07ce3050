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
    • /campaigns — открыть кампанию мониторинга (форма, период, школы, срок), перенести срок или закрыть её; в «🗄 Архив кампаний» — закрытые кампании, там же можно разрешить школе исправить отчёт;
    • /review — проверить присланные отчёты: принять или вернуть на доработку с замечаниями;
    • /invite — создать ссылки-приглашения для директоров, заместителей и наблюдателей (для одной школы или сразу для всех);
    • просматривать и отзывать действующие приглашения в главном меню.
help-director =
    Как директор вы будете получать здесь решения по отчётам школы, приказы и адресные рекомендации, а также видеть показатели школы в мини-приложении.
help-deputy =
    Как заместитель директора вы заполняете здесь формы мониторинга по шагам: /tasks — ваши задачи и сроки. Каждый ответ сохраняется сразу, можно прерваться и продолжить позже.
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
callback-old-version = Эта кнопка осталась от прежней версии бота и больше не работает. Откройте /menu — там актуальные кнопки.

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

## CLI: backup and moving the data to another database

cli-usage-backup = backup <файл> [--force] — резервная копия базы данных без остановки приложения: для SQLite — копия файла базы, для PostgreSQL — архив pg_dump (восстанавливается программой pg_restore); существующий файл заменяется только с --force
cli-usage-migrate-data = migrate-data --from <адрес базы> --to <адрес базы> — перенести все данные в другую, пустую базу, например из file:./data/msoko.db в postgresql://…; перед переносом обе базы приводятся к текущей версии схемы
cli-backup-error-file-required = укажите файл, в который записать резервную копию
cli-backup-size-bytes = { $size } { $size ->
        [one] байт
        [few] байта
       *[many] байт
    }
cli-backup-size-kb = { NUMBER($size, maximumFractionDigits: 1) } КБ
cli-backup-size-mb = { NUMBER($size, maximumFractionDigits: 1) } МБ
cli-backup-done = Резервная копия базы данных { $location } записана в файл { $file } ({ $size }).
cli-backup-exists = Файл { $file } уже существует, резервная копия не записана. Укажите другое имя файла или добавьте --force, чтобы заменить его.
cli-backup-pg-dump-missing = Резервная копия не записана: не найдена программа pg_dump, без которой копию базы PostgreSQL не сделать. Установите клиент PostgreSQL той же или более новой версии, что и сервер (в Debian и Ubuntu — пакет postgresql-client), и повторите команду.
cli-backup-pg-dump-failed = Резервная копия не записана: pg_dump завершился с ошибкой: { $message }
cli-backup-failed = Резервная копия в файл { $file } не записана: { $message }
cli-migrate-data-error-from-required = укажите адрес базы, из которой переносятся данные, например --from file:./data/msoko.db
cli-migrate-data-error-to-required = укажите адрес базы, в которую переносятся данные, например --to postgresql://msoko@localhost:5432/msoko
cli-migrate-data-error-url = адрес базы данных записывается как file:./data/msoko.db (SQLite) или postgresql://пользователь@сервер:5432/база (PostgreSQL)
cli-migrate-data-copying = Копирование, строк по таблицам:
cli-migrate-data-table = { $table }: { $rows }
cli-migrate-data-done = Готово: из { $from } в { $to } перенесено строк: { $total } (таблиц: { $tables }). Чтобы приложение работало с новой базой, укажите её адрес в DATABASE_URL и перезапустите приложение.
cli-migrate-data-failed = Данные не перенесены: { $message }
cli-migrate-data-failed-table = Данные не перенесены: ошибка в таблице { $table } ({ $message }). Перенос отменён целиком, в базу-получатель ничего не записано.
cli-migrate-data-refused-same-database = Данные не перенесены: в --from и --to указана одна и та же база { $location }.
cli-migrate-data-refused-source-missing = Данные не перенесены: по адресу { $location } нет базы данных МСОКО. Проверьте адрес в --from.
cli-migrate-data-refused-unknown-migrations-source = Данные не перенесены: база { $location } обновлена более новой версией приложения (неизвестные этой версии миграции: { $names }). Обновите приложение и повторите перенос.
cli-migrate-data-refused-unknown-migrations-target = Данные не перенесены: база-получатель { $location } обновлена более новой версией приложения (неизвестные этой версии миграции: { $names }). Обновите приложение или укажите другую базу.
cli-migrate-data-refused-schema-differs = Данные не перенесены: после обновления схемы базы различаются — { $table } есть в базе-получателе, но нет в базе-источнике. Проверьте, что обе базы созданы этим приложением.
cli-migrate-data-refused-target-not-empty = Данные не перенесены: база-получатель { $location } не пуста (в таблице { $table } уже есть строки). Данные переносятся только в пустую базу — укажите новую базу или новую схему (?schema=…).

## Bot: my tasks

menu-button-tasks = 📝 Мои задачи
command-tasks = Мои задачи
command-review = Отчёты на проверке
command-campaigns = Кампании мониторинга
tasks-title = 📝 Ваши задачи (сначала ближайшие сроки):
tasks-none = Открытых задач у вашей организации сейчас нет: ни кампаний мониторинга, ни отчётов по приказам. Когда появится новая, я пришлю сообщение.
tasks-line = { $index }. { $form } — { $school }, { $period }
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
    { $school }, { $period }. Срок сдачи: { $deadline }.
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
form-stale = ℹ️ На этот вопрос вы уже ответили раньше — ответ сохранён и не изменён. Вот текущий вопрос.
form-locked-closed = Кампания закрыта, отчёт больше нельзя изменить. Если нужно внести исправления, обратитесь к координатору.
form-locked-closed-on = Кампания закрыта { $date }, отчёт больше нельзя изменить. Если нужно внести исправления, обратитесь к координатору.
form-locked-accepted = Этот отчёт уже принят координатором { $date }, изменить его нельзя.
form-skipped = пропущено
form-summary-title = 📋 Проверьте ответы перед отправкой
    { $form } — { $school }, { $period }
form-summary-indicators = 📊 Показатели по вашим ответам (прошлый период · среднее по муниципалитету):
form-summary-indicator = • { $name }: { $value } ({ $previous } · { $municipal })
form-summary-warnings = Проверьте значения, которые сильно отличаются от обычных:
form-summary-reason = ✍️ Пояснение: { $reason }
form-summary-missing = Не заполнены обязательные вопросы: { $questions }
form-summary-use-buttons = Выберите действие кнопками под сводкой.
form-summary-explain-one = ✍️ Перед отправкой это значение нужно коротко пояснить: нажмите «{ form-explain-one }».
form-summary-explain-many = ✍️ Значений без пояснения: { $count }. Нажмите «{ form-explain-each }» или, если причина у всех одна, «{ form-explain-all }».
form-explain-one = ✍️ Пояснить отклонение
form-explain-each = ✍️ Пояснить каждое по очереди
form-explain-all = ✍️ Одно пояснение для всех
form-edit = ✏️ Изменить ответ
form-submit = ✅ Отправить координатору
form-edit-choose = Какой ответ изменить?
form-submit-blocked = Перед отправкой заполните обязательные вопросы и исправьте ошибки, указанные в сводке.
form-explain-ask =
    ⚠️ { $question }
    { $warning }
    Напишите коротко, чем объясняется это значение (например: «открыт новый корпус»).
form-explain-all-ask =
    ✍️ Одно пояснение для всех отклонений ({ $count }):
    { $questions }
    Напишите коротко общую причину (например: «открыт новый корпус») — она будет сохранена к каждому из этих значений.
form-explain-type = Напишите пояснение текстом.
form-submitted = ✅ Отчёт «{ $school }» по форме «{ $form }» ({ $period }) отправлен координатору (версия { $version }). Когда его проверят, я сообщу.
form-submitted-late = ✅ Отчёт «{ $school }» по форме «{ $form }» ({ $period }) отправлен координатору (версия { $version }), но уже после срока — это будет отмечено.
form-already-submitted = Отчёт «{ $school }» по форме «{ $form }» ({ $period }) уже отправлен координатору (версия { $version }), повторно отправлять его не нужно.

## Form engine

form-error-expected =
    { $expected ->
        [number] Напишите число цифрами, например 25.
        [date] Напишите дату в виде ДД.ММ.ГГГГ, например 01.09.2026.
        [choice] Выберите вариант кнопкой под вопросом.
        [file] Пришлите файл документом: нажмите 📎 и выберите «Файл».
       *[text] Напишите ответ текстом.
    }
form-error-required = Это обязательный вопрос, пропустить его нельзя. Ответьте на него, чтобы продолжить.
form-error-empty = Ответ пустой. { form-error-expected }
form-error-not-a-number =
    Не получилось прочитать число. Напишите только число цифрами, без слов и единиц измерения, { $type ->
        [integer] например 25.
       *[other] например 25 или 12,5.
    }
form-error-emoji-not-number = Смайлики здесь не подойдут — нужно число. Напишите его цифрами, например 25.
form-error-no-percent-sign = Здесь нужно число, а не процент. Напишите его без знака «%».
form-error-not-integer = Здесь нужно целое число, без дробной части, например 25.
form-error-negative = Число не может быть отрицательным. Введите 0 или больше.
form-error-number-too-large = Слишком большое число. Проверьте, не лишние ли в нём цифры.
form-error-percent-range = Процент — это число от 0 до 100, а введено { $value }. Проверьте значение.
form-error-out-of-range = Нужно число от { $min } до { $max }, а введено { $value }. Проверьте значение.
form-error-below-min = Число должно быть не меньше { $min }, а введено { $value }. Проверьте значение.
form-error-above-max = Число должно быть не больше { $max }, а введено { $value }. Проверьте значение.
form-error-not-a-date = Не получилось прочитать дату. Напишите её в виде ДД.ММ.ГГГГ, например 01.09.2026.
form-error-date-invalid = Такой даты нет в календаре. Проверьте день и месяц и напишите дату в виде ДД.ММ.ГГГГ, например 01.09.2026.
form-error-date-year = Проверьте год: { $year }. Напишите дату полностью, например 01.09.2026.
form-error-yes-no = Ответьте «Да» или «Нет» — кнопкой под вопросом или словом.
form-error-choose-option = Такого варианта нет. Выберите один из вариантов кнопкой под вопросом.
form-error-choose-options = Не удалось узнать все варианты. Отметьте подходящие кнопками под вопросом и нажмите «Готово».
form-error-choose-at-least-one = Отметьте хотя бы один вариант, а затем нажмите «Готово».
form-error-old-button = Эта кнопка относится к другому вопросу или устарела. { form-error-expected }
form-error-too-long =
    Ответ слишком длинный: { $length } { $length ->
        [one] символ
        [few] символа
       *[many] символов
    }, а можно не больше { $max }. Сократите его, пожалуйста.
form-error-file-expected = Здесь нужно прислать файл ({ $types }, не больше { $max } МБ). Нажмите 📎 и выберите «Файл».
form-error-file-expected-any = Здесь нужно прислать файл (не больше { $max } МБ). Нажмите 📎 и выберите «Файл».
form-error-file-not-expected = Файл здесь не нужен. { form-error-expected }
form-error-file-type = Файл «{ $fileName }» не подойдёт: нужен файл в формате { $types }. Сохраните документ в одном из этих форматов и пришлите снова.
form-error-file-too-big = Файл слишком большой: { $size } МБ, а можно не больше { $max } МБ. Уменьшите его (например, сохраните PDF со сжатием) и пришлите снова.
form-error-unsupported-sticker = Стикеры я не понимаю. { form-error-expected }
form-error-unsupported-voice = Голосовые и аудиосообщения я не распознаю. { form-error-expected }
form-error-unsupported-video = Видео здесь не подойдёт. { form-error-expected }
form-error-unsupported-location = Геопозиция здесь не нужна. { form-error-expected }
form-error-unsupported-contact = Контакт здесь не нужен. { form-error-expected }
form-error-unsupported-photo-without-file =
    { $expected ->
        [file] Фото пришло без файла. Пришлите его документом: нажмите 📎, выберите «Файл», затем снимок.
       *[other] Фото здесь не подойдёт. { form-error-expected }
    }
form-error-unsupported-animation = GIF-анимации здесь не подойдут. { form-error-expected }
form-error-unsupported-other = Такое сообщение я не могу принять как ответ. { form-error-expected }
form-warning-rule-lte = Значение { $value } («{ $question }») больше, чем { $total } — «{ $totalQuestion }». Часть не может быть больше целого: исправьте одно из значений.
form-warning-rule-sum-equals = Сумма ответов { $parts } — { $sum }, а должна быть равна { $total } — «{ $totalQuestion }». Проверьте слагаемые и итог.
form-warning-rule-sum-lte = Сумма ответов { $parts } — { $sum }, а она не может быть больше { $total } — «{ $totalQuestion }». Проверьте значения.
form-warning-rule-custom = { $message }
form-warning-previous-higher =
    Значение { $value } более чем в { $factor } { $factor ->
        [one] раз
        [many] раз
       *[other] раза
    } выше, чем в прошлом периоде ({ $previous }). Проверьте его; если всё верно, коротко поясните причину.
form-warning-previous-lower =
    Значение { $value } более чем в { $factor } { $factor ->
        [one] раз
        [many] раз
       *[other] раза
    } ниже, чем в прошлом периоде ({ $previous }). Проверьте его; если всё верно, коротко поясните причину.
form-warning-dropped-to-zero = В прошлом периоде было { $previous }, сейчас — 0. Проверьте, не пропущено ли значение; если всё верно, коротко поясните причину.
form-warning-municipal-high = Значение { $value } намного больше, чем у других школ муниципалитета: медиана { $median }, у половины школ — от { $low } до { $high }. Проверьте его; если всё верно, коротко поясните причину.
form-warning-municipal-low = Значение { $value } намного меньше, чем у других школ муниципалитета: медиана { $median }, у половины школ — от { $low } до { $high }. Проверьте его; если всё верно, коротко поясните причину.

## Bot: monitoring campaigns (coordinators)

menu-button-campaigns = 📋 Кампании мониторинга
campaign-bot-only-coordinators = Кампаниями мониторинга управляют координаторы.
campaign-bot-list-title = 📋 Кампании мониторинга: сначала идущие (ближайший срок первым), затем закрытые за последние { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
campaign-bot-list-nothing-current = 📋 Идущих кампаний нет, и за последние { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } ни одна не закрывалась. Новую кампанию откроет кнопка «➕ Новая кампания».
campaign-bot-list-archive-hint = Все закрытые кампании — в «🗄 Архив кампаний»: там же можно разрешить школе исправить отчёт.
campaign-bot-list-closed-at = 🔒 Закрыта: { $closed }
campaign-bot-button-archive = 🗄 Архив кампаний
campaign-bot-archive-title = 🗄 Архив кампаний: закрытые, последние закрытые первыми ({ $from }–{ $to } из { $count }).
campaign-bot-archive-hint = Чтобы школа могла исправить отчёт по закрытой кампании, нажмите «🔓 Разрешить школе исправить отчёт» с номером кампании.
campaign-bot-archive-empty = 🗄 В архиве нет закрытых кампаний.
campaign-bot-list-empty = Кампаний мониторинга пока нет. Нажмите «➕ Новая кампания», чтобы открыть первую.
campaign-bot-list-line = { $index }. { $form } — { $period } · { $status }
campaign-bot-list-deadline = 🗓 Срок: { $deadline }
campaign-bot-list-closes = 🔒 Закроется автоматически: { $closes }
campaign-bot-list-completion = 📊 { $completion }
campaign-bot-status-draft = ⚪ черновик
campaign-bot-status-open = 🟢 идёт сбор
campaign-bot-status-closed = 🔒 закрыта
campaign-bot-completion = сдали { $handedIn } из { $targets } · принято { $accepted }
campaign-bot-completion-returned = на доработке { $count }
campaign-bot-completion-late = с опозданием { $count }
campaign-bot-button-new = ➕ Новая кампания
campaign-bot-button-close = { $index }. 🔒 Закрыть
campaign-bot-button-open-draft = { $index }. ▶️ Открыть
campaign-bot-button-deadline = { $index }. 🕒 Перенести срок
campaign-bot-button-close-confirm = 🔒 Да, закрыть
campaign-bot-button-dismiss = Не закрывать
campaign-bot-button-back = ◀️ Назад
campaign-bot-button-cancel = ✖️ Отмена
campaign-bot-button-manual = 🔒 Закрою вручную
campaign-bot-button-open = ✅ Открыть кампанию
campaign-bot-button-outdated = Эта кнопка от прежнего сообщения. Ответьте на последний шаг.
campaign-bot-close-question =
    Закрыть кампанию «{ $form }», { $period }?
    { $completion }. Не сдали отчёт: { $missing }.
    После закрытия отправить отчёты будет нельзя.
campaign-bot-closed =
    🔒 Кампания закрыта: { $form }, { $period }. Итог: { $completion }. Отчёты по ней больше не принимаются.
    { $notified ->
        [0] Сообщать о закрытии было некому: отчёты отправлены или в организациях никто не подключён.
       *[other] Тем, кто не отправил отчёт, сообщено о закрытии (сообщений: { $notified }).
    }
campaign-bot-nothing-changed = Хорошо, кампания остаётся открытой.
campaign-bot-step-form =
    🆕 Новая кампания мониторинга
    Шаг 1 из 5. Выберите форму:
campaign-bot-form-option = Направление { $direction } · { $form }
campaign-bot-step-period =
    Шаг 2 из 5. { $form }
    За какой период собираем данные?
campaign-bot-period-taken = { $period } — уже есть
campaign-bot-step-schools =
    Шаг 3 из 5. Какие организации заполняют форму?
    { $count ->
        [one] Эту форму заполняет { $count } организация муниципалитета.
        [few] Эту форму заполняют { $count } организации муниципалитета.
       *[many] Эту форму заполняют { $count } организаций муниципалитета.
    }
campaign-bot-target-all = Все организации ({ $count })
campaign-bot-target-by-type = По типу организации…
campaign-bot-target-flag-lowResults = С низкими результатами ({ $count })
campaign-bot-target-flag-unfavourableConditions = В неблагоприятных социальных условиях ({ $count })
campaign-bot-target-pick = ✍️ Выбрать вручную
campaign-bot-step-types = Организации какого типа?
campaign-bot-target-type = { $type } ({ $count })
campaign-bot-step-pick = Отметьте организации. Отмечено: { $count } из { $total }.
campaign-bot-pick-done = ✔️ Готово ({ $count })
campaign-bot-page-prev = ◀️
campaign-bot-page-next = ▶️
campaign-bot-selected = Выбрано организаций: { $count }.
campaign-bot-step-deadline =
    Шаг 4 из 5. Срок сдачи
    Напишите дату и время по часам муниципалитета «{ $municipality }» ({ $timezone }, { $offset }) в виде ДД.ММ.ГГГГ ЧЧ:ММ, например: { $example }
    Если написать только дату, срок — 18:00 этого дня.
campaign-bot-step-closes =
    Шаг 5 из 5. Закрытие приёма отчётов
    Срок сдачи: { $deadline }.
    Кампанию можно закрыть автоматически: напишите дату и время закрытия (не раньше срока), например: { $example }. После закрытия отчёты не принимаются.
    Или нажмите «🔒 Закрою вручную» — закрыть можно будет в /campaigns.
campaign-bot-selection-all = все организации
campaign-bot-selection-type = по типу: { $type }
campaign-bot-selection-flag-lowResults = школы с низкими результатами
campaign-bot-selection-flag-unfavourableConditions = школы в неблагоприятных социальных условиях
campaign-bot-selection-picked = выбраны вручную
campaign-bot-more-schools = …и ещё { $count }
campaign-bot-closes-manually = вручную, в /campaigns
campaign-bot-confirm =
    📋 Проверьте кампанию перед открытием
    Форма: { $form }
    Период: { $period }
    Организации: { $selection } — { $count }
    { $schools }
    Срок сдачи: { $deadline } ({ $timezone })
    Закрытие приёма: { $closes }

    После открытия задание получат ответственные каждой организации: заместители директора, а где их нет — директор.
campaign-bot-opened =
    ✅ Кампания открыта: { $form }, { $period }.
    Организаций: { $schools }. Задание получили: { $notified } { $notified ->
        [one] человек
        [few] человека
       *[other] человек
    }.
campaign-bot-opened-nobody =
    ⚠️ Никто не подключён к боту в организациях ({ $count }):
    { $schools }
    Пригласите ответственных через /invite — задание появится у них в «📝 Мои задачи».
campaign-bot-move-ask =
    🕒 Перенос срока: { $form }, { $period }
    Сейчас срок: { $deadline }.
    Напишите новый срок по часам муниципалитета ({ $timezone }) в виде ДД.ММ.ГГГГ ЧЧ:ММ, например: { $example }. Если написать только дату — 18:00 этого дня.
    Школы, чьи отчёты ещё не приняты, получат сообщение о новом сроке.
campaign-bot-moved = ✅ Срок перенесён на { $deadline }. Сообщили: { $notified } { $notified ->
        [one] человеку
       *[other] людям
    }.
campaign-bot-moved-closes-too = Автоматическое закрытие было назначено раньше нового срока — теперь кампания закроется в момент нового срока.
campaign-bot-cancelled = Отменено — ничего не изменилось.
campaign-bot-no-forms = Для ваших направлений в каталоге нет форм мониторинга. Обратитесь к администратору.
campaign-bot-command-during-wizard = Сейчас идёт настройка кампании. Ответьте на шаг выше или нажмите «✖️ Отмена» (либо отправьте /cancel), а потом выполните команду.
campaign-bot-not-text = Здесь нужен текст или кнопка под сообщением. Ответьте на шаг выше.
campaign-bot-error-use-buttons = Выберите вариант кнопками под сообщением.
campaign-bot-error-type-date = Напишите срок текстом, например 15.12.2026 18:00.
campaign-bot-error-date-malformed = Не получилось прочитать дату. Напишите её в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 15.12.2026 18:00, или только дату: 15.12.2026.
campaign-bot-error-date-no-such-date = Такой даты или времени не бывает. Проверьте число и месяц; часы — от 00 до 23, минуты — от 00 до 59.
campaign-bot-error-date-past = Этот момент уже прошёл: сейчас в муниципалитете { $now }. Укажите время в будущем.
campaign-bot-error-closes-before = Кампания не может закрыться раньше срока сдачи ({ $deadline }). Укажите более позднее время или нажмите «🔒 Закрою вручную».
campaign-bot-error-same-deadline = Это и есть текущий срок. Укажите другой.
campaign-bot-error-form-no-schools = Эту форму не заполняет ни одна действующая организация муниципалитета. Выберите другую форму.
campaign-bot-error-duplicate = Кампания по этой форме за этот период уже есть (#{ $id }). Выберите другой период или найдите её в /campaigns.
campaign-bot-error-duplicate-now = Пока вы заполняли шаги, кампания по этой форме за этот период уже появилась. Выберите форму и период заново.
campaign-bot-error-empty-selection = В этот выбор не попала ни одна организация. Выберите другой вариант.
campaign-bot-error-pick-none = Отметьте хотя бы одну организацию.
campaign-bot-error-deadline-passed = Срок сдачи уже наступил. Укажите более поздний срок.
campaign-bot-error-closes-before-now = Время закрытия раньше срока сдачи. Укажите закрытие не раньше срока.
campaign-bot-error-not-open = Эта кампания уже закрыта — изменить её нельзя.
campaign-bot-error-not-found = Кампания не найдена или относится не к вашим направлениям. Откройте /campaigns.
campaign-bot-error-failed = Не получилось выполнить действие с кампанией. Откройте /campaigns и попробуйте ещё раз.

## Monitoring campaigns: notifications to schools and coordinators, CLI (data layer)

campaign-period = { $kind ->
    [school_year] { $year }/{ $next } учебный год
    [calendar_year] { $year } год
    [half_year] { $index ->
        [1] I полугодие { $year } г.
       *[other] II полугодие { $year } г.
    }
    [quarter] { $index ->
        [1] I квартал { $year } г.
        [2] II квартал { $year } г.
        [3] III квартал { $year } г.
       *[other] IV квартал { $year } г.
    }
   *[month] { $index ->
        [1] январь { $year } г.
        [2] февраль { $year } г.
        [3] март { $year } г.
        [4] апрель { $year } г.
        [5] май { $year } г.
        [6] июнь { $year } г.
        [7] июль { $year } г.
        [8] август { $year } г.
        [9] сентябрь { $year } г.
        [10] октябрь { $year } г.
        [11] ноябрь { $year } г.
       *[other] декабрь { $year } г.
    }
}
campaign-opened =
    📋 Новая задача мониторинга МСОКО — { $school }
    Форма: «{ $form }»
    Период: { $period }
    Срок сдачи: { $deadline } (местное время)

    Нажмите «📝 Заполнить форму»: бот задаст вопросы по одному. Каждый ответ сохраняется сразу — можно прерваться и продолжить позже с того же места.
campaign-deadline-moved =
    ⏰ Срок сдачи формы «{ $form }» ({ $period }) для организации «{ $school }» перенесён.
    Новый срок: { $deadline } (местное время). Прежний срок был { $previous }.
campaign-closed-unsubmitted =
    🔒 Приём отчётов по форме «{ $form }» ({ $period }) закрыт, а отчёт «{ $school }» так и не был отправлен.
    Если сдать его всё же нужно, обратитесь к координатору: он может открыть форму для вашей организации.
campaign-reopened =
    🔓 Координатор разрешил организации «{ $school }» внести изменения в отчёт по форме «{ $form }» ({ $period }), хотя кампания закрыта.
    Изменить ответы и отправить отчёт снова можно до { $until } (местное время).
campaign-button-fill = 📝 Заполнить форму
review-new-submission =
    📥 Отчёт на проверку — { $school }
    Форма: «{ $form }», период: { $period }
    { $version ->
        [1] Отправлен впервые.
       *[other] Исправленная версия { $version }: в карточке отчёта видно, что изменилось.
    }{ $late ->
        [yes] {" "}⚠️ Отправлен после срока.
       *[other] {""}
    }
review-button-open = 🔍 Открыть отчёт
review-accepted = ✅ Отчёт «{ $school }» по форме «{ $form }» ({ $period }) принят координатором. Спасибо за работу!
review-returned =
    ↩️ Координатор вернул отчёт «{ $school }» по форме «{ $form }» ({ $period }) на доработку.
    Комментарий координатора: { $comment }
    { $marked ->
        [0] {""}
       *[other] Вопросов к исправлению: { $marked } — форма откроется с них, остальные ответы сохранены.
    }
    { $overdue ->
        [yes] Срок сдачи уже прошёл — пожалуйста, исправьте и отправьте отчёт как можно скорее.
       *[other] Исправьте и отправьте отчёт снова до { $deadline } (местное время).
    }
review-button-fix = ✏️ Исправить отчёт
review-digest =
    📬 Отчётов ждут вашей проверки: { $count } (новых с прошлой сводки: { $fresh }).
    Из них отправлено после срока: { $late }, с предупреждениями: { $warnings }.
review-button-queue = 📋 Открыть очередь проверки
cli-usage-campaign-create = campaign create --form <код формы> --period <код периода> --municipality <код МО> --deadline "ГГГГ-ММ-ДД ЧЧ:ММ" [--closes "ГГГГ-ММ-ДД ЧЧ:ММ"] [--schools all|type:general|type:kindergarten|type:additional|flag:lowResults|flag:unfavourableConditions|<код ОО,код ОО,…>] [--open] — создать кампанию мониторинга (время — местное время муниципалитета); с --open школы сразу получают задание
cli-usage-campaign-open = campaign open <номер> — открыть кампанию и разослать задания школам
cli-usage-campaign-close = campaign close <номер> — закрыть кампанию: отчёты больше нельзя изменить
cli-usage-campaign-list = campaign list --municipality <код МО> [--status draft|open|closed] — кампании муниципалитета и ход сдачи
cli-campaign-created = Кампания #{ $id } создана: «{ $form }», { $period }, { $municipality }; организаций: { $schools }.
cli-campaign-deadline = Срок сдачи: { $deadline } ({ $timezone }, { $offset })
cli-campaign-closes = Закроется автоматически: { $closes }
cli-campaign-draft-hint = Кампания пока в черновике, школы не уведомлены. Открыть её и разослать задания: npm run cli -- campaign open { $id }
cli-campaign-opened = Кампания #{ $id } открыта, уведомлений поставлено в очередь: { $notified }.
cli-campaign-opened-unreachable = Организаций без подключённых заместителя и директора: { $count }. Им задание не отправлено; пригласите их (npm run cli -- invite …) — задание появится у них в «Моих задачах».
cli-campaign-closed = Кампания #{ $id } закрыта: отчёты больше нельзя изменить. Координатор может открыть отчёт отдельной организации в виде исключения. Не отправившим отчёт отправлено уведомлений о закрытии: { $notified }.
cli-campaign-list-title = Кампании — { $municipality }: { $count }
cli-campaign-list-line = #{ $id } [{ $status }] «{ $form }», { $period }; срок { $deadline }; сдано { $submitted } из { $targets }, принято { $accepted }, на доработке { $returned }, после срока { $late }
cli-campaign-status-draft = черновик
cli-campaign-status-open = открыта
cli-campaign-status-closed = закрыта
cli-campaign-error-code = код из букв, цифр, точки, дефиса и подчёркивания
cli-campaign-error-form-required = укажите --form <код формы> (коды форм — в каталоге МСОКО)
cli-campaign-error-period-required = укажите --period <код периода>, например 2025-26
cli-campaign-error-period = код периода: учебный год 2025-26, календарный год 2025, полугодие 2025-H1, квартал 2025-Q3 или месяц 2025-09
cli-campaign-error-municipality-required = укажите --municipality <код МО>
cli-campaign-error-deadline-required = укажите --deadline "ГГГГ-ММ-ДД ЧЧ:ММ" — срок по местному времени муниципалитета
cli-campaign-error-municipality-unknown = муниципалитета с кодом { $code } нет
cli-campaign-error-form-unknown = формы с кодом { $code } нет (формы загружаются командой catalog import)
cli-campaign-error-schools = ожидается all, type:general|kindergarten|additional, flag:lowResults|unfavourableConditions или коды организаций через запятую
cli-campaign-error-schools-unknown = в муниципалитете { $municipality } нет организаций с кодами: { $codes }
cli-campaign-error-status = статус: draft, open или closed
cli-campaign-error-id = нужен номер кампании, например 12 (номера показывает campaign list)
cli-campaign-error-period-invalid = код периода: учебный год 2025-26, календарный год 2025, полугодие 2025-H1, квартал 2025-Q3 или месяц 2025-09
cli-campaign-error-period-kind = форма { $form } собирается { $kind ->
        [school_year] за учебный год, например 2025-26
        [calendar_year] за календарный год, например 2025
        [half_year] за полугодие, например 2025-H1
        [quarter] за квартал, например 2025-Q3
       *[month] за месяц, например 2025-09
    }
cli-campaign-error-deadline-invalid = нужны дата и время вида 2026-12-01 18:00
cli-campaign-error-deadline-past = этот срок уже прошёл (время указывается местное, муниципалитета)
cli-campaign-error-closes-before-deadline = кампания не может закрыться раньше срока сдачи
cli-campaign-error-no-targets = среди выбранных нет действующих организаций, которые заполняют эту форму
cli-campaign-refused-duplicate = Кампания по форме { $form } за { $period } в этом муниципалитете уже есть — её номер показывает campaign list.
cli-campaign-refused-not-found = Кампании #{ $id } нет. Номера кампаний показывает campaign list.
cli-campaign-refused-not-draft = Кампания #{ $id } уже открыта или закрыта: открыть можно только черновик.
cli-campaign-refused-not-open = Кампания #{ $id } не открыта: закрыть можно только открытую кампанию.
cli-campaign-refused-deadline-past = Срок сдачи кампании #{ $id } уже прошёл: сначала перенесите срок, затем открывайте кампанию.

## Bot: review of submissions

menu-button-review = 📥 Отчёты на проверке
review-only-coordinators = Проверять отчёты могут только координаторы.
review-refused-not-found = Такого отчёта нет. Отчёты, которые ждут проверки, — в /review.
review-refused-out-of-scope = Этот отчёт вне вашей зоны ответственности: он относится к другому муниципалитету или направлению.
review-refused-not-submitted = Этот отчёт ещё не отправлен школой.
review-refused-being-corrected = Школа изменяет этот отчёт после отправки и ещё не отправила его снова.
review-refused-accepted = Этот отчёт уже принят { $date }.
review-refused-returned = Этот отчёт уже возвращён на доработку { $date }.
review-card-returned = ↩️ Возвращён на доработку (отмечено вопросов: { $count }).
review-accept = ✅ Принять
review-return = ↩️ Вернуть на доработку
review-accepted-done = ✅ Отчёт «{ $school }» принят, школа получила уведомление.
review-accepted-all = ✅ Принято отчётов без предупреждений: { $count }.
review-mode-each = 🔔 Теперь я буду присылать уведомление о каждом новом отчёте.
review-mode-digest = 🔔 Теперь новые отчёты будут приходить сводкой, а не по одному.
review-mode-switch-each = 🔔 Уведомлять о каждом отчёте
review-mode-switch-digest = 🔕 Присылать сводкой
review-queue-empty = Отчётов, ожидающих проверки, нет.
review-queue-title = 📥 Ожидают проверки: { $count }
review-queue-line = { $index }. { $school } — { $form }, { $period } (версия { $version }) { $flags }
review-flag-late = ⏰ после срока
review-flag-warnings = ⚠️ предупреждений: { $count }
review-accept-all = ✅ Принять все без предупреждений ({ $count })
review-card-title =
    📄 { $school } — { $form }, { $period }
    Версия { $version }, отправил(а): { $by }
review-card-previous = (прошлый период: { $value })
review-card-indicators = 📊 Показатели:
review-card-changes = ✏️ Изменено после возврата:
review-card-change = • { $question }: { $before } → { $after }
review-card-previous-return = Ваш комментарий при возврате: «{ $comment }»
review-return-comment = Напишите комментарий для школы: что нужно исправить и почему.
review-cancel = ✖️ Отмена
review-return-marks = Отметьте вопросы, которые нужно исправить (можно ни одного), и нажмите «✔️ Готово».
review-return-marks-done = ✔️ Готово
review-use-buttons = Выберите вопросы кнопками или нажмите «✔️ Готово».
review-return-reason = Что не так в ответе на вопрос { $index } «{ $question }»? Напишите коротко.
review-returned-done = ↩️ Отчёт возвращён на доработку (отмечено вопросов: { $count }). Заместитель и директор уже получили уведомление.
review-type-text = Напишите ответ текстом или нажмите «✖️ Отмена».
review-too-long = Слишком длинно: { $length } символов, можно не больше { $max }. Сократите, пожалуйста.
review-return-cancelled = Возврат отменён, отчёт остаётся на проверке.
form-remark = 🔴 Замечание координатора: { $remark }

## Bot: reopening one school after a campaign closed

campaign-reopen-button = { $index }. 🔓 Разрешить школе исправить отчёт
campaign-reopen-choose = Какой школе разрешить исправить отчёт? Форма откроется для неё на { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }, школа получит уведомление.
campaign-reopen-done = 🔓 { $school } может исправить отчёт до { $until }. Уведомлено: { $notified }.
campaign-reopen-not-found = Этой кампании больше нет. Откройте /campaigns.
campaign-reopen-out-of-scope = Эта кампания вне вашей зоны ответственности: она относится к другому муниципалитету или направлению.
campaign-reopen-not-target = Эта школа не входит в кампанию: отчёт у неё не собирается.
form-not-open = Кампания ещё не открыта координатором. Когда её откроют, я пришлю сообщение.

## Start-up: one instance per SQLite file; guided conversations of an older version

main-another-instance =
    { $pid ->
        [none] С базой данных { $location } уже работает другой экземпляр
       *[other] С базой данных { $location } уже работает другой экземпляр (pid { $pid })
    }; для работы нескольких экземпляров нужен PostgreSQL (DATABASE_URL=postgresql://…).
conversation-outdated-form = Форма обновилась, пока вы её заполняли. Ответы сохранены — продолжите заполнение из /tasks.
conversation-outdated-review-return = Бот обновился, и возврат отчёта на доработку прервался: отчёт не возвращён. Откройте его заново из /review.
conversation-outdated-campaign = Бот обновился, и работа с кампанией прервалась: изменения не сохранены. Начните заново из /campaigns.
