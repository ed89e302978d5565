# Messages of `ignored-file` in English.

ignored-file-summary = A file looks like a plan file but is not read as one (`6-tiltak.yaml.txt`): rename it.
# The finding names the file; `$meant` is the name it was meant to have.
ignored-file = the file is not read as a plan file: rename it to `{ $meant }`
ignored-file-help = Windows adds `.txt` when a file is saved as a text document, and Explorer hides it unless "File name extensions" is turned on under View
# `$meant` (a plan file beside it) is read.
ignored-file-beside = the file is not read as a plan file, but `{ $meant }` beside it is
ignored-file-help-beside = if this file is an old copy, delete it; if it holds something `{ $meant }` lacks, move that into `{ $meant }` first
