## Orders: the schools' reports on an order (src/bot/features/order-reports.ts)

order-report-status-pending = ⚪ not sent
order-report-status-submitted = 🔵 sent, under review
order-report-status-returned = 🔴 returned for corrections
order-report-status-accepted = 🟢 accepted
order-report-late = ⏰ late
order-report-task-line =
    { $index }. Report on: { $kind }{ $number } “{ $title }” — { $school }
    Due: { $deadline } · { $status }
order-report-task-comment = Coordinator's comment: { $comment }
order-report-send-button = Send the report
order-report-resend-button = Send again
order-report-open-button = 🔍 Open the report

order-report-card =
    📋 Report on an order — { $school }
    { $kind }{ $number } “{ $title }”
    Due: { $deadline }
    Status: { $status }
order-report-card-comment = Coordinator's comment: { $comment }
order-report-card-pending = To report, press “Send the report”.
order-report-card-returned = Correct the report and press “Send again”.
order-report-card-overdue = The deadline has passed: the report will be marked as sent late.
order-report-card-submitted = The report was sent on { $date } and is waiting for the coordinator's review.
order-report-card-accepted = The coordinator accepted the report on { $date }.

order-report-ask =
    📋 Report on: { $kind }{ $number } “{ $title }” — { $school }
    Send the report in one message:
    • a document — PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG or PNG, up to 20 MB;
    • or a text — up to { $max } characters.
order-report-cancel-button = Cancel
order-report-wrong-message = This message cannot be taken as a report. Send a document (PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG, PNG) or write the report as text.
order-report-wrong-type = The file “{ $name }” cannot be taken: PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG and PNG are accepted. Send a file in one of these formats or write the report as text.
order-report-too-big = The file “{ $name }” is too large: { $size }, and the limit is 20 MB. Compress it or write the report as text.
order-report-too-long = The text is too long: { $length } characters, and the limit is { $max }. Shorten it or send the report as a document.
order-report-size-kb = { $size } KB
order-report-size-mb = { $size } MB
order-report-confirm-document = Send the document “{ $name }” ({ $size }) to the coordinator as the report of { $school }?
order-report-confirm-text =
    Send this text to the coordinator as the report of { $school }?

    { $text }
order-report-confirm-button = Send
order-report-confirm-hint = Press “Send” or “Cancel”. To replace the report, send another document or text.
order-report-cancelled = Cancelled: the report was not sent. You can come back to it from /tasks.
order-report-sent = ✅ The report was sent to the coordinator. I will tell you once it is reviewed.
order-report-sent-late = ✅ The report was sent to the coordinator and marked as sent late. I will tell you once it is reviewed.
order-report-refused-not-found = This report belongs to another organisation or is no longer available. Your tasks are in /tasks.
order-report-refused-submitted = This report was already sent on { $date } and is waiting for the coordinator's review.
order-report-refused-accepted = This report was already accepted on { $date }.
order-report-refused-returned = This report was already returned for corrections on { $date }.
order-report-refused-not-submitted = The school has not sent this report yet.
order-report-outdated-button = This button is out of date: sending the report has ended. Open the report again from /tasks.

order-report-submitted-notice =
    📥 Report on an order — { $school }
    { $kind }{ $number } “{ $title }”{ $late ->
        [yes] {" "}⚠️ Sent late.
       *[other] {""}
    }
order-report-review-card =
    📋 Report on an order — { $school }
    { $kind }{ $number } “{ $title }”, due { $deadline }
    Sent by { $who } on { $date }{ $late ->
        [yes] {" "}⚠️ late
       *[other] {""}
    }
    Status: { $status }
order-report-review-previous-comment = Your comment when returning it: “{ $comment }”
order-report-review-document = The document “{ $name }” is in the message above.
order-report-review-text = The report's text:
order-report-document-caption = Report of { $school }: { $name }
order-report-accept-button = ✅ Accept
order-report-return-button = ↩️ Return for corrections
order-report-accepted-done = ✅ The report of { $school } was accepted; the school has been told.
order-report-return-comment = Write a comment for the school: what to correct or add.
order-report-returned-done = ↩️ The report of { $school } was returned for corrections; the school has been told with your comment.
order-report-return-cancelled = Return cancelled: the report stays under review.
order-report-type-comment = Write the comment as text or press “Cancel”.
order-report-comment-too-long = Too long: { $length } characters, and the limit is { $max }. Please shorten it.

order-reports-title =
    📊 The schools' reports — { $kind }{ $number } “{ $title }”
    Due: { $deadline }
    Accepted: { $accepted } · under review: { $submitted } · returned: { $returned } · not sent: { $pending }{ $late ->
        [0] {""}
       *[other] {" "}· late: { $late }
    }
order-reports-line = { $index }. { $school } — { $status }
order-reports-line-sent = { $index }. { $school } — { $status }, { $date }, { $who }{ $late ->
        [yes] {" "}⏰ late
       *[other] {""}
    }
order-reports-open-hint = Open a report with the button of its number.
order-reports-not-found = There is no such document, or it was not sent by your municipality.
order-reports-none = This document does not ask for reports.
order-reports-school-button = { $index }. { $school }

order-report-accepted-notice =
    ✅ The coordinator accepted the report on an order.
    { $kind }{ $number } “{ $title }” — { $school }
order-report-returned-notice =
    ↩️ The coordinator returned the report on an order for corrections.
    { $kind }{ $number } “{ $title }” — { $school }
    Coordinator's comment: { $comment }
    { $overdue ->
        [yes] The deadline has passed — please correct the report and send it as soon as possible: the “Send again” button.
       *[other] Correct the report and send it by { $deadline } (local time): the “Send again” button.
    }

conversation-outdated-order-report = The bot was updated and sending the report was interrupted: the report was not sent. Open it again from /tasks.
conversation-outdated-order-report-return = The bot was updated and returning the report was interrupted: it was not returned. Open it again from the list of the schools' reports.
