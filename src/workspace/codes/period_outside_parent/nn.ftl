# Meldingane til `period-outside-parent` på nynorsk.

period-outside-parent-summary = Perioden til ein plan ligg ikkje innanfor perioden til planen han utdjupar.
period-outside-parent = perioden { $start }–{ $end } ligg ikkje innanfor { $pstart }–{ $pend }, perioden til `{ $parent }`
period-outside-parent-label = utanfor perioden til den overordna planen
period-outside-parent-help = ein sektorplan gjeld innanfor perioden til den overordna planen: kort ned perioden, eller rullér den overordna planen
