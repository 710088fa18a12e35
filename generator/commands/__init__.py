"""The command line: `cli` parses and dispatches; each command is a module with NAME, HELP, `add_arguments`
and `run`.
"""
