# Meldingane til `manifest` på nynorsk.
# TODO(translate)

manifest-summary = No `kplan.toml` at the plan root, or a singleton section defined in more than one place.
