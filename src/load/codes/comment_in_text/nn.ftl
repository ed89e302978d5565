# Meldingane til `comment-in-text` på nynorsk.

comment-in-text-summary = Teiknet `#` etter eit mellomrom i ein YAML-tekst utan hermeteikn startar ein kommentar og kuttar teksten.
# `$kept` er teksten YAML las, `$comment` det han tok for ein kommentar (frå `#` til slutten av
# linja), `$fixed` linja med heile teksten i hermeteikn.
comment-in-text = teksten sluttar ved `{ $kept }`: i YAML startar `#` etter eit mellomrom ein kommentar, så `{ $comment }` fell bort
comment-in-text-label = YAML les dette som ein kommentar
comment-in-text-help = høyrer det til teksten, set heile teksten i hermeteikn: `{ $fixed }`; er det ein kommentar, skriv to mellomrom framfor `#` og eitt etter
