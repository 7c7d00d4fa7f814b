"""The crisis / guarantee fund (Krizový fond): yearly budget, requests,
decisions, payments, repayment plans and repayments."""
