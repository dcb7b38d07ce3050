## Orders: the coordinator's progress message while an order goes out, and the final summary
## (src/jobs/order-progress.ts)

order-progress-sending = 📨 Рассылка «{ $title }»: доставлено { $delivered } из { $recipients }, недоступны { $unreachable }, в очереди { $pending }
order-progress-done = ✅ Рассылка «{ $title }» завершена: доставлено { $delivered } из { $recipients }, недоступны { $unreachable }.
order-summary =
    📋 Итоги рассылки «{ $title }»
    { $details }
order-summary-delivered = Доставлено: { $delivered } из { $recipients }.
order-summary-reached-all = Недоступных нет.
order-summary-unreachable = Недоступны ({ $count }) — бот заблокирован, нет аккаунта в Telegram или доставка не удалась:
order-summary-person = • { $name }
order-summary-person-at = • { $name } («{ $school }»)
order-summary-more = и ещё { $count }
order-summary-acknowledged = Ознакомились: { $acknowledged } из { $delivered }.
