## Orders: the acknowledgement sheet (src/exports/ack-sheet.ts)

order-sheet-creator = МСОКО
order-sheet-tab = Лист ознакомления
order-sheet-title = Лист ознакомления
order-sheet-order = { $kind }{ $number } «{ $title }»
order-sheet-sender = Отправитель: { $municipality }
order-sheet-sent-at = Направлен: { $sentAt }. Время в листе — местное ({ $timezone }, { $offset }).
order-sheet-counts = Получателей: { $recipients }; доставлено: { $delivered }; ознакомились: { $acknowledged }; не ознакомились: { $notAcknowledged }; не удалось доставить: { $unreachable }; ещё отправляется: { $pending }.
order-sheet-counts-no-ack = Получателей: { $recipients }; доставлено: { $delivered }; не удалось доставить: { $unreachable }; ещё отправляется: { $pending }. Ознакомление не запрашивалось.
order-sheet-column-number = № п/п
order-sheet-column-name = ФИО
order-sheet-column-school = Организация
order-sheet-column-role = Должность
order-sheet-column-delivered = Доставлено
order-sheet-column-acknowledged = Ознакомлен(а)
order-sheet-column-status = Состояние
order-sheet-column-signature = Подпись
# An Excel number format for the two date-time columns.
order-sheet-date-format = dd.mm.yyyy hh:mm
order-sheet-status-acknowledged = ознакомлен(а)
order-sheet-status-not-acknowledged = доставлено, не ознакомлен(а)
order-sheet-status-delivered = доставлено
order-sheet-status-pending = ещё отправляется
order-sheet-status-unreachable = не удалось доставить
order-sheet-file-kind-order = приказ
order-sheet-file-kind-letter = информационное письмо
order-sheet-file-numbered = Лист ознакомления — { $kind } № { $number }
order-sheet-file-titled = Лист ознакомления — { $kind } «{ $title }»
