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
    • /invite — create invite links for directors, deputies and viewers (for one school or for all at once);
    • see and revoke open invites from the main menu.
help-director =
    As a director you will receive decisions on your school's reports, orders and targeted recommendations here, and see your school's indicators in the mini-app.
help-deputy =
    As a deputy director you will fill in monitoring forms here step by step and get deadline reminders.
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

## Bot: my tasks

menu-button-tasks = 📝 My tasks
command-tasks = My tasks
command-review = Reports to review
command-campaigns = Monitoring campaigns
tasks-title = 📝 Your tasks (soonest deadlines first):
tasks-none = There are no open monitoring campaigns for your organisation now. I will write when the coordinator opens a new one.
tasks-line = { $index }. { $form } — { $school }, period { $period }
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
    { $school }, period { $period }. Deadline: { $deadline }.
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
form-locked-closed = The campaign is closed; the report can no longer be changed. Ask the coordinator if it needs corrections.
form-locked-accepted = The coordinator has already accepted this report; it cannot be changed.
form-skipped = skipped
form-summary-title = 📋 Check your answers before submitting
    { $form } — { $school }, period { $period }
form-summary-indicators = 📊 Indicators from your answers (last period · municipal average):
form-summary-indicator = • { $name }: { $value } ({ $previous } · { $municipal })
form-summary-warnings = Check the values that differ a lot from the usual:
form-summary-reason = ✍️ Explanation: { $reason }
form-summary-reason-needed = ✍️ A short explanation is needed — press "Explain".
form-summary-missing = Required questions not answered: { $questions }
form-summary-use-buttons = Choose an action with the buttons under the summary.
form-explain = ✍️ Explain the deviations
form-edit = ✏️ Change an answer
form-submit = ✅ Submit to the coordinator
form-edit-choose = Which answer do you want to change?
form-submit-blocked = Before submitting, answer the required questions and fix the errors shown in the summary.
form-explain-ask =
    ⚠️ { $question }
    { $warning }
    Write briefly what explains this value (e.g. "a new building opened").
form-explain-type = Please write the explanation as text.
form-submitted = ✅ The report was sent to the coordinator (version { $version }). I will tell you when it is reviewed.
form-submitted-late = ✅ The report was sent to the coordinator (version { $version }), but after the deadline — this will be noted.
