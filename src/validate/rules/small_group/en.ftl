# Messages of `small-group` in English.

small-group-summary = A workforce row has fewer persons than `privacy_threshold`; its figures are withheld from rendered output.
# `$row`: the row's unit, and its role in brackets: "hjemmetjenesten (sykepleier)". The message
# never states the row's size, only the threshold.
small-group = the workforce row for { $row } has fewer persons than the privacy threshold of { $threshold }
small-group-label = small group
small-group-help = its figures, and those of a row that includes it (such as the unit's total), are withheld from the document ("fewer than { $threshold }"); merge it with another row (e.g. leave out `role`) to show them
