"""Allocation of municipal flats: rule sets as data, the scoring engine,
rankings for a vacant flat, what-if comparisons, offers, refusals and the
council decision.

Modules:

- ``rules``      the JSON rule-set format: parsing, validation, bad-practice warnings
- ``engine``     pure scoring and ranking over plain fact dataclasses (no database)
- ``rulesets``   stored rule sets: drafts, adoption, the default from resources/rules
- ``applications``  žádosti o byt with the facts the rules need
- ``ranking``    the ranking of a flat from the database (and its JSON snapshot)
- ``whatif``     current rules vs a draft: who moves, how the shares change
- ``offers``     offer → acceptance / refusal → council decision (frozen snapshot)
- ``printing``   the council ranking list PDF (``kmb print ranking``)
"""
