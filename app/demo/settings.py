"""Demo office settings (an invented office of a real-sized town)."""
from __future__ import annotations

import json

from models.settings import setting_id

from .context import DemoContext

TOWN_SETTINGS = {
    "office.name": "Městský úřad Trutnov",
    "office.department": "Odbor sociálních věcí – kontaktní místo pro bydlení",
    "office.address": "Slovanské náměstí 165, 541 16 Trutnov",
    "office.town": "Trutnov",
    "office.phone": "+420 499 803 111",
    "office.email": "kmb@example.cz",
    "office.signatories": [{"name": "Mgr. Petr Horák", "function": "vedoucí KMB"}],
}
CITY_SETTINGS = dict(TOWN_SETTINGS, **{
    "office.name": "Magistrát města (ukázka)",
    "office.address": "Náměstí 1, 602 00 Brno",
    "office.town": "Brno",
})


def build_settings(ctx: DemoContext) -> None:
    values = CITY_SETTINGS if ctx.size == "city" else TOWN_SETTINGS
    ctx.insert("setting", [dict(id=setting_id(k), key=k,
                                value_json=json.dumps(v, ensure_ascii=False, sort_keys=True))
                           for k, v in values.items()])
