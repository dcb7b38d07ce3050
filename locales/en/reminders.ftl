## Reminders of deadlines: to the school, to its director, the coordinators' morning digest
## (src/db/reminders/reminder-messages.ts)

reminder-school-due =
    ⏰ Reminder — { $school }
    { $days ->
        [0] Today is the last day to submit the “{ $form }” report ({ $period }).
        [1] Tomorrow is the last day to submit the “{ $form }” report ({ $period }).
       *[other] { $days } days are left to submit the “{ $form }” report ({ $period }).
    }
    Deadline: { $deadline } (local time).
reminder-school-late =
    ⚠️ Report not submitted — { $school }
    { $days ->
        [0] The deadline for the “{ $form }” report ({ $period }) passed today, { $deadline } (local time).
        [1] The deadline for the “{ $form }” report ({ $period }) passed on { $deadline } (local time): 1 day late.
       *[other] The deadline for the “{ $form }” report ({ $period }) passed on { $deadline } (local time): { $days } days late.
    }
    Please submit the report as soon as you can: the coordinator sees which schools have not.
reminder-director-late =
    📣 “{ $school }” has not submitted the “{ $form }” report ({ $period }).
    The deadline passed on { $deadline } (local time){ $days ->
        [0] {"."}
        [1] : 1 day late.
       *[other] : { $days } days late.
    }
    Please make sure the report is submitted.
reminder-digest =
    📊 Reports not submitted on time: { $count } { $count ->
        [one] school
       *[other] schools
    }.
    { $campaigns }
reminder-digest-line =
    { $index }. “{ $form }” ({ $period }) — { $count }: { $schools }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
reminder-digest-button = Campaign { $index }
