# Meldingene til `strategy-balance` på bokmål.
# TODO(translate)

strategy-balance-summary = No need or measure uses the strategy mobilise; the message gives the plan's cost per strategy.
