"""Word lists for generated demo data. Only invented combinations: no real
person's data is in the repository, tests or screenshots."""

MALE_GIVEN = [
    "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Jiří", "Miroslav",
    "Zdeněk", "Václav", "Michal", "František", "Jakub", "Milan", "Karel", "Lukáš", "David",
    "Ondřej", "Vojtěch", "Matěj", "Adam", "Filip", "Štěpán", "Radek", "Roman", "Aleš",
    "Lubomír", "Vlastimil", "Dominik", "Šimon", "Antonín", "Stanislav", "Bohumil",
    "Ladislav", "Oldřich", "Vít", "Řehoř", "Kryštof", "Marek",
]
FEMALE_GIVEN = [
    "Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra", "Alena",
    "Petra", "Jaroslava", "Veronika", "Martina", "Tereza", "Michaela", "Zuzana", "Ludmila",
    "Helena", "Jitka", "Ivana", "Zdeňka", "Markéta", "Barbora", "Adéla", "Eliška",
    "Kristýna", "Natálie", "Karolína", "Šárka", "Dagmar", "Jiřina", "Božena", "Růžena",
    "Vlasta", "Žaneta", "Simona", "Nikola", "Klára", "Anežka",
]
# (male form, female form)
SURNAMES = [
    ("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Svoboda", "Svobodová"),
    ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová"),
    ("Pokorný", "Pokorná"), ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"),
    ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová"),
    ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"),
    ("Sedláček", "Sedláčková"), ("Doležal", "Doležalová"), ("Zeman", "Zemanová"),
    ("Kolář", "Kolářová"), ("Navrátil", "Navrátilová"), ("Čermák", "Čermáková"),
    ("Urban", "Urbanová"), ("Vaněk", "Vaňková"), ("Blažek", "Blažková"),
    ("Kříž", "Křížová"), ("Kovář", "Kovářová"), ("Bartoš", "Bartošová"),
    ("Vlček", "Vlčková"), ("Polák", "Poláková"), ("Musil", "Musilová"),
    ("Kopecký", "Kopecká"), ("Šimek", "Šimková"), ("Konečný", "Konečná"),
    ("Malý", "Malá"), ("Holub", "Holubová"), ("Štěpánek", "Štěpánková"),
    ("Kadlec", "Kadlecová"), ("Dostál", "Dostálová"), ("Šťastný", "Šťastná"),
    ("Řehák", "Řeháková"), ("Žák", "Žáková"), ("Chalupa", "Chalupová"),
    ("Říha", "Říhová"), ("Ševčík", "Ševčíková"), ("Hrubý", "Hrubá"),
    ("Mareš", "Marešová"), ("Janda", "Jandová"), ("Čech", "Čechová"),
    ("Tichý", "Tichá"), ("Krejčí", "Krejčí"), ("Bureš", "Burešová"),
    ("Chvátal", "Chvátalová"), ("Ondráček", "Ondráčková"), ("Dušek", "Dušková"),
    ("Horváth", "Horváthová"), ("Lakatoš", "Lakatošová"), ("Oláh", "Oláhová"),
    ("Ďuriš", "Ďurišová"), ("Hruška", "Hrušková"), ("Chlup", "Chlupová"),
    ("Šebesta", "Šebestová"), ("Vávra", "Vávrová"), ("Tůma", "Tůmová"),
]
TOWN = {
    "city": "Trutnov",
    "postcodes": ["541 01", "541 02", "541 03"],
    "parts": ["Horní Předměstí", "Střední Předměstí", "Dolní Předměstí", "Poříčí",
              "Voletiny", "Bohuslavice", "Babí", "Starý Rokytník"],
    "streets": [
        "Horská", "Palackého", "Krakonošovo náměstí", "Náchodská", "Žižkova", "Polská",
        "Úpická", "Kryblická", "Jihoslovanská", "Gorkého", "Na Nivách", "Lesnická",
        "Benešova", "Revoluční", "Nádražní", "Pražská", "Školní", "Komenského",
        "Svatojánská", "Bulharská", "Rooseveltova", "Spojená", "Zahradní", "Lípová",
        "Nerudova", "Dělnická", "Šikmá", "Husitská", "Voletinská", "Dlouhá",
        "Chelčického", "Říční", "Žďárská", "Čelakovského", "Dukelská", "Křižíkova",
    ],
}
CITY = {
    "city": "Brno",
    "postcodes": ["602 00", "612 00", "615 00", "616 00", "617 00", "618 00", "621 00",
                  "623 00", "625 00", "628 00", "635 00", "638 00"],
    "parts": ["Brno-střed", "Královo Pole", "Židenice", "Líšeň", "Bystrc", "Bohunice",
              "Starý Lískovec", "Žabovřesky", "Řečkovice", "Černovice", "Husovice"],
    "streets": TOWN["streets"] + [
        "Cejl", "Bratislavská", "Francouzská", "Körnerova", "Vranovská", "Merhautova",
        "Štefánikova", "Kounicova", "Veveří", "Úvoz", "Křenová", "Přízova", "Zábrdovická",
        "Vaňkovo náměstí", "Jírovcova", "Kamenná", "Štýřická", "Dornych", "Hybešova",
        "Křídlovická", "Vídeňská", "Heršpická", "Slámova", "Jugoslávská", "Tomkovo náměstí",
    ],
}
