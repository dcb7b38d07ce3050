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
    🔔 Напоминание: просим ознакомиться с документом «{ $title }» ({ $kind }{ $number }), направленным { $sentAt }, и нажать кнопку «Ознакомлен(а)».
order-director-follow-up =
    🔔 { $kind }{ $number } «{ $title }», направленный { $sentAt }, в «{ $school }» не прочитан: { $count ->
        [one] заместитель { $people } не ознакомился(-ась)
       *[other] заместители { $people } не ознакомились
    } за { $hours } ч. Просим обеспечить ознакомление.
