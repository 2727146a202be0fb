"""`python -m stance ...` runs the command line, as the `stance` script does."""

from stance.cli import app

app(prog_name="stance")
