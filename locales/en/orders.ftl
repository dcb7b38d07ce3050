## Orders: the message recipients get (src/db/orders/order-message.ts)

order-kind-order = Order
order-kind-letter = Information letter
order-number-part = {" "}No. { $number }
order-nothing = {""}
order-ack-request = Please read it and press «I have read it».
order-message =
    📄 { $kind }{ $number } «{ $title }»
    From: { $sender }
    { $ack }
order-message-report =
    📄 { $kind }{ $number } «{ $title }»
    From: { $sender }
    Report on its execution by { $deadline }: the «Report on execution» button.
    { $ack }
order-ack-button = I have read it
order-report-button = Report on execution
order-open-button = Open the order's card
order-progress-started = Sending «{ $title }» has begun.
order-reminder =
    🔔 Reminder: please read «{ $title }» ({ $kind }{ $number }), sent { $sentAt }, and press «I have read it».
order-director-follow-up =
    🔔 { $kind }{ $number } «{ $title }», sent { $sentAt }, is unread at «{ $school }»: { $count ->
        [one] deputy { $people } has not read it
       *[other] deputies { $people } have not read it
    } within { $hours } h. Please see that they do.
