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
