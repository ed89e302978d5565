# Meldingene til `period-outside-parent` på bokmål.

period-outside-parent-summary = Perioden til en plan ligger ikke innenfor perioden til planen den utdyper.
period-outside-parent = perioden { $start }–{ $end } ligger ikke innenfor { $pstart }–{ $pend }, perioden til `{ $parent }`
period-outside-parent-label = utenfor perioden til den overordnede planen
period-outside-parent-help = en sektorplan gjelder innenfor perioden til den overordnede planen: forkort perioden, eller rullér den overordnede planen
