## Orders: the schools' reports on an order (src/bot/features/order-reports.ts)

order-report-status-pending = ⚪ не отправлен
order-report-status-submitted = 🔵 отправлен, на проверке
order-report-status-returned = 🔴 возвращён на доработку
order-report-status-accepted = 🟢 принят
order-report-late = ⏰ после срока
order-report-task-line =
    { $index }. Отчёт об исполнении: { $kind }{ $number } «{ $title }» — «{ $school }»
    Срок: { $deadline } · { $status }
order-report-task-comment = Комментарий координатора: { $comment }
order-report-send-button = Отправить отчёт
order-report-resend-button = Отправить заново
order-report-open-button = 🔍 Открыть отчёт

order-report-card =
    📋 Отчёт об исполнении — «{ $school }»
    { $kind }{ $number } «{ $title }»
    Срок: { $deadline }
    Статус: { $status }
order-report-card-comment = Комментарий координатора: { $comment }
order-report-card-pending = Чтобы отчитаться, нажмите «Отправить отчёт».
order-report-card-returned = Исправьте отчёт и нажмите «Отправить заново».
order-report-card-overdue = Срок уже прошёл: отчёт будет отмечен как отправленный после срока.
order-report-card-submitted = Отчёт отправлен { $date } и ждёт проверки координатора.
order-report-card-accepted = Отчёт принят координатором { $date }.

order-report-ask =
    📋 Отчёт об исполнении: { $kind }{ $number } «{ $title }» — «{ $school }»
    Пришлите отчёт одним сообщением:
    • документ — PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG или PNG, не больше 20 МБ;
    • или текст — не больше { $max } символов.
order-report-cancel-button = Отмена
order-report-wrong-message = Такое сообщение нельзя принять как отчёт. Пришлите документ (PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG, PNG) или напишите отчёт текстом.
order-report-wrong-type = Файл «{ $name }» не подходит: принимаются PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG и PNG. Пришлите файл одного из этих форматов или напишите отчёт текстом.
order-report-too-big = Файл «{ $name }» слишком большой: { $size }, а можно не больше 20 МБ. Сожмите его или напишите отчёт текстом.
order-report-too-long = Слишком длинный текст: { $length } символов, а можно не больше { $max }. Сократите его или пришлите отчёт документом.
order-report-size-kb = { $size } КБ
order-report-size-mb = { $size } МБ
order-report-confirm-document = Отправить координатору документ «{ $name }» ({ $size }) как отчёт «{ $school }»?
order-report-confirm-text =
    Отправить координатору этот текст как отчёт «{ $school }»?

    { $text }
order-report-confirm-button = Отправить
order-report-confirm-hint = Нажмите «Отправить» или «Отмена». Чтобы заменить отчёт, пришлите другой документ или текст.
order-report-cancelled = Отправка отменена, отчёт не отправлен. Вернуться к нему можно из /tasks.
order-report-sent = ✅ Отчёт отправлен координатору. Когда он его проверит, я сообщу.
order-report-sent-late = ✅ Отчёт отправлен координатору и отмечен как отправленный после срока. Когда координатор его проверит, я сообщу.
order-report-refused-not-found = Этот отчёт относится к другой организации или больше недоступен. Ваши задачи — в /tasks.
order-report-refused-submitted = Этот отчёт уже отправлен { $date } и ждёт проверки координатора.
order-report-refused-accepted = Этот отчёт уже принят { $date }.
order-report-refused-returned = Этот отчёт уже возвращён на доработку { $date }.
order-report-refused-not-submitted = Школа ещё не отправила этот отчёт.
order-report-outdated-button = Эта кнопка устарела: отправка отчёта уже закончена. Откройте отчёт заново из /tasks.

order-report-submitted-notice =
    📥 Отчёт об исполнении — «{ $school }»
    { $kind }{ $number } «{ $title }»{ $late ->
        [yes] {" "}⚠️ Отправлен после срока.
       *[other] {""}
    }
order-report-review-card =
    📋 Отчёт об исполнении — «{ $school }»
    { $kind }{ $number } «{ $title }», срок — { $deadline }
    Отправил(а) { $who } { $date }{ $late ->
        [yes] {" "}⚠️ после срока
       *[other] {""}
    }
    Статус: { $status }
order-report-review-previous-comment = Ваш комментарий при возврате: «{ $comment }»
order-report-review-document = Документ «{ $name }» — в сообщении выше.
order-report-review-text = Текст отчёта:
order-report-document-caption = Отчёт «{ $school }»: { $name }
order-report-accept-button = ✅ Принять
order-report-return-button = ↩️ Вернуть на доработку
order-report-accepted-done = ✅ Отчёт «{ $school }» принят, школа получила уведомление.
order-report-return-comment = Напишите комментарий для школы: что нужно исправить или дополнить.
order-report-returned-done = ↩️ Отчёт «{ $school }» возвращён на доработку, школа получила уведомление с вашим комментарием.
order-report-return-cancelled = Возврат отменён, отчёт остаётся на проверке.
order-report-type-comment = Напишите комментарий текстом или нажмите «Отмена».
order-report-comment-too-long = Слишком длинно: { $length } символов, а можно не больше { $max }. Сократите, пожалуйста.

order-reports-title =
    📊 Отчёты школ — { $kind }{ $number } «{ $title }»
    Срок: { $deadline }
    Принято: { $accepted } · на проверке: { $submitted } · возвращено: { $returned } · не отправлено: { $pending }{ $late ->
        [0] {""}
       *[other] {" "}· после срока: { $late }
    }
order-reports-line = { $index }. «{ $school }» — { $status }
order-reports-line-sent = { $index }. «{ $school }» — { $status }, { $date }, { $who }{ $late ->
        [yes] {" "}⏰ после срока
       *[other] {""}
    }
order-reports-open-hint = Откройте отчёт кнопкой с его номером.
order-reports-not-found = Такого документа нет, или он направлен не вашим муниципалитетом.
order-reports-none = Этот документ не требует отчётов об исполнении.
order-reports-school-button = { $index }. { $school }

order-report-accepted-notice =
    ✅ Координатор принял отчёт об исполнении.
    { $kind }{ $number } «{ $title }» — «{ $school }»
order-report-returned-notice =
    ↩️ Координатор вернул отчёт об исполнении на доработку.
    { $kind }{ $number } «{ $title }» — «{ $school }»
    Комментарий координатора: { $comment }
    { $overdue ->
        [yes] Срок уже прошёл — пожалуйста, исправьте отчёт и отправьте его как можно скорее: кнопка «Отправить заново».
       *[other] Исправьте отчёт и отправьте его до { $deadline } (местное время): кнопка «Отправить заново».
    }

conversation-outdated-order-report = Бот обновился, и отправка отчёта прервалась: отчёт не отправлен. Откройте его заново из /tasks.
conversation-outdated-order-report-return = Бот обновился, и возврат отчёта прервался: отчёт не возвращён. Откройте его заново из списка отчётов школ.
