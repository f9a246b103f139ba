"""The ``pitwall`` command line: ingest, browse, ask, console, run the bot, benchmarks."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from bot.config import ConfigError, Settings
from bot.database import ensure_database
from data.answers import Answer
from data.store import StoreError, article_paths, connect, ingest

log = logging.getLogger(__name__)

DB_OPTION = click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="SQLite database (default: $PITWALL_DB, else data/pitwall.db).")
RACE_OPTION = click.option("--race", "race", default=None, help="Race name, circuit or year (default: the latest).")


def _settings(db: Path | None) -> Settings:
    try:
        return Settings.from_env(db_path=db)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def open_pitwall(db: Path | None):
    """The service over the chosen database, building the default one from bundled articles."""
    from data.service import Pitwall
    settings = _settings(db)
    try:
        if db is None:
            ensure_database(settings.db_path, settings.races_dir)
        return Pitwall(settings.db_path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _print(answer: Answer) -> None:
    click.echo(answer.text())
    if answer.status not in ("answered",):
        sys.exit(1 if answer.status != "ambiguous" else 0)


@click.group()
@click.option("--log-level", default=None, help="DEBUG, INFO, WARNING... (default: $LOG_LEVEL or WARNING).")
def main(log_level: str | None) -> None:
    """Pitwall: answers about motor-race results, from one SQLite file."""
    import os
    level = (log_level or os.environ.get("LOG_LEVEL") or "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DB_OPTION
def ingest_command(paths: tuple[Path, ...], db: Path | None) -> None:
    """Parse race articles (files or folders of .txt) into the database.

    Every article is checked before any is stored: if one is refused, none of the files of
    this call go in and the database is left exactly as it was. Re-ingesting a race replaces it.
    """
    settings = _settings(db)
    files = article_paths(paths)
    if not files:
        raise click.ClickException("no .txt articles found in the given paths")

    def progress(races):
        if len(races) < 10:
            return races
        return click.progressbar(races, label="storing", file=sys.stderr)

    try:
        reports, errors = ingest(files, settings.db_path, progress=progress)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    if errors:
        for err in errors:
            click.echo(f"error: {err}", err=True)
        click.echo(f"refused {len(errors)} of {len(files)} file(s); nothing was stored.", err=True)
        sys.exit(1)
    for rep in reports:
        click.echo(rep.summary())
    click.echo(f"{len(reports)} race(s) in {settings.db_path}")


@main.command("races")
@DB_OPTION
def races_command(db: Path | None) -> None:
    """List the stored races: title, date, circuit, entries."""
    pw = open_pitwall(db)
    for r in pw.results.races():
        entries = pw.db.execute("SELECT entries FROM races WHERE id = ?", [r.id]).fetchone()[0]
        click.echo(f"{r.title} | {r.nice_date} | {r.circuit or '?'} | {entries} entries")


@main.command("driver")
@click.argument("name")
@RACE_OPTION
@DB_OPTION
def driver_command(name: str, race: str | None, db: Path | None) -> None:
    """A driver's result (race by race when no race is given)."""
    _print(open_pitwall(db).driver(name, race))


@main.command("team")
@click.argument("name")
@RACE_OPTION
@DB_OPTION
def team_command(name: str, race: str | None, db: Path | None) -> None:
    """Every entry of a team."""
    _print(open_pitwall(db).team(name, race))


@main.command("class")
@click.argument("name")
@RACE_OPTION
@DB_OPTION
def class_command(name: str, race: str | None, db: Path | None) -> None:
    """A class classification in order."""
    _print(open_pitwall(db).class_results(name, race))


@main.command("winner")
@click.argument("class_name", required=False)
@RACE_OPTION
@DB_OPTION
def winner_command(class_name: str | None, race: str | None, db: Path | None) -> None:
    """The overall winner (and class winners), or one class's winner."""
    _print(open_pitwall(db).winner(class_name, race))


@main.command("car")
@click.argument("number")
@RACE_OPTION
@DB_OPTION
def car_command(number: str, race: str | None, db: Path | None) -> None:
    """The entry with that car number."""
    _print(open_pitwall(db).car(number, race))


@main.command("race")
@click.argument("name", required=False)
@DB_OPTION
def race_command(name: str | None, db: Path | None) -> None:
    """A race summary."""
    _print(open_pitwall(db).race_summary(name))


@main.command("ask")
@click.argument("question", required=False)
@click.option("--jsonl", is_flag=True, help="Read one question a line from stdin; write one JSON object a line.")
@DB_OPTION
def ask_command(question: str | None, jsonl: bool, db: Path | None) -> None:
    """Answer a free-text question, or many with --jsonl."""
    pw = open_pitwall(db)
    if jsonl:
        for line in sys.stdin:
            q = line.rstrip("\n")
            if not q.strip():
                continue
            try:
                a = pw.ask(q)
                out = {"question": q, "status": a.status, "answer": a.text()}
            except Exception:  # one bad question must not stop the batch
                log.exception("question failed")
                out = {"question": q, "status": "unsupported", "answer": "Sorry, that question failed."}
            click.echo(json.dumps(out, ensure_ascii=False))
        return
    if not question:
        raise click.UsageError("give a QUESTION or use --jsonl")
    _print(pw.ask(question))


@main.command("console")
@DB_OPTION
def console_command(db: Path | None) -> None:
    """A local prompt that answers like the bot: questions or /commands. No token needed."""
    from bot.console import run_console
    run_console(open_pitwall(db))


@main.command("run")
@DB_OPTION
def run_command(db: Path | None) -> None:
    """Connect to Discord with DISCORD_TOKEN and serve."""
    settings = _settings(db)
    if not settings.token:
        raise click.ClickException("No DISCORD_TOKEN is set: put DISCORD_TOKEN=... in .env (see .env.example), "
                                   "or try Pitwall without one using 'pitwall console'.")
    from bot.client import run_bot
    run_bot(settings)


@main.command("start")
@DB_OPTION
@click.pass_context
def start_command(ctx: click.Context, db: Path | None) -> None:
    """Start the Discord bot if a token is configured, otherwise the local console."""
    if _settings(db).token:
        ctx.invoke(run_command, db=db)
    else:
        click.echo("No DISCORD_TOKEN configured: starting the local console (Ctrl-D to quit).")
        ctx.invoke(console_command, db=db)


@main.command("sync")
@click.option("--guild", type=int, default=None, help="Sync to one guild (instant) instead of globally.")
@DB_OPTION
def sync_command(guild: int | None, db: Path | None) -> None:
    """Register the slash commands with Discord."""
    settings = _settings(db)
    if not settings.token:
        raise click.ClickException("No DISCORD_TOKEN is set: put DISCORD_TOKEN=... in .env (see .env.example).")
    from bot.client import sync_commands
    names = sync_commands(settings, guild)
    click.echo(f"synced {len(names)} commands: {', '.join(names)}")


@main.group("bench")
def bench_group() -> None:
    """Benchmarks that print figures (ratios against a naive baseline measured in the same run)."""


@bench_group.command("names")
@click.option("--drivers", default=100_000, show_default=True, help="Synthetic driver names to index.")
@click.option("--queries", default=2000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench_names(drivers: int, queries: int, as_json: bool) -> None:
    """Name resolution against rapidfuzz extractOne(WRatio) over all names."""
    from data.bench import bench_names as run
    figures = run(drivers, queries)
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for k, v in figures.items():
            click.echo(f"{k:24} {v}")


if __name__ == "__main__":
    main()
