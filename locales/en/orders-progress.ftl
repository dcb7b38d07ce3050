## Orders: the coordinator's progress message while an order goes out, and the final summary
## (src/jobs/order-progress.ts)

order-progress-sending = 📨 Sending “{ $title }”: delivered { $delivered } of { $recipients }, unreachable { $unreachable }, queued { $pending }
order-progress-done = ✅ Sending “{ $title }” is complete: delivered { $delivered } of { $recipients }, unreachable { $unreachable }.
order-summary =
    📋 Results of sending “{ $title }”
    { $details }
order-summary-delivered = Delivered: { $delivered } of { $recipients }.
order-summary-reached-all = Everyone was reached.
order-summary-unreachable = Unreachable ({ $count }) — the bot is blocked, there is no Telegram account, or delivery failed:
order-summary-person = • { $name }
order-summary-person-at = • { $name } (“{ $school }”)
order-summary-more = and { $count } more
order-summary-acknowledged = Acknowledged: { $acknowledged } of { $delivered }.
