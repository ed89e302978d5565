# Messages of `schema` in English.

schema-summary = Unknown section or field, wrong type, missing required field, enum value not in its list, malformed date.
