## Orders: the message recipients get (src/db/orders/order-message.ts)

order-kind-order = Order
order-kind-letter = Information letter
order-number-part = {" "}No. { $number }
order-nothing = {""}
order-ack-request = Please read it and press “I have read it”.
order-message =
    📄 { $kind }{ $number } “{ $title }”
    From: { $sender }
    { $ack }
order-message-report =
    📄 { $kind }{ $number } “{ $title }”
    From: { $sender }
    Report on its execution by { $deadline }: the “Report on execution” button.
    { $ack }
order-ack-button = I have read it
order-report-button = Report on execution
order-open-button = Open the order's card
order-progress-started = Sending “{ $title }” has begun.
order-reminder =
    🔔 A reminder to read
    { $kind }{ $number } “{ $title }”, sent { $sentAt }.
    Please read it and press “I have read it”.
order-director-follow-up =
    🔔 “{ $school }”: { $count ->
        [one] deputy { $people } has not read
       *[other] deputies { $people } have not read
    } the document within { $hours } h.
    { $kind }{ $number } “{ $title }”, sent { $sentAt }.
    Please see that they do.
