# Meldingene til `value-out-of-range` på bokmål.

value-out-of-range-summary = Et negativt antall eller beløp, en prosent utenfor 0–100, `fte` større enn `employees` eller et årstall utenfor 1900–2200.
value-out-of-range-label = utenfor gyldig område

## Hva en verdi er, `$what` i setningene nedenfor.
value-out-of-range-period-start = det første året i planperioden
value-out-of-range-period-end = det siste året i planperioden
value-out-of-range-population = innbyggertallet (`population`)
value-out-of-range-field = `{ $field }`
# `$row`: en bemanningsrad, enheten og rollen i parentes: «hjemmetjenesten (sykepleier)».
value-out-of-range-row-field = `{ $field }` i bemanningsraden for { $row }
value-out-of-range-age-band = aldersgruppen «{ $band }» for { $row }
value-out-of-range-departures-in = avgangen fra { $row } i { $year }
value-out-of-range-departures-withheld = avgangen fra { $row } i ett av årene
# `$entity`: «behov B1», «finansieringskilde ktt», «tiltak T1».
value-out-of-range-field-of = `{ $field }` for { $entity }
value-out-of-range-field-of-in = `{ $field }` for { $entity } i { $year }
value-out-of-range-cost = en kostnad for { $measure }
value-out-of-range-cost-year = året for en kostnad for { $measure }
value-out-of-range-indicator-year = et år for { $indicator }
value-out-of-range-indicator-value = en verdi for { $indicator }

## Merknadene. `$value` er verdien slik den står i filen; en verdi i en bemanningsrad som holdes
## tilbake fra dokumentet (small-group), oppgis aldri (`-withheld`-meldingene).
value-out-of-range-negative = { $what } er under 0 ({ $value })
value-out-of-range-negative-withheld = { $what } er under 0
value-out-of-range-not-a-number = { $what } er ikke et tall
value-out-of-range-negative-or-nan-withheld = { $what } er under 0 eller ikke et tall
value-out-of-range-count-help = et antall er et helt tall, 0 eller mer
value-out-of-range-number-help = skriv et tall som er 0 eller mer
# `$max`: det største antallet personer kplan godtar (en million).
value-out-of-range-persons = { $what } er { $value }, mer enn grensen i kplan på { $max } personer
value-out-of-range-persons-withheld = { $what } er mer enn grensen i kplan på { $max } personer
value-out-of-range-persons-help = kontroller tallet: ingen kommune teller mer enn en million personer
value-out-of-range-negative-amount-help = beløp er hele kroner, 0 eller mer; før inntekter og tilskudd som finansieringskilder, ikke som negative kostnader
# `$value`, `$max`: beløp.
value-out-of-range-amount = { $what } er { $value }, mer enn grensen i kplan på { $max }
value-out-of-range-amount-help = beløp er hele kroner (ikke øre); kontroller antall sifre
value-out-of-range-percent = { $what } er { $value } %, utenfor 0–100
value-out-of-range-percent-withheld = { $what } er utenfor 0–100 %
value-out-of-range-percent-help = en prosent er et tall fra 0 til 100 (skriv 62.5, ikke 0.625)
value-out-of-range-year = { $what } er { $value }, som ikke er et mulig årstall
# Et år som en verdi er oppgitt for (`departures`, `places`).
value-out-of-range-departures-year = avgangen fra { $row } er oppgitt for året { $year }, som ikke er et mulig årstall
value-out-of-range-field-of-year = `{ $field }` for { $entity } er oppgitt for året { $year }, som ikke er et mulig årstall
value-out-of-range-departures-year-withheld = avgangen fra { $row } er oppgitt for et år utenfor 1900–2200
value-out-of-range-year-help = skriv årstallet med fire sifre, mellom 1900 og 2200
value-out-of-range-municipality-number = kommunenummeret `{ $number }` har ikke fire sifre
value-out-of-range-municipality-number-help = skriv kommunenummeret med fire sifre, for eksempel "4601"
# `$field`: `plan_interval_years` eller `action_interval_years`.
value-out-of-range-interval = `{ $field }` er { $value }, men et revisjonsintervall er minst ett år
value-out-of-range-interval-help = intervallene er hele år, 1 eller mer
value-out-of-range-fte = bemanningsraden for { $row } har { $fte } årsverk (`fte`), men bare { $employees ->
        [one] { $employees } ansatt
       *[other] { $employees } ansatte
    }
value-out-of-range-fte-withheld = bemanningsraden for { $row } har flere årsverk (`fte`) enn ansatte
value-out-of-range-fte-help = årsverkene (`fte`) kan ikke være flere enn de ansatte: ingen arbeider mer enn en hel stilling
value-out-of-range-age-bands = aldersgruppene for { $row } blir til sammen mer enn { $max } personer fra og med gruppen «{ $band }»
value-out-of-range-age-bands-help = kontroller aldersgruppene: hver ansatt hører til i nøyaktig én
value-out-of-range-binding-months-help = bindingstiden er et helt antall måneder, 0 eller mer
# `$max`: den største summen kplan kan regne med, et beløp.
value-out-of-range-costs-sum = kostnadene i planen blir til sammen mer enn { $max } fra og med denne kostnaden
value-out-of-range-costs-sum-help = del opp planen: budsjettabellene kan ikke romme en så stor sum
