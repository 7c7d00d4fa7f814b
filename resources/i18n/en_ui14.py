"""Issue 18 polish (ui14): leases list columns, lease detail: Czech UI text → English."""

EN = {
    # Smlouvy → the list: the start and the rent in view, a running lease by its end
    "Nájemné": "Rent",
    "Od": "From",
    "do {0}": "until {0}",
    # the lease's detail
    "Bez záznamu o dluhu.": "No arrears recorded.",
    "1 měsíc": "1 month",
    "{0} měsíce": "{0} months",
    "{0} měsíců": "{0} months",
}
