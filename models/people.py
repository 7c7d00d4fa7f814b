"""People and households: person, household, membership, contacts, address."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .dialects import binary_string, postgresql_options
from .base import Base, Synced, enum_column


class Sex(enum.Enum):
    FEMALE = "F"
    MALE = "M"


class Address(Synced, Base):
    """A postal address (RÚIAN-like parts kept separately for sorting and print)."""
    __tablename__ = "address"
    __table_args__ = (
        # Covering: a person list shows these parts; read from this index, a
        # row's address costs one small lookup instead of the key's index and
        # the wide row (migration 0020). Lists name it (INDEXED BY) on SQLite.
        Index("ix_address_line", "id", "street", "house_number", "city"),
    )

    street: Mapped[str | None]             # ulice (or part of town without streets)
    house_number: Mapped[str | None] = mapped_column(String(20))  # č. p./č. o., e.g. "512/12"
    city: Mapped[str | None]
    city_part: Mapped[str | None]          # část obce
    postcode: Mapped[str | None] = mapped_column(String(10))
    ruian_code: Mapped[str | None] = mapped_column(String(20))

    def one_line(self) -> str:
        street = " ".join(p for p in (self.street, self.house_number) if p)
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (street, town) if p)


def _pg_search_order(column: str, n: int) -> Index:
    """PostgreSQL only (migration 0019_pg_search_order): the first ``n`` folded
    letters, then the sort key, so that a short prefix's matches are read in
    the order shown and the read stops at the page."""
    index = Index(f"ix_person_pg_{column.split('_')[1]}_lead{n}",
                  func.left(text(column), text(str(n))), "sort_key", "id"
                  ).ddl_if(dialect="postgresql")
    return postgresql_options(index, postgresql_include=["search_surname", "search_given"],
                              postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL"))


class Person(Synced, Base):
    __tablename__ = "person"
    __table_args__ = (
        # Covering: a name search filters, orders and pages on the index alone
        # and reads the table only for the page it shows; the other name column
        # is there for the second token of "novak jan" (migration 0019).
        Index("ix_person_search_surname", "search_surname", "search_given", "sort_key", "id",
              "deleted_at", "merged_into_id"),
        Index("ix_person_search_given", "search_given", "search_surname", "sort_key", "id",
              "deleted_at", "merged_into_id"),
        # Covering, in list order: a list or search page and the whole listing
        # read the shown columns from here, with no sorter and no table row read
        # (migration 0020). Never put special-category data (health …) or the
        # rodné číslo here: only what a list row shows.
        Index("ix_person_list", "sort_key", "id", "surname", "given_name", "birth_date",
              "permanent_address_id", "deleted_at", "merged_into_id"),
        Index("ix_person_birth_date", "birth_date"),
        Index("ix_person_birth_number", "birth_number"),
        *(_pg_search_order(column, n) for column in ("search_surname", "search_given")
          for n in (1, 2)),
    )

    title_before: Mapped[str | None] = mapped_column(String(40))
    given_name: Mapped[str]
    surname: Mapped[str]
    title_after: Mapped[str | None] = mapped_column(String(40))
    birth_date: Mapped[dt.date | None]
    # Rodné číslo, digits only (no slash); protected data: optional, a birth date can do.
    birth_number: Mapped[str | None] = mapped_column(String(10))
    sex: Mapped[Sex | None] = enum_column(Sex)
    citizenship: Mapped[str | None] = mapped_column(String(60))
    permanent_address_id: Mapped[str | None] = mapped_column(ForeignKey("address.id"))
    contact_address_id: Mapped[str | None] = mapped_column(ForeignKey("address.id"))
    note: Mapped[str | None] = mapped_column(Text)
    # Derived, maintained by app/ on every write: diacritics-free lower-case name
    # parts for search, and a Czech collation key for ordering.
    search_surname: Mapped[str] = mapped_column(binary_string(200), default="")
    search_given: Mapped[str] = mapped_column(binary_string(200), default="")
    sort_key: Mapped[str] = mapped_column(binary_string(400), default="")
    # Set when this record was merged into another (the survivor).
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))

    permanent_address: Mapped[Address | None] = relationship(foreign_keys=[permanent_address_id])
    contact_address: Mapped[Address | None] = relationship(foreign_keys=[contact_address_id])
    contacts: Mapped[list[PersonContact]] = relationship(back_populates="person")
    memberships: Mapped[list[HouseholdMember]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        parts = [self.title_before, self.given_name, self.surname]
        name = " ".join(p for p in parts if p)
        return f"{name}, {self.title_after}" if self.title_after else name


class ContactKind(enum.Enum):
    PHONE = "phone"
    EMAIL = "email"
    DATA_BOX = "data_box"   # datová schránka
    OTHER = "other"


class PersonContact(Synced, Base):
    __tablename__ = "person_contact"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[ContactKind] = enum_column(ContactKind)
    value: Mapped[str]
    note: Mapped[str | None]

    person: Mapped[Person] = relationship(back_populates="contacts")


class Household(Synced, Base):
    __tablename__ = "household"

    name: Mapped[str]                       # e.g. "Novákovi"
    address_id: Mapped[str | None] = mapped_column(ForeignKey("address.id"))
    note: Mapped[str | None] = mapped_column(Text)

    address: Mapped[Address | None] = relationship()
    members: Mapped[list[HouseholdMember]] = relationship(back_populates="household")


class Relation(enum.Enum):
    HEAD = "head"             # žadatel / hlava domácnosti
    PARTNER = "partner"       # manžel(ka), partner(ka)
    CHILD = "child"           # dítě
    PARENT = "parent"         # rodič
    SIBLING = "sibling"       # sourozenec
    GRANDCHILD = "grandchild" # vnouče
    GRANDPARENT = "grandparent"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"           # jiný vztah (spolubydlící)


class HouseholdMember(Synced, Base):
    __tablename__ = "household_member"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    relation: Mapped[Relation] = enum_column(Relation, default=Relation.OTHER)
    since: Mapped[dt.date | None]
    until: Mapped[dt.date | None]

    household: Mapped[Household] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="memberships")


class PossibleDuplicate(Synced, Base):
    """Two person records that may be one person (flagged at intake or after
    a bundle import); a worker merges them or marks them as different.
    The id derives from the sorted pair, so a flag raised on two
    installations merges into one."""
    __tablename__ = "possible_duplicate"

    person_a_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    person_b_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    reason: Mapped[str] = mapped_column(String(60))   # "birth_number", "name_birth_date"
    resolution: Mapped[str | None] = mapped_column(String(20))  # "merged", "different"
    resolved_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
