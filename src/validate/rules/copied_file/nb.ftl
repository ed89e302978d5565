# Meldingene til `copied-file` på bokmål.

copied-file-summary = En fil med navn som en kopi av en annen planfil (`6-tiltak - Kopi.yaml`) gjentar elementene i den.
# Merknaden nevner kopien; `$original` er en sti i planmappen, `$ids` id-ene som gjentas (`T1`, `T2`, …),
# `$count` hvor mange de er.
copied-file = filen er en kopi av `{ $original }`, og { $count ->
        [one] ett element
       *[other] { $count } elementer
    } står i begge ({ $ids })
copied-file-help = slett kopien, eller flytt den ut av planmappen hvis du vil ta vare på den: kplan leser alle planfilene i mappen, så elementene telles to ganger
# `$new`: id-ene som bare kopien har.
copied-file-help-new = flytt det som er nytt i kopien ({ $new }), over i `{ $original }`, og slett kopien: kplan leser alle planfilene i mappen, så elementene telles to ganger
