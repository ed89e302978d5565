# Meldingane til `indicator-incomplete` på nynorsk.

indicator-incomplete-summary = Ein indikator manglar utgangspunkt eller målverdi.
# `$indicator`: «indikator I1»; `$missing`: baseline, target eller both.
indicator-incomplete = { $indicator } manglar { $missing ->
        [baseline] utgangspunkt (`baseline`)
        [target] målverdi (`target`)
       *[both] både utgangspunkt (`baseline`) og målverdi (`target`)
    }
indicator-incomplete-label = ufullstendig
indicator-incomplete-help = { $missing ->
        [baseline] legg til kvar de startar, til dømes { "`baseline: { year: 2024, value: 68 }`" }, så framgangen kan vurderast
        [target] legg til verdien de skal nå, til dømes { "`target: { year: 2028, value: 80 }`" }, så framgangen kan vurderast
       *[both] legg til { "`baseline: { year: 2024, value: 68 }`" } og { "`target: { year: 2028, value: 80 }`" }, så framgangen kan vurderast
    }
