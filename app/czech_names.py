"""Czech names in the accusative ("kontaktovat Šárku Řezníčkovou") and words
that agree with a person's sex (sám/sama, podal/podala).

No maintained declension library is on the registries this project may use,
so this is a small rule set for the common patterns: -ová/-á → -ou, -ý → -ého,
-í → -ího, -a → -u, -ie → -ii, a hard consonant → -a, a soft one → -e, the
mobile e of -ek/-el (Marek → Marka, Pavel → Pavla). A name it is not sure
about gives None, and the caller writes the nominative after a colon
("kontaktovat: Xaver Kadlec") — never a wrongly declined name."""
from __future__ import annotations

from .people.given_names import sex_of_given

_SOFT = tuple("šžčřcjďťň")
_HARD_OR_NEUTRAL = tuple("bdfghklmnprstvzx")
_SOFTEN = {"n": "ň", "d": "ď", "t": "ť"}          # Zdeněk → Zdeňka
# exceptions of the common patterns (the rule would give the wrong form)
_MALE_ACC = {"Král": "Krále", "Pavel": "Pavla", "Karel": "Karla", "Havel": "Havla",
             "Němec": "Němce", "Kadlec": "Kadlece", "Švec": "Švece", "Ivo": "Iva",
             "Daniel": "Daniela", "Samuel": "Samuela", "Emanuel": "Emanuela"}


def guess_sex(given_name: str, surname: str) -> str | None:
    """"M"/"F" from the given name, else from a female surname ending."""
    sex = sex_of_given(given_name)
    if sex:
        return sex
    if (surname or "").endswith(("ová", "á")):
        return "F"
    return None


def _mobile_e(word: str) -> str:
    """Marek → Mark, Zdeněk → Zdeňk (before the ending -a)."""
    stem = word[:-2]
    if word.endswith("ěk") and stem[-1:] in _SOFTEN:
        return stem[:-1] + _SOFTEN[stem[-1]] + "k"
    return stem + "k"


def _male_word(word: str, given: bool) -> str | None:
    if word in _MALE_ACC:
        return _MALE_ACC[word]
    if word.endswith("ý"):
        return word[:-1] + "ého"
    if word.endswith("í"):
        return word + "ho"
    if word.endswith("a"):
        return word[:-1] + "u"
    if word.endswith(("ek", "ěk")) and len(word) > 3:
        return _mobile_e(word) + "a"
    if word.endswith(("el", "ec", "o", "e", "i", "u", "y")):
        return None                      # -el/-ec vary (Pavel, Daniel, Němec, Kadlec)
    if word.endswith(_SOFT):
        return word + "e"
    if word.endswith(_HARD_OR_NEUTRAL):
        return word + "a"
    return None


def _female_word(word: str, given: bool) -> str | None:
    if word.endswith("á"):
        return word[:-1] + "ou"          # Řezníčková, Černá
    if word.endswith("í"):
        return word                      # Krejčí
    if word.endswith("ie"):
        return word[:-1] + "i"           # Marie → Marii
    if word.endswith("ce") and given:
        return word[:-1] + "i"           # Alice → Alici
    if word.endswith("a"):
        return word[:-1] + "u"           # Šárka → Šárku
    if given and word[-1:].isalpha() and word[-1] not in "eiouy":
        return word                      # Dagmar, Miriam
    return None


def accusative(given_name: str, surname: str, sex: str | None = None) -> str | None:
    """"Šárku Řezníčkovou" for ("Šárka", "Řezníčková"); None when unsure."""
    given_name, surname = (given_name or "").strip(), (surname or "").strip()
    if not given_name or not surname:
        return None
    sex = sex or guess_sex(given_name, surname)
    if sex not in ("M", "F"):
        return None
    decline = _male_word if sex == "M" else _female_word
    out = []
    for words, is_given in ((given_name.split(), True), (surname.split(), False)):
        for word in words:
            if "-" in word:                # double surnames: each part
                parts = [decline(p, is_given) for p in word.split("-")]
                if None in parts:
                    return None
                out.append("-".join(parts))
                continue
            form = decline(word, is_given)
            if form is None:
                return None
            out.append(form)
    return " ".join(out)


def verb_with_name(verb: str, given_name: str, surname: str, sex: str | None = None) -> str:
    """"kontaktovat Šárku Řezníčkovou", or "kontaktovat: Xaver Kadlec" when unsure."""
    declined = accusative(given_name, surname, sex)
    if declined:
        return f"{verb} {declined}"
    return f"{verb}: {given_name} {surname}".strip()


def sex_of_full_name(full_name: str) -> str | None:
    """"M"/"F" for a worker's "Jana Nováková" (given name first, as staff
    names are kept), or None when neither word tells."""
    words = (full_name or "").split()
    for word in words:
        sex = sex_of_given(word)
        if sex:
            return sex
    return "F" if words and words[-1].endswith(("ová", "á")) else None


def worker_forms(full_name: str) -> dict[str, str]:
    """Worker-facing words of printed documents agreeing with the worker:
    "sociální pracovnice" for Jana Nováková, "sociální pracovník/pracovnice"
    when the name does not tell (no sex is stored for staff)."""
    sex = sex_of_full_name(full_name)
    return {
        "social_worker": by_sex(sex, "sociální pracovník", "sociální pracovnice",
                                "sociální pracovník/pracovnice"),
        "of_social_worker": by_sex(sex, "sociálního pracovníka", "sociální pracovnice",
                                   "sociálního pracovníka/pracovnice"),
        "prepared": by_sex(sex, "zpracoval", "zpracovala", "zpracoval(a)"),
        "did": by_sex(sex, "provedl", "provedla", "provedl(a)"),
    }


def by_sex(sex: str | None, male: str, female: str, unknown: str | None = None) -> str:
    """The word that agrees with the person: by_sex("F", "sám", "sama") → "sama"."""
    if sex == "F":
        return female
    if sex == "M":
        return male
    return unknown if unknown is not None else f"{male}/{female}"


def referral_check(given_name: str, surname: str, sex: str | None, partner: str) -> str:
    """The follow-up task of a referral, the verbs agreeing with the person:
    "Ověřit, zda Šárka Řezníčková dorazila (předána: Charita Trutnov)"."""
    name = f"{given_name} {surname}".strip()
    came = by_sex(sex, "dorazil", "dorazila", "dorazil(a)")
    sent = by_sex(sex, "předán", "předána", "předán(a)")
    return f"Ověřit, zda {name} {came} ({sent}: {partner})"
