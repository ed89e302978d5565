# Ordene alle merknadskoder deler, på bokmål. Hver kodes egne meldinger ligger ved siden av
# dokumentasjonen (`src/validate/rules/<regel>/nb.ftl`, `src/load/codes/<kode>/nb.ftl`).

## Lister: «a, b eller c».
list-or = eller
list-and = og

## Rapporter.
# Hjelpelinjen til en merknad i formater som gir merknaden som én tekst (GitHub, SARIF).
report-help = hjelp: { $help }
# Ordet foran hjelpelinjen i det menneskelesbare formatet.
report-help-word = hjelp
# Siste linje fra `kplan check`: «2 feil, 1 advarsel i 8 filer»; råd bare når det finnes noen.
report-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] advarsel
       *[other] advarsler
    }{ $notes ->
        [0] {""}
       *[other] , { $notes } råd
    } i { $files } { $files ->
        [one] fil
       *[other] filer
    }
# Overskriften til en plan i en kjøring som kontrollerer flere planer: id, mappe og tittel.
report-plan-heading = ── plan { $id } ({ $dir }): { $title }
# Siste linje når flere planer kontrolleres: «3 planer: 2 feil, 1 advarsel i 24 filer».
report-plans-total = { $plans } { $plans ->
        [one] plan
       *[other] planer
    }: { $summary }


## Sammendraget på GitHub (`--format github` når GITHUB_STEP_SUMMARY er satt). `$plan` er
## planens tittel og mappe.
summary-title = kplan check: { $plan }
summary-passed = Planen består kontrollen.
summary-failed = Planen består ikke kontrollen: kjøringen ender med status 1.
summary-not-checked = kplan kunne ikke kontrollere planen: { $message }
summary-severity = Alvorlighet
summary-place = Sted
summary-rule = Regel
summary-message = Melding
# `$shown` av `$total` merknader står i tabellen.
summary-findings = { $all ->
        [true] { $shown ->
            [one] Merknaden
           *[other] Merknadene
        }
       *[false] De { $shown } første av { $total } merknader, feil først
    }:
summary-more = … og { $more } til: kjør `kplan check` på planen for å se alle.

## Elementer. `$kind` er en av: unit, role, anchoring, ambition, guideline, goal,
## competence-area, need, apprentice, funding, measure, indicator.
kind = { $kind ->
        [unit] enhet
        [role] rolle
        [anchoring] forankring
        [ambition] ambisjon
        [guideline] føring
        [goal] mål
        [competence-area] kompetanseområde
        [need] behov
        [apprentice] lærlingoppføring
        [funding] finansieringskilde
        [measure] tiltak
       *[indicator] indikator
    }
# Typen med ubestemt artikkel: «et mål», «en indikator».
kind-a = { $kind ->
        [unit] en enhet
        [role] en rolle
        [anchoring] en forankring
        [ambition] en ambisjon
        [guideline] en føring
        [goal] et mål
        [competence-area] et kompetanseområde
        [need] et behov
        [apprentice] en lærlingoppføring
        [funding] en finansieringskilde
        [measure] et tiltak
       *[indicator] en indikator
    }
# Ett element: «tiltak T1». `$kind` er en `kind`-melding.
entity = { $kind } { $id }
# En rad i bemanningstabellen (radene har ingen id).
entity-workforce-row = en rad i bemanningen

## R2
# Merkelappene ved `employees` og `fte` i en bemanningsrad.
row-employees = antall ansatte
row-fte = årsverk

## CLI
# Det kommandolinjen selv skriver, utenom merknadene: `src/cli/`, og feilene som stopper en
# kjøring (`kplan::Error`).
# En feil som stopper kjøringen: «feil: …».
cli-error = feil: { $message }
# Et råd fra kommandolinjen: «råd: …».
cli-note = råd: { $message }
# En tekst som gis videre som den er: operativsystemets egne ord, eller en feil som bare har ord
# på engelsk.
cli-plain = { $text }
# En fil som `init`, `render` eller `schema` har skrevet.
cli-wrote = lagret { $path }
cli-bad-date = `{ $date }` er ikke en dato; skriv den som ÅÅÅÅ-MM-DD
cli-not-a-folder = { $path } er ikke en mappe
# `$reason`: operativsystemets ord.
cli-cannot-read = kan ikke lese { $path }: { $reason }
cli-cannot-write = kan ikke skrive { $path }: { $reason }
cli-templates-missing = malmappen { $path } finnes ikke
cli-stdout = kan ikke skrive til standard utdata: { $reason }
cli-write-symlink = { $path } er en symbolsk lenke; kplan skriver aldri gjennom lenker (fjern lenken, eller velg en annen mappe)
cli-write-not-a-file = { $path } er ikke en vanlig fil, så kplan erstatter den ikke

# `kplan diff` og `render --since`: de to sidene i en sammenligning.
cli-no-plan-above = fant ingen kplan.toml i { $dir } eller i noen mappe over den
cli-no-plan-in = ingen plan (kplan.toml) i { $dir }
# `$message` er den første `parse`-merknaden for siden, på planens språk.
cli-side-does-not-parse = { $side }: { $file }: { $message }
cli-no-working-plan = fant ingen kplan.toml her eller i noen mappe over; oppgi også NEW
cli-git-not-installed = git er ikke installert (kplan leser versjoner med git-kommandoen)
cli-git-not-a-repository = { $dir } er ikke i et git-repository, så versjoner kan ikke leses
cli-git-unknown-revision = ukjent versjon `{ $rev }` i { $repo }
cli-git-no-plan-top = versjonen `{ $rev }` har ingen plan (kplan.toml) øverst i repositoryet
cli-git-no-plan-at = versjonen `{ $rev }` har ingen plan (kplan.toml) i `{ $dir }`

# `kplan render`.
cli-render-has-errors = planen har feil; rett dem før du lager dokumentet (`kplan check` viser dem)
cli-render-outside-plan = [render] { $field } = "{ $value }" fører ut av planmappen; kplan leser og skriver bare inne i planen (oppgi en mappe et annet sted med --templates eller -o)
cli-render-warnings = { $count } { $count ->
        [one] advarsel
       *[other] advarsler
    }
cli-render-notes = { $count } råd
# `$listed`: «2 advarsler og 1 råd».
cli-render-listed = dokumentet viser { $listed } fra kontrollen; kjør `kplan check` for å se detaljene
cli-render-not-listed = kontrollen har { $listed }, som dokumentet ikke viser ([render] show_findings = false); kjør `kplan check` for å se dem

# `kplan explain`.
cli-unknown-rule = ukjent regel `{ $name }`
cli-unknown-rule-did-you-mean = ukjent regel `{ $name }`; mente du `{ $suggestion }`?
cli-explain-lists = `kplan explain` uten en kode viser alle reglene

# `kplan init`. Spørsmålet om språk stilles før språket er valgt: på bokmål.
cli-init-ask-language = Språk: nb (bokmål), nn (nynorsk) eller en (engelsk)
cli-init-bad-language = `{ $answer }` er ikke ett av språkene: svar nb (bokmål), nn (nynorsk) eller en (engelsk)
cli-init-bad-number = `{ $answer }` er ikke et kommunenummer: skriv de fire sifrene, f.eks. 4601, eller la det stå tomt
cli-init-bad-period = `{ $answer }` er ikke en planperiode: skriv første og siste år, f.eks. 2025-2028
cli-init-reversed-period = startåret ({ $start }) er etter sluttåret ({ $end }): skriv det første året først, f.eks. { $end }-{ $start }
cli-init-bad-format = `{ $answer }` er ikke et filformat kplan leser: svar yaml eller toml
cli-init-not-empty = { $dir } er ikke tom: velg en tom mappe, eller bruk --force for å legge planen ved siden av filene som er der (ingen fil blir noen gang erstattet)
# `$files`: én sti per linje.
cli-init-exists = disse filene finnes allerede, så ingenting ble skrevet:
    { $files }
# En verdi `init` valgte fordi valget ikke var oppgitt og ingen ble spurt.
cli-init-defaulted = --{ $flag } var ikke oppgitt, så planen bruker «{ $value }»: endre det i kplan.toml, eller oppgi --{ $flag } neste gang
cli-init-defaulted-lang = --lang var ikke oppgitt, så planen er skrevet på bokmål: for nynorsk eller engelsk kjører du `kplan init` på nytt i en tom mappe med --lang nn eller --lang en
cli-init-defaulted-format = --format var ikke oppgitt, så planfilene er YAML: for TOML kjører du `kplan init` på nytt i en tom mappe med --format toml
# `$name`: filen kplan skrev sin README til i stedet.
cli-init-readme-renamed = README.md finnes allerede og ble stående som den er; kplans veiledning til planen står i { $name }
cli-init-gitignore-kept = .gitignore finnes allerede og ble stående som den er: legg til linjen `/build/` i den, så dokumentene som `kplan render` skriver, holdes utenfor git

## R1
# En strategi slik filene skriver den (`acquire`), med navnet på norsk.
strategy-value = `{ $strategy }` ({ $strategy ->
        [acquire] anskaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    })
# En merknad som kan være en følge av en ukjent referanse (`unknown-reference`): `$message` er
# merknadens egen melding, `$from` elementet som viser til noe («tiltak T5»), `$id` id-en som
# ikke finnes, `$kind` typen den skulle vist til («behov»).
cause-unknown-reference = { $message } (kanskje fordi { $from } viser til `{ $id }`, og ingen { $kind } har den id-en)
# Etiketten ved den ukjente referansen; `$meant`: «`B2`» eller «`B1` eller `B3`», hver en
# `cause-unknown-reference-id`.
cause-unknown-reference-label = ingen { $kind } har denne id-en: skulle det stå { $meant } her?
cause-unknown-reference-id = `{ $id }`

## P2
## Tall og datoer skrevet på norsk vis (`load::habits`): hjelpen til `parse`-merknader (TOML) og
## `schema`-merknader (YAML). `$fixed` er verdien, eller hele linjen, slik den skal skrives.
# `$unit` slik den er skrevet: `kr`, `%`, `NOK`, `,-`.
habit-unit = skriv bare tallet, uten `{ $unit }`: mente du `{ $fixed }`?
habit-decimal-comma = skriv desimaltall med punktum, ikke komma: mente du `{ $fixed }`?
habit-group-space = skriv tallet uten mellomrom: mente du `{ $fixed }`?
habit-group-point = skriv tallet uten punktum mellom sifrene: mente du `{ $fixed }`?
habit-date = skriv datoen som år-måned-dag: mente du `{ $fixed }`?
# `200.000` der det skal stå et heltall: `$read` er tallet som blir lest (200).
habit-point-is-decimal = punktum er desimaltegn her, så kplan leser `{ $value }` som { $read }: mente du `{ $fixed }`?

# The language in the environment is not one kplan knows.
cli-bad-lang-env = `KPLAN_LANG={ $value }` er ikke et språk: bruk nb, nn eller en, eller la den stå tom

# `--format github` kunne ikke skrive sammendraget til filen GITHUB_STEP_SUMMARY peker på.
cli-step-summary-failed = sammendraget kunne ikke skrives til `{ $file }` (GITHUB_STEP_SUMMARY): { $error }

# A severity as a word: the column of `kplan explain`. `$severity`: error, warning or note.
severity = { $severity ->
        [error] feil
        [warning] advarsel
       *[note] råd
    }

# `init --interactive`: the input ended while questions were left.
cli-init-input-ended = inndataene tok slutt før alle spørsmålene var besvart, så resten fikk standardsvaret (verdien i hakeparentes): sjekk dem i kplan.toml

# `init` i en undermappe av et git-repo: arbeidsflyten skrives i roten av repoet.
cli-init-ci-at-root = GitHub leser arbeidsflyter bare i roten av repoet, så arbeidsflyten er skrevet til { $file } og kontrollerer planen i `{ $plan }`
# `init --ci gitlab` i en undermappe: `.gitlab-ci.yml` skrives i roten av repoet.
cli-init-gitlab-at-root = GitLab leser bare `.gitlab-ci.yml` i roten av repoet, så den er skrevet til { $file } og kontrollerer planen i `{ $plan }`
# `init --ci gitlab` når repoet har sin egen `.gitlab-ci.yml`: jobbene skrives i planmappen.
cli-init-gitlab-include = { $existing } finnes allerede og ble stående som den er; kplan-jobbene står i `{ $file }`: flytt dem inn i { $existing }, eller ta filen med der med `include: [{"{"} local: '{ $file }' {"}"}]` (da gjelder også `stages:` og `workflow:` fra den for hele rørledningen)
