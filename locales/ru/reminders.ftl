## Reminders of deadlines: to the school, to its director, the coordinators' morning digest
## (src/db/reminders/reminder-messages.ts)

reminder-school-due =
    ⏰ Напоминание — { $school }
    { $days ->
        [0] Сегодня последний день сдачи отчёта по форме «{ $form }» ({ $period }).
        [1] Завтра последний день сдачи отчёта по форме «{ $form }» ({ $period }).
       *[other] До срока сдачи отчёта по форме «{ $form }» ({ $period }) осталось { $days } { $days ->
            [one] день
            [few] дня
           *[many] дней
        }.
    }
    Срок: { $deadline } (местное время).
reminder-school-late =
    ⚠️ Отчёт не сдан — { $school }
    { $days ->
        [0] Срок сдачи отчёта по форме «{ $form }» ({ $period }) истёк сегодня, { $deadline } (местное время).
       *[other] Срок сдачи отчёта по форме «{ $form }» ({ $period }) истёк { $deadline } (местное время), просрочка — { $days } { $days ->
            [one] день
            [few] дня
           *[many] дней
        }.
    }
    Отправьте отчёт как можно скорее: координатор видит, какие организации его не сдали.
reminder-director-late =
    📣 Организация «{ $school }» не сдала отчёт по форме «{ $form }» ({ $period }).
    Срок истёк { $deadline } (местное время){ $days ->
        [0] {"."}
       *[other] , просрочка — { $days } { $days ->
            [one] день
            [few] дня
           *[many] дней
        }.
    }
    Просим проконтролировать отправку отчёта.
reminder-digest =
    📊 Не сдали отчёты в срок: { $count } { $count ->
        [one] организация
        [few] организации
       *[many] организаций
    }.
    { $campaigns }
reminder-digest-line =
    { $index }. «{ $form }» ({ $period }) — { $count }: { $schools }{ $more ->
        [0] {""}
       *[other] {" "}и ещё { $more }
    }
reminder-digest-button = Кампания { $index }
