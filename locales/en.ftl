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
