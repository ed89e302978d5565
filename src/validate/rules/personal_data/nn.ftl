# Meldingane til `personal-data` på nynorsk.

personal-data-summary = Ein tekst inneheld eit gyldig norsk identitetsnummer (fødselsnummer eller D-nummer).
# `$masked`: dei to første sifra i nummeret og ni stjerner (`01*********`); aldri heile nummeret.
personal-data = dette ser ut som eit fødselsnummer eller D-nummer ({ $masked })
personal-data-label = identitetsnummer
# Ved ein heil tekstverdi, når nummeret først syner seg når escape-sekvensar og linjeskift er tolka.
personal-data-decoded-label = inneheld eit identitetsnummer når escape-sekvensar og linjeskift er tolka
personal-data-help = fjern det: ein plan som blir send til eit folkevalt organ, er offentleg, og han skal ikkje innehalde andre personopplysningar enn namna og rollene til dei som har gjort arbeidet
