"""API tokens: every write to the API names who made it, by a token the store keeps hashed.

A token reads ``wl_<id>_<secret>``: the public id finds the row, the secret is only
ever stored as sha256(salt + secret), so a copy of the database gives no one write
access. Kept free of FastAPI so ``warlog token create`` loads quickly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import Mapped, mapped_column

from ..errors import WarlogError
from ..store import Store
from ..store.models import Base, utcnow
from ..store.review import session_scope

PREFIX = "wl"
_TOKEN = re.compile(rf"^{PREFIX}_([0-9a-f]{{12}})_([A-Za-z0-9_-]{{32,64}})$")
_NAME = re.compile(r"^[\w.@-]{1,64}$")


class TokenError(WarlogError):
    """A token name or token that cannot be used."""

    code = "W420"


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String, index=True)
    salt: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: str
    name: str
    created_at: dt.datetime
    revoked: bool


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(f"{salt}{secret}".encode("ascii")).hexdigest()


def _ensure_table(store: Store) -> None:
    with session_scope(store, write=True, action="cannot create the token table") as session:
        Base.metadata.create_all(session.connection(), tables=[ApiToken.__table__])


def create_token(store: Store, name: str) -> str:
    """A new token for ``name`` (the reviewer named in the audit log); shown once, stored hashed."""
    if not _NAME.match(name):
        raise TokenError(f"token name {name!r}: use 1-64 letters, digits, '.', '_', '@' or '-'")
    _ensure_table(store)
    token_id, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(32), secrets.token_hex(16)
    with session_scope(store, write=True, action="cannot store the token") as session:
        session.add(ApiToken(id=token_id, name=name, salt=salt, digest=_digest(salt, secret)))
    return f"{PREFIX}_{token_id}_{secret}"


def verify_token(store: Store, token: str) -> str | None:
    """The name behind a valid, unrevoked token; None otherwise (constant-time comparison)."""
    match = _TOKEN.match(token.strip())
    if match is None:
        return None
    token_id, secret = match.groups()
    with session_scope(store, write=False, action="cannot check the token") as session:
        row = session.get(ApiToken, token_id)
        if row is None or row.revoked_at is not None:
            return None
        return row.name if hmac.compare_digest(row.digest, _digest(row.salt, secret)) else None


def list_tokens(store: Store) -> list[TokenInfo]:
    _ensure_table(store)
    with session_scope(store, write=False, action="cannot list tokens") as session:
        rows = session.scalars(select(ApiToken).order_by(ApiToken.created_at))
        return [TokenInfo(r.id, r.name, r.created_at, r.revoked_at is not None) for r in rows]


def revoke_token(store: Store, token_id: str) -> bool:
    """Revoke by public id (the 12 hex digits after ``wl_``); False if there is no such token."""
    _ensure_table(store)
    with session_scope(store, write=True, action="cannot revoke the token") as session:
        row = session.get(ApiToken, token_id)
        if row is None:
            return False
        row.revoked_at = row.revoked_at or utcnow()
        return True
