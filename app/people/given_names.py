"""Common Czech given names, to tell the given name from the surname when a
worker types a name in either order ("sarka reznickova", "Řezníčková Šárka")
and to know the sex a name's declension needs. A name not on the list is not
guessed at: the caller keeps the usual order and says it is unsure."""
# czech-on-purpose: Czech given names (the sex a name implies)
from __future__ import annotations

from dataclasses import dataclass

from ..czech_text import fold

MALE = """
Adam Aleš Alexandr Alois Antonín Bedřich Bohumil Bohuslav Bořivoj Břetislav Ctibor Čeněk
Dalibor Daniel David Dominik Drahomír Dušan Eduard Emil Erik Evžen Filip František Hynek
Ignác Igor Ivan Ivo Jakub Jan Jaromír Jaroslav Jindřich Jiří Josef Kamil Karel Kryštof
Ladislav Leoš Libor Lubomír Luboš Ludvík Lukáš Marcel Marek Martin Matěj Matyáš Michal
Milan Miloslav Miloš Miroslav Oldřich Ondřej Otakar Patrik Pavel Petr Přemysl Radek
Radim Radomír Radovan Richard Robert Roman Rostislav Řehoř Samuel Sebastian Stanislav
Svatopluk Šimon Štěpán Tadeáš Tomáš Vasil Václav Viktor Vilém Vít Vítězslav Vladimír
Vladislav Vlastimil Vojtěch Zbyněk Zdeněk
""".split()
FEMALE = """
Adéla Agáta Alena Alžběta Amálie Andrea Aneta Anežka Anna Antonie Barbora Blanka Bohumila
Bohuslava Božena Dagmar Daniela Dana Denisa Drahomíra Eliška Ema Emilie Eva Gabriela Hana
Helena Irena Iva Ivana Jana Jarmila Jaroslava Jiřina Jitka Johana Julie Kamila Karolína
Kateřina Klára Kristina Kristýna Lenka Libuše Lucie Ludmila Magdaléna Marcela Marie
Markéta Marta Martina Michaela Milada Milena Miloslava Miroslava Monika Natálie Nela
Nikola Olga Pavla Pavlína Petra Radka Renata Romana Růžena Sabina Simona Soňa Stanislava
Šárka Štěpánka Tereza Vanda Vendula Věra Veronika Viktorie Vladimíra Vlasta Zdeňka Zdenka
Zuzana Žaneta
""".split()
_BY_FOLD = {fold(n): (n, "M") for n in MALE} | {fold(n): (n, "F") for n in FEMALE}


def known_given(word: str) -> tuple[str, str] | None:
    """("Šárka", "F") for "sarka"; None for a word not known as a given name."""
    return _BY_FOLD.get(fold(word))


def sex_of_given(name: str) -> str | None:
    """"M", "F" or None, by the first given name."""
    first = (name or "").split()
    hit = known_given(first[0]) if first else None
    return hit[1] if hit else None


def _looks_like_surname(word: str) -> bool:
    return fold(word).endswith(("ova", "ska", "cka", "na", "ny", "sky", "cky"))


@dataclass(frozen=True)
class NameSplit:
    given_name: str
    surname: str
    sure: bool          # False: neither word told which is which — the worker checks


def split_name(words: list[str]) -> NameSplit:
    """Words of a typed name → given name and surname, in either order.

    One word a known given name (the others not) decides; otherwise a surname
    ending (-ová, -ský …) decides; otherwise the register's order (surname
    first) is kept and marked unsure. A known given name gets its spelling
    ("sarka" → "Šárka"); other words only a capital letter."""
    words = [w[:1].upper() + w[1:] for w in words if w]
    if not words:
        return NameSplit("", "", True)
    if len(words) == 1:
        hit = known_given(words[0])
        return NameSplit(hit[0], "", True) if hit else NameSplit("", words[0], True)
    known = [i for i, w in enumerate(words) if known_given(w)]
    if len(known) == 1:
        given_at, sure = known[0], True
    elif len(known) == 2 and len(words) == 2:
        ending = [i for i in range(2) if _looks_like_surname(words[i])]
        given_at, sure = (1 - ending[0], True) if len(ending) == 1 else (1, False)
    else:
        ending = [i for i, w in enumerate(words) if _looks_like_surname(w)]
        given_at = 1 if not ending or ending[0] == 0 else 0
        sure = len(ending) == 1 and len(words) == 2
    given = known_given(words[given_at])
    rest = [w for i, w in enumerate(words) if i != given_at]
    return NameSplit(given[0] if given else words[given_at], " ".join(rest), sure)
