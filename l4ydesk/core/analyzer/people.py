"""Tells a business's own people (staff, teachers, pupils) from the contacts a CRM would own.

A dashboard that lists instructors or students with their e-mails shows people, but not clients
or leads: they are not what an agency connects to a contact list.
"""

from __future__ import annotations

import re

# people who work or learn at the business: its staff and its pupils are no clients or leads
_INSIDE_PEOPLE_TOKENS = frozenset(
    re.findall(
        r"\S+",
        "staff teachers teacher instructors instructor trainers trainer coaches coach tutors "
        "students student pupils learners employees employee workers personnel professors "
        "doctors dentists therapists stylists barbers teammates admins administrators "
        "profesores profesor maestros maestro alumnos alumno estudiantes instructores empleados "
        "equipo professores alunos estudantes funcionarios equipe enseignants professeurs "
        "eleves élèves étudiants employés équipe lehrer schüler studenten mitarbeiter trainer "
        "insegnanti studenti dipendenti docenten leerlingen medewerkers",
    )
)
# keys only a staff or pupil record has: what they teach or do there, what they enrolled in
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
        "grade",
        "enrolledclasses",
        "enrolledcourses",
        "assignedclasses",
        "clasesinscritas",
        "cursosinscritos",
        "attendance",
        "asistencia",
        "certifications",
    }
)


def inside_people(tokens: frozenset[str], keys: set[str]) -> bool:
    """True for a data set of the business's own people, by its name's words or its keys."""
    return bool(tokens & _INSIDE_PEOPLE_TOKENS or keys & _INSIDE_PEOPLE_KEYS)
