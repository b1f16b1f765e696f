"""Tells a business's own people (staff, teachers, the app's users) from the contacts a CRM would
own (customers, leads, members, students, patients).

A dashboard that lists instructors or accounts with their e-mails shows people, but not clients
or leads: they are not what an agency connects to a contact list.
"""

from __future__ import annotations

import re

# people who work at or for the business or use the app: its staff, its suppliers and its accounts
# are no clients or leads (its students, patients and members are: a CRM owns those)
_INSIDE_PEOPLE_TOKENS = frozenset(
    re.findall(
        r"\S+",
        "staff teachers teacher instructors instructor trainers trainer coaches coach tutors "
        "employees employee workers personnel professors doctors dentists therapists stylists "
        "barbers teammates admins administrators users accounts profesores profesor maestros "
        "maestro instructores empleados equipo usuarios professores funcionarios equipe "
        "usuários enseignants professeurs employés équipe utilisateurs lehrer mitarbeiter "
        "benutzer insegnanti dipendenti utenti docenten medewerkers gebruikers "
        # a team's own members (`teamMembers`, "Team"): who works there, not whom it serves
        "team teams "
        # its suppliers: it buys from them, it does not serve them (round 15)
        "suppliers supplier vendors vendor proveedores proveedor fornecedores fornecedor "
        "fournisseurs fournisseur lieferanten lieferant fornitori fornitore leveranciers",
    )
)
# keys only a staff record or an account has: what they teach or do there, what they may do
_INSIDE_PEOPLE_KEYS = frozenset(
    {
        "specialty",
        "speciality",
        "specialization",
        "especialidad",
        "especialidade",
        "department",
        "departamento",
        "salary",
        "salario",
        "hiredate",
        "assignedclasses",
        "certifications",
        "role",
        "permissions",
        # a person's post in the business ("Principal Investigator"): a colleague's job title
        "designation",
    }
)


def inside_people(tokens: frozenset[str], keys: set[str]) -> bool:
    """True for a data set of the business's own people, by its name's words or its keys."""
    return bool(tokens & _INSIDE_PEOPLE_TOKENS or keys & _INSIDE_PEOPLE_KEYS)


# the people a CRM owns, by the name of the set that holds them (settled point of round 8)
_CRM_PEOPLE_TOKENS = frozenset(
    re.findall(
        r"\S+",
        "customers clients members leads patients guests students donors applicants subscribers "
        "clientes miembros socios pacientes alumnos estudiantes membros alunos clients membres "
        "adherents patients kunden mitglieder patienten clienti membri pazienti klanten leden",
    )
)
_NAME_KEYS = frozenset({"name", "fullname", "firstname", "contactname"})
_PHONE_KEYS = frozenset({"phone", "mobile", "whatsapp", "telefono", "telefone", "tel", "celular"})
# a ranking of customers by what they spent or how often they came: a report, no list of records
_RANKED = frozenset({"top", "best", "ranking", "leaderboard"})
_SPEND = re.compile(r"spent|spend|revenue|lifetime|^visits$|^orders$|purchases$")


def crm_people(tokens: frozenset[str], keys: set[str], nested: bool = False) -> bool:
    """True for rows of named people in a set named for customers, members, patients...: the
    people a business serves are a contact list even with no e-mail or phone (round 14). Rows
    with no way to reach them must be a set of their own (not one class's students, `nested`)
    and no ranking by spend or visits (a report's top customers)."""
    if not (tokens & _CRM_PEOPLE_TOKENS and keys & _NAME_KEYS):
        return False
    if keys & _PHONE_KEYS:
        return True
    return not nested and not tokens & _RANKED and not any(_SPEND.search(k) for k in keys)


# who raises a ticket (round-10 settled point): a customer, guest or other outside party whose
# complaint or request it is; a board of the staff's own issues, work orders or tasks is no
# ticket list, whatever word it uses ("Issues", "IT Support", "Create New Ticket")
_RAISERS = (
    "customer",
    "client",
    "guest",
    "student",
    "patient",
    "tenant",
    "resident",
    "cliente",
    "paciente",
    "alumno",
    "aluno",
    "hospede",
    "huesped",
    "kunde",
)
_COMPLAINT_WORDS = frozenset(
    re.findall(
        r"\S+",
        "complaint complaints grievance grievances queja quejas reclamo reclamos reclamacao "
        "reclamacoes reclamação reclamações réclamation réclamations plainte plaintes "
        "beschwerde beschwerden reclamo reclami klacht klachten",
    )
)


def raised_outside(keys: set[str], names: frozenset[str]) -> bool:
    """True when rows say an outside party raised them: a key for the customer, guest, student
    or patient (`studentName`, `customerEmail`), or a set or heading named for them, for
    complaints or for the visitor's own ("Guest Complaint Feed", `grievances`, `myTickets`)."""
    if any(k.lstrip("~").startswith(_RAISERS) for k in keys):
        return True
    singular = {n[:-1] if n.endswith("s") else n for n in names}
    # `myTickets`, "My requests": the signed-in visitor's own requests, raised from outside
    return bool((names | singular) & (_COMPLAINT_WORDS | set(_RAISERS) | {"my"}))


# words naming the business's own team in a list's title ("Team Members", "Equipo", "Staff")
_TEAM_TITLE_TOKENS = frozenset(
    re.findall(
        r"\S+",
        "team teams staff crew employees personnel equipo equipe équipe mitarbeiter personal "
        "squadra dipendenti medewerkers personeel funcionários funcionarios colaboradores",
    )
)


def staff_titled(title: str) -> bool:
    """True for a list titled for the business's own team ("Team Members", "Team Attendance"):
    its staff, with their calls and days present, are no contacts a CRM owns (round 8)."""
    return bool(set(re.findall(r"\w+", title.lower())) & _TEAM_TITLE_TOKENS)
