"""Task queues (issue 16): departments and who belongs to them, deputies
covering for an absent colleague, the inbox of a person (own, department's,
covered tasks) and a department's queue. Tasks themselves are made by
app.tasks.add_task and shown on a case by app.cases.tasks."""
