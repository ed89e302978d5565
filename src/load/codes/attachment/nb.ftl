# Meldingene til `attachment` på bokmål.

attachment-summary = En fil som kplan.toml viser til i tillegg til planfilene (logoen, et vedlegg), kan ikke brukes: den mangler, ligger utenfor planmappen, er for stor, er av feil type eller er en SVG med aktivt innhold.
# `$file`: stien slik den står i kplan.toml.
attachment-outside = `{ $file }` leder ut av planmappen
attachment-outside-help = kplan leser bare filer inne i planmappen: legg filen der, og oppgi stien fra mappen med kplan.toml, uten `..`
# `$why`: outside (en lenke ut av planmappen), broken (en lenke til ingenting), folder (en mappe), special (en FIFO, en socket eller en enhet).
attachment-refused = { $why ->
    [outside] `{ $file }` er en lenke som leder ut av planmappen, så kplan leser den ikke
    [broken] `{ $file }` er en lenke til en fil som ikke finnes
    [folder] `{ $file }` er en mappe, ikke en fil
   *[special] `{ $file }` er ikke en vanlig fil (men en FIFO, en socket eller en enhet), så kplan leser den ikke
}
attachment-refused-help = { $why ->
    [outside] kopier filen inn i planmappen i stedet for å lenke til den
    [broken] la lenken peke på en fil inne i planmappen, eller oppgi stien til selve filen
    [folder] oppgi stien til filen inne i mappen
   *[special] oppgi stien til en vanlig fil inne i planmappen
}
attachment-missing = `{ $file }` finnes ikke
attachment-missing-help = stien regnes fra mappen med kplan.toml; sjekk stavemåten, også store og små bokstaver
# `$reason`: operativsystemets ord.
attachment-unreadable = kan ikke lese `{ $file }`: { $reason }
attachment-unreadable-help = sjekk at brukeren som kjører kplan, har lov til å lese filen
# `$kind`: logo eller appendix (vedlegg); `$size` og `$limit` i KiB.
attachment-too-large = `{ $file }` er på { $size } KiB, mer enn de { $limit } KiB { $kind ->
    [logo] en logo
   *[appendix] et vedlegg
} kan være på
attachment-too-large-help = { $kind ->
    [logo] et kommunevåpen trenger bare noen få kilobyte: lagre det som SVG, eller som en mindre PNG
   *[appendix] del vedlegget i flere, eller ta ut det som står i andre dokumenter, og vis til dem
}
attachment-logo-format = logoen må være en SVG- eller PNG-fil (`.svg` eller `.png`), ikke `{ $file }`
attachment-logo-format-help = kommunevåpenet finnes som regel som SVG hos kommunens kommunikasjonsavdeling eller på Wikimedia Commons
attachment-not-png = `{ $file }` er ikke et PNG-bilde: filen begynner ikke slik en PNG-fil gjør
attachment-not-png-help = lagre bildet på nytt som PNG, eller gi filen den riktige typen i navnet (`.svg`)
# `$reason`: XML-leserens ord, på engelsk.
attachment-not-svg = `{ $file }` kan ikke leses som SVG: { $reason }
attachment-not-svg-help = lagre bildet på nytt som vanlig SVG (i Inkscape: Lagre som → Vanlig SVG)
# `$removed`: elementene og attributtene slik de står i SVG-filen (`<script>`, `onload`, `xlink:href`).
attachment-svg-unsafe = logoen `{ $file }` har aktivt innhold eller lenker ut av filen ({ $removed }), og det kan ikke et offentlig dokument inneholde
attachment-svg-unsafe-help = et kommunevåpen trenger bare former og farger: fjern skript, lenker og innebygde bilder, eller lagre det som vanlig SVG; senker du alvorlighetsgraden for denne meldingen, vises logoen uten dem
attachment-appendix-format = et vedlegg må være en Markdown-fil (`.md`), ikke `{ $file }`
attachment-appendix-format-help = skriv vedlegget i Markdown i en `.md`-fil; et Word- eller PDF-dokument kan publiseres ved siden av planen og nevnes i teksten
attachment-not-utf8 = `{ $file }` er ikke UTF-8-tekst
attachment-not-utf8-help = lagre filen med tegnkodingen UTF-8 (de fleste redigeringsprogram har det under Lagre som)
attachment-no-title = vedlegget `{ $file }` har ingen tittel
attachment-no-title-help = oppgi `title` i vedleggets `[[appendices]]`, eller begynn filen med en overskrift (`# Mandat for arbeidsgruppen`)
# `$limit`: det høyeste antallet vedlegg en plan kan ha.
attachment-too-many = mer enn { $limit } vedlegg: dette og de som kommer etter, kommer ikke med i dokumentet
attachment-too-many-help = vedleggene får bokstavene B til X; slå sammen korte vedlegg, eller vis til andre dokumenter i teksten
