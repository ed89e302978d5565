# Meldingane til `schema` på nynorsk.
# TODO(translate)

schema-summary = Unknown section or field, wrong type, missing required field, enum value not in its list, malformed date.
