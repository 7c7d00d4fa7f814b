"""English for signing in, the lock and the users tab."""

EN = {
    "Přihlášení – KMB Desk": "Sign in – KMB Desk",
    "Uživatelské jméno": "User name",
    "Heslo": "Password",
    "Přihlásit": "Sign in",
    "Konec": "Quit",
    "První spuštění – heslo správce": "First start – administrator password",
    "Aplikace obsahuje citlivé osobní údaje. Zvolte heslo správce (alespoň 8 znaků); uživatelské účty pracovníků pak založíte v Nastavení → Uživatelé.":
        "The application holds sensitive personal data. Choose the administrator's password "
        "(at least 8 characters); create the staff accounts in Settings → Users.",
    "Heslo znovu": "Password again",
    "Uložit heslo": "Save password",
    "Zamčeno": "Locked",
    "Aplikace se po nečinnosti zamkla. Přihlášen(a): {0}":
        "The application locked itself after inactivity. Signed in: {0}",
    "Odemknout": "Unlock",
    "Nesprávné heslo.": "Wrong password.",
    "Uživatelé": "Users",
    "Jméno": "Name",
    "Role": "Role",
    "Nový uživatel…": "New user…",
    "Nastavit heslo…": "Set password…",
    "Změnit své heslo…": "Change my password…",
    "Zablokovat / odblokovat": "Block / unblock",
    "Hesla zůstávají v této instalaci; do balíčků pro jiné instalace se nepřenášejí.":
        "Passwords stay on this installation; they never travel in bundles.",
    "Nový uživatel": "New user",
    "Jméno a příjmení": "Full name",
    "Založit": "Create",
    "Heslo – {0}": "Password – {0}",
    "Nové heslo": "New password",
}
