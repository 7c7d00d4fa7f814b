"""Czech names in the accusative ("kontaktovat Šárku Řezníčkovou") and words
that agree with a person's sex (sám/sama, podal/podala).

No maintained declension library is on the registries this project may use,
so this is a small rule set for the common patterns: -ová/-á → -ou, -ý → -ého,
-í → -ího, -a → -u, -ie → -ii, a hard consonant → -a, a soft one → -e, the
mobile e of -ek/-el (Marek → Marka, Pavel → Pavla). A name it is not sure
about gives None, and the caller writes the nominative after a colon
("kontaktovat: Xaver Kadlec") — never a wrongly declined name."""
# czech-on-purpose: Czech names and their declension
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


# -- other cases: genitive (2), dative (3), vocative (5) -----------------------------------
#
# Letters need more than the accusative: "předat Janu Novákovi" (3rd case),
# "Vážený pane Šimku" (5th), "za nájemce Jana Nováka" (2nd). The same rule set
# as above, and the same promise: a name the rules are unsure about gives None
# and the caller writes the nominative.

_FEMALE_DATIVE = (("cha", "še"), ("ka", "ce"), ("ha", "ze"), ("ga", "ze"), ("ra", "ře"),
                  ("da", "dě"), ("ta", "tě"), ("na", "ně"), ("ba", "bě"), ("pa", "pě"),
                  ("va", "vě"), ("fa", "fě"), ("ma", "mě"), ("la", "le"), ("sa", "se"),
                  ("za", "ze"))
_MALE_VOC = {"Pavel": "Pavle", "Karel": "Karle", "Havel": "Havle", "Daniel": "Danieli",
             "Samuel": "Samueli", "Emanuel": "Emanueli", "Ivo": "Ivo", "Král": "Králi",
             "Němec": "Němče", "Švec": "Ševče"}


def _male_stem(word: str) -> str | None:
    """The stem endings are added to: Novák, Šimk (Šimek), Pavl (Pavel); None
    for the words the rules leave alone (adjectival and vowel endings)."""
    if word in _MALE_ACC:
        return _MALE_ACC[word][:-1]          # Pavla → Pavl, Kadlece → Kadlec
    if word.endswith(("ek", "ěk")) and len(word) > 3:
        return _mobile_e(word)
    if word.endswith(("el", "ec", "o", "e", "i", "u", "y", "ý", "í", "a")):
        return None
    if word.endswith(_SOFT) or word.endswith(_HARD_OR_NEUTRAL):
        return word
    return None


def _male_case(word: str, case: int, given: bool) -> str | None:
    if case == 4:
        return _male_word(word, given)
    if case == 2:
        if word.endswith("a"):
            return None if word.endswith(("ja", "ča", "ša", "ža", "ňa", "ca")) \
                else word[:-1] + "y"            # Svoboda → Svobody
        return _male_word(word, given)           # animate: genitive = accusative
    if word.endswith("ý"):
        return {3: word[:-1] + "ému", 5: word}[case]
    if word.endswith("í"):
        return {3: word + "mu", 5: word}[case]
    if word.endswith("a"):
        return {3: word[:-1] + "ovi", 5: word[:-1] + "o"}[case]    # Svobodovi, Svobodo
    if case == 5 and word in _MALE_VOC:
        return _MALE_VOC[word]
    stem = _male_stem(word)
    if stem is None:
        return None
    if case == 3:
        # "Janu Novákovi": before the surname a given name takes -u/-i, the last -ovi
        if given:
            return stem + ("i" if stem.endswith(_SOFT) else "u")
        return stem + "ovi"
    # vocative
    if stem.endswith(_SOFT):
        return stem + "i"                          # Tomáši, Koláři
    if stem.endswith(("k", "h", "g")) or stem.endswith("ch"):
        return stem + "u"                          # Nováku, Šimku
    if stem.endswith("r") and stem[-2:-1] not in "aeiouyáéíóúůýě":
        return stem[:-1] + "ře"                    # Petr → Petře
    return stem + "e"                              # Jan → Jane, Kubát → Kubáte


def _female_case(word: str, case: int, given: bool) -> str | None:
    if case == 4:
        return _female_word(word, given)
    if word.endswith("á"):                         # Řezníčková, Černá
        return {2: word[:-1] + "é", 3: word[:-1] + "é", 5: word}[case]
    if word.endswith("í"):
        return word                                # Krejčí
    if word.endswith("ie"):
        return {2: word, 3: word[:-1] + "i", 5: word}[case]    # Marie, Marii
    if word.endswith("ce") and given:
        return {2: word, 3: word[:-1] + "i", 5: word}[case]    # Alice, Alici
    if word.endswith("a"):
        if case == 5:
            return word[:-1] + "o"                 # Šárko
        if word[:-1].endswith(_SOFT):
            return word[:-1] + "i"                 # Táňa → Táni, Saša → Saši
        if case == 2:
            return word[:-1] + "y"                 # Šárky
        for end, repl in _FEMALE_DATIVE:
            if word.endswith(end):
                return word[:-len(end)] + repl     # Šárce, Janě, Petře
        return None
    if given and word[-1:].isalpha() and word[-1] not in "eiouy":
        return word                                # Dagmar, Miriam
    return None


def declined(given_name: str, surname: str, case: int, sex: str | None = None) -> str | None:
    """The name in a Czech case (2 genitive, 3 dative, 4 accusative, 5 vocative):
    declined("Jan", "Novák", 3) → "Janu Novákovi"; None when unsure."""
    given_name, surname = (given_name or "").strip(), (surname or "").strip()
    if not given_name or not surname or case not in (2, 3, 4, 5):
        return None
    sex = sex or guess_sex(given_name, surname)
    if sex not in ("M", "F"):
        return None
    decline = _male_case if sex == "M" else _female_case
    out = []
    for words, is_given in ((given_name.split(), True), (surname.split(), False)):
        for word in words:
            parts = [decline(p, case, is_given) for p in word.split("-")]
            if None in parts:
                return None
            out.append("-".join(parts))
    return " ".join(out)


def name_in_case(given_name: str, surname: str, case: int, sex: str | None = None,
                 full_name: str | None = None) -> str:
    """The declined name, or the nominative (``full_name``, titles included,
    when given) for a name the rules do not know — never a wrong form."""
    return declined(given_name, surname, case, sex) or (
        full_name or f"{given_name} {surname}").strip()


def surname_vocative(surname: str, sex: str | None, given_name: str = "") -> str:
    """"Šimku" for Lubomír Šimek, "Řezníčková" for a woman; the nominative when unsure."""
    surname = (surname or "").strip()
    form = declined(given_name or ("Jan" if sex == "M" else "Jana"), surname, 5, sex)
    return form.split(" ", 1)[1] if form and " " in form else surname


def salutation(given_name: str, surname: str, sex: str | None) -> str:
    """"Vážená paní Řezníčková," / "Vážený pane Šimku,"; without a known sex
    the neutral "Vážená paní, vážený pane,"."""
    if sex not in ("M", "F") or not (surname or "").strip():
        return "Vážená paní, vážený pane,"
    if sex == "F":
        return f"Vážená paní {surname_vocative(surname, sex, given_name)},"
    return f"Vážený pane {surname_vocative(surname, sex, given_name)},"


def mr_mrs(sex: str | None) -> str:
    """"pan"/"paní" before a name ("výzva pro paní Šárku Řezníčkovou")."""
    return by_sex(sex, "pan", "paní", "pan/paní")


def case_forms(prefix: str, given_name: str, surname: str, sex: str | None,
               title_before: str | None = None, title_after: str | None = None) -> dict[str, str]:
    """Template values of a person in the cases letters need: ``{prefix}_2p``,
    ``_3p``, ``_4p`` ("Mgr. Šárku Řezníčkovou"), ``osloveni`` and ``pan_pani``;
    an unknown name stays in the nominative."""
    out = {}
    for case in (2, 3, 4):
        name = declined(given_name, surname, case, sex) or f"{given_name} {surname}".strip()
        name = " ".join(p for p in (title_before, name) if p)
        out[f"{prefix}_{case}p"] = f"{name}, {title_after}" if title_after else name
    out["osloveni"] = salutation(given_name, surname, sex)
    out["pan_pani"] = mr_mrs(sex)
    return out


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


def worker_forms(full_name: str, sex: str | None = None) -> dict[str, str]:
    """Worker-facing words of printed documents agreeing with the worker: by the
    sex stored on the user ("F"/"M"), else as the name tells ("sociální
    pracovnice" for Jana Nováková), else both forms ("pracovník/pracovnice")."""
    sex = sex if sex in ("F", "M") else sex_of_full_name(full_name)
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
