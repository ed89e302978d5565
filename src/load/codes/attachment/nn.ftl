# Meldingane til `attachment` på nynorsk.

attachment-summary = Ei fil som kplan.toml viser til i tillegg til planfilene (logoen, eit vedlegg), kan ikkje brukast: ho manglar, ligg utanfor planmappa, er for stor, er av feil type eller er ein SVG med aktivt innhald.
# `$file`: stien slik han står i kplan.toml.
attachment-outside = `{ $file }` leier ut av planmappa
attachment-outside-help = kplan les berre filer inne i planmappa: legg fila der, og oppgi stien frå mappa med kplan.toml, utan `..`
# `$why`: outside (ei lenkje ut av planmappa), broken (ei lenkje til ingenting), folder (ei mappe), special (ein FIFO, ein socket eller ei eining).
attachment-refused = { $why ->
    [outside] `{ $file }` er ei lenkje som leier ut av planmappa, så kplan les henne ikkje
    [broken] `{ $file }` er ei lenkje til ei fil som ikkje finst
    [folder] `{ $file }` er ei mappe, ikkje ei fil
   *[special] `{ $file }` er ikkje ei vanleg fil (men ein FIFO, ein socket eller ei eining), så kplan les henne ikkje
}
attachment-refused-help = { $why ->
    [outside] kopier fila inn i planmappa i staden for å lenkje til henne
    [broken] la lenkja peike på ei fil inne i planmappa, eller oppgi stien til sjølve fila
    [folder] oppgi stien til fila inne i mappa
   *[special] oppgi stien til ei vanleg fil inne i planmappa
}
attachment-missing = `{ $file }` finst ikkje
attachment-missing-help = stien blir rekna frå mappa med kplan.toml; sjekk stavemåten, også store og små bokstavar
# `$reason`: orda til operativsystemet.
attachment-unreadable = kan ikkje lese `{ $file }`: { $reason }
attachment-unreadable-help = sjekk at brukaren som køyrer kplan, har lov til å lese fila
# `$kind`: logo eller appendix (vedlegg); `$size` og `$limit` i KiB.
attachment-too-large = `{ $file }` er på { $size } KiB, meir enn dei { $limit } KiB { $kind ->
    [logo] ein logo
   *[appendix] eit vedlegg
} kan vere på
attachment-too-large-help = { $kind ->
    [logo] eit kommunevåpen treng berre nokre få kilobyte: lagre det som SVG, eller som ein mindre PNG
   *[appendix] del vedlegget i fleire, eller ta ut det som står i andre dokument, og vis til dei
}
attachment-logo-format = logoen må vere ei SVG- eller PNG-fil (`.svg` eller `.png`), ikkje `{ $file }`
attachment-logo-format-help = kommunevåpenet finst som regel som SVG hos kommunikasjonsavdelinga i kommunen eller på Wikimedia Commons
attachment-not-png = `{ $file }` er ikkje eit PNG-bilete: fila byrjar ikkje slik ei PNG-fil gjer
attachment-not-png-help = lagre biletet på nytt som PNG, eller gi fila den rette typen i namnet (`.svg`)
# `$reason`: orda til XML-lesaren, på engelsk.
attachment-not-svg = `{ $file }` kan ikkje lesast som SVG: { $reason }
attachment-not-svg-help = lagre biletet på nytt som vanleg SVG (i Inkscape: Lagre som → Vanleg SVG)
# `$removed`: elementa og attributta slik dei står i SVG-fila (`<script>`, `onload`, `xlink:href`).
attachment-svg-unsafe = logoen `{ $file }` har aktivt innhald eller lenkjer ut av fila ({ $removed }), og det kan ikkje eit offentleg dokument innehalde
attachment-svg-unsafe-help = eit kommunevåpen treng berre former og fargar: fjern skript, lenkjer og innebygde bilete, eller lagre det som vanleg SVG; senkar du alvorsgraden for denne meldinga, blir logoen vist utan dei
attachment-appendix-format = eit vedlegg må vere ei Markdown-fil (`.md`), ikkje `{ $file }`
attachment-appendix-format-help = skriv vedlegget i Markdown i ei `.md`-fil; eit Word- eller PDF-dokument kan publiserast ved sida av planen og nemnast i teksten
attachment-not-utf8 = `{ $file }` er ikkje UTF-8-tekst
attachment-not-utf8-help = lagre fila med teiknkodinga UTF-8 (dei fleste redigeringsprogram har det under Lagre som)
attachment-no-title = vedlegget `{ $file }` har ingen tittel
attachment-no-title-help = oppgi `title` i `[[appendices]]` for vedlegget, eller byrj fila med ei overskrift (`# Mandat for arbeidsgruppa`)
# `$limit`: det høgaste talet på vedlegg ein plan kan ha.
attachment-too-many = meir enn { $limit } vedlegg: dette og dei som kjem etter, kjem ikkje med i dokumentet
attachment-too-many-help = vedlegga får bokstavane B til X; slå saman korte vedlegg, eller vis til andre dokument i teksten
