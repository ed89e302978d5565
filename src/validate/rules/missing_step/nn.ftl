# Meldingane til `missing-step` på nynorsk.

missing-step-summary = Eitt av dei sju stega har ikkje noko innhald.
# `$step`: 1 til 7; namna er kapitla i dokumentet.
missing-step = steg { $step } («{ $step ->
        [1] Organisering og involvering
        [2] Forankring
        [3] Overordna mål og føringar
        [4] Kva er kompetanse?
        [5] Kompetanse- og bemanningsanalyse
        [6] Kompetansestrategiar og tiltak
       *[7] Gjennomføring, oppfølging og evaluering
    }») har ikkje noko innhald
# `$sections`: seksjonane til steget, kvar ei `missing-step-section`, med «eller».
missing-step-help = legg til { $sections } i ei planfil; `kplan init` viser eit døme på kvart steg
missing-step-section = `{ $section }`
