"""Members to mark present: a community's (or a family's) members as check
boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.services.training.attendance import attending_ids


@dataclass(frozen=True)
class MemberChoice:
    id: str
    name: str
    dni: str
    family_id: str
    family_code: str
    community: str
    sex: str
    birth_date: date | None
    present: bool = False


def _choice(person: Person, code: str, community: str, present: set[str]) -> MemberChoice:
    return MemberChoice(person.id, person.full_name, person.dni or "", person.family_id, code,
                        community, person.sex, person.birth_date, person.id in present)


@dataclass
class FamilyGroup:
    family_id: str
    code: str
    head: str
    members: list[MemberChoice] = field(default_factory=list)


def community_members(session: Session, community_id: str | None = None,
                      family_id: str | None = None,
                      session_id: str | None = None) -> list[FamilyGroup]:
    """The living members of a community (or of one family), grouped by family, for check boxes."""
    clauses = [Person.deleted_at.is_(None), Family.deleted_at.is_(None)]
    if community_id:
        clauses.append(Family.community_id == community_id)
    if family_id:
        clauses.append(Family.id == family_id)
    if not community_id and not family_id:
        return []
    stmt = (select(Person, Family.code, Community.name)
            .join(Family, Family.id == Person.family_id)
            .join(Community, Community.id == Family.community_id)
            .where(*clauses)
            .order_by(Family.head_name, Family.code,
                      case((Person.relation == "head", 0), (Person.relation == "spouse", 1),
                           else_=2), Person.birth_date, Person.created_at))
    present = attending_ids(session, session_id) if session_id else set()
    groups: dict[str, FamilyGroup] = {}
    for person, code, community in session.execute(stmt):
        group = groups.setdefault(person.family_id, FamilyGroup(person.family_id, code, ""))
        if person.relation == "head":
            group.head = person.full_name
        group.members.append(_choice(person, code, community, present))
    return list(groups.values())
