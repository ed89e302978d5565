# Messages of `manifest` in English.

manifest-summary = No `kplan.toml` at the plan root, or a singleton section defined in more than one place.
# `$folder`: the folder kplan was started in.
manifest-missing = no kplan.toml in { $folder } or any folder above it
manifest-missing-help = run kplan inside a plan folder, or create one with `kplan init`
manifest-empty = kplan.toml is empty
manifest-empty-help = start it with a `[plan]` table with `title`, `municipality`, `scope`, `period` and `status`, or create a new plan with `kplan init`
# `$section`: `organisation`, `competence` or `evaluation`; `$path`: the file it is first in.
manifest-singleton-twice = `{ $section }` is given more than once (first in { $path })
manifest-singleton-twice-label = given again here
manifest-singleton-twice-related = given first here
manifest-singleton-twice-help = a plan has one `{ $section }`: keep one of them and move what the other holds into it
