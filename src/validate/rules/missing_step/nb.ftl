# Meldingene til `missing-step` på bokmål.

missing-step-summary = Ett av de sju stegene har ikke noe innhold.
# `$step`: 1 til 7; navnene er kapitlene i dokumentet.
missing-step = steg { $step } («{ $step ->
        [1] Organisering og involvering
        [2] Forankring
        [3] Overordnede mål og føringer
        [4] Hva er kompetanse?
        [5] Kompetanse- og bemanningsanalyse
        [6] Kompetansestrategier og tiltak
       *[7] Gjennomføring, oppfølging og evaluering
    }») har ikke noe innhold
# `$sections`: seksjonene til steget, hver en `missing-step-section`, med «eller».
missing-step-help = legg til { $sections } i en planfil; `kplan init` viser et eksempel på hvert steg
missing-step-section = `{ $section }`
