"""English for the dashboard's task card limit (issue 10, city speed)."""
EN = {
    "… a dalších {0} v oblasti Úkoly": "… and {0} more in Tasks",
}
