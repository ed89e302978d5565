# Meldingane til `parse` på nynorsk.
# TODO(translate)

parse-summary = A file is not valid TOML/YAML, is not UTF-8, or breaks the parser's safety limits.
