# Messages of `indicator-incomplete` in English.

indicator-incomplete-summary = An indicator has no baseline or no target.
