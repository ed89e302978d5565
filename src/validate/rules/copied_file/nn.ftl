# Meldingane til `copied-file` på nynorsk.

copied-file-summary = Ei fil med namn som ein kopi av ei anna planfil (`6-tiltak - Kopi.yaml`) gjentek elementa i henne.
# Merknaden nemner kopien; `$original` er ein sti i planmappa, `$ids` id-ane som blir gjentekne (`T1`, `T2`, …),
# `$count` kor mange dei er.
copied-file = fila er ein kopi av `{ $original }`, og { $count ->
        [one] eitt element
       *[other] { $count } element
    } står i begge ({ $ids })
copied-file-help = slett kopien, eller flytt han ut av planmappa om du vil ta vare på han: kplan les alle planfilene i mappa, så elementa blir talde to gonger
# `$new`: id-ane som berre kopien har.
copied-file-help-new = flytt det som er nytt i kopien ({ $new }), over i `{ $original }`, og slett kopien: kplan les alle planfilene i mappa, så elementa blir talde to gonger
