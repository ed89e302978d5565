# Meldingane til `value-out-of-range` på nynorsk.

value-out-of-range-summary = Eit negativt tal eller beløp, ein prosent utanfor 0–100, `fte` større enn `employees` eller eit årstal utanfor 1900–2200.
value-out-of-range-label = utanfor gyldig område

## Kva ein verdi er, `$what` i setningane nedanfor.
value-out-of-range-period-start = det første året i planperioden
value-out-of-range-period-end = det siste året i planperioden
value-out-of-range-population = innbyggjartalet (`population`)
value-out-of-range-field = `{ $field }`
# `$row`: ei bemanningsrad, eininga og rolla i parentes: «hjemmetjenesten (sykepleier)».
value-out-of-range-row-field = `{ $field }` i bemanningsrada for { $row }
value-out-of-range-age-band = aldersgruppa «{ $band }» for { $row }
value-out-of-range-departures-in = avgangen frå { $row } i { $year }
value-out-of-range-departures-withheld = avgangen frå { $row } i eitt av åra
# `$entity`: «behov B1», «finansieringskjelde ktt», «tiltak T1».
value-out-of-range-field-of = `{ $field }` for { $entity }
value-out-of-range-field-of-in = `{ $field }` for { $entity } i { $year }
value-out-of-range-cost = ein kostnad for { $measure }
value-out-of-range-cost-year = året for ein kostnad for { $measure }
value-out-of-range-indicator-year = eit år for { $indicator }
value-out-of-range-indicator-value = ein verdi for { $indicator }

## Merknadene. `$value` er verdien slik han står i fila; ein verdi i ei bemanningsrad som blir
## halden tilbake frå dokumentet (small-group), blir aldri oppgitt (`-withheld`-meldingane).
value-out-of-range-negative = { $what } er under 0 ({ $value })
value-out-of-range-negative-withheld = { $what } er under 0
value-out-of-range-not-a-number = { $what } er ikkje eit tal
value-out-of-range-negative-or-nan-withheld = { $what } er under 0 eller ikkje eit tal
value-out-of-range-count-help = eit antal er eit heilt tal, 0 eller meir
value-out-of-range-number-help = skriv eit tal som er 0 eller meir
# `$max`: det største talet på personar kplan godtek (ein million).
value-out-of-range-persons = { $what } er { $value }, meir enn grensa i kplan på { $max } personar
value-out-of-range-persons-withheld = { $what } er meir enn grensa i kplan på { $max } personar
value-out-of-range-persons-help = kontroller talet: ingen kommune tel meir enn ein million personar
value-out-of-range-negative-amount-help = beløp er heile kroner, 0 eller meir; før inntekter og tilskot som finansieringskjelder, ikkje som negative kostnader
# `$value`, `$max`: beløp.
value-out-of-range-amount = { $what } er { $value }, meir enn grensa i kplan på { $max }
value-out-of-range-amount-help = beløp er heile kroner (ikkje øre); kontroller kor mange siffer det er
value-out-of-range-percent = { $what } er { $value } %, utanfor 0–100
value-out-of-range-percent-withheld = { $what } er utanfor 0–100 %
value-out-of-range-percent-help = ein prosent er eit tal frå 0 til 100 (skriv 62.5, ikkje 0.625)
value-out-of-range-year = { $what } er { $value }, som ikkje er eit mogleg årstal
# Eit år som ein verdi er oppgitt for (`departures`, `places`).
value-out-of-range-departures-year = avgangen frå { $row } er oppgitt for året { $year }, som ikkje er eit mogleg årstal
value-out-of-range-field-of-year = `{ $field }` for { $entity } er oppgitt for året { $year }, som ikkje er eit mogleg årstal
value-out-of-range-departures-year-withheld = avgangen frå { $row } er oppgitt for eit år utanfor 1900–2200
value-out-of-range-year-help = skriv årstalet med fire siffer, mellom 1900 og 2200
value-out-of-range-municipality-number = kommunenummeret `{ $number }` har ikkje fire siffer
value-out-of-range-municipality-number-help = skriv kommunenummeret med fire siffer, til dømes "4601"
# `$field`: `plan_interval_years` eller `action_interval_years`.
value-out-of-range-interval = `{ $field }` er { $value }, men eit revisjonsintervall er minst eitt år
value-out-of-range-interval-help = intervalla er heile år, 1 eller meir
value-out-of-range-fte = bemanningsrada for { $row } har { $fte } årsverk (`fte`), men berre { $employees ->
        [one] { $employees } tilsett
       *[other] { $employees } tilsette
    }
value-out-of-range-fte-withheld = bemanningsrada for { $row } har fleire årsverk (`fte`) enn tilsette
value-out-of-range-fte-help = årsverka (`fte`) kan ikkje vere fleire enn dei tilsette: ingen arbeider meir enn ei heil stilling
value-out-of-range-age-bands = aldersgruppene for { $row } blir til saman meir enn { $max } personar frå og med gruppa «{ $band }»
value-out-of-range-age-bands-help = kontroller aldersgruppene: kvar tilsett høyrer til i nøyaktig éi
value-out-of-range-binding-months-help = bindingstida er eit heilt tal på månader, 0 eller meir
# `$max`: den største summen kplan kan rekne med, eit beløp.
value-out-of-range-costs-sum = kostnadene i planen blir til saman meir enn { $max } frå og med denne kostnaden
value-out-of-range-costs-sum-help = del opp planen: budsjettabellane kan ikkje romme ein så stor sum
