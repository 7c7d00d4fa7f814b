"""Staff accounts as lists for choosing a worker (assignment, sync scope), and
a local login for a worker who arrived from another installation."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models.people import Sex
from models.staff import Role, User

from . import audit
from .auth import MIN_PASSWORD, _USERNAME
from .czech_names import sex_of_full_name
from .czech_text import sort_key
from .db import Database
from .errors import ValidationError
from .keyslots import KeyFile
from .rows import get_live, live
from .security import Actor, Permission, hash_password
from .i18n import _

# A worker received in a bundle has this user name prefix (app/sync/codec.py):
# no one can sign in with it until an administrator here gives them a login.
RECEIVED_PREFIX = "~"


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    sex: str | None = None        # "F"/"M"; None: not set yet

    @property
    def received(self) -> bool:
        """Arrived from another installation and has no login here yet."""
        return self.username.startswith(RECEIVED_PREFIX)

    @property
    def login(self) -> str:
        """The user name to show: none for a received worker (not ``~<id>``)."""
        return "" if self.received else self.username


def list_users(db: Database, actor: Actor, *, include_inactive: bool = False,
               roles: tuple[Role, ...] | None = None) -> list[UserRow]:
    """Active staff ordered by name (Czech collation); any signed-in user may list them."""
    stmt = select(User).where(live(User))
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    if roles:
        stmt = stmt.where(User.role.in_(roles))
    with db.reading() as s:
        rows = [UserRow(u.id, u.username, u.full_name, u.role, u.active,
                        u.sex.value if u.sex else None) for u in s.scalars(stmt)]
    return sorted(rows, key=lambda u: sort_key(u.full_name))


@dataclass(frozen=True)
class Login:
    username: str
    role: Role
    password: str
    password_again: str


def give_login(db: Database, actor: Actor, user_id: str, data: Login) -> None:
    """A received worker gets a user name, a role and a password here (and on
    an encrypted database a key slot). The name and contacts stay shared; the
    login never travels in a bundle."""
    actor.require(Permission.MANAGE_USERS)
    username = (data.username or "").strip().lower()
    errors = {}
    if not _USERNAME.match(username):
        errors["username"] = (_("Uživatelské jméno: malá písmena bez diakritiky, číslice, tečka, "
                              "např. jana.novakova."))
    if len(data.password or "") < MIN_PASSWORD:
        errors["password"] = _("Heslo musí mít alespoň {MIN_PASSWORD} znaků.").format(MIN_PASSWORD=MIN_PASSWORD)
    elif data.password != data.password_again:
        errors["password_again"] = _("Hesla se neshodují – napište je znovu.")
    if errors:
        raise ValidationError.from_errors(errors)
    with db.transaction() as s:
        user = get_live(s, User, user_id, _("Uživatel"))
        if not user.username.startswith(RECEIVED_PREFIX):
            raise ValidationError(_("{full_name} už má přihlášení „{username}“; heslo změníte "
                                    "tlačítkem Nastavit heslo.").format(full_name=user.full_name, username=user.username))
        if s.scalar(select(User.id).where(User.username == username, live(User))):
            raise ValidationError(_("Uživatel „{username}“ už existuje.").format(username=username), field="username")
        user.username = username
        user.role = data.role
        user.active = True
        user.password_hash = hash_password(data.password)
        audit.record(s, actor, "update", "user", user.id,
                     {"login": username, "role": data.role.value})
        if db.key is not None and db.path is not None:     # a failure rolls the login back
            keys = KeyFile.load(db.path)
            keys.set_slot(username, data.password, db.key)
            keys.save()


def suggested_sex(full_name: str) -> str | None:
    """"F"/"M" guessed from a worker's Czech given name (or a surname in -ová),
    offered in the user form for a person to confirm; never stored by itself."""
    return sex_of_full_name(full_name)


def set_user_sex(db: Database, actor: Actor, user_id: str, sex: str | None) -> None:
    """Store the worker's sex as an administrator confirmed it ("F", "M", or
    None for not stated): printed documents then use the agreeing words."""
    actor.require(Permission.MANAGE_USERS)
    if sex not in (None, "F", "M"):
        raise ValidationError(_("Pohlaví: zvolte žena, muž, nebo neuvedeno."), field="sex")
    with db.transaction() as s:
        user = get_live(s, User, user_id, _("Uživatel"))
        old = user.sex.value if user.sex else None
        if old == sex:
            return
        user.sex = Sex(sex) if sex else None
        audit.record(s, actor, "update", "user", user.id, {"sex": sex, "was": old})


def sex_of_user(session, user_id: str | None) -> str | None:
    """The stored sex of a worker ("F"/"M"), for documents built in a session."""
    user = session.get(User, user_id) if user_id else None
    return user.sex.value if user is not None and user.sex else None
