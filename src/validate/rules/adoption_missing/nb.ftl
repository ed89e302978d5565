# Meldingene til `adoption-missing` på bokmål.

adoption-missing-summary = `status = "adopted"` uten `body`, `date` og `case` i `[plan.adoption]`.
adoption-missing-no-table = planen står som vedtatt, men `kplan.toml` har ingen `[plan.adoption]` som sier hvem som vedtok den, når og i hvilken sak
# `$fields`: feltene som mangler, hvert et `adoption-missing-field`, bundet sammen med «og».
adoption-missing = planen står som vedtatt, men `[plan.adoption]` mangler { $fields }
adoption-missing-field = { $field ->
        [body] `body` (organet som vedtok planen)
        [date] `date` (datoen for vedtaket)
       *[case] `case` (saksnummeret)
    }
adoption-missing-label = `status` er `adopted`
adoption-missing-related = vedtaket
adoption-missing-help-add = legg til `[plan.adoption]` med `body = "Kommunestyret"`, `date = 2025-06-19` og `case = "PS 45/25"` (slik det står i vedtaket), eller sett `status` til `draft` eller `consultation`
adoption-missing-help = fyll ut `[plan.adoption]` med `body = "Kommunestyret"`, `date = 2025-06-19` og `case = "PS 45/25"` (slik det står i vedtaket), eller sett `status` til `draft` eller `consultation`
