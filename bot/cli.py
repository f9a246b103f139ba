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
from data.article import ArticleError
from data.ingest import IngestReport, article_paths, ingest
from data.store import StoreError

log = logging.getLogger(__name__)

DB_OPTION = click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="SQLite database (default: $PITWALL_DB, else data/pitwall.db).")
RACE_OPTION = click.option("--race", "race", default=None, help="Race name, circuit or year (default: the latest race that fits the other arguments).")


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
@click.option("--jobs", type=click.IntRange(min=0), default=None,
              help="Parser processes (0: parse in this one). Default: one per core for 200+ articles.")
def ingest_command(paths: tuple[Path, ...], db: Path | None, jobs: int | None) -> None:
    """Parse race articles (files or folders of .txt, .wiki or .html) into the database.

    The call is all or nothing: if one article is refused, none of the files of this call go
    in and the database is left exactly as it was (every refused file is listed with its line).
    Re-ingesting a race replaces it.
    """
    settings = _settings(db)
    files = article_paths(paths)
    if not files:
        raise click.ClickException("no articles (.txt, .wiki, .html) found in the given paths")

    def progress(items: list[Path]):
        if len(items) < 10:
            yield from items
            return
        with click.progressbar(items, label="ingesting", file=sys.stderr) as bar:
            yield from bar

    try:
        reports, errors = ingest(files, settings.db_path, progress=progress, jobs=jobs)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    _report(reports, errors, f"refused {len(errors)} of {len(files)} file(s); nothing was stored.")
    click.echo(f"{sum(not r.kept_f1db for r in reports)} race(s) in {settings.db_path}")


def _report(reports: list[IngestReport], errors: list[ArticleError], refused: str) -> None:
    """An ingest call's outcome: a line per race, or each refusal and exit status 1."""
    if errors:
        for err in errors:
            click.echo(f"error: {err}", err=True)
        click.echo(refused, err=True)
        sys.exit(1)
    for rep in reports:
        click.echo(rep.summary())


@main.command("fetch")
@click.argument("titles", nargs=-1, required=True)
@click.option("--api", default=None, help="The MediaWiki api.php (default: $PITWALL_WIKI_API, else English Wikipedia).")
@DB_OPTION
@click.option("--save-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the fetched .wiki files are saved (default: the bundled articles, $PITWALL_RACES_DIR).")
@click.option("--via", type=click.Choice(["query", "parse"]), default="query", show_default=True,
              help="query: 50 pages a request (prop=revisions); parse: one page a request (action=parse).")
def fetch_command(titles: tuple[str, ...], api: str | None, db: Path | None, save_dir: Path | None,
                  via: str) -> None:
    """Read race articles from Wikipedia (or another MediaWiki) and store them.

    TITLES are article titles (spaces or underscores), "Category:..." for every article in a
    category, or a season article, whose linked race articles are fetched. Pages without a
    results table are skipped and listed. All or nothing: if a title does not exist, it is named
    and nothing is saved or stored. Otherwise each page is saved as Title.wiki in the save folder
    (so the database can be rebuilt offline) and the pages are ingested in one call.
    """
    from data.fetch import FetchError, MediaWikiClient, fetch_races, store_fetched, user_agent
    settings = _settings(db)
    client = MediaWikiClient(api or settings.wiki_api, agent=user_agent(settings.contact_url))
    folder = save_dir or settings.races_dir
    try:
        if db is None:
            ensure_database(settings.db_path, settings.races_dir)
        fetched = fetch_races(titles, client, via=via)
        for note in fetched.notes:
            click.echo(note)
        for skipped in fetched.skipped:
            click.echo(f"skipped {skipped}")
        if fetched.missing:
            for title in fetched.missing:
                click.echo(f"error: no page {title!r} at {client.api}", err=True)
            click.echo(f"{len(fetched.missing)} title(s) not found; nothing was saved or stored.", err=True)
            sys.exit(1)
        if not fetched.pages:
            raise click.ClickException("no fetched page has a results table; nothing was saved or stored")
        reports, errors = store_fetched(fetched, folder, settings.db_path)
    except (FetchError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    _report(reports, errors, f"refused {len(errors)} page(s); nothing was saved or stored.")
    click.echo(f"{len(fetched.pages)} page(s) ({len(reports)} race(s)) from {client.requests} request(s) "
               f"saved in {folder} and stored in {settings.db_path}")


@main.group("import")
def import_group() -> None:
    """Import a structured results source into the database (see each subcommand)."""


@import_group.command("f1db")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@DB_OPTION
@click.option("--seasons", default=None, help="A year or a range, e.g. 2003-2005 (default: every season).")
@click.option("--jobs", type=click.IntRange(min=0), default=None,
              help="Processes reading YAML (default: one per core for 8+ seasons; 0 or 1: this one).")
def import_f1db_command(path: Path, db: Path | None, seasons: str | None, jobs: int | None) -> None:
    """Import Formula One from an F1DB checkout (or its src/data): races, results, qualifying,
    starting grids, fastest laps, pit stops and standings. F1DB: github.com/f1db/f1db, CC BY 4.0.

    All or nothing; importing a season again replaces it. An article of the same race (same date,
    matching title) is replaced by F1DB's race.
    """
    from data.f1db import F1dbError, import_f1db, parse_seasons
    settings = _settings(db)
    try:
        report = import_f1db(path, settings.db_path, parse_seasons(seasons), jobs=jobs)
    except (F1dbError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.summary())
    click.echo(f"{report.races} race(s) from F1DB in {settings.db_path}")


@main.command("races")
@DB_OPTION
def races_command(db: Path | None) -> None:
    """List the stored races: title, date, circuit, entries, and the form it came in (text, wikitext, html, fetched)."""
    pw = open_pitwall(db)
    # one query, not one per race
    facts = {rid: (n, form) for rid, n, form in pw.db.execute("SELECT id, entries, source_form FROM races")}
    for r in pw.results.races():
        n, form = facts[r.id]
        click.echo(f"{r.title} | {r.nice_date} | {r.circuit or '?'} | {n} entries | {form or 'text'}")


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


@main.command("season")
@click.argument("year", type=int)
@click.argument("series", required=False)
@DB_OPTION
def season_command(year: int, series: str | None, db: Path | None) -> None:
    """A season: champion, standings top 10 and the winner of each round (Formula One, from F1DB)."""
    _print(open_pitwall(db).season(year, series))


@main.command("ask")
@click.argument("question", required=False)
@click.option("--jsonl", is_flag=True, help="Read one question a line from stdin; write one JSON object a line.")
@DB_OPTION
def ask_command(question: str | None, jsonl: bool, db: Path | None) -> None:
    """Answer a free-text question, or many with --jsonl."""
    pw = open_pitwall(db)
    if jsonl:
        from data.ask.conversation import Conversation, Conversations, ask_in
        conversations = Conversations()
        for line in sys.stdin:
            q = line.rstrip("\n")
            if not q.strip():
                continue
            conversation = None
            if q.lstrip().startswith("{"):
                # {"question": "...", "conversation": "ID"}: lines sharing an ID are one conversation, in order
                try:
                    item = json.loads(q)
                    q = str(item["question"])
                    key = item.get("conversation")
                except (ValueError, KeyError, TypeError):
                    click.echo(json.dumps({"question": q, "status": "unsupported",
                                           "answer": "A JSON line needs a \"question\" (and may give a \"conversation\")."}))
                    continue
                if key is not None:
                    conversation = conversations.get(str(key))
                    if conversation is None:
                        conversation = Conversation()
                        conversations.put(str(key), conversation)
            try:
                a = ask_in(pw, conversation, q)
                out = {"question": q, "status": a.status, "answer": a.text(), "kind": a.kind,
                       "races": [r.title for r in a.races]}
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
    pw = open_pitwall(db)
    pw.warm_up()
    run_console(pw)


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


@main.group("bench", invoke_without_command=True)
@click.option("--races", default=20_000, show_default=True, help="Synthetic races (about 50 entries each).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the articles and databases (default: a temporary folder, removed after).")
@click.pass_context
def bench_group(ctx: click.Context, races: int, as_json: bool, workdir: Path | None) -> None:
    """Benchmarks that print figures, with naive baselines measured in the same run.

    Without a subcommand: generate RACES synthetic articles, ingest them through the real ingest
    path, and measure ingest, cold start, memory, name resolution, free-text answers and every
    command's data call, at 1/100 of the size and at the full size (growth exponents).
    """
    if ctx.invoked_subcommand is not None:
        return
    import tempfile

    from data.bench.scale import bench_scale
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        figures = bench_scale(races, Path(tmp))
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(format_scale(figures))


def format_scale(f: dict) -> str:
    """The scale benchmark as a readable table."""
    s = f["small"]
    rows = [("races / entries", f"{s['races']} / {s['entries']}", f"{f['races']} / {f['entries']}"),
            ("ingest (entries/s)", s["ingest_entries_per_s"], f["ingest_entries_per_s"]),
            ("database (MB)", s["db_mb"], f["db_mb"]),
            ("cold start (s)", s["cold_start_s"], f["cold_start_s"]),
            ("resident memory (MB)", s["rss_mb"], f["rss_mb"]),
            ("resolve p50 / p99 (ms)", f"{s['resolve_p50_ms']} / {s['resolve_p99_ms']}",
             f"{f['resolve_p50_ms']} / {f['resolve_p99_ms']}"),
            ("baseline p50 / p99 (ms)", f"{s['baseline_resolve_p50_ms']} / {s['baseline_resolve_p99_ms']}",
             f"{f['baseline_resolve_p50_ms']} / {f['baseline_resolve_p99_ms']}"),
            ("top-1: ours / baseline", f"{s['top1']} / {s['baseline_top1']}", f"{f['top1']} / {f['baseline_top1']}"),
            ("absent names answered", s["absent_wrong"], f["absent_wrong"]),
            ("free text p50 / p99 (ms)", f"{s['answer_p50_ms']} / {s['answer_p99_ms']}",
             f"{f['answer_p50_ms']} / {f['answer_p99_ms']}")]
    for name in f["commands"]:
        a, b = s["commands"][name], f["commands"][name]
        rows.append((f"/{name} p50 / p99 (ms)", f"{a['p50_ms']} / {a['p99_ms']}", f"{b['p50_ms']} / {b['p99_ms']}"))
    width = max(len(r[0]) for r in rows) + 2
    lines = [f"{'figure':{width}}{'1/100 size':>22}{'full size':>22}"]
    lines += [f"{name:{width}}{str(a):>22}{str(b):>22}" for name, a, b in rows]
    lines.append("growth exponents (cost ~ entries^k): " + ", ".join(f"{k} {v}" for k, v in f["growth_exponent"].items()))
    return "\n".join(lines)


@bench_group.command("f1db")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--seasons", default=None, help="A year or a range (default: every season).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the database (default: a temporary folder, removed after).")
def bench_f1db(path: Path, seasons: str | None, workdir: Path | None) -> None:
    """The F1DB import into a new database, against its baseline measured in the same run:
    loading the same YAML files with PyYAML's C loader in one process and nothing else."""
    import tempfile

    from data.f1db import bench_load, import_f1db, parse_seasons
    span = parse_seasons(seasons)
    base, files = bench_load(path, span)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        report = import_f1db(path, Path(tmp) / "f1db.db", span)
    click.echo(f"baseline: {files} YAML files loaded with yaml.CSafeLoader, nothing else: {base:.2f} s")
    click.echo(f"import:   {report.races} races, {report.entries} results into a new store: {report.seconds:.2f} s "
               f"({report.load_seconds:.2f} s reading YAML)")
    click.echo(f"ratio:    import / baseline = {report.seconds / base:.2f}")


@bench_group.command("names")
@click.option("--drivers", default=100_000, show_default=True, help="Synthetic driver names to index.")
@click.option("--queries", default=2000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench_names(drivers: int, queries: int, as_json: bool) -> None:
    """Name resolution against rapidfuzz extractOne(WRatio) over all names."""
    from data.bench.scale import bench_names as run
    figures = run(drivers, queries)
    if as_json:
        click.echo(json.dumps(figures))
    else:
        for k, v in figures.items():
            click.echo(f"{k:24} {v}")


@bench_group.command("forms")
@click.option("--races", "count", default=200, show_default=True, help="Synthetic races, each written three ways.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the articles and databases (default: a temporary folder, removed after).")
def bench_forms_command(count: int, as_json: bool, workdir: Path | None) -> None:
    """Ingest speed of wikitext and saved HTML, as a ratio to the plain text of the same races."""
    import tempfile

    from data.bench.scale import bench_forms
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        figures = bench_forms(count, Path(tmp))
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(f"{figures['races']} races, {figures['text']['entries']} entries, ingested in this process:")
    for form in ("text", "wikitext", "html"):
        f = figures[form]
        ratio = f" ({f['cost_vs_text']}x the cost of text)" if "cost_vs_text" in f else ""
        click.echo(f"  {form:9} {f['entries_per_s']:>8} entries/s  {f['seconds']:>7} s{ratio}")


@bench_group.command("wtq")
@click.argument("root", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--misses", is_flag=True, help="Also list every question not answered rightly.")
@click.option("--questions", "questions_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Ask these questions (same form) instead of ROOT/questions.jsonl.")
def bench_wtq_command(root: Path, as_json: bool, misses: bool, questions_file: Path | None) -> None:
    """WikiTableQuestions' race tables (ROOT holds pages/ and questions.jsonl): right / declined / wrong per page."""
    from data.bench.wtq import bench_wtq
    figures = bench_wtq(root, verbose=misses, questions_file=questions_file)
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
        return
    width = max(len(p) for p in figures["pages"])
    click.echo(f"{'page':{width}}  right  declined  wrong")
    for page, f in figures["pages"].items():
        click.echo(f"{page:{width}}  {f['right']:>5}  {f['declined']:>8}  {f['wrong']:>5}   of {f['questions']}")
    click.echo(f"overall: {figures['questions']} questions, right {figures['right']} ({figures['right_pct']}%), "
               f"declined {figures['declined']}, answered wrongly {figures['wrong']} ({figures['wrong_pct']}%); "
               f"answer p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms")
    for m in figures.get("misses", []):
        click.echo(f"[{m['verdict']}] {m['page']}: {m['q']} -> {m['answers']}\n    {m['status']}: {m['reply']}")


if __name__ == "__main__":
    main()
