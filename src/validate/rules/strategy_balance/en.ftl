# Messages of `strategy-balance` in English.

strategy-balance-summary = No need or measure uses the strategy mobilise; the message gives the plan's cost per strategy.
