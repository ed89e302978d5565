# Meldingene til `personal-data` på bokmål.

personal-data-summary = En tekst inneholder et gyldig norsk identitetsnummer (fødselsnummer eller D-nummer).
# `$masked`: de to første sifrene i nummeret og ni stjerner (`01*********`); aldri hele nummeret.
personal-data = dette ser ut som et fødselsnummer eller D-nummer ({ $masked })
personal-data-label = identitetsnummer
# Ved en hel tekstverdi, når nummeret først viser seg når escape-sekvenser og linjeskift er tolket.
personal-data-decoded-label = inneholder et identitetsnummer når escape-sekvenser og linjeskift er tolket
personal-data-help = fjern det: en plan som sendes til et folkevalgt organ, er offentlig, og den skal ikke inneholde andre personopplysninger enn navn og roller til dem som har gjort arbeidet
