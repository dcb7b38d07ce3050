## Orders: the acknowledgement sheet (src/exports/ack-sheet.ts)

order-sheet-creator = MSOKO
order-sheet-tab = Acknowledgements
order-sheet-title = Acknowledgement sheet
order-sheet-order = { $kind }{ $number } «{ $title }»
order-sheet-sender = From: { $municipality }
order-sheet-sent-at = Sent: { $sentAt }. Times in this sheet are local ({ $timezone }, { $offset }).
order-sheet-counts = Recipients: { $recipients }; delivered: { $delivered }; acknowledged: { $acknowledged }; not acknowledged: { $notAcknowledged }; could not be reached: { $unreachable }; still sending: { $pending }.
order-sheet-counts-no-ack = Recipients: { $recipients }; delivered: { $delivered }; could not be reached: { $unreachable }; still sending: { $pending }. No acknowledgement was asked for.
order-sheet-column-number = No.
order-sheet-column-name = Full name
order-sheet-column-school = School
order-sheet-column-role = Position
order-sheet-column-delivered = Delivered
order-sheet-column-acknowledged = Acknowledged
order-sheet-column-status = State
order-sheet-column-signature = Signature
# An Excel number format for the two date-time columns.
order-sheet-date-format = dd mmm yyyy hh:mm
order-sheet-status-acknowledged = acknowledged
order-sheet-status-not-acknowledged = delivered, not acknowledged
order-sheet-status-delivered = delivered
order-sheet-status-pending = still sending
order-sheet-status-unreachable = could not be reached
order-sheet-file-kind-order = order
order-sheet-file-kind-letter = information letter
order-sheet-file-numbered = Acknowledgements — { $kind } No. { $number }
order-sheet-file-titled = Acknowledgements — { $kind } «{ $title }»
