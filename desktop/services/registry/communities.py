"""Communities: the list the other areas choose from, and saving one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.services.common import check, live
from desktop.services.fields import parse_values
from desktop.services.people.permissions import require
from desktop.services.registry.fields import COMMUNITY_FIELDS


def list_communities(session: Session) -> list[Community]:
    return list(session.scalars(select(Community).where(Community.deleted_at.is_(None))
                                .order_by(Community.name_folded)))


def save_community(session: Session, raw: dict, community_id: str | None = None) -> Community:
    require(session, "registry.edit")
    values, errors = parse_values(COMMUNITY_FIELDS, raw, only_given=community_id is not None)
    check(errors)
    community = Community() if community_id is None else live(
        session, Community, community_id, "community")
    for key, value in values.items():
        setattr(community, key, value)
    session.add(community)
    session.commit()
    return community
