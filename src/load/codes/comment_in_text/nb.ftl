# Meldingene til `comment-in-text` på bokmål.

comment-in-text-summary = Tegnet `#` etter et mellomrom i en YAML-tekst uten anførselstegn starter en kommentar og kutter teksten.
# `$kept` er teksten YAML leste, `$comment` det den tok for en kommentar (fra `#` til slutten av
# linjen), `$fixed` linjen med hele teksten i anførselstegn.
comment-in-text = teksten slutter ved `{ $kept }`: i YAML starter `#` etter et mellomrom en kommentar, så `{ $comment }` faller bort
comment-in-text-label = YAML leser dette som en kommentar
comment-in-text-help = hører det til teksten, sett hele teksten i anførselstegn: `{ $fixed }`; er det en kommentar, skriv to mellomrom foran `#` og ett etter
