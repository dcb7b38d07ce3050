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
