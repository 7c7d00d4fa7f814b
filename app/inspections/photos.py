"""Photos of an inspection: checked and scaled down with Pillow (app/images),
stored in the synchronised ``attachment`` table with the record. Lists never
load the picture data (the column is deferred); one photo's bytes are read
only when it is shown or printed."""
from __future__ import annotations

from sqlalchemy import select

from models.base import utcnow
from models.inspections import Attachment

from .. import audit
from ..db import Database
from ..errors import NotFound, ValidationError
from ..images import prepare_photo, thumbnail
from ..rows import is_live
from ..security import Actor, Permission
from .records import PHOTO_OWNER, PhotoRow, _editable, _get, _photos
from ..i18n import _

MAX_PHOTOS = 40


def _caption(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text[:200] or None


def add_photo(db: Database, actor: Actor, inspection_id: str, filename: str, data: bytes,
              caption: str | None = None) -> PhotoRow:
    """Attach a photo; a file that is not a picture, or is too large, is refused
    with a message saying so (ValidationError, field "photo")."""
    actor.require(Permission.EDIT_INSPECTIONS)
    name = (filename or "foto").replace("\\", "/").rsplit("/", 1)[-1][:150]
    photo = prepare_photo(data, name)        # before the transaction: Pillow work is slow
    stem = name.rsplit(".", 1)[0] if "." in name else name
    with db.transaction() as s:
        row = _get(s, inspection_id)
        _editable(row)
        if len(_photos(s, row.id)) >= MAX_PHOTOS:
            raise ValidationError(_("K protokolu lze připojit nejvýše {MAX_PHOTOS} fotografií.")
                .format(MAX_PHOTOS=MAX_PHOTOS),
                                  field="photo")
        att = Attachment(owner_table=PHOTO_OWNER, owner_id=row.id, filename=f"{stem}.jpg",
                         mime_type=photo.mime_type, size_bytes=photo.size_bytes,
                         sha256=photo.sha256, width=photo.width, height=photo.height,
                         caption=_caption(caption), data=photo.data)
        s.add(att)
        s.flush()
        audit.record(s, actor, "create", "attachment", att.id, {"owner": "inspection"})
        return PhotoRow(att.id, att.filename, att.caption, att.width, att.height,
                        att.size_bytes, att.created_at)


def _attachment(session, attachment_id: str) -> Attachment:
    att = session.get(Attachment, attachment_id)
    if not is_live(att) or att.owner_table != PHOTO_OWNER:
        raise NotFound(_("Fotografie neexistuje."))
    return att


def photo_bytes(db: Database, actor: Actor, attachment_id: str) -> bytes:
    actor.require(Permission.VIEW_FLATS)
    with db.reading() as s:
        return _attachment(s, attachment_id).data


def photo_thumbnail(db: Database, actor: Actor, attachment_id: str, size: int = 180) -> bytes:
    return thumbnail(photo_bytes(db, actor, attachment_id), size)


def photo_data_for(session, inspection_id: str) -> list[tuple[PhotoRow, bytes]]:
    """Every photo of one inspection with its bytes (for printing)."""
    rows = _photos(session, inspection_id)
    data = dict(session.execute(select(Attachment.id, Attachment.data).where(
        Attachment.id.in_([r.id for r in rows]))).all()) if rows else {}
    return [(r, data[r.id]) for r in rows]


def set_caption(db: Database, actor: Actor, attachment_id: str, caption: str | None) -> None:
    actor.require(Permission.EDIT_INSPECTIONS)
    with db.transaction() as s:
        att = _attachment(s, attachment_id)
        _editable(_get(s, att.owner_id))
        att.caption = _caption(caption)
        audit.record(s, actor, "update", "attachment", att.id, {"fields": ["caption"]})


def remove_photo(db: Database, actor: Actor, attachment_id: str) -> None:
    actor.require(Permission.EDIT_INSPECTIONS)
    with db.transaction() as s:
        att = _attachment(s, attachment_id)
        _editable(_get(s, att.owner_id))
        att.deleted_at = utcnow()
        audit.record(s, actor, "delete", "attachment", att.id)
