## Orders in the bot: the coordinator's list, composer and card; "I have read it" (src/bot/features/orders.ts, order-card.ts, order-ack.ts, src/bot/conversations/order-compose.ts)

command-orders = Orders and letters
menu-button-orders = 📄 Orders and letters
conversation-outdated-order = The bot was updated and composing the order stopped: nothing was sent. Start again from /orders.

orders-only-coordinators = Orders and letters are sent by coordinators.
orders-not-found = The municipality was not found. Open /orders again.
orders-choose-municipality = You coordinate several municipalities. Whose orders and letters should I show?
orders-heading = { $kind }{ $number } "{ $title }"
orders-audience = { $schools } — { $roles }
orders-audience-picked = { $count ->
    [one] a picked organisation: { $schools }
   *[other] picked organisations ({ $count }): { $schools }
}
orders-list-title = 📄 Orders and letters — { $municipality }. { $total } in all, newest first.
orders-list-empty = Nothing has been sent yet. Press "✏️ Create" to write an order or a letter.
orders-list-line = { $position }. { $heading }, { $sentAt }
orders-list-counts = { "   " }{ $recipients ->
    [one] { $recipients } recipient
   *[other] { $recipients } recipients
}: delivered { $delivered }, not delivered { $unreachable }
orders-list-counts-ack = { "   " }{ $recipients ->
    [one] { $recipients } recipient
   *[other] { $recipients } recipients
}: delivered { $delivered }, acknowledged { $acknowledged }, not delivered { $unreachable }
orders-list-open = Open No. { $position }
orders-button-new = ✏️ Create

orders-card-refused = An order's card is for the coordinators of the municipality that sent it.
orders-card-refreshed = Updated.
orders-card-sent = Sent { $sentAt }
orders-card-audience = To: { $audience }
orders-card-deadline = Report on implementation due { $deadline }
orders-card-counts =
    Recipients: { $recipients }
    Delivered: { $delivered }
    Still sending: { $pending }
    Could not be delivered: { $unreachable }
orders-card-ack-counts =
    Acknowledged: { $acknowledged }
    Not acknowledged: { $notAcknowledged }
orders-card-no-ack = No acknowledgement asked.
orders-card-reports = Schools' reports: awaited { $pending }, to review { $submitted }, returned { $returned }, accepted { $accepted }
orders-button-refresh = 🔄 Refresh
orders-button-list = 👥 Who has not acknowledged
orders-button-list-unreachable = 👥 Not delivered to
orders-button-remind = 🔔 Remind those who have not acknowledged
orders-button-sheet = 📊 Acknowledgement sheet (Excel)
orders-button-reports = 📥 Schools' reports
orders-not-acknowledged = Not acknowledged ({ $count }):
orders-all-acknowledged = Everyone it reached has acknowledged it.
orders-unreachable = Could not be delivered ({ $count }):
orders-none-unreachable = No failed deliveries.
orders-still-sending = Still sending: { $count }.
orders-recipient-line = • { $name } — "{ $school }", { $role }
orders-reminded = { $count ->
    [one] A reminder went to { $count } recipient who has not acknowledged yet.
   *[other] A reminder went to { $count } recipients who have not acknowledged yet.
}
orders-remind-nobody = Nobody to remind: everyone it reached has acknowledged it.
orders-sheet-preparing = Preparing the acknowledgement sheet…

orders-preview-button = This is a preview: for recipients this button works.
orders-ack-done = Noted: you read it on { $at }
orders-ack-already = You already marked it read on { $at }
orders-ack-not-found = This order was not sent to you, or it is gone.
orders-ack-button-done = ✅ I have read it

## The composer

order-compose-button-back = ◀️ Back
order-compose-button-cancel = ✖️ Cancel
order-compose-button-outdated = This button belongs to an earlier message. Answer the latest step.
order-compose-command-during = An order is being composed. Answer the step above or press "✖️ Cancel" (or send /cancel), then run the command.
order-compose-not-text = A text, a document or a button under the message is needed here. Answer the step above.
order-compose-cancelled = Composing cancelled; nothing was sent.
order-compose-page-prev = ◀️
order-compose-page-next = ▶️

order-compose-step-kind = What are you sending?
order-compose-step-number = Type the document's number, e.g. 125-од, or press "No number".
order-compose-button-no-number = No number
order-compose-step-title = Type the title — recipients will see the document by it (up to { $limit } characters), e.g.: On the all-Russian tests in 2026/27
order-compose-step-text = Send the text of the message. Its formatting — bold, italic, underline, links, quotes — is kept.
order-compose-step-document = Attach the document: PDF, DOC, DOCX or ODT, up to 20 MB. If there is none, press "No document".
order-compose-step-document-again = The document "{ $name }" is attached. Send another, or press "No document" to send without it.
order-compose-button-no-document = No document
order-compose-caption-too-long = With a document the text becomes its caption, and a caption holds at most { $limit } characters with the heading. It is { $length } now. Shorten the text or send without the document.
order-compose-button-shorten = ✂️ Shorten the text
order-compose-button-drop-document = Send without the document
order-compose-document-dropped = The document is removed; the text stays as it was.
order-compose-step-schools = Which organisations should get it?
order-compose-schools-all = all organisations
order-compose-schools-type-general = general schools
order-compose-schools-type-kindergarten = kindergartens
order-compose-schools-type-additional = additional education organisations
order-compose-schools-flag-low_results = schools with low results
order-compose-schools-flag-unfavourable = schools in unfavourable social conditions
order-compose-schools-pick = pick organisations
order-compose-step-pick = Tick the organisations ({ $count } of { $total } ticked), then press "Done".
order-compose-pick-done = ✅ Done ({ $count })
order-compose-step-roles = To whom in them?
order-compose-roles-director = directors
order-compose-roles-deputy = deputies
order-compose-roles-deputy-director = directors and deputies
order-compose-roles-director-deputy = directors and deputies
order-compose-step-ack = Is acknowledgement required? Recipients get an "I have read it" button and you see who has pressed it.
order-compose-ack-yes = Yes, required
order-compose-ack-no = No
order-compose-step-deadline = Is a report on implementation needed? Type the deadline on the municipality's clocks ({ $timezone }, { $offset }) as DD.MM.YYYY HH:MM, e.g. { $example }. If no report is needed, press "No report".
order-compose-button-no-report = No report
order-compose-step-follow-up = Tell the director when a deputy has not acknowledged it? After how many hours:
order-compose-follow-up-hours = after { $hours } h
order-compose-follow-up-none = Don't tell
order-compose-preview-intro = 👀 This is how recipients will see the message:
order-compose-summary-title = Check before sending:
order-compose-summary-document = Document: "{ $name }"
order-compose-summary-no-document = No document
order-compose-summary-audience = To: { $audience }
order-compose-summary-ack = Acknowledgement: required
order-compose-summary-ack-follow-up = Acknowledgement: required; if a deputy has not acknowledged within { $hours } h, the director is told
order-compose-summary-no-ack = Acknowledgement: not required
order-compose-summary-deadline = Report on implementation: due { $deadline }
order-compose-summary-no-deadline = Report on implementation: not needed
order-compose-summary-recipients = Recipients: { $recipients } in { $schools } { $schools ->
    [one] organisation
   *[other] organisations
}.
order-compose-summary-no-recipients = Nobody to send to: the chosen organisations ({ $schools }) have nobody registered in the chosen roles. Press "Edit" and choose other recipients.
order-compose-summary-nobody = { $count ->
    [one] { $count } organisation has
   *[other] { $count } organisations have
} nobody registered in the chosen roles and will not get it: { $schools }
order-compose-button-send = 📨 Send
order-compose-button-edit = ✏️ Edit
order-compose-button-discard = ✖️ Discard
order-compose-step-edit = What should change? The rest stays as it is.
order-compose-edit-kind = Kind
order-compose-edit-number = Number
order-compose-edit-title = Title
order-compose-edit-text = Text
order-compose-edit-document = Document
order-compose-edit-schools = Organisations
order-compose-edit-roles = To whom
order-compose-edit-ack = Acknowledgement
order-compose-edit-deadline = Report deadline
order-compose-edit-followUp = Telling the director
order-compose-sent = Sending has started: { $recipients } { $recipients ->
    [one] recipient
   *[other] recipients
} in { $schools } { $schools ->
    [one] organisation
   *[other] organisations
}. The progress is in the next message; the card is in /orders.

order-compose-error-use-buttons = Choose an answer with a button under the message.
order-compose-error-type-or-button = Type the number, or press "No number".
order-compose-error-number-long = The number is longer than { $limit } characters. Type it as on the document, e.g. 125-од.
order-compose-error-title-empty = The title is needed as text. Type it on one line.
order-compose-error-title-long = The title has { $length } characters, and at most { $limit } fit. Shorten it.
order-compose-error-type-text = Send the text as a message (its formatting is kept).
order-compose-error-text-not-document = The text of the message is needed now; the document comes at the next step.
order-compose-error-text-too-long = The message would be { $length } characters long with its heading, and Telegram holds at most { $limit }. Shorten the text and send it again.
order-compose-error-not-a-document = Send the document as a file (PDF, DOC, DOCX or ODT), or press "No document".
order-compose-error-document-type = The file "{ $name }" will not do: a PDF, DOC, DOCX or ODT is needed.
order-compose-error-document-size = The document is { $size } MB, and the bot takes at most 20 MB. Compress it or split it.
order-compose-error-type-date = Type the deadline as text, e.g. 15.12.2026 18:00, or press "No report".
order-compose-error-pick-none = No organisation is ticked. Tick at least one.
order-compose-error-deadline-passed = The report deadline passed while you were checking. Give a new one.
