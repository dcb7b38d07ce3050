## Orders: the message recipients get (src/db/orders/order-message.ts)

order-kind-order = Приказ
order-kind-letter = Информационное письмо
order-number-part = {" "}№ { $number }
order-nothing = {""}
order-ack-request = Просим ознакомиться и нажать кнопку «Ознакомлен(а)».
order-message =
    📄 { $kind }{ $number } «{ $title }»
    Отправитель: { $sender }
    { $ack }
order-message-report =
    📄 { $kind }{ $number } «{ $title }»
    Отправитель: { $sender }
    Отчёт об исполнении — до { $deadline }: кнопка «Отчитаться об исполнении».
    { $ack }
order-ack-button = Ознакомлен(а)
order-report-button = Отчитаться об исполнении
order-open-button = Открыть карточку приказа
order-progress-started = Рассылка «{ $title }» начата.
order-reminder =
    🔔 Напоминание об ознакомлении
    { $kind }{ $number } «{ $title }», отправлено { $sentAt }.
    Просим ознакомиться и нажать кнопку «Ознакомлен(а)».
order-director-follow-up =
    🔔 «{ $school }»: { $count ->
        [one] заместитель { $people } не ознакомился(-ась)
       *[other] заместители { $people } не ознакомились
    } с документом за { $hours } ч.
    { $kind }{ $number } «{ $title }», отправлено { $sentAt }.
    Просим обеспечить ознакомление.
