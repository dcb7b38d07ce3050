## Orders: the acknowledgement sheet (src/exports/ack-sheet.ts)

order-sheet-creator = MSOKO
order-sheet-tab = Acknowledgements
order-sheet-title = Acknowledgement sheet
order-sheet-order = { $kind }{ $number } “{ $title }”
order-sheet-sender = From: { $municipality }
order-sheet-sent-at = Sent: { $sentAt }. Times in this sheet are local ({ $timezone }, { $offset }).
order-sheet-counts = Recipients: { $recipients }; delivered: { $delivered }; acknowledged: { $acknowledged }; not acknowledged: { $notAcknowledged }; could not be reached: { $unreachable }; still sending: { $pending }.
order-sheet-counts-no-ack = Recipients: { $recipients }; delivered: { $delivered }; could not be reached: { $unreachable }; still sending: { $pending }. No acknowledgement was asked for.
order-sheet-column-number = No.
order-sheet-column-name = Full name
order-sheet-column-school = School
order-sheet-column-role = Position
order-sheet-column-delivered = Delivered (date, time)
order-sheet-column-acknowledged = Acknowledged (date, time)
order-sheet-column-status = State
order-sheet-column-signature = Signature
# Excel's page footer: &P is the page, &N the number of pages.
order-sheet-footer = &L{ $order }&RPage &P of &N
# An Excel number format for the two date-time columns.
order-sheet-date-format = dd mmm yyyy hh:mm
order-sheet-status-acknowledged = acknowledged
order-sheet-status-not-acknowledged = delivered, not acknowledged
order-sheet-status-delivered = delivered
order-sheet-status-pending = still sending
order-sheet-status-unreachable = could not be reached
order-sheet-file-kind-order = order
order-sheet-file-kind-letter = information letter
order-sheet-file-numbered = Acknowledgements — { $kind } No. { $number }
order-sheet-file-titled = Acknowledgements — { $kind } “{ $title }”

## Orders: administrator commands (src/cli/order-command.ts, order-send-command.ts)

cli-usage-order-send = order send --municipality <municipality code> --title "…" --text-file <file> [--document <file>] [--to all|type:<type>|flag:<flag>|<school code,school code,…>] [--roles director,deputy] [--ack] [--report-deadline "YYYY-MM-DD HH:MM"] [--kind order|letter] [--number <number>] [--remind-director-after <hours>] — send an order or an information letter to schools (the text is a UTF-8 file with <b>, <i>, <u>, <s>, <a>, <code>, <pre>, <blockquote>; the deadline is the municipality's local time)
cli-usage-order-status = order status <sending number> [--json] — how a sending goes: delivered, acknowledged, still sending, could not be reached; with --json, per recipient
cli-usage-order-sheet = order sheet <sending number> --out <file.xlsx|folder> [--lang en] — the acknowledgement sheet in Excel, to print
cli-usage-order-remind = order remind <sending number> — remind those who have not acknowledged yet
cli-order-error-municipality-required = give the municipality's code: --municipality <municipality code>
cli-order-error-code = a code of letters, digits, dots, hyphens and underscores
cli-order-error-municipality-unknown = there is no municipality with the code { $code }
cli-order-error-title-required = give a title, e.g. --title "On the monitoring"
cli-order-error-title = a title of 1 to 200 characters
cli-order-error-text-file-required = give the file with the text: --text-file <file>
cli-order-error-kind = the kind of document: order or letter (information letter)
cli-order-error-number = a number of 1 to 40 characters
cli-order-error-remind-hours = after how many hours to tell the director — a whole number from 1 to 720
cli-order-error-remind-no-ack = the director is told about deputies who have not acknowledged, so acknowledgement must be asked for: add --ack
cli-order-error-deadline = a date and time as "YYYY-MM-DD HH:MM" is expected, e.g. "2026-12-15 18:00", in the municipality's local time ({ $timezone })
cli-order-error-deadline-past = that time has passed: it is { $now } in the municipality now ({ $timezone })
cli-order-error-file-missing = there is no file { $path }
cli-order-error-not-a-file = { $path } is not a file
cli-order-error-file-unreadable = the file { $path } could not be read
cli-order-error-text-too-big = the file { $path } is larger than 1 MB — that is not an order's text
cli-order-error-text-encoding = the file { $path } is not UTF-8: save it again as UTF-8 (in Notepad: "Save as", encoding UTF-8)
cli-order-error-text-empty = the text file is empty
cli-order-error-text-markup = { $reason } (allowed tags: <b>, <i>, <u>, <s>, <a href="https://…">, <code>, <pre>, <blockquote>)
cli-order-markup-tag = the tag <{ $tag }> is not allowed
cli-order-markup-closes = the tag </{ $tag }> closes nothing
cli-order-markup-attributes = the tag <{ $tag }> takes no attributes
cli-order-markup-unclosed = the tag <{ $tag }> is not closed
cli-order-markup-link = a link <a> needs an address starting with https://
cli-order-error-document-empty = the file { $path } is empty
cli-order-error-document-too-big = the file { $path } takes { $size } MB, and Telegram takes documents from a bot up to { $limit } MB
cli-order-error-caption-long = with a document the text becomes its caption, and a caption in Telegram has at most { $limit } characters; with the heading it makes { $length }: shorten the text by { $over } { $over ->
        [one] character
       *[other] characters
    } or send it without the document
cli-order-error-message-long = a message in Telegram has at most { $limit } characters, and with the heading it makes { $length }: shorten the text by { $over } { $over ->
        [one] character
       *[other] characters
    }
cli-order-error-schools-unknown = the municipality { $municipality } has no schools with the codes { $codes }
cli-order-error-to = all, type:{ $types }, flag:{ $flags } or school codes separated by commas is expected
cli-order-error-to-code = "{ $code }" does not look like a school code (letters, digits, dots, hyphens and underscores)
cli-order-error-roles = director, deputy or both separated by a comma is expected ({ $roles })
cli-order-error-id = a sending number is needed, e.g. 12 (order send prints it)
cli-order-error-out-required = say where to write the sheet: --out <file.xlsx> or a folder
cli-order-error-out = a path to an .xlsx file or to an existing folder is expected
cli-order-role-director = directors
cli-order-role-deputy = deputy directors
cli-order-refused-nobody = Nobody to send to: at the chosen schools ({ $schools }) none of the recipients ({ $roles }) has joined. Invite people first: npm run cli -- import people <file>
cli-order-sent = { $kind }{ $number } “{ $title }” ({ $municipality }) queued: sending #{ $id }, recipients: { $recipients }, schools: { $schools }.
cli-order-sent-document = Document: { $name } ({ $size } KB).
cli-order-sent-deadline = Report on execution due by { $deadline } ({ $timezone }, { $offset }); tasks for schools: { $schools }.
cli-order-sent-without-people = Note: at { $count ->
        [one] { $count } school
       *[other] { $count } schools
    } none of the recipients ({ $roles }) has joined, so it will not reach them: { $schools }.
cli-order-sent-hint = Messages go out while the bot runs (npm start). Progress: npm run cli -- order status { $id }
cli-order-refused-not-found = There is no sending #{ $id }. order send prints the sending number.
cli-order-status-title = Sending #{ $id } of { $sentAt }: { $order } ({ $municipality })
cli-order-status-recipients = Recipients: { $count }
cli-order-status-delivered = {"  "}delivered: { $count }
cli-order-status-acknowledged = {"  "}acknowledged: { $count }
cli-order-status-not-acknowledged = {"  "}not acknowledged: { $count }
cli-order-status-no-ack = {"  "}no acknowledgement was asked for
cli-order-status-pending = {"  "}still sending: { $count }
cli-order-status-unreachable = {"  "}could not be reached: { $count }
cli-order-status-pending-hint = The remaining messages go out while the bot runs (npm start).
cli-order-status-remind-hint = To remind those who have not acknowledged: npm run cli -- order remind { $id }
cli-order-status-sheet-hint = Acknowledgement sheet: npm run cli -- order sheet { $id } --out <file.xlsx>
cli-order-sheet-unwritable = Could not write { $path } ({ $reason }): check that the folder exists and the file is not open in Excel.
cli-order-sheet-written = Acknowledgement sheet written: { $path } — { $order }; recipients: { $recipients }, acknowledged: { $acknowledged }.
cli-order-remind-no-ack = Sending #{ $id } ({ $order }) asked for no acknowledgement — there is nothing to remind of.
cli-order-reminded = Reminders queued: { $count } — to those sending #{ $id } ({ $order }) reached who have not acknowledged yet. They go out while the bot runs (npm start).
cli-order-reminded-nobody = Nobody to remind: everyone sending #{ $id } reached has acknowledged.
