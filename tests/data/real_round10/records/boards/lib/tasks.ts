// the kitchen's own to-do board, written out: urgent jobs for the staff, raised by nobody outside
export const kitchenTasks = [
  { id: 1, title: "Descale the espresso machine", priority: "high", status: "open", owner: "Night shift" },
  { id: 2, title: "Recount the freezer stock", priority: "low", status: "open", owner: "Chef" },
  { id: 3, title: "Replace the fryer filter", priority: "medium", status: "done", owner: "Day shift" },
]
