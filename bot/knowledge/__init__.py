"""The fact base: its model, reading and validating the YAML files, and the article."""
