# Messages of `grant-not-eligible` in English.

grant-not-eligible-summary = A `collective_only` funding source pays for a measure with `form: individual` or arena `further-education`.
# `$measure` is "measure T1", `$source` the funding source's name.
grant-not-eligible-individual = { $measure } is an individual measure, but { $source } funds only collective, workplace-based development
grant-not-eligible-further-education = { $measure } is further education, but { $source } funds only collective, workplace-based development
grant-not-eligible-label = not eligible
grant-not-eligible-individual-help = pay it from another source (the own budget, a scheme for further education), or make the measure collective (`form: collective`) if a unit learns together
grant-not-eligible-further-education-help = pay the further education from another source (the own budget, a scheme for further education such as Kompetanse for kvalitet), or change `arena` if the measure is workplace-based learning
