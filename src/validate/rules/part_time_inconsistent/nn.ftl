# Meldingane til `part-time-inconsistent` på nynorsk.
# TODO(translate)

part-time-inconsistent-summary = `part_time` is 0 while `fte` is more than half an årsverk below `employees`, or `fte` equals `employees` while `part_time` is above 0.
