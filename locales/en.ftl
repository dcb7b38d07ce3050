## Common words

role-coordinator = Coordinator
role-director = Director
role-deputy = Deputy director
role-viewer = Viewer
school-type-general = general education school
school-type-kindergarten = kindergarten
school-type-additional = additional education organisation
language-name-ru = Русский
language-name-en = English
role-line-school = • { $role } — { $school }
role-line-municipality = • { $role } — { $municipality }
role-line-directions = { $line } (directions: { $directions })

## Bot: start and onboarding

start-stranger =
    Hello! This is the bot of the municipal system of education quality assessment (MSOKO).
    Schools submit reports here and receive reminders, decisions, orders and targeted recommendations.

    You work here through a personal invite link. Ask the MSOKO coordinator of your municipality for one (usually a specialist of the education department or the methodological centre) and open the link in Telegram.
start-welcome-back = Welcome back, { $name }!
start-invite-accepted =
    Welcome, { $name }!
    You are connected to MSOKO: { $role }.
start-invite-already = You have already accepted this invite. Your roles are unchanged.
start-invite-not-found =
    This invite link was not found. Check that the whole link was copied, or ask the coordinator for a new one.
start-invite-expired =
    This invite link has expired. Ask the coordinator for a new link.
start-invite-revoked =
    The coordinator has revoked this invite link. If that is a mistake, ask for a new link.
start-invite-used-up =
    As many people as intended have already joined with this invite link. Ask the coordinator for a personal link.
start-bad-payload =
    This link could not be recognised. Open the invite link in full, exactly as the coordinator sent it.
notify-invite-redeemed = ✅ { $name } accepted the invite: { $role }{ $place }.

## Bot: menu

menu-title =
    { $name }, main menu.
    Your roles:
    { $roles }
menu-button-invite = 👥 Invite people
menu-button-open-invites = 🎟 Open invites
menu-button-organisation = 🏫 My organisation
menu-button-profile = 👤 Profile and roles
menu-button-language = 🌐 Язык / Language
menu-button-app = 📊 Open the mini-app
menu-button-back = ◀️ Back
menu-outdated = The menu was out of date; here is the current one.
profile-text =
    👤 { $name }
    Interface language: { $language }

    Roles:
    { $roles }
organisation-school =
    🏫 { $name }
    Type: { $type }
    Municipality: { $municipality } (time zone { $timezone })
    { $flags }
    Connected to the bot:
    { $people }
organisation-flag-low-results = ⚠️ School with low educational results
organisation-flag-unfavourable = ⚠️ Works in unfavourable social conditions
organisation-no-flags = No special flags.
organisation-person-line = • { $name } — { $role }
organisation-nobody = nobody has joined yet
organisation-municipality =
    🏛 { $name }
    Time zone: { $timezone }
    Organisations: { $schools }, connected to the bot: { $connected }

## Bot: help

help-common =
    I am the MSOKO bot — the municipal system of education quality assessment.

    /menu — main menu
    /lang — change the language
    /help — this help
help-coordinator =
    As a coordinator you can:
    • /campaigns — open a monitoring campaign (form, period, schools, deadline), move its deadline or close it; “🗄 Campaign archive” holds the closed ones, where you can let a school correct its report;
    • /review — review submitted reports: accept them or return them with remarks;
    • /invite — create invite links for directors, deputies and viewers (for one school or for all at once);
    • see and revoke open invites from the main menu.
help-director =
    As a director you will receive decisions on your school's reports, orders and targeted recommendations here, and see your school's indicators in the mini-app.
help-deputy =
    As a deputy director you fill in monitoring forms here step by step: /tasks shows your tasks and deadlines. Every answer is saved at once; you can stop and continue later.
help-viewer =
    As a viewer you can read the municipality's indicators and summaries in the mini-app.
help-stranger =
    I am the MSOKO bot. To start, open the personal invite link from your municipality's coordinator.

## Bot: commands (shown in Telegram's menu)

command-start = Start
command-menu = Main menu
command-help = Help
command-lang = Interface language
command-invite = Invite people

## Bot: language

language-choose = Choose the interface language:
language-changed = Done: the interface language is English.
language-stranger = The bot follows your Telegram app's language. Once you join with an invite you can change it with /lang.

## Bot: invites from the bot

invite-choose-role = Whom do you want to invite?
invite-role-button-director = School directors
invite-role-button-deputy = Deputy directors
invite-role-button-viewer = A viewer (methodologist)
invite-choose-school = Choose the organisation that needs a link ({ $role }), or create links for all of them at once:
invite-all-schools = 📨 For all organisations ({ $count })
invite-page-prev = ◀️
invite-page-next = ▶️
invite-no-schools = The municipality has no organisations yet. An administrator loads them with "npm run cli -- import schools".
invite-created-one =
    Invite link: { $role } — { $place }
    { $link }
    Valid until { $expires }, for one person. Forward it to them.
invite-created-many-header = Invite links: { $role }, { $count } organisations. Valid until { $expires }. Forward each link to its addressee:
invite-created-line = { $place }:
    { $link }
invite-open-title = Open invites ({ $count }):
invite-open-line = #{ $id } { $role } — { $place }, used { $used } of { $max }, until { $expires }
invite-open-none = There are no open invites.
invite-revoke-button = ❌ Revoke #{ $id }
invite-revoked = Invite #{ $id } is revoked: nobody can join with it any more.
invite-already-closed = Invite #{ $id } is no longer valid.
invite-only-coordinators = Only coordinators can create invites.
invite-username-unknown = Could not find out the bot's name for the link. Try again in a minute.
invite-whole-municipality = the whole municipality

## Bot: other

group-hint = I work in private messages only. Open a chat with me: @{ $username }
unhandled-known = I did not understand that. Open /menu to choose an action, or /help for help.
unhandled-stranger = I do not know you yet. To start, open the invite link from your municipality's MSOKO coordinator.
error-generic = Something went wrong and we are looking into it. Your data is saved — please try again a little later.
callback-outdated = This button is out of date. Open /menu.
callback-old-version = This button is from an older version of the bot and no longer works. Open /menu for the current buttons.

## Start-up and CLI basics

main-no-token =
    The bot is off: BOT_TOKEN is not set. The server and the database are running.
    To get a token: open @BotFather in Telegram, send /newbot, choose the bot's name and username (ending in "bot"), copy the token it gives you and start again:
      BOT_TOKEN=123456:ABC… npm start
    or put BOT_TOKEN into the .env file (see .env.example).
cli-usage-title = Administrator commands (npm run cli -- <command>; --lang en for English output):
cli-usage-migrate = migrate — apply pending database migrations
cli-usage-migration-new = migration new <name> — (for developers) write a migration for the changes in prisma/schema.prisma
cli-migrate-done = Database { $location } is up to date; migrations applied: { $applied }.
cli-migration-written = Migration written: { $folder }
cli-migration-nothing = The schema has not changed: no new migration is needed.

## Mini-app

app-title = MSOKO
app-loading = Loading…
app-who-am-i-title = Who I am in MSOKO
app-language-label = Interface language
app-language-ru = { language-name-ru }
app-language-en = { language-name-en }
app-language-hint = To change it, send /lang to the bot.
app-roles-title = Your roles
app-no-roles = You have no active roles right now. If this is a mistake, contact your municipality's MSOKO coordinator.
app-role-coordinator = { role-coordinator }
app-role-director = { role-director }
app-role-deputy = { role-deputy }
app-role-viewer = { role-viewer }
app-school-type-general = { school-type-general }
app-school-type-kindergarten = { school-type-kindergarten }
app-school-type-additional = { school-type-additional }
app-municipality-label = Municipality
app-school-label = Organisation
app-directions = Directions: { $directions }
app-directions-all = All directions
app-button-retry = Retry
app-button-close = Close
app-error-not-registered-title = You are not connected to MSOKO yet
app-error-not-registered = Open the bot and use your invite link — your municipality's MSOKO coordinator sends it. Then open the mini-app again.
app-error-signature-title = Telegram sign-in could not be verified
app-error-signature = The server did not accept the signature of Telegram's data. Close the mini-app and open it again from the bot's menu. If it happens again, tell your administrator: the server may be set up for a different bot.
app-error-expired-title = The session has expired
app-error-expired = Telegram's sign-in data is older than 24 hours. Close the mini-app and open it again from the bot's menu.
app-error-outside-telegram-title = Open the mini-app in Telegram
app-error-outside-telegram = This page works only inside Telegram. Open the MSOKO bot and tap "{ menu-button-app }" in its menu.
app-error-not-configured-title = The server is not set up yet
app-error-not-configured = The bot token (BOT_TOKEN) is not set on the server, so Telegram sign-in cannot be checked. Tell your administrator.
app-error-network-title = No connection to the server
app-error-network = Could not reach the MSOKO server. Check your internet connection and tap Retry.
app-error-server-title = Server error
app-error-server = The server answered with error { $status }. Try again a little later. If it happens again, tell your administrator this request code: { $requestId }

server-bot-token-missing = The mini-app API is off: BOT_TOKEN is not set on the server, so Telegram sign-in cannot be checked. Set BOT_TOKEN (the token from @BotFather) and restart the server.
server-auth-missing = No Telegram sign-in data: send the mini-app's initData in the header "Authorization: tma <initData>".
server-auth-invalid = Telegram sign-in data failed the signature check. Open the mini-app again from the bot; if this repeats, check that the server's BOT_TOKEN belongs to the same bot.
server-auth-expired = Telegram sign-in data is older than 24 hours. Close the mini-app and open it again from the bot.
server-not-registered = You are not registered in MSOKO yet. Open the bot and use your invite link from the coordinator.
server-not-found = There is no such API address: { $path }
server-bad-request = The request did not pass validation: check the address and parameters.
server-internal-error = Internal server error. Try again later; if it repeats, give the administrator the request id (requestId).
server-miniapp-not-built = The mini-app is not built: run npm run build:miniapp

## CLI: import, invites (administrator commands)

cli-usage-line = Usage: npm run cli -- { $usage }
cli-usage-import-schools = import schools <file.csv|file.xlsx> — load municipalities and schools (columns: municipality_code, municipality_name, timezone, code, name, short_name, type, low_results, unfavourable_conditions, address; Russian headers work too)
cli-usage-import-people = import people <file.csv|file.xlsx> [--days N] [--reissue] — load people and issue each a personal invite (columns: full_name, role, school_code or municipality_code, position, phone, email, telegram); links go to <file>.invites.csv
cli-usage-invite = invite --role coordinator|viewer --municipality <code> [--directions a,b] | --role director|deputy --school <code> [--uses N] [--days N] [--label "…"] [--qr file.png] — an invite link and its QR code
cli-usage-invite-list = invite list --municipality <code> — a municipality's open invites
cli-usage-invite-revoke = invite revoke <id> — revoke an invite
cli-error-flag = Problem with { $flag }: { $reason }.
cli-error-flag-invalid = the value is not valid
cli-error-flag-unknown = Unknown option { $flag }.
cli-error-flag-value-missing = Option { $flag } needs a value.
cli-error-argument-unexpected = Unexpected argument "{ $value }".
cli-error-arguments = Problem with the arguments: { $reason }.
cli-error-arguments-unexpected = unexpected words in the command (options are written as --name value)
cli-error-file-required = a path to a .csv or .xlsx file is needed
cli-error-one-file = give one file
cli-error-days = the validity is a whole number of days from 1 to 365
cli-error-file-empty = File { $path } is empty: it has not even a header row.
cli-error-columns-missing = The file lacks required columns: { $columns }. The first row must hold the column headers.
cli-error-file-type = File { $path }: .csv and .xlsx are supported (save an .xls file as .xlsx in Excel).
cli-error-file-unreadable = Could not read { $path }: check the path and that it really is a .csv or .xlsx file.
cli-import-rejected-title = Rows rejected: { $count }. Fix them and import the file again — rows already imported will not be duplicated:
cli-import-rejected-line = row { $row }, column "{ $column }" ("{ $value }"): { $reason }
cli-import-rejected-line-empty = row { $row }, column "{ $column }": { $reason }
cli-import-error-required = a value is required
cli-import-error-too-long = the value is too long
cli-import-error-code = a code may hold only letters, digits, dot, hyphen and underscore (up to 64)
cli-import-error-timezone = an IANA time zone is needed, e.g. Europe/Moscow, Asia/Yekaterinburg or Asia/Sakhalin
cli-import-error-school-type = the type is general (school), kindergarten or additional (additional education)
cli-import-error-yes-no = yes or no expected (also да/нет, 1/0)
cli-import-error-duplicate = this code already appeared in row { $row }
cli-import-error-municipality-conflict = row { $row } gives a different value for the same municipality
cli-import-error-municipality-name = municipality { $code } does not exist yet: give its name
cli-import-municipalities-summary = Municipalities: { $created } created, { $updated } updated, { $unchanged } unchanged.
cli-import-schools-summary = Schools from { $file }: { $created } created, { $updated } updated, { $unchanged } unchanged.
cli-import-error-role = the role is coordinator, director, deputy or viewer (Russian words work too)
cli-import-error-phone = a phone number: digits, spaces, brackets and hyphens, optionally with "+"
cli-import-error-email = an e-mail address such as name@example.ru is needed
cli-import-error-telegram = a Telegram username: Latin letters, digits and "_", 4–32 characters
cli-import-error-school-required = a director or deputy needs a school code
cli-import-error-municipality-required = a coordinator or viewer needs a municipality code
cli-import-error-school-not-for-role = only directors and deputies belong to a school; coordinators and viewers work for the municipality
cli-import-error-directions-not-for-role = directions limit only coordinators and viewers
cli-import-error-municipality-unknown = no such municipality; import the schools first: npm run cli -- import schools <file>
cli-import-error-school-unknown = no such school; import the schools first: npm run cli -- import schools <file>
cli-import-error-school-elsewhere = the school belongs to another municipality
cli-import-error-directions-unknown = some direction codes are unknown; direction codes come from the catalog (npm run cli -- catalog import)
cli-import-people-summary = People from { $file }: { $invited } invited, { $reissued } given new links, { $already_invited } invited before, { $joined } already joined.
cli-import-people-written = Invite links written to { $path }. They are personal: hand each only to its person and keep the file like passwords.
cli-import-people-column-row = Row
cli-import-people-column-name = Full name
cli-import-people-column-role = Role
cli-import-people-column-place = Organisation
cli-import-people-column-status = Status
cli-import-people-column-link = Link
cli-import-people-column-code = Invite code
cli-import-people-column-expires = Valid until
cli-import-people-status-invited = invited
cli-import-people-status-reissued = new link issued
cli-import-people-status-already-invited = invite #{ $id } issued before and still valid (use --reissue for a new link)
cli-import-people-status-joined = already joined
cli-invite-username-unknown-note = The bot's username is unknown: { $error } Invite codes are shown instead of links; a link is https://t.me/<bot_username>?start=<code>
cli-invite-error-role = the role is coordinator, director, deputy or viewer
cli-invite-error-code = a code of letters, digits, dot, hyphen and underscore
cli-invite-error-uses = the number of uses is a whole number from 1 to 1000
cli-invite-error-label = a label of 1 to 200 characters
cli-invite-error-qr = a path to a .png file is needed
cli-invite-error-school-required = directors and deputies are invited to a school: give --school <code>
cli-invite-error-school-not-for-role = coordinators and viewers are invited to a municipality: give --municipality <code> instead of --school
cli-invite-error-municipality-required = give --municipality <code>
cli-invite-error-directions-not-for-role = directions limit only coordinators and viewers
cli-invite-error-school-unknown = there is no school with code { $code } (schools are loaded with import schools)
cli-invite-error-municipality-unknown = there is no municipality with code { $code }
cli-invite-error-school-elsewhere = school { $code } does not belong to municipality { $municipality }
cli-invite-error-directions-unknown = unknown direction codes: { $codes }
cli-invite-error-id = an invite number such as 12 is needed (invite list shows them)
cli-invite-created = Invite #{ $id }: { $role } — { $place }
cli-invite-directions = Directions: { $directions }
cli-invite-link = Link: { $link }
cli-invite-expires = Valid until { $expires } ({ $timezone }, { $offset }), uses: { $uses }
cli-invite-qr = QR code: { $path }
cli-invite-list-title = Open invites — { $municipality }: { $count }
cli-invite-list-line = #{ $id } { $role } — { $place }; for: { $label }; used { $used } of { $max }; until { $expires }
cli-invite-whole-municipality = whole municipality
cli-invite-revoke-not-found = There is no invite #{ $id }. invite list shows the numbers of open invites.
cli-invite-revoked = Invite #{ $id } revoked: the link no longer lets anyone join. People who joined keep their roles.
cli-invite-revoke-already = Invite #{ $id } was already revoked.

## Catalog

cli-usage-catalog-import = catalog import [file] — load or update the MSOKO catalog: directions, indicators, data elements and forms (prisma/catalog/msoko-catalog.yaml by default); running it again duplicates nothing
cli-catalog-invalid = The catalog { $path } was not loaded — fix these problems ({ $count } in all) and run the command again:
cli-catalog-imported = Catalog loaded from { $path }.
cli-catalog-directions = Directions: { $created } new, { $updated } changed, { $unchanged } unchanged
cli-catalog-data-elements = Data elements: { $created } new, { $updated } changed, { $unchanged } unchanged
cli-catalog-indicators = Indicators: { $created } new, { $updated } changed, { $unchanged } unchanged
cli-catalog-forms = Forms: { $created } new, { $updated } changed, { $unchanged } unchanged
cli-catalog-questions = Form questions: { $created } new, { $updated } changed, { $unchanged } unchanged, { $deleted } deleted
cli-catalog-kept-title = Questions no longer in the file were kept because schools have already answered them ({ $count }). They stay in their forms; to change one, put it back in the file under the same code:
cli-catalog-kept-line = { $form } / { $question } — answers: { $answers }

## CLI: demo data

cli-usage-demo = demo [--timezone <IANA time zone>] [--days N] [--reissue] — build a demonstration municipality: schools, people with invites, two past periods of accepted reports and computed indicators (re-running duplicates nothing)
cli-demo-catalog-imported = The catalog had not been imported — imported the default catalog: { $directions } directions, { $indicators } indicators, { $forms } forms.
cli-demo-catalog-invalid = The default catalog { $path } has problems, so no demo data were built:
cli-demo-built = Demo municipality "{ $name }" (code { $code }, { $timezone }, { $offset }):
cli-demo-organisation = schools: { $schools }; people: { $people }
cli-demo-periods = periods: { $periods }
cli-demo-campaigns = closed campaigns: { $campaigns }; accepted reports: { $accepted } ({ $created } added now)
cli-demo-indicators = indicator values: { $values }
cli-demo-people-title = People and their personal invite links (hand each only to its person):
cli-demo-link-issued-before = invite #{ $id } issued before, valid until { $expires }
cli-demo-qr-written = QR codes of the new links written to { $path }
cli-demo-reissue-hint = A link is shown only when it is issued. To issue new links (the old ones stop working): npm run cli -- demo --reissue

## CLI: backup and moving the data to another database

cli-usage-backup = backup <file> [--force] — back up the database while the app keeps running: a copy of the SQLite file, or a pg_dump archive for PostgreSQL (restore it with pg_restore); an existing file is replaced only with --force
cli-usage-migrate-data = migrate-data --from <database URL> --to <database URL> — copy all data into another, empty database, e.g. from file:./data/msoko.db to postgresql://…; both databases are first brought to the current schema version
cli-backup-error-file-required = name the file to write the backup to
cli-backup-size-bytes = { $size } { $size ->
        [one] byte
       *[other] bytes
    }
cli-backup-size-kb = { NUMBER($size, maximumFractionDigits: 1) } KB
cli-backup-size-mb = { NUMBER($size, maximumFractionDigits: 1) } MB
cli-backup-done = Backup of the database { $location } written to { $file } ({ $size }).
cli-backup-exists = { $file } already exists, so no backup was written. Name another file, or add --force to replace it.
cli-backup-pg-dump-missing = No backup was written: pg_dump, which a PostgreSQL backup needs, was not found. Install the PostgreSQL client of the server's version or newer (on Debian and Ubuntu the postgresql-client package) and run the command again.
cli-backup-pg-dump-failed = No backup was written: pg_dump failed: { $message }
cli-backup-failed = No backup was written to { $file }: { $message }
cli-migrate-data-error-from-required = give the URL of the database to copy from, e.g. --from file:./data/msoko.db
cli-migrate-data-error-to-required = give the URL of the database to copy into, e.g. --to postgresql://msoko@localhost:5432/msoko
cli-migrate-data-error-url = a database URL looks like file:./data/msoko.db (SQLite) or postgresql://user@host:5432/database (PostgreSQL)
cli-migrate-data-copying = Copying, rows per table:
cli-migrate-data-table = { $table }: { $rows }
cli-migrate-data-done = Done: { $total } rows in { $tables } tables copied from { $from } to { $to }. To run the app on the new database, set DATABASE_URL to its URL and restart the app.
cli-migrate-data-failed = Nothing was copied: { $message }
cli-migrate-data-failed-table = Nothing was copied: table { $table } failed ({ $message }). The whole copy was rolled back; the target database is unchanged.
cli-migrate-data-refused-same-database = Nothing was copied: --from and --to name the same database { $location }.
cli-migrate-data-refused-source-missing = Nothing was copied: there is no MSOKO database at { $location }. Check the URL given to --from.
cli-migrate-data-refused-unknown-migrations-source = Nothing was copied: the database { $location } was upgraded by a newer version of the app (migrations this version does not know: { $names }). Update the app and copy again.
cli-migrate-data-refused-unknown-migrations-target = Nothing was copied: the target database { $location } was upgraded by a newer version of the app (migrations this version does not know: { $names }). Update the app or choose another database.
cli-migrate-data-refused-schema-differs = Nothing was copied: after the schema update the databases still differ — the target has { $table }, the source does not. Check that both databases were made by this app.
cli-migrate-data-refused-target-not-empty = Nothing was copied: the target database { $location } is not empty (table { $table } has rows). Data are copied only into an empty database — give a new database or a new schema (?schema=…).

## Bot: my tasks

menu-button-tasks = 📝 My tasks
command-tasks = My tasks
command-review = Reports to review
command-campaigns = Monitoring campaigns
tasks-title = 📝 Your tasks (soonest deadlines first):
tasks-none = Your organisation has no open tasks now: no monitoring campaigns and no reports on orders. I will write when a new one appears.
tasks-line = { $index }. { $form } — { $school }, { $period }
    Deadline: { $deadline } · { $status }
tasks-status-not_started = ⚪ not started
tasks-status-draft = 🟡 draft
tasks-status-submitted = 🔵 submitted for review
tasks-status-returned = 🔴 returned for corrections
tasks-status-accepted = 🟢 accepted
tasks-action-not_started = Start filling in
tasks-action-draft = Continue filling in
tasks-action-submitted = Open and change
tasks-action-returned = Correct
tasks-not-yours = This form belongs to another organisation or is no longer available. Open /tasks.

## Bot: guided form

form-progress = Question { $index } of { $total } · { $form }
form-previous-value = 📎 Last period: { $value }
form-current-value = ✏️ Saved now: { $value } — send a new value to change it.
form-optional = This question is optional — you may skip it.
form-hint-integer = Enter a whole number.
form-hint-integer-range = Enter a whole number from { $min } to { $max }.
form-hint-decimal = Enter a number.
form-hint-decimal-range = Enter a number from { $min } to { $max }.
form-hint-percent = Enter a percentage from 0 to 100.
form-hint-percent-range = Enter a percentage from { $min } to { $max }.
form-hint-date = Enter a date as DD.MM.YYYY, e.g. 01.09.2026.
form-hint-text = Write the answer as text (up to { $max } characters).
form-hint-file = Send the file as a document: { $types }, at most { $max } MB.
form-hint-multiple = Tick every option that applies and press "Done".
form-yes = Yes
form-no = No
form-done = ✔️ Done
form-back = ◀️ Back
form-skip = ⏭ Skip
form-save-exit = 💾 Save and exit
form-greeting =
    📋 { $form }
    { $school }, { $period }. Deadline: { $deadline }.
    Every answer is saved at once: you can leave and come back any time, from another device too.
form-last-touched = The draft was last edited by { $name }.
form-returned =
    🔴 The coordinator returned the report for corrections: "{ $comment }"
    Questions marked for correction: { $count }. We start with them; the other answers are kept.
form-resumed = Continuing where you stopped.
form-saved-exit = 💾 Your answers are saved. Come back to the form any time: /tasks.
form-button-outdated = This button belongs to an earlier message. Please answer the current question.
form-command-during-form = You are filling in a form. Answer the question above or press "💾 Save and exit" — your answers are kept and you can come back via /tasks.
form-conflict = ⚠️ { $name } has just changed this answer. Look at what is saved now and answer again — your value was not written over theirs.
form-stale = ℹ️ You had already answered this question — that answer is saved and unchanged. Here is the current question.
form-locked-closed = The campaign is closed; the report can no longer be changed. Ask the coordinator if it needs corrections.
form-locked-closed-on = The campaign was closed on { $date }; the report can no longer be changed. Ask the coordinator if it needs corrections.
form-locked-accepted = The coordinator accepted this report on { $date }; it cannot be changed.
form-skipped = skipped
form-summary-title = 📋 Check your answers before submitting
    { $form } — { $school }, { $period }
form-summary-indicators = 📊 Indicators from your answers (last period · municipal average):
form-summary-indicator = • { $name }: { $value } ({ $previous } · { $municipal })
form-summary-warnings = Check the values that differ a lot from the usual:
form-summary-reason = ✍️ Explanation: { $reason }
form-summary-missing = Required questions not answered: { $questions }
form-summary-use-buttons = Choose an action with the buttons under the summary.
form-summary-explain-one = ✍️ This value needs a short explanation before submitting: press "{ form-explain-one }".
form-summary-explain-many = ✍️ Values without an explanation: { $count }. Press "{ form-explain-each }" or, if they share one reason, "{ form-explain-all }".
form-explain-one = ✍️ Explain the deviation
form-explain-each = ✍️ Explain each in turn
form-explain-all = ✍️ One explanation for all
form-edit = ✏️ Change an answer
form-submit = ✅ Submit to the coordinator
form-edit-choose = Which answer do you want to change?
form-submit-blocked = Before submitting, answer the required questions and fix the errors shown in the summary.
form-explain-ask =
    ⚠️ { $question }
    { $warning }
    Write briefly what explains this value (e.g. "a new building opened").
form-explain-all-ask =
    ✍️ One explanation for all deviations ({ $count }):
    { $questions }
    Write the common reason briefly (e.g. "a new building opened") — it will be saved with each of these values.
form-explain-type = Please write the explanation as text.
form-submitted = ✅ The report of { $school } on “{ $form }” ({ $period }) was sent to the coordinator (version { $version }). I will tell you when it is reviewed.
form-submitted-late = ✅ The report of { $school } on “{ $form }” ({ $period }) was sent to the coordinator (version { $version }), but after the deadline — this will be noted.
form-already-submitted = The report of { $school } on “{ $form }” ({ $period }) has already been sent to the coordinator (version { $version }); there is no need to send it again.

## Form engine

form-error-expected =
    { $expected ->
        [number] Type the number in digits, e.g. 25.
        [date] Type the date as DD.MM.YYYY, e.g. 01.09.2026.
        [choice] Choose an option with the buttons under the question.
        [file] Send a file as a document: tap 📎 and choose "File".
       *[text] Type your answer as text.
    }
form-error-required = This question is required and cannot be skipped. Please answer it to go on.
form-error-empty = The answer is empty. { form-error-expected }
form-error-not-a-number =
    That does not read as a number. Type just the number in digits, without words or units, { $type ->
        [integer] e.g. 25.
       *[other] e.g. 25 or 12.5.
    }
form-error-emoji-not-number = Emoji will not do here — a number is needed. Type it in digits, e.g. 25.
form-error-no-percent-sign = A number is needed here, not a percentage. Type it without the "%" sign.
form-error-not-integer = A whole number is needed here, without a fractional part, e.g. 25.
form-error-negative = The number cannot be negative. Enter 0 or more.
form-error-number-too-large = The number is too large. Check it for extra digits.
form-error-percent-range = A percentage is a number from 0 to 100, but { $value } was entered. Please check the value.
form-error-out-of-range = A number from { $min } to { $max } is needed, but { $value } was entered. Please check the value.
form-error-below-min = The number must be at least { $min }, but { $value } was entered. Please check the value.
form-error-above-max = The number must be at most { $max }, but { $value } was entered. Please check the value.
form-error-not-a-date = That does not read as a date. Type it as DD.MM.YYYY, e.g. 01.09.2026.
form-error-date-invalid = There is no such date in the calendar. Check the day and month and type the date as DD.MM.YYYY, e.g. 01.09.2026.
form-error-date-year = Please check the year: { $year }. Type the full date, e.g. 01.09.2026.
form-error-yes-no = Answer "Yes" or "No" — with the buttons under the question or in a word.
form-error-choose-option = There is no such option. Choose one of the options with the buttons under the question.
form-error-choose-options = Not all of those options could be recognised. Tick the ones that apply with the buttons under the question and press "Done".
form-error-choose-at-least-one = Tick at least one option, then press "Done".
form-error-old-button = This button belongs to another question or is out of date. { form-error-expected }
form-error-too-long =
    The answer is too long: { $length } { $length ->
        [one] character
       *[other] characters
    } where at most { $max } are allowed. Please shorten it.
form-error-file-expected = A file is needed here ({ $types }, at most { $max } MB). Tap 📎 and choose "File".
form-error-file-expected-any = A file is needed here (at most { $max } MB). Tap 📎 and choose "File".
form-error-file-not-expected = No file is needed here. { form-error-expected }
form-error-file-type = The file "{ $fileName }" will not do: a { $types } file is needed. Save the document in one of these formats and send it again.
form-error-file-too-big = The file is too large: { $size } MB, while at most { $max } MB is allowed. Make it smaller (e.g. save the PDF with compression) and send it again.
form-error-unsupported-sticker = I cannot read stickers. { form-error-expected }
form-error-unsupported-voice = I cannot transcribe voice or audio messages. { form-error-expected }
form-error-unsupported-video = A video will not do here. { form-error-expected }
form-error-unsupported-location = A location is not needed here. { form-error-expected }
form-error-unsupported-contact = A contact is not needed here. { form-error-expected }
form-error-unsupported-photo-without-file =
    { $expected ->
        [file] The photo arrived without a file. Send it as a document: tap 📎, choose "File", then the picture.
       *[other] A photo will not do here. { form-error-expected }
    }
form-error-unsupported-animation = A GIF will not do here. { form-error-expected }
form-error-unsupported-other = I cannot take this kind of message as an answer. { form-error-expected }
form-warning-rule-lte = The value { $value } ("{ $questionEn }") is greater than { $total } — "{ $totalQuestionEn }". A part cannot exceed its whole: correct one of the values.
form-warning-rule-sum-equals = The answers { $partsEn } add up to { $sum }, but they must equal { $total } — "{ $totalQuestionEn }". Check the parts and the total.
form-warning-rule-sum-lte = The answers { $partsEn } add up to { $sum }, which cannot be more than { $total } — "{ $totalQuestionEn }". Please check the values.
form-warning-rule-custom = { $messageEn }
form-warning-previous-higher = The value { $value } has risen more than { $factor }-fold from last period's ({ $previous }). Please check it; if it is right, briefly explain why.
form-warning-previous-lower = The value { $value } has fallen more than { $factor }-fold from last period's ({ $previous }). Please check it; if it is right, briefly explain why.
form-warning-dropped-to-zero = Last period it was { $previous }, now it is 0. Check that the value was not left out; if it is right, briefly explain why.
form-warning-municipal-high = The value { $value } is far above the other schools of the municipality: median { $median }, half of the schools between { $low } and { $high }. Please check it; if it is right, briefly explain why.
form-warning-municipal-low = The value { $value } is far below the other schools of the municipality: median { $median }, half of the schools between { $low } and { $high }. Please check it; if it is right, briefly explain why.

## Bot: monitoring campaigns (coordinators)

menu-button-campaigns = 📋 Monitoring campaigns
campaign-bot-only-coordinators = Monitoring campaigns are run by coordinators.
campaign-bot-list-title = 📋 Monitoring campaigns: running ones first (soonest deadline first), then those closed in the last { $days } days.
campaign-bot-list-nothing-current = 📋 No campaign is running, and none closed in the last { $days } days. “➕ New campaign” opens a new one.
campaign-bot-list-archive-hint = Every closed campaign is in “🗄 Campaign archive”, where you can also let a school correct its report.
campaign-bot-list-closed-at = 🔒 Closed: { $closed }
campaign-bot-button-archive = 🗄 Campaign archive
campaign-bot-archive-title = 🗄 Campaign archive: closed campaigns, latest closed first ({ $from }–{ $to } of { $count }).
campaign-bot-archive-hint = To let a school correct its report on a closed campaign, press “🔓 Let a school correct its report” with the campaign's number.
campaign-bot-archive-empty = 🗄 There are no closed campaigns in the archive.
campaign-bot-list-empty = There are no monitoring campaigns yet. Press “➕ New campaign” to open the first one.
campaign-bot-list-line = { $index }. { $form } — { $period } · { $status }
campaign-bot-list-deadline = 🗓 Deadline: { $deadline }
campaign-bot-list-closes = 🔒 Closes automatically: { $closes }
campaign-bot-list-completion = 📊 { $completion }
campaign-bot-status-draft = ⚪ draft
campaign-bot-status-open = 🟢 collecting
campaign-bot-status-closed = 🔒 closed
campaign-bot-completion = handed in { $handedIn } of { $targets } · accepted { $accepted }
campaign-bot-completion-returned = returned for fixes { $count }
campaign-bot-completion-late = late { $count }
campaign-bot-button-new = ➕ New campaign
campaign-bot-button-close = { $index }. 🔒 Close
campaign-bot-button-open-draft = { $index }. ▶️ Open
campaign-bot-button-deadline = { $index }. 🕒 Move deadline
campaign-bot-button-close-confirm = 🔒 Yes, close it
campaign-bot-button-dismiss = Keep it open
campaign-bot-button-back = ◀️ Back
campaign-bot-button-cancel = ✖️ Cancel
campaign-bot-button-manual = 🔒 I will close it myself
campaign-bot-button-open = ✅ Open the campaign
campaign-bot-button-outdated = This button belongs to an earlier message. Please answer the latest step.
campaign-bot-close-question =
    Close the campaign “{ $form }”, { $period }?
    { $completion }. Not handed in: { $missing }.
    Once it is closed, reports can no longer be sent.
campaign-bot-closed =
    🔒 Campaign closed: { $form }, { $period }. Result: { $completion }. It accepts no more reports.
    { $notified ->
        [0] Nobody needed telling: the reports were sent or nobody is connected in those organisations.
       *[other] Those who had not sent their report were told it closed ({ $notified } messages).
    }
campaign-bot-nothing-changed = All right, the campaign stays open.
campaign-bot-step-form =
    🆕 New monitoring campaign
    Step 1 of 5. Choose the form:
campaign-bot-form-option = Direction { $direction } · { $form }
campaign-bot-step-period =
    Step 2 of 5. { $form }
    Which period are the data for?
campaign-bot-period-taken = { $period } — already exists
campaign-bot-step-schools =
    Step 3 of 5. Which organisations fill in the form?
    { $count ->
        [one] { $count } organisation of the municipality fills in this form.
       *[other] { $count } organisations of the municipality fill in this form.
    }
campaign-bot-target-all = All organisations ({ $count })
campaign-bot-target-by-type = By type of organisation…
campaign-bot-target-flag-lowResults = With low results ({ $count })
campaign-bot-target-flag-unfavourableConditions = In unfavourable social conditions ({ $count })
campaign-bot-target-pick = ✍️ Pick by hand
campaign-bot-step-types = Organisations of which type?
campaign-bot-target-type = { $type } ({ $count })
campaign-bot-step-pick = Tick the organisations. Ticked: { $count } of { $total }.
campaign-bot-pick-done = ✔️ Done ({ $count })
campaign-bot-page-prev = ◀️
campaign-bot-page-next = ▶️
campaign-bot-selected = Organisations selected: { $count }.
campaign-bot-step-deadline =
    Step 4 of 5. Deadline
    Type the date and time on the clocks of { $municipality } ({ $timezone }, { $offset }) as DD.MM.YYYY HH:MM, for example: { $example }
    A date alone means 18:00 that day.
campaign-bot-step-closes =
    Step 5 of 5. When reports stop being accepted
    Deadline: { $deadline }.
    The campaign can close by itself: type the closing date and time (not before the deadline), for example: { $example }. After closing, no reports are accepted.
    Or press “🔒 I will close it myself” — you can close it in /campaigns.
campaign-bot-selection-all = all organisations
campaign-bot-selection-type = by type: { $type }
campaign-bot-selection-flag-lowResults = schools with low results
campaign-bot-selection-flag-unfavourableConditions = schools in unfavourable social conditions
campaign-bot-selection-picked = picked by hand
campaign-bot-more-schools = …and { $count } more
campaign-bot-closes-manually = by hand, in /campaigns
campaign-bot-confirm =
    📋 Check the campaign before opening it
    Form: { $form }
    Period: { $period }
    Organisations: { $selection } — { $count }
    { $schools }
    Deadline: { $deadline } ({ $timezone })
    Closing: { $closes }

    Once it is open, the responsible people of every organisation get the task: the deputy directors, or the director where there are none.
campaign-bot-opened =
    ✅ Campaign opened: { $form }, { $period }.
    Organisations: { $schools }. { $notified ->
        [one] One person got the task
       *[other] { $notified } people got the task
    }.
campaign-bot-opened-nobody =
    ⚠️ Nobody is connected to the bot in these organisations ({ $count }):
    { $schools }
    Invite the responsible people with /invite — the task will appear in their “📝 My tasks”.
campaign-bot-move-ask =
    🕒 Moving the deadline: { $form }, { $period }
    Current deadline: { $deadline }.
    Type the new deadline on the municipality's clocks ({ $timezone }) as DD.MM.YYYY HH:MM, for example: { $example }. A date alone means 18:00 that day.
    Schools whose reports have not been accepted yet will be told the new deadline.
campaign-bot-moved = ✅ The deadline is now { $deadline }. { $notified ->
        [one] One person was told
       *[other] { $notified } people were told
    }.
campaign-bot-moved-closes-too = The automatic closing was set before the new deadline — the campaign now closes at the new deadline.
campaign-bot-cancelled = Cancelled — nothing has changed.
campaign-bot-no-forms = The catalog has no monitoring forms for your directions. Please contact the administrator.
campaign-bot-command-during-wizard = You are setting up a campaign. Answer the step above or press “✖️ Cancel” (or send /cancel), then run the command.
campaign-bot-not-text = This step needs text or a button under the message. Please answer the step above.
campaign-bot-error-use-buttons = Please choose with the buttons under the message.
campaign-bot-error-type-date = Type the deadline as text, for example 15.12.2026 18:00.
campaign-bot-error-date-malformed = I could not read the date. Type it as DD.MM.YYYY HH:MM, for example 15.12.2026 18:00, or just the date: 15.12.2026.
campaign-bot-error-date-no-such-date = There is no such date or time. Check the day and the month; hours go from 00 to 23, minutes from 00 to 59.
campaign-bot-error-date-past = That moment has passed: it is now { $now } in the municipality. Please give a time in the future.
campaign-bot-error-closes-before = The campaign cannot close before its deadline ({ $deadline }). Give a later time or press “🔒 I will close it myself”.
campaign-bot-error-same-deadline = That is the current deadline. Please give another one.
campaign-bot-error-form-no-schools = No active organisation of the municipality fills in this form. Please choose another form.
campaign-bot-error-duplicate = A campaign for this form and period already exists (#{ $id }). Choose another period or find it in /campaigns.
campaign-bot-error-duplicate-now = While you were going through the steps, a campaign for this form and period appeared. Please choose the form and the period again.
campaign-bot-error-empty-selection = This choice contains no organisation. Please choose another option.
campaign-bot-error-pick-none = Tick at least one organisation.
campaign-bot-error-deadline-passed = The deadline has already come. Please give a later one.
campaign-bot-error-closes-before-now = The closing time is before the deadline. Please close no earlier than the deadline.
campaign-bot-error-not-open = This campaign is closed already and cannot be changed.
campaign-bot-error-not-found = The campaign was not found or belongs to directions outside yours. Open /campaigns.
campaign-bot-error-failed = The campaign action did not go through. Open /campaigns and try again.

## Monitoring campaigns: notifications to schools and coordinators, CLI (data layer)

campaign-period = { $kind ->
    [school_year] { $year }/{ $next } school year
    [calendar_year] { $year }
    [half_year] { $index ->
        [1] H1 { $year }
       *[other] H2 { $year }
    }
    [quarter] { $index ->
        [1] Q1 { $year }
        [2] Q2 { $year }
        [3] Q3 { $year }
       *[other] Q4 { $year }
    }
   *[month] { $index ->
        [1] January { $year }
        [2] February { $year }
        [3] March { $year }
        [4] April { $year }
        [5] May { $year }
        [6] June { $year }
        [7] July { $year }
        [8] August { $year }
        [9] September { $year }
        [10] October { $year }
        [11] November { $year }
       *[other] December { $year }
    }
}
campaign-opened =
    📋 New monitoring task — { $school }
    Form: “{ $form }”
    Period: { $period }
    Deadline: { $deadline } (local time)

    Tap “📝 Fill in the form”: the bot asks one question at a time. Every answer is saved at once — you can stop and continue later where you left off.
campaign-deadline-moved =
    ⏰ The deadline of “{ $form }” ({ $period }) for { $school } has moved.
    New deadline: { $deadline } (local time). It was { $previous }.
campaign-closed-unsubmitted =
    🔒 Reports on “{ $form }” ({ $period }) are closed, and { $school } never sent its report.
    If it still has to be handed in, ask the coordinator: they can reopen the form for your organisation.
campaign-reopened =
    🔓 The coordinator has allowed { $school } to change its report on “{ $form }” ({ $period }) although the campaign is closed.
    You can change the answers and submit again until { $until } (local time).
campaign-button-fill = 📝 Fill in the form
review-new-submission =
    📥 Report to review — { $school }
    Form: “{ $form }”, period: { $period }
    { $version ->
        [1] First submission.
       *[other] Corrected version { $version }: the report card shows what changed.
    }{ $late ->
        [yes] {" "}⚠️ Submitted after the deadline.
       *[other] {""}
    }
review-button-open = 🔍 Open the report
review-accepted = ✅ The coordinator has accepted the report of { $school } on “{ $form }” ({ $period }). Thank you!
review-returned =
    ↩️ The coordinator has returned the report of { $school } on “{ $form }” ({ $period }) for corrections.
    Coordinator's comment: { $comment }
    { $marked ->
        [0] {""}
       *[other] Questions to correct: { $marked } — the form opens at them, all other answers are kept.
    }
    { $overdue ->
        [yes] The deadline has passed — please correct and resubmit the report as soon as possible.
       *[other] Please correct and resubmit the report by { $deadline } (local time).
    }
review-button-fix = ✏️ Correct the report
review-digest =
    📬 Reports waiting for your review: { $count } (new since the last digest: { $fresh }).
    Submitted after the deadline: { $late }; with warnings: { $warnings }.
review-button-queue = 📋 Open the review queue
cli-usage-campaign-create = campaign create --form <form code> --period <period code> --municipality <municipality code> --deadline "YYYY-MM-DD HH:MM" [--closes "YYYY-MM-DD HH:MM"] [--schools all|type:general|type:kindergarten|type:additional|flag:lowResults|flag:unfavourableConditions|<school code,school code,…>] [--open] — create a monitoring campaign (times are the municipality's local time); with --open the schools get the task at once
cli-usage-campaign-open = campaign open <number> — open a campaign and send the task to its schools
cli-usage-campaign-close = campaign close <number> — close a campaign: reports can no longer be changed
cli-usage-campaign-list = campaign list --municipality <municipality code> [--status draft|open|closed] — a municipality's campaigns and their progress
cli-campaign-created = Campaign #{ $id } created: “{ $form }”, { $period }, { $municipality }; schools: { $schools }.
cli-campaign-deadline = Deadline: { $deadline } ({ $timezone }, { $offset })
cli-campaign-closes = Closes automatically: { $closes }
cli-campaign-draft-hint = The campaign is a draft; no school has been told yet. To open it and send the task: npm run cli -- campaign open { $id }
cli-campaign-opened = Campaign #{ $id } is open; notifications queued: { $notified }.
cli-campaign-opened-unreachable = Schools with no deputy or director connected: { $count }. They were not notified; invite them (npm run cli -- invite …) and the task will be in their “My tasks”.
cli-campaign-closed = Campaign #{ $id } is closed: reports can no longer be changed. A coordinator can reopen one school's report as an exception. Closing notices sent to those who had not reported: { $notified }.
cli-campaign-list-title = Campaigns — { $municipality }: { $count }
cli-campaign-list-line = #{ $id } [{ $status }] “{ $form }”, { $period }; deadline { $deadline }; submitted { $submitted } of { $targets }, accepted { $accepted }, returned { $returned }, late { $late }
cli-campaign-status-draft = draft
cli-campaign-status-open = open
cli-campaign-status-closed = closed
cli-campaign-error-code = a code of letters, digits, dot, hyphen and underscore
cli-campaign-error-form-required = give --form <form code> (form codes are in the МСОКО catalog)
cli-campaign-error-period-required = give --period <period code>, e.g. 2025-26
cli-campaign-error-period = a period code: school year 2025-26, calendar year 2025, half year 2025-H1, quarter 2025-Q3 or month 2025-09
cli-campaign-error-municipality-required = give --municipality <municipality code>
cli-campaign-error-deadline-required = give --deadline "YYYY-MM-DD HH:MM" — the deadline on the municipality's local clock
cli-campaign-error-municipality-unknown = there is no municipality with code { $code }
cli-campaign-error-form-unknown = there is no form with code { $code } (forms come with catalog import)
cli-campaign-error-schools = expected all, type:general|kindergarten|additional, flag:lowResults|unfavourableConditions or school codes separated by commas
cli-campaign-error-schools-unknown = municipality { $municipality } has no schools with codes: { $codes }
cli-campaign-error-status = status: draft, open or closed
cli-campaign-error-id = a campaign number is needed, e.g. 12 (campaign list shows them)
cli-campaign-error-period-invalid = a period code: school year 2025-26, calendar year 2025, half year 2025-H1, quarter 2025-Q3 or month 2025-09
cli-campaign-error-period-kind = form { $form } is collected { $kind ->
        [school_year] per school year, e.g. 2025-26
        [calendar_year] per calendar year, e.g. 2025
        [half_year] per half year, e.g. 2025-H1
        [quarter] per quarter, e.g. 2025-Q3
       *[month] per month, e.g. 2025-09
    }
cli-campaign-error-deadline-invalid = a date and time like 2026-12-01 18:00 is needed
cli-campaign-error-deadline-past = this deadline has already passed (times are the municipality's local time)
cli-campaign-error-closes-before-deadline = a campaign cannot close before its deadline
cli-campaign-error-no-targets = none of the selected schools is active and answers this form
cli-campaign-refused-duplicate = A campaign of form { $form } for { $period } already exists in this municipality — campaign list shows its number.
cli-campaign-refused-not-found = There is no campaign #{ $id }. campaign list shows the numbers.
cli-campaign-refused-not-draft = Campaign #{ $id } is already open or closed: only a draft can be opened.
cli-campaign-refused-not-open = Campaign #{ $id } is not open: only an open campaign can be closed.
cli-campaign-refused-deadline-past = The deadline of campaign #{ $id } has passed: move the deadline first, then open the campaign.

## Bot: review of submissions

menu-button-review = 📥 Reports to review
review-only-coordinators = Only coordinators can review reports.
review-refused-not-found = There is no such report. The reports waiting for you are in /review.
review-refused-out-of-scope = This report is outside your responsibility: it belongs to another municipality or direction.
review-refused-not-submitted = The school has not sent this report yet.
review-refused-being-corrected = The school is changing this report after sending it and has not sent it again yet.
review-refused-accepted = This report was already accepted on { $date }.
review-refused-returned = This report was already returned for corrections on { $date }.
review-card-returned = ↩️ Returned for corrections ({ $count } questions marked).
review-accept = ✅ Accept
review-return = ↩️ Return for corrections
review-accepted-done = ✅ The report of { $school } is accepted; the school has been told.
review-accepted-all = ✅ Reports without warnings accepted: { $count }.
review-mode-each = 🔔 From now on I will tell you about every new report.
review-mode-digest = 🔔 From now on new reports will come as a digest, not one by one.
review-mode-switch-each = 🔔 Tell me about every report
review-mode-switch-digest = 🔕 Send a digest instead
review-queue-empty = No reports are waiting for review.
review-queue-title = 📥 Waiting for review: { $count }
review-queue-line = { $index }. { $school } — { $form }, { $period } (version { $version }) { $flags }
review-flag-late = ⏰ late
review-flag-warnings = ⚠️ warnings: { $count }
review-accept-all = ✅ Accept all without warnings ({ $count })
review-card-title =
    📄 { $school } — { $form }, { $period }
    Version { $version }, submitted by { $by }
review-card-previous = (last period: { $value })
review-card-indicators = 📊 Indicators:
review-card-changes = ✏️ Changed since the return:
review-card-change = • { $question }: { $before } → { $after }
review-card-previous-return = Your comment when returning: "{ $comment }"
review-return-comment = Write a comment for the school: what needs fixing and why.
review-cancel = ✖️ Cancel
review-return-marks = Tick the questions to be fixed (none is fine) and press “✔️ Done”.
review-return-marks-done = ✔️ Done
review-use-buttons = Choose questions with the buttons or press “✔️ Done”.
review-return-reason = What is wrong with the answer to question { $index } "{ $question }"? Write briefly.
review-returned-done = ↩️ The report was returned for corrections ({ $count } questions marked). The deputy and the director have been told.
review-type-text = Write the answer as text or press “✖️ Cancel”.
review-too-long = Too long: { $length } characters, at most { $max } allowed. Please shorten it.
review-return-cancelled = The return was cancelled; the report stays in review.
form-remark = 🔴 The coordinator's remark: { $remark }

## Bot: reopening one school after a campaign closed

campaign-reopen-button = { $index }. 🔓 Let a school correct its report
campaign-reopen-choose = Which school may correct its report? The form opens for it for { $days } { $days ->
        [one] day
       *[other] days
    } and the school is told.
campaign-reopen-done = 🔓 { $school } may correct its report until { $until }. People told: { $notified }.
campaign-reopen-not-found = This campaign no longer exists. Open /campaigns.
campaign-reopen-out-of-scope = This campaign is outside your responsibility: it belongs to another municipality or direction.
campaign-reopen-not-target = This school is not part of the campaign: no report is collected from it.
form-not-open = The coordinator has not opened this campaign yet. I will write when it opens.

## Start-up: one instance per SQLite file; guided conversations of an older version

main-another-instance =
    { $pid ->
        [none] Another instance is already running on { $location }
       *[other] Another instance is already running on { $location } (pid { $pid })
    }; several instances need PostgreSQL (DATABASE_URL=postgresql://…).
conversation-outdated-form = The form was updated while you were filling it in. Your answers are saved — continue from /tasks.
conversation-outdated-review-return = The bot was updated and returning the report was interrupted: the report was not returned. Open it again from /review.
conversation-outdated-campaign = The bot was updated and your work on the campaign was interrupted: nothing was changed. Start again from /campaigns.
