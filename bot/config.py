"""Settings, read once from the environment and ``.env``. The token is never logged or shown."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = PROJECT_ROOT / "data" / "pitwall.db"
BUNDLED_RACES = PROJECT_ROOT / "data" / "races"
DEFAULT_WIKI_API = "https://en.wikipedia.org/w/api.php"  # the same as data.fetch.DEFAULT_API
# Sent in the User-Agent of `pitwall fetch`: a placeholder until a deployment sets its own.
DEFAULT_CONTACT_URL = "https://github.com/pitwall-bot/pitwall"


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message is one sentence for the user."""


def _int_list(text: str, key: str) -> list[int]:
    try:
        return [int(x) for x in text.replace(",", " ").split()]
    except ValueError:
        raise ConfigError(f"{key} must be whole numbers separated by commas, not {text!r}.") from None


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    db_path: Path = DEFAULT_DB
    races_dir: Path = BUNDLED_RACES
    dev_guild: int | None = None
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: list[int] | None = None
    ask_rate: int = 5
    ask_per_seconds: float = 10.0
    wiki_api: str = DEFAULT_WIKI_API
    contact_url: str = DEFAULT_CONTACT_URL

    @classmethod
    def from_env(cls, env_file: Path | None = None, **overrides: object) -> "Settings":
        load_dotenv(env_file or PROJECT_ROOT / ".env", override=False)
        env = os.environ
        guild = env.get("PITWALL_DEV_GUILD", "").strip()
        shards = env.get("PITWALL_SHARD_COUNT", "").strip()
        ids = env.get("PITWALL_SHARD_IDS", "").strip()
        try:
            rate = int(env.get("PITWALL_ASK_RATE", "5"))
            per = float(env.get("PITWALL_ASK_PER_SECONDS", "10"))
        except ValueError:
            raise ConfigError("PITWALL_ASK_RATE and PITWALL_ASK_PER_SECONDS must be numbers.") from None
        values: dict[str, object] = dict(
            token=env.get("DISCORD_TOKEN", "").strip() or None,
            db_path=Path(env["PITWALL_DB"]) if env.get("PITWALL_DB") else DEFAULT_DB,
            races_dir=Path(env.get("PITWALL_RACES_DIR") or BUNDLED_RACES),
            dev_guild=_int_list(guild, "PITWALL_DEV_GUILD")[0] if guild else None,
            log_level=env.get("LOG_LEVEL", "INFO").upper(),
            shard_count=_int_list(shards, "PITWALL_SHARD_COUNT")[0] if shards else None,
            shard_ids=_int_list(ids, "PITWALL_SHARD_IDS") if ids else None,
            ask_rate=rate, ask_per_seconds=per,
            wiki_api=env.get("PITWALL_WIKI_API", "").strip() or DEFAULT_WIKI_API,
            contact_url=env.get("PITWALL_CONTACT_URL", "").strip() or DEFAULT_CONTACT_URL,
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
