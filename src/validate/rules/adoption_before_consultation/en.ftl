# Messages of `adoption-before-consultation` in English.

adoption-before-consultation-summary = The adoption date is before the earliest dated anchoring of kind `employee-organisations` (the drøfting with the unions).
