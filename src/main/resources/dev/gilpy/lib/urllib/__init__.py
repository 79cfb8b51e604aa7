"""URL handling; gilpy has urllib.parse."""
