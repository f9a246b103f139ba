"""``pitwall console``: the bot's answers at a local prompt, for trying Pitwall without a token."""
from __future__ import annotations

import shlex

import click

from data.ask.conversation import Conversation, ask_in
from data.service import Pitwall

_USAGE = ("Ask a question, or use a command: /driver NAME [race], /class NAME [race], /winner [CLASS] [race], "
          "/team NAME [race], /car NUMBER [race], /race [NAME], /season YEAR, /help. Ctrl-D or 'quit' quits.")


def console_answer(pw: Pitwall, line: str, conversation: Conversation | None = None) -> str:
    """The text the bot would send for one console line (a /command or a question); questions
    are read as one conversation when ``conversation`` is given (follow-ups: "and GT Cup?")."""
    line = line.strip()
    if not line:
        return ""
    if not line.startswith("/"):
        return ask_in(pw, conversation, line).text()
    try:
        parts = shlex.split(line[1:])
    except ValueError:
        parts = line[1:].split()
    if not parts:
        return _USAGE
    cmd, args = parts[0].lower(), parts[1:]
    race = args[1] if len(args) > 1 else None
    if cmd == "help":
        return _USAGE
    if cmd == "race":
        return pw.race_summary(" ".join(args) or None).text()
    if cmd == "season":
        if not args or not args[0].isdigit():
            return "/season needs a year. " + _USAGE
        return pw.season(int(args[0]), " ".join(args[1:]) or None).text()
    if cmd == "winner":
        return pw.winner(args[0] if args else None, race).text()
    if not args:
        return f"/{cmd} needs a value. " + _USAGE
    handlers = {"driver": pw.driver, "class": pw.class_results, "team": pw.team, "car": pw.car}
    if cmd not in handlers:
        return f"Unknown command /{cmd}. " + _USAGE
    return handlers[cmd](args[0], race).text()


_QUIT = frozenset(("quit", "exit", "q", "bye"))  # what people type to leave a console, beside Ctrl-D


def run_console(pw: Pitwall) -> None:
    click.echo(_USAGE)
    conversation = Conversation()  # the session is one conversation: follow-ups build on the last answer
    while True:
        try:
            line = input("pitwall> ")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if line.strip().lower().strip("/") in _QUIT:
            return
        out = console_answer(pw, line, conversation)
        if out:
            click.echo(out)
