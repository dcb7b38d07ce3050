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
order-sheet-column-delivered = Доставлено (дата, время)
order-sheet-column-acknowledged = Ознакомлен(а) (дата, время)
order-sheet-column-status = Состояние
order-sheet-column-signature = Подпись
# Excel's page footer: &P is the page, &N the number of pages.
order-sheet-footer = &L{ $order }&RСтраница &P из &N
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

## Orders: administrator commands (src/cli/order-command.ts, order-send-command.ts)

cli-usage-order-send = order send --municipality <код МО> --title "…" --text-file <файл> [--document <файл>] [--to all|type:<тип>|flag:<признак>|<код ОО,код ОО,…>] [--roles director,deputy] [--ack] [--report-deadline "ГГГГ-ММ-ДД ЧЧ:ММ"] [--kind order|letter] [--number <номер>] [--remind-director-after <часов>] — разослать приказ или информационное письмо организациям (текст — файл в UTF-8 с разметкой <b>, <i>, <u>, <s>, <a>, <code>, <pre>, <blockquote>; срок — по местному времени муниципалитета)
cli-usage-order-status = order status <номер рассылки> [--json] — ход рассылки: доставлено, ознакомились, ещё отправляется, не удалось доставить; с --json — по каждому получателю
cli-usage-order-sheet = order sheet <номер рассылки> --out <файл.xlsx|папка> [--lang en] — лист ознакомления в Excel, для печати
cli-usage-order-remind = order remind <номер рассылки> — напомнить тем, кто ещё не ознакомился
cli-order-error-municipality-required = укажите код муниципалитета: --municipality <код МО>
cli-order-error-code = код из букв, цифр, точки, дефиса и подчёркивания
cli-order-error-municipality-unknown = муниципалитета с кодом { $code } нет
cli-order-error-title-required = укажите заголовок, например --title "О проведении мониторинга"
cli-order-error-title = заголовок — от 1 до 200 знаков
cli-order-error-text-file-required = укажите файл с текстом: --text-file <файл>
cli-order-error-kind = вид документа: order (приказ) или letter (информационное письмо)
cli-order-error-number = номер — от 1 до 40 знаков
cli-order-error-remind-hours = через сколько часов сообщить директору — целое число от 1 до 720
cli-order-error-remind-no-ack = директору сообщают о заместителях, не ознакомившихся с документом, поэтому нужно и ознакомление: добавьте --ack
cli-order-error-deadline = ожидаются дата и время в виде «ГГГГ-ММ-ДД ЧЧ:ММ», например «2026-12-15 18:00», по местному времени муниципалитета ({ $timezone })
cli-order-error-deadline-past = этот срок уже прошёл: в муниципалитете сейчас { $now } ({ $timezone })
cli-order-error-file-missing = файла { $path } нет
cli-order-error-not-a-file = { $path } — не файл
cli-order-error-file-unreadable = не удалось прочитать файл { $path }
cli-order-error-text-too-big = файл { $path } больше 1 МБ — это не текст приказа
cli-order-error-text-encoding = файл { $path } не в кодировке UTF-8: пересохраните его в UTF-8 (в Блокноте: «Сохранить как», кодировка UTF-8)
cli-order-error-text-empty = файл с текстом пуст
cli-order-error-text-markup = { $reason } (допустимы теги <b>, <i>, <u>, <s>, <a href="https://…">, <code>, <pre>, <blockquote>)
cli-order-markup-tag = тег <{ $tag }> не допускается
cli-order-markup-closes = тег </{ $tag }> ничего не закрывает
cli-order-markup-attributes = у тега <{ $tag }> не бывает атрибутов
cli-order-markup-unclosed = тег <{ $tag }> не закрыт
cli-order-markup-link = у ссылки <a> должен быть адрес, начинающийся с https://
cli-order-error-document-empty = файл { $path } пуст
cli-order-error-document-too-big = файл { $path } занимает { $size } МБ, а Telegram принимает от бота документы до { $limit } МБ
cli-order-error-caption-long = с документом текст становится подписью к нему, а подпись в Telegram — не больше { $limit } знаков; вместе с заголовком выходит { $length }: сократите текст на { $over } { $over ->
        [one] знак
        [few] знака
       *[other] знаков
    } или отправьте без документа
cli-order-error-message-long = сообщение в Telegram — не больше { $limit } знаков, а вместе с заголовком выходит { $length }: сократите текст на { $over } { $over ->
        [one] знак
        [few] знака
       *[other] знаков
    }
cli-order-error-schools-unknown = в муниципалитете { $municipality } нет организаций с кодами { $codes }
cli-order-error-to = ожидается all, type:{ $types }, flag:{ $flags } или коды организаций через запятую
cli-order-error-to-code = «{ $code }» не похоже на код организации (буквы, цифры, точка, дефис и подчёркивание)
cli-order-error-roles = ожидается director, deputy или оба через запятую ({ $roles })
cli-order-error-id = нужен номер рассылки, например 12 (его печатает order send)
cli-order-error-out-required = укажите, куда записать лист: --out <файл.xlsx> или папка
cli-order-error-out = нужен путь к файлу .xlsx или к существующей папке
cli-order-role-director = директора
cli-order-role-deputy = заместители директоров
cli-order-refused-nobody = Рассылать некому: в выбранных организациях ({ $schools }) не подключён никто из адресатов ({ $roles }). Сначала пригласите людей: npm run cli -- import people <файл>
cli-order-sent = { $kind }{ $number } «{ $title }» ({ $municipality }) { $kindCode ->
        [letter] поставлено
       *[other] поставлен
    } в очередь: рассылка #{ $id }, получателей: { $recipients }, организаций: { $schools }.
cli-order-sent-document = Документ: { $name } ({ $size } КБ).
cli-order-sent-deadline = Отчёт об исполнении — до { $deadline } ({ $timezone }, { $offset }); заданий организациям: { $schools }.
cli-order-sent-without-people = Внимание: { $count ->
        [one] в { $count } организации
       *[other] в { $count } организациях
    } не подключён никто из адресатов ({ $roles }), туда документ не придёт: { $schools }.
cli-order-sent-hint = Сообщения уходят, пока работает бот (npm start). Ход рассылки: npm run cli -- order status { $id }
cli-order-refused-not-found = Рассылки #{ $id } нет. Номер рассылки печатает order send.
cli-order-status-title = Рассылка #{ $id } от { $sentAt }: { $order } ({ $municipality })
cli-order-status-recipients = Получателей: { $count }
cli-order-status-delivered = {"  "}доставлено: { $count }
cli-order-status-acknowledged = {"  "}ознакомились: { $count }
cli-order-status-not-acknowledged = {"  "}не ознакомились: { $count }
cli-order-status-no-ack = {"  "}ознакомление не запрашивалось
cli-order-status-pending = {"  "}ещё отправляется: { $count }
cli-order-status-unreachable = {"  "}не удалось доставить: { $count }
cli-order-status-pending-hint = Оставшиеся сообщения уйдут, пока работает бот (npm start).
cli-order-status-remind-hint = Напомнить не ознакомившимся: npm run cli -- order remind { $id }
cli-order-status-sheet-hint = Лист ознакомления: npm run cli -- order sheet { $id } --out <файл.xlsx>
cli-order-sheet-unwritable = Не удалось записать { $path } ({ $reason }): проверьте, что папка существует и файл не открыт в Excel.
cli-order-sheet-written = Лист ознакомления записан: { $path } — { $order }; получателей: { $recipients }, ознакомились: { $acknowledged }.
cli-order-remind-no-ack = В рассылке #{ $id } ({ $order }) ознакомление не запрашивалось — напоминать не о чем.
cli-order-reminded = Напоминания поставлены в очередь: { $count } — тем, до кого дошла рассылка #{ $id } ({ $order }) и кто ещё не ознакомился. Они уйдут, пока работает бот (npm start).
cli-order-reminded-nobody = Напоминать некому: все, до кого дошла рассылка #{ $id }, уже ознакомились.
