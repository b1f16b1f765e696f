"""Tells a board of the staff's own tasks from a list of tickets: both have a priority, a title
and a status, but a task has a box ticked when done, or its rows are named tasks.

Round 10's settled point: internal issue, maintenance, IT and task boards are no tickets. A row
that says whether it is done (`done`) is work the team gives itself, whoever it concerns (a
client, a patient, a case). A due day is no sign: a guest's complaint has one when it is
answered against a promised time.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.row_names import key_parts

# key words of a to-do: whether it is done
_TASK_KEYS = frozenset({"done", "todo", "isdone", "hecho", "feito", "fait", "erledigt", "fatto"})
# what a set or a heading of tasks is called
_TASK_WORDS = frozenset(
    {"task", "tasks", "todo", "todos", "tarea", "tareas", "tarefa", "tarefas", "tache"}
    | {"taches", "tâche", "tâches", "aufgabe", "aufgaben", "compito", "compiti", "attività"}
    | {"taak", "taken", "タスク", "課題", "任务", "مهام", "المهام", "задачи", "задача"}
    | {"görevler", "görev", "tugas", "nhiệm"}
)


def task_board(keys: set[str], names: frozenset[str]) -> bool:
    """True for rows a team ticks off when done, or a set or heading named for tasks
    (`filteredTasks`, "قائمة المهام"): no tickets."""
    return bool(key_parts(keys) & _TASK_KEYS or names & _TASK_WORDS)
