# Meldingane til `strategy-balance` på nynorsk.
# TODO(translate)

strategy-balance-summary = No need or measure uses the strategy mobilise; the message gives the plan's cost per strategy.
