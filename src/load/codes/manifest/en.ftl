# Messages of `manifest` in English.

manifest-summary = No `kplan.toml` at the plan root, or a singleton section defined in more than one place.
