"""Case work: cases with status history and an assigned worker, notes, tasks,
the timeline of a case, and the dashboard's figures."""
