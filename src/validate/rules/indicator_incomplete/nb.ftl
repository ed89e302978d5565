# Meldingene til `indicator-incomplete` på bokmål.

indicator-incomplete-summary = En indikator mangler utgangspunkt eller målverdi.
# `$indicator`: «indikator I1»; `$missing`: baseline, target eller both.
indicator-incomplete = { $indicator } mangler { $missing ->
        [baseline] utgangspunkt (`baseline`)
        [target] målverdi (`target`)
       *[both] både utgangspunkt (`baseline`) og målverdi (`target`)
    }
indicator-incomplete-label = ufullstendig
indicator-incomplete-help = { $missing ->
        [baseline] legg til hvor dere starter, for eksempel { "`baseline: { year: 2024, value: 68 }`" }, så framgangen kan vurderes
        [target] legg til verdien dere skal nå, for eksempel { "`target: { year: 2028, value: 80 }`" }, så framgangen kan vurderes
       *[both] legg til { "`baseline: { year: 2024, value: 68 }`" } og { "`target: { year: 2028, value: 80 }`" }, så framgangen kan vurderes
    }
