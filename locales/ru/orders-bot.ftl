## Orders in the bot: the coordinator's list, composer and card; «Ознакомлен(а)» (src/bot/features/orders.ts, order-card.ts, order-ack.ts, src/bot/conversations/order-compose.ts)

command-orders = Приказы и письма
menu-button-orders = 📄 Приказы и письма
conversation-outdated-order = Бот обновился, и составление приказа прервалось: ничего не отправлено. Начните заново из /orders.

orders-only-coordinators = Приказы и письма рассылают координаторы.
orders-not-found = Муниципалитет не найден. Откройте /orders ещё раз.
orders-choose-municipality = Вы координатор нескольких муниципалитетов. Чьи приказы и письма показать?
orders-heading = { $kind }{ $number } «{ $title }»
orders-audience = { $schools } — { $roles }
orders-audience-picked = { $count ->
    [one] выбранная организация: { $schools }
   *[other] выбранные организации ({ $count }): { $schools }
}
orders-list-title = 📄 Приказы и письма — { $municipality }. Всего: { $total }, сначала новые.
orders-list-empty = Пока ничего не отправлено. Нажмите «✏️ Создать», чтобы составить приказ или письмо.
orders-list-line = { $position }. { $heading }, { $sentAt }
orders-list-counts = { "   " }получателей { $recipients }: доставлено { $delivered }, не доставлено { $unreachable }
orders-list-counts-ack = { "   " }получателей { $recipients }: доставлено { $delivered }, ознакомились { $acknowledged }, не доставлено { $unreachable }
orders-list-open = Открыть № { $position }
orders-button-new = ✏️ Создать

orders-card-refused = Карточка приказа доступна координаторам муниципалитета, который его отправил.
orders-card-refreshed = Обновлено.
orders-card-sent = Отправлен { $sentAt }
orders-card-audience = Адресаты: { $audience }
orders-card-deadline = Отчёт об исполнении — до { $deadline }
orders-card-counts =
    Получателей: { $recipients }
    Доставлено: { $delivered }
    Ещё отправляется: { $pending }
    Не удалось доставить: { $unreachable }
orders-card-ack-counts =
    Ознакомились: { $acknowledged }
    Не ознакомились: { $notAcknowledged }
orders-card-no-ack = Ознакомление не требуется.
orders-card-reports = Отчёты школ: ждём { $pending }, на проверке { $submitted }, возвращено { $returned }, принято { $accepted }
orders-button-refresh = 🔄 Обновить
orders-button-list = 👥 Кто не ознакомился
orders-button-list-unreachable = 👥 Кому не доставлено
orders-button-remind = 🔔 Напомнить неознакомившимся
orders-button-sheet = 📊 Лист ознакомления (Excel)
orders-button-reports = 📥 Отчёты школ
orders-not-acknowledged = Не ознакомились ({ $count }):
orders-all-acknowledged = Все, кому приказ доставлен, ознакомились.
orders-unreachable = Не удалось доставить ({ $count }):
orders-none-unreachable = Недоставленных нет.
orders-still-sending = Ещё отправляется: { $count }.
orders-recipient-line = • { $name } — «{ $school }», { $role }
orders-reminded = { $count ->
    [one] Напоминание отправлено { $count } получателю, который ещё не ознакомился.
   *[other] Напоминание отправлено { $count } получателям, которые ещё не ознакомились.
}
orders-remind-nobody = Напоминать некому: все, кому приказ доставлен, уже ознакомились.
orders-sheet-preparing = Готовлю лист ознакомления…

orders-preview-button = Это предпросмотр: у получателей эта кнопка работает.
orders-ack-done = Отмечено: вы ознакомились { $at }
orders-ack-already = Вы уже ознакомились { $at }
orders-ack-not-found = Этот приказ направлен не вам, или его больше нет.
orders-ack-button-done = ✅ Ознакомлен(а)

## The composer

order-compose-button-back = ◀️ Назад
order-compose-button-cancel = ✖️ Отмена
order-compose-button-outdated = Эта кнопка от прежнего сообщения. Ответьте на последний шаг.
order-compose-command-during = Сейчас составляется приказ. Ответьте на шаг выше или нажмите «✖️ Отмена» (либо отправьте /cancel), а потом выполните команду.
order-compose-not-text = Здесь нужен текст, документ или кнопка под сообщением. Ответьте на шаг выше.
order-compose-cancelled = Составление отменено, ничего не отправлено.
order-compose-page-prev = ◀️
order-compose-page-next = ▶️

order-compose-step-kind = Что отправляем?
order-compose-step-number = Напишите номер документа, например 125-од, или нажмите «Без номера».
order-compose-button-no-number = Без номера
order-compose-step-title = Напишите заголовок — так документ будет назван получателям (до { $limit } знаков), например: О проведении ВПР в 2026/27 учебном году
order-compose-step-text = Отправьте текст сообщения. Оформление — жирный, курсив, подчёркивание, ссылки, цитаты — сохранится.
order-compose-step-document = Прикрепите документ: PDF, DOC, DOCX или ODT, не больше 20 МБ. Если документа нет, нажмите «Без документа».
order-compose-step-document-again = Прикреплён документ «{ $name }». Пришлите другой или нажмите «Без документа», чтобы отправить без него.
order-compose-button-no-document = Без документа
order-compose-caption-too-long = С документом текст становится подписью к нему, а подпись вмещает не больше { $limit } знаков вместе с заголовком. Сейчас получается { $length }. Сократите текст или отправьте без документа.
order-compose-button-shorten = ✂️ Сократить текст
order-compose-button-drop-document = Отправить без документа
order-compose-document-dropped = Документ убран, текст остаётся прежним.
order-compose-step-schools = Каким организациям отправить?
order-compose-schools-all = все организации
order-compose-schools-type-general = общеобразовательные школы
order-compose-schools-type-kindergarten = детские сады
order-compose-schools-type-additional = организации дополнительного образования
order-compose-schools-flag-low_results = школы с низкими результатами
order-compose-schools-flag-unfavourable = школы в неблагоприятных социальных условиях
order-compose-schools-pick = выбрать организации
order-compose-step-pick = Отметьте организации (выбрано { $count } из { $total }), затем нажмите «Готово».
order-compose-pick-done = ✅ Готово ({ $count })
order-compose-step-roles = Кому в организациях?
order-compose-roles-director = директорам
order-compose-roles-deputy = заместителям
order-compose-roles-deputy-director = директорам и заместителям
order-compose-roles-director-deputy = директорам и заместителям
order-compose-step-ack = Требуется ознакомление? Получатели увидят кнопку «Ознакомлен(а)», а вы — кто ознакомился.
order-compose-ack-yes = Да, требуется
order-compose-ack-no = Нет
order-compose-step-deadline = Нужен отчёт об исполнении? Напишите срок по часам муниципалитета ({ $timezone }, { $offset }) в виде ДД.ММ.ГГГГ ЧЧ:ММ, например: { $example }. Если отчёт не нужен, нажмите «Без отчёта».
order-compose-button-no-report = Без отчёта
order-compose-step-follow-up = Сообщить директору, если заместитель не ознакомится? Через сколько часов:
order-compose-follow-up-hours = через { $hours } ч
order-compose-follow-up-none = Не сообщать
order-compose-preview-intro = 👀 Так сообщение увидят получатели:
order-compose-summary-title = Проверьте перед отправкой:
order-compose-summary-document = Документ: «{ $name }»
order-compose-summary-no-document = Без документа
order-compose-summary-audience = Адресаты: { $audience }
order-compose-summary-ack = Ознакомление: требуется
order-compose-summary-ack-follow-up = Ознакомление: требуется; если заместитель не ознакомится за { $hours } ч, директору придёт сообщение
order-compose-summary-no-ack = Ознакомление: не требуется
order-compose-summary-deadline = Отчёт об исполнении: до { $deadline }
order-compose-summary-no-deadline = Отчёт об исполнении: не нужен
order-compose-summary-recipients = Получателей: { $recipients } в { $schools } { $schools ->
    [one] организации
   *[other] организациях
}.
order-compose-summary-no-recipients = Отправлять некому: в выбранных организациях ({ $schools }) нет зарегистрированных людей в выбранных ролях. Нажмите «Изменить» и выберите других адресатов.
order-compose-summary-nobody = { $count ->
    [one] В { $count } организации
   *[other] В { $count } организациях
} нет зарегистрированных людей в выбранных ролях, туда не придёт: { $schools }
order-compose-button-send = 📨 Отправить
order-compose-button-edit = ✏️ Изменить
order-compose-button-discard = ✖️ Отменить
order-compose-step-edit = Что изменить? Остальное останется как есть.
order-compose-edit-kind = Вид
order-compose-edit-number = Номер
order-compose-edit-title = Заголовок
order-compose-edit-text = Текст
order-compose-edit-document = Документ
order-compose-edit-schools = Организации
order-compose-edit-roles = Кому
order-compose-edit-ack = Ознакомление
order-compose-edit-deadline = Срок отчёта
order-compose-edit-followUp = Сообщение директору
order-compose-sent = Отправка началась: { $recipients } { $recipients ->
    [one] получатель
    [few] получателя
   *[other] получателей
} в { $schools } { $schools ->
    [one] организации
   *[other] организациях
}. Ход рассылки — в следующем сообщении, карточка — в /orders.

order-compose-error-use-buttons = Выберите ответ кнопкой под сообщением.
order-compose-error-type-or-button = Напишите номер текстом или нажмите «Без номера».
order-compose-error-number-long = Номер длиннее { $limit } знаков. Напишите номер как в документе, например 125-од.
order-compose-error-title-empty = Заголовок нужен текстом. Напишите его одной строкой.
order-compose-error-title-long = Заголовок занимает { $length } знаков, а можно не больше { $limit }. Сократите его.
order-compose-error-type-text = Отправьте текст сообщением (оформление сохранится).
order-compose-error-text-not-document = Сейчас нужен текст сообщения; документ можно прикрепить на следующем шаге.
order-compose-error-text-too-long = Сообщение получится длиной { $length } знаков вместе с заголовком, а Telegram вмещает не больше { $limit }. Сократите текст и отправьте снова.
order-compose-error-not-a-document = Пришлите документ файлом (PDF, DOC, DOCX или ODT) или нажмите «Без документа».
order-compose-error-document-type = Файл «{ $name }» не подходит: нужен PDF, DOC, DOCX или ODT.
order-compose-error-document-size = Документ весит { $size } МБ, а бот принимает не больше 20 МБ. Сожмите его или разделите на части.
order-compose-error-type-date = Напишите срок текстом, например 15.12.2026 18:00, или нажмите «Без отчёта».
order-compose-error-pick-none = Не отмечено ни одной организации. Отметьте хотя бы одну.
order-compose-error-deadline-passed = Срок отчёта уже прошёл, пока шла проверка. Укажите новый срок.
