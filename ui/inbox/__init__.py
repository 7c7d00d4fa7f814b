"""Úkoly: a person's inbox (own, department's and covered tasks; overdue,
today, later), the departments' queues, and in Nastavení who belongs to which
department and who covers for whom."""
