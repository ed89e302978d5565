# Meldingane til `grant-outside-scheme` på nynorsk.
# TODO(translate)

grant-outside-scheme-summary = A cost year is before `from_year` or after `until_year` of its funding source.
