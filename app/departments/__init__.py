"""The office's departments (issue 16 item 1): the list whose queues tasks go
to and workers belong to. ``lookup`` reads it inside a session (labels,
finding one by code or name, checking that one still takes tasks);
``listing`` and ``manage`` are the services of Nastavení → Odbory."""
