"""Make sure the store exists and is fresh before serving: rebuilt from the bundled articles."""
from __future__ import annotations

import logging
from pathlib import Path

from data.ingest import article_paths, ingest
from data.store import SCHEMA_VERSION, StoreError, articles_newer_than, schema_version

log = logging.getLogger(__name__)


def ensure_database(db_path: Path, races_dir: Path) -> None:
    """Build ``db_path`` from ``races_dir`` when it is missing or older than the articles."""
    if not articles_newer_than(db_path, races_dir):
        return
    articles = article_paths([races_dir]) if races_dir.is_dir() else []
    if not articles:
        if db_path.exists():
            return
        raise StoreError(f"database {db_path} does not exist and there are no articles in {races_dir} "
                         "to build it from; add one with 'pitwall ingest FILE'")
    log.info("building %s from %d article(s) in %s", db_path, len(articles), races_dir)
    if db_path.exists() and schema_version(db_path) != SCHEMA_VERSION:
        for suffix in ("", "-wal", "-shm"):  # a store of an older schema is rebuilt, not migrated
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    reports, errors = ingest(articles, db_path)
    if errors:
        raise StoreError("cannot build the database: " + "; ".join(str(e) for e in errors))
    db_path.touch()
