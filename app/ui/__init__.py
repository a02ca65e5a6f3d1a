"""Windows, dialogs, Qt item models and the map view; no business rules live here."""
