"""RÚIAN address points (ČÚZK's open export of the register of addresses).

Local reference data, never synchronised: every installation imports the
public file itself (``kmb addresses import``), so a bundle never carries
millions of public rows and peers need not agree on the file's date. Person
addresses and buildings keep the point's code (kód ADM) as plain text, which
travels with them; an installation without the file still shows the text.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .dialects import binary_string


class RuianAddress(Base):
    __tablename__ = "ruian_address"
    __table_args__ = (
        # Covering: completing a street reads distinct names straight off the index.
        Index("ix_ruian_address_street_search", "street_search", "municipality_code",
              "street_label", "municipality"),
        Index("ix_ruian_address_street", "municipality_code", "street_label", "house_no"),
    )

    code: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # kód ADM
    municipality_code: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(String(100))            # název obce
    momc_code: Mapped[int | None] = mapped_column(Integer)
    momc: Mapped[str | None] = mapped_column(String(100))             # městský obvod/část
    prague_district_code: Mapped[int | None] = mapped_column(Integer)
    prague_district: Mapped[str | None] = mapped_column(String(100))
    town_part_code: Mapped[int] = mapped_column(Integer)
    town_part: Mapped[str] = mapped_column(String(100))               # název části obce
    street_code: Mapped[int | None] = mapped_column(Integer)
    street: Mapped[str | None] = mapped_column(String(150))           # název ulice
    building_kind: Mapped[str] = mapped_column(String(10))            # typ SO: č.p. / č.ev.
    house_no: Mapped[int] = mapped_column(Integer)                    # číslo domovní
    orientation_no: Mapped[int | None] = mapped_column(Integer)       # číslo orientační
    orientation_sign: Mapped[str | None] = mapped_column(String(2))   # znak č. o.
    postcode: Mapped[str] = mapped_column(String(5))
    y: Mapped[float | None] = mapped_column(Float)
    x: Mapped[float | None] = mapped_column(Float)
    valid_from: Mapped[dt.date | None]
    # What the street field shows: the street, or the town part where there are no streets
    street_label: Mapped[str] = mapped_column(String(150))
    street_search: Mapped[str] = mapped_column(binary_string(150))    # fold(street_label)
