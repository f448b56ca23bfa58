"""The Qt skin over launcher/: widgets and view models only."""
