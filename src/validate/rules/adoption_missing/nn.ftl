# Meldingane til `adoption-missing` på nynorsk.

adoption-missing-summary = `status = "adopted"` utan `body`, `date` og `case` i `[plan.adoption]`.
adoption-missing-no-table = planen står som vedteken, men `kplan.toml` har ingen `[plan.adoption]` som seier kven som vedtok han, når og i kva sak
# `$fields`: felta som manglar, kvart eit `adoption-missing-field`, bundne saman med «og».
adoption-missing = planen står som vedteken, men `[plan.adoption]` manglar { $fields }
adoption-missing-field = { $field ->
        [body] `body` (organet som vedtok planen)
        [date] `date` (datoen for vedtaket)
       *[case] `case` (saksnummeret)
    }
adoption-missing-label = `status` er `adopted`
adoption-missing-related = vedtaket
adoption-missing-help-add = legg til `[plan.adoption]` med `body = "Kommunestyret"`, `date = 2025-06-19` og `case = "PS 45/25"` (slik det står i vedtaket), eller set `status` til `draft` eller `consultation`
adoption-missing-help = fyll ut `[plan.adoption]` med `body = "Kommunestyret"`, `date = 2025-06-19` og `case = "PS 45/25"` (slik det står i vedtaket), eller set `status` til `draft` eller `consultation`
