# Orda alle merknadskodane deler, på nynorsk. Kvar kode sine eigne meldingar ligg ved sida av
# dokumentasjonen (`src/validate/rules/<regel>/nn.ftl`, `src/load/codes/<kode>/nn.ftl`).

## Lister: «a, b eller c».
list-or = eller
list-and = og

## Rapportar.
# Hjelpelinja til ein merknad i format som gir merknaden som éin tekst (GitHub, SARIF).
report-help = hjelp: { $help }
# Ordet framfor hjelpelinja i det menneskelesbare formatet.
report-help-word = hjelp
# Siste linja frå `kplan check`: «2 feil, 1 åtvaring i 8 filer»; råd berre når det finst nokon.
report-summary = { $errors } feil, { $warnings } { $warnings ->
        [one] åtvaring
       *[other] åtvaringar
    }{ $notes ->
        [0] {""}
       *[other] , { $notes } råd
    } i { $files } { $files ->
        [one] fil
       *[other] filer
    }
# Overskrifta til ein plan i ei køyring som kontrollerer fleire planar: id, mappe og tittel.
report-plan-heading = ── plan { $id } ({ $dir }): { $title }
# Siste linja når fleire planar vert kontrollerte: «3 planar: 2 feil, 1 åtvaring i 24 filer».
report-plans-total = { $plans } { $plans ->
        [one] plan
       *[other] planar
    }: { $summary }


## Samandraget på GitHub (`--format github` når GITHUB_STEP_SUMMARY er sett). `$plan` er
## tittelen og mappa til planen.
summary-title = kplan check: { $plan }
summary-passed = Planen står i kontrollen.
summary-failed = Planen står ikkje i kontrollen: køyringa endar med status 1.
summary-not-checked = kplan kunne ikkje kontrollere planen: { $message }
summary-severity = Alvor
summary-place = Stad
summary-rule = Regel
summary-message = Melding
# `$shown` av `$total` merknader står i tabellen.
summary-findings = { $all ->
        [true] { $shown ->
            [one] Merknaden
           *[other] Merknadene
        }
       *[false] Dei { $shown } første av { $total } merknader, feil først
    }:
summary-more = … og { $more } til: køyr `kplan check` på planen for å sjå alle.

## Element. `$kind` er ein av: unit, role, anchoring, ambition, guideline, goal,
## competence-area, need, apprentice, funding, measure, indicator.
kind = { $kind ->
        [unit] eining
        [role] rolle
        [anchoring] forankring
        [ambition] ambisjon
        [guideline] føring
        [goal] mål
        [competence-area] kompetanseområde
        [need] behov
        [apprentice] lærlingoppføring
        [funding] finansieringskjelde
        [measure] tiltak
       *[indicator] indikator
    }
# Typen med ubunden artikkel: «eit mål», «ein indikator».
kind-a = { $kind ->
        [unit] ei eining
        [role] ei rolle
        [anchoring] ei forankring
        [ambition] ein ambisjon
        [guideline] ei føring
        [goal] eit mål
        [competence-area] eit kompetanseområde
        [need] eit behov
        [apprentice] ei lærlingoppføring
        [funding] ei finansieringskjelde
        [measure] eit tiltak
       *[indicator] ein indikator
    }
# Eitt element: «tiltak T1». `$kind` er ei `kind`-melding.
entity = { $kind } { $id }
# Ei rad i bemanningstabellen (radene har ingen id).
entity-workforce-row = ei rad i bemanninga

## R2
# Merkelappane ved `employees` og `fte` i ei bemanningsrad.
row-employees = talet på tilsette
row-fte = årsverk

## CLI
# Det kommandolinja sjølv skriv, utanom merknadene: `src/cli/`, og feila som stoppar ei køyring
# (`kplan::Error`).
# Ein feil som stoppar køyringa: «feil: …».
cli-error = feil: { $message }
# Eit råd frå kommandolinja: «råd: …».
cli-note = råd: { $message }
# Ein tekst som blir gitt vidare som han er: orda til operativsystemet, eller ein feil som berre
# har ord på engelsk.
cli-plain = { $text }
# Ei fil som `init`, `render` eller `schema` har skrive.
cli-wrote = lagra { $path }
cli-bad-date = `{ $date }` er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD
cli-not-a-folder = { $path } er ikkje ei mappe
# `$reason`: orda til operativsystemet.
cli-cannot-read = kan ikkje lese { $path }: { $reason }
cli-cannot-write = kan ikkje skrive { $path }: { $reason }
cli-templates-missing = malmappa { $path } finst ikkje
cli-stdout = kan ikkje skrive til standard utdata: { $reason }
cli-write-symlink = { $path } er ei symbolsk lenkje; kplan skriv aldri gjennom lenkjer (fjern lenkja, eller vel ei anna mappe)
cli-write-not-a-file = { $path } er ikkje ei vanleg fil, så kplan erstattar henne ikkje

# `kplan diff` og `render --since`: dei to sidene i ei samanlikning.
cli-no-plan-above = fann ingen kplan.toml i { $dir } eller i nokon mappe over henne
cli-no-plan-in = ingen plan (kplan.toml) i { $dir }
# `$message` er den første `parse`-merknaden for sida, på språket til planen.
cli-side-does-not-parse = { $side }: { $file }: { $message }
cli-no-working-plan = fann ingen kplan.toml her eller i nokon mappe over; gi òg NEW
cli-git-not-installed = git er ikkje installert (kplan les versjonar med git-kommandoen)
cli-git-not-a-repository = { $dir } er ikkje i eit git-repository, så versjonar kan ikkje lesast
cli-git-unknown-revision = ukjend versjon `{ $rev }` i { $repo }
cli-git-no-plan-top = versjonen `{ $rev }` har ingen plan (kplan.toml) øvst i repositoryet
cli-git-no-plan-at = versjonen `{ $rev }` har ingen plan (kplan.toml) i `{ $dir }`

# `kplan render`.
cli-render-has-errors = planen har feil; rett dei før du lagar dokumentet (`kplan check` viser dei)
cli-render-outside-plan = [render] { $field } = "{ $value }" fører ut av planmappa; kplan les og skriv berre inne i planen (gi ei mappe ein annan stad med --templates eller -o)
cli-render-warnings = { $count } { $count ->
        [one] åtvaring
       *[other] åtvaringar
    }
cli-render-notes = { $count } råd
# `$listed`: «2 åtvaringar og 1 råd».
cli-render-listed = dokumentet viser { $listed } frå kontrollen; køyr `kplan check` for å sjå detaljane
cli-render-not-listed = kontrollen har { $listed }, som dokumentet ikkje viser ([render] show_findings = false); køyr `kplan check` for å sjå dei

# `kplan explain`.
cli-unknown-rule = ukjend regel `{ $name }`
cli-unknown-rule-did-you-mean = ukjend regel `{ $name }`; meinte du `{ $suggestion }`?
cli-explain-lists = `kplan explain` utan ein kode viser alle reglane

# `kplan init`. Spørsmålet om språk blir stilt før språket er valt: på bokmål.
cli-init-ask-language = Språk: nb (bokmål), nn (nynorsk) eller en (engelsk)
cli-init-bad-language = `{ $answer }` er ikkje eitt av språka: svar nb (bokmål), nn (nynorsk) eller en (engelsk)
cli-init-bad-number = `{ $answer }` er ikkje eit kommunenummer: skriv dei fire sifra, t.d. 4601, eller la det stå tomt
cli-init-bad-period = `{ $answer }` er ikkje ein planperiode: skriv første og siste år, t.d. 2025-2028
cli-init-reversed-period = startåret ({ $start }) er etter sluttåret ({ $end }): skriv det første året først, t.d. { $end }-{ $start }
cli-init-bad-format = `{ $answer }` er ikkje eit filformat kplan les: svar yaml eller toml
cli-init-not-empty = { $dir } er ikkje tom: vel ei tom mappe, eller bruk --force for å leggje planen ved sida av filene som er der (ingen fil blir nokon gong erstatta)
# `$files`: éin sti per linje.
cli-init-exists = desse filene finst alt, så ingenting vart skrive:
    { $files }
# Ein verdi `init` valde fordi valet ikkje var gitt og ingen vart spurt.
cli-init-defaulted = --{ $flag } var ikkje gitt, så planen brukar «{ $value }»: endre det i kplan.toml, eller gi --{ $flag } neste gong
cli-init-defaulted-lang = --lang var ikkje gitt, så planen er skriven på bokmål: for nynorsk eller engelsk køyrer du `kplan init` på nytt i ei tom mappe med --lang nn eller --lang en
cli-init-defaulted-format = --format var ikkje gitt, så planfilene er YAML: for TOML køyrer du `kplan init` på nytt i ei tom mappe med --format toml
# `$name`: fila kplan skreiv README-en sin til i staden.
cli-init-readme-renamed = README.md finst alt og vart ståande som ho er; rettleiinga frå kplan til planen står i { $name }
cli-init-gitignore-kept = .gitignore finst alt og vart ståande som ho er: legg til linja `/build/` i henne, så dokumenta som `kplan render` skriv, blir haldne utanfor git

## R1
# Ein strategi slik filene skriv han (`acquire`), med namnet på norsk.
strategy-value = `{ $strategy }` ({ $strategy ->
        [acquire] skaffe
        [develop] utvikle
        [mobilise] mobilisere
       *[phase-out] avvikle
    })
# Ein merknad som kan vere ei følgje av ein ukjend referanse (`unknown-reference`): `$message` er
# den eigne meldinga til merknaden, `$from` elementet som viser til noko («tiltak T5»), `$id`
# id-en som ikkje finst, `$kind` typen han skulle ha vist til («behov»).
cause-unknown-reference = { $message } (kanskje fordi { $from } viser til `{ $id }`, og ingen { $kind } har den id-en)
# Etiketten ved den ukjende referansen; `$meant`: «`B2`» eller «`B1` eller `B3`», kvar ein
# `cause-unknown-reference-id`.
cause-unknown-reference-label = ingen { $kind } har denne id-en: skulle det stå { $meant } her?
cause-unknown-reference-id = `{ $id }`

## P2
## Tal og datoar skrivne på norsk vis (`load::habits`): hjelpa til `parse`-merknader (TOML) og
## `schema`-merknader (YAML). `$fixed` er verdien, eller heile linja, slik ho skal skrivast.
# `$unit` slik han er skriven: `kr`, `%`, `NOK`, `,-`.
habit-unit = skriv berre talet, utan `{ $unit }`: meinte du `{ $fixed }`?
habit-decimal-comma = skriv desimaltal med punktum, ikkje komma: meinte du `{ $fixed }`?
habit-group-space = skriv talet utan mellomrom: meinte du `{ $fixed }`?
habit-group-point = skriv talet utan punktum mellom sifra: meinte du `{ $fixed }`?
habit-date = skriv datoen som år-månad-dag: meinte du `{ $fixed }`?
# `200.000` der det skal stå eit heiltal: `$read` er talet som blir lese (200).
habit-point-is-decimal = punktum er desimalteikn her, så kplan les `{ $value }` som { $read }: meinte du `{ $fixed }`?

# The language in the environment is not one kplan knows.
cli-bad-lang-env = `KPLAN_LANG={ $value }` er ikkje eit språk: bruk nb, nn eller en, eller la han stå tom

# `--format github` kunne ikkje skrive samandraget til fila GITHUB_STEP_SUMMARY peikar på.
cli-step-summary-failed = samandraget kunne ikkje skrivast til `{ $file }` (GITHUB_STEP_SUMMARY): { $error }

# A severity as a word: the column of `kplan explain`. `$severity`: error, warning or note.
severity = { $severity ->
        [error] feil
        [warning] åtvaring
       *[note] råd
    }

# `init --interactive`: the input ended while questions were left.
cli-init-input-ended = inndata tok slutt før alle spørsmåla var svara på, så resten fekk standardsvaret (verdien i hakeparentes): sjekk dei i kplan.toml

# `init` i ei undermappe av eit git-repo: arbeidsflyten blir skriven i rota av repoet.
cli-init-ci-at-root = GitHub les arbeidsflytar berre i rota av repoet, så arbeidsflyten er skriven til { $file } og kontrollerer planen i `{ $plan }`
# `init --ci gitlab` i ei undermappe: `.gitlab-ci.yml` blir skriven i rota av repoet.
cli-init-gitlab-at-root = GitLab les berre `.gitlab-ci.yml` i rota av repoet, så han er skriven til { $file } og kontrollerer planen i `{ $plan }`
# `init --ci gitlab` når repoet har si eiga `.gitlab-ci.yml`: jobbane blir skrivne i planmappa.
cli-init-gitlab-include = { $existing } finst alt og vart ståande som ho er; kplan-jobbane står i `{ $file }`: flytt dei inn i { $existing }, eller ta fila med der med `include: [{"{"} local: '{ $file }' {"}"}]` (då gjeld òg `stages:` og `workflow:` frå ho for heile røyrleidninga)
