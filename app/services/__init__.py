"""Work with the outside world: sample data, geocoding, maps, imports, exports. No widgets."""
