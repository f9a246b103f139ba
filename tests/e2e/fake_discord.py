"""A small fake Discord: the REST routes and the gateway websocket the bot uses, over loopback.

The real discord.py client connects to it (``point_discord_py_at``) and runs unmodified. Tests
drive it by dispatching gateway events (INTERACTION_CREATE, MESSAGE_CREATE) and read back what
the bot sent (interaction callbacks, follow-ups, edits, channel messages).
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
import yarl
from aiohttp import web

APP_ID = 100000000000000001
BOT_ID = APP_ID
_ids = itertools.count(200000000000000000)


def snowflake() -> str:
    return str(next(_ids))


def user(uid: int | str, name: str, bot: bool = False) -> dict:
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name, "avatar": None,
            "bot": bot, "public_flags": 0, "flags": 0}


BOT_USER = user(BOT_ID, "Pitwall", bot=True)


def _json(data: Any, status: int = 200, headers: dict | None = None) -> web.Response:
    # discord.py parses JSON only when Content-Type is exactly application/json
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})


@dataclass
class Recorded:
    method: str
    path: str
    body: Any
    at: float = field(default_factory=time.perf_counter)


@dataclass
class Session:
    ws: web.WebSocketResponse
    shard: tuple[int, int]
    session_id: str
    seq: int = 0
    identified: asyncio.Event = field(default_factory=asyncio.Event)


class FakeDiscord:
    """One fake Discord server; ``guilds`` are spread over shards like Discord does."""

    def __init__(self, guild_ids: list[int] | None = None, shards: int = 1) -> None:
        self.guild_ids = guild_ids or [300000000000000000]
        self.channel_of = {g: g + 1 for g in self.guild_ids}
        self.shards = shards
        self.requests: list[Recorded] = []
        self.sessions: dict[str, Session] = {}
        self.synced: dict[str, list[dict]] = {}
        self.rate_limit_next: dict[str, float] = {}
        self._waiters: list[tuple[Any, asyncio.Future]] = []
        self.heartbeats = 0
        self.refuse_login = False
        self.identifies: list[dict] = []
        self.resumes: list[dict] = []
        app = web.Application(client_max_size=16 * 1024 * 1024)
        r = app.router
        r.add_get("/gateway", self.gateway)
        r.add_get("/api/v10/gateway", self.get_gateway)
        r.add_get("/api/v10/gateway/bot", self.get_gateway_bot)
        r.add_get("/api/v10/users/@me", self.me)
        r.add_get("/api/v10/oauth2/applications/@me", self.application)
        r.add_put("/api/v10/applications/{app}/commands", self.sync)
        r.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", self.sync)
        r.add_get("/api/v10/applications/{app}/commands", self.no_commands)
        r.add_post("/api/v10/interactions/{id}/{token}/callback", self.callback)
        r.add_post("/api/v10/webhooks/{app}/{token}", self.followup)
        r.add_get("/api/v10/webhooks/{app}/{token}/messages/{mid}", self.get_webhook_message)
        r.add_patch("/api/v10/webhooks/{app}/{token}/messages/{mid}", self.edit)
        r.add_delete("/api/v10/webhooks/{app}/{token}/messages/{mid}", self.delete_message)
        r.add_post("/api/v10/channels/{cid}/messages", self.channel_message)
        r.add_delete("/api/v10/channels/{cid}/messages/{mid}", self.delete_message)
        self.app = app
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.messages: dict[str, dict] = {}

    # -- lifecycle -----------------------------------------------------------------------
    async def start(self) -> "FakeDiscord":
        self.runner = web.AppRunner(self.app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for s in list(self.sessions.values()):
            await s.ws.close()
        if self.runner:
            await self.runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def point_discord_py_at(self) -> None:
        discord.http.Route.BASE = f"{self.base}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")

    # -- recording -----------------------------------------------------------------------
    async def _record(self, request: web.Request) -> Any:
        body: Any = None
        if request.content_type == "application/json":
            body = await request.json()
        elif request.content_type.startswith("multipart/"):
            body = {"files": []}
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    body.update(json.loads(await part.text()))
                else:
                    data = await part.read()
                    body["files"].append({"name": part.name, "filename": part.filename, "bytes": bytes(data)})
        rec = Recorded(request.method, request.path, body)
        self.requests.append(rec)
        for pred, fut in list(self._waiters):
            if not fut.done() and pred(rec):
                fut.set_result(rec)
        return body

    async def wait_for(self, predicate, timeout: float = 5.0) -> Recorded:
        for rec in self.requests:
            if predicate(rec):
                return rec
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._waiters.append((predicate, fut))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self._waiters.remove((predicate, fut))

    def callbacks_for(self, interaction_id: str) -> list[Recorded]:
        return [r for r in self.requests if r.path.startswith(f"/api/v10/interactions/{interaction_id}/")]

    # -- REST ----------------------------------------------------------------------------
    async def me(self, request: web.Request) -> web.Response:
        await self._record(request)
        if self.refuse_login:
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return _json(BOT_USER)

    async def no_commands(self, _r: web.Request) -> web.Response:
        return _json([])

    async def get_gateway(self, request: web.Request) -> web.Response:
        await self._record(request)
        return _json({"url": f"ws://127.0.0.1:{self.port}/gateway"})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        await self._record(request)
        return _json({"url": f"ws://127.0.0.1:{self.port}/gateway", "shards": self.shards,
                      "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0,
                                              "max_concurrency": 16}})

    async def application(self, request: web.Request) -> web.Response:
        await self._record(request)
        return _json({"id": str(APP_ID), "name": "Pitwall", "icon": None, "description": "", "bot_public": True,
                      "bot_require_code_grant": False, "verify_key": "0" * 64, "flags": 0,
                      "owner": user(1, "owner"), "team": None, "summary": "", "rpc_origins": []})

    async def sync(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        scope = request.match_info.get("guild", "global")
        out = []
        for cmd in body:
            out.append({**cmd, "id": snowflake(), "application_id": str(APP_ID), "version": snowflake(),
                        "default_member_permissions": None, "type": cmd.get("type", 1)})
        self.synced[scope] = out
        return _json(out)

    def _message(self, body: dict | None, channel_id: str, *, author: dict = BOT_USER) -> dict:
        body = body or {}
        msg = {"id": snowflake(), "channel_id": channel_id, "author": author, "content": body.get("content", ""),
               "timestamp": "2026-11-26T00:00:00+00:00", "edited_timestamp": None, "tts": False,
               "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
               "embeds": body.get("embeds", []), "pinned": False, "type": 0, "flags": body.get("flags", 0),
               "components": body.get("components", [])}
        self.messages[msg["id"]] = msg
        return msg

    async def callback(self, request: web.Request) -> web.Response:
        iid = request.match_info["id"]
        if self.rate_limit_next.get("callback"):
            retry = self.rate_limit_next.pop("callback")
            self.requests.append(Recorded("POST", request.path, {"rate_limited": True}))
            return _json({"message": "You are being rate limited.", "retry_after": retry, "global": False},
                         status=429, headers={"Retry-After": str(retry), "X-RateLimit-Scope": "user",
                                                   "Via": "1.1 google"})  # as Discord's API sends
        body = await self._record(request)
        kind = body.get("type")
        data = body.get("data") or {}
        interaction = {"id": iid, "type": kind, "response_message_loading": kind == 5,
                       "response_message_ephemeral": bool(data.get("flags", 0) & 64)}
        out: dict = {"interaction": interaction}
        if kind in (4, 5, 7):
            msg = self._message(data, "0")
            interaction["response_message_id"] = msg["id"]
            out["resource"] = {"type": kind, "message": msg}
        return _json(out)

    async def followup(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        return _json(self._message(body, "0", author=user(APP_ID, "Pitwall", bot=True)))

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        await self._record(request)
        return _json(self._message({}, "0"))

    async def edit(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        return _json(self._message(body, "0"))

    async def delete_message(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.Response(status=204)

    async def channel_message(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        return _json(self._message(body, request.match_info["cid"]))

    # -- gateway -------------------------------------------------------------------------
    def _guilds_of(self, shard: tuple[int, int]) -> list[int]:
        sid, count = shard
        return [g for g in self.guild_ids if (g >> 22) % count == sid]

    def _guild(self, gid: int) -> dict:
        cid = str(self.channel_of[gid])
        return {"id": str(gid), "name": f"guild {gid}", "icon": None, "owner_id": "1", "unavailable": False,
                "member_count": 2, "large": False, "features": [], "emojis": [], "stickers": [],
                "roles": [{"id": str(gid), "name": "@everyone", "permissions": "0", "position": 0, "color": 0,
                           "hoist": False, "managed": False, "mentionable": False, "flags": 0}],
                "channels": [{"id": cid, "type": 0, "name": "general", "position": 0, "guild_id": str(gid),
                              "permission_overwrites": [], "nsfw": False, "parent_id": None}],
                "threads": [], "members": [], "voice_states": [], "presences": [], "stage_instances": [],
                "guild_scheduled_events": [], "premium_tier": 0, "preferred_locale": "en-US",
                "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
                "mfa_level": 0, "system_channel_flags": 0, "nsfw_level": 0}

    async def _send(self, s: Session, payload: dict) -> None:
        await s.ws.send_str(json.dumps(payload))  # text frames: discord.py only inflates binary ones

    async def _dispatch(self, s: Session, event: str, data: dict) -> None:
        s.seq += 1
        await self._send(s, {"op": 0, "t": event, "s": s.seq, "d": data})

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        session: Session | None = None
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            op, d = payload.get("op"), payload.get("d")
            if op == 1:
                self.heartbeats += 1
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                self.identifies.append(d)
                shard = tuple(d.get("shard") or (0, 1))
                session = Session(ws, shard, snowflake())  # type: ignore[arg-type]
                self.sessions[session.session_id] = session
                guilds = self._guilds_of(session.shard)
                await self._dispatch(session, "READY", {
                    "v": 10, "user": BOT_USER, "guilds": [{"id": str(g), "unavailable": True} for g in guilds],
                    "session_id": session.session_id, "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                    "shard": list(session.shard), "application": {"id": str(APP_ID), "flags": 0},
                    "private_channels": [], "relationships": []})
                for g in guilds:
                    await self._dispatch(session, "GUILD_CREATE", self._guild(g))
                session.identified.set()
            elif op == 6:
                self.resumes.append(d)
                session = self.sessions[d["session_id"]]
                session.ws = ws
                await self._dispatch(session, "RESUMED", {})
                session.identified.set()
        return ws

    def session_for_guild(self, guild_id: int) -> Session:
        for s in self.sessions.values():
            if guild_id in self._guilds_of(s.shard) and not s.ws.closed:
                return s
        raise LookupError(f"no live session holds guild {guild_id}")

    async def wait_identified(self, count: int = 1, timeout: float = 10.0) -> None:
        deadline = time.perf_counter() + timeout
        while len([s for s in self.sessions.values() if s.identified.is_set()]) < count:
            if time.perf_counter() > deadline:
                raise TimeoutError("the bot never identified")
            await asyncio.sleep(0.01)

    async def drop_connection(self, code: int = 4000) -> None:
        """Close every gateway connection with a resumable close code."""
        for s in self.sessions.values():
            s.identified.clear()
            await s.ws.close(code=code, message=b"fake reset")

    # -- events --------------------------------------------------------------------------
    def member(self, uid: int = 400000000000000001, name: str = "fan", bot: bool = False) -> dict:
        return {"user": user(uid, name, bot), "roles": [], "joined_at": "2026-01-01T00:00:00+00:00",
                "deaf": False, "mute": False, "flags": 0, "permissions": "2248473465835073", "nick": None}

    def interaction(self, kind: int, data: dict, *, guild_id: int | None = None, user_id: int = 400000000000000001,
                    message: dict | None = None) -> dict:
        gid = guild_id or self.guild_ids[0]
        iid = snowflake()
        payload = {"id": iid, "application_id": str(APP_ID), "type": kind, "token": f"token-{iid}", "version": 1,
                   "guild_id": str(gid), "channel_id": str(self.channel_of[gid]),
                   "channel": {"id": str(self.channel_of[gid]), "type": 0, "guild_id": str(gid), "name": "general",
                               "permission_overwrites": [], "position": 0, "nsfw": False},
                   "member": self.member(user_id), "data": data, "locale": "en-US", "guild_locale": "en-US",
                   "app_permissions": "2248473465835073", "entitlements": [], "context": 0,
                   "authorizing_integration_owners": {"0": str(gid)}, "attachment_size_limit": 8388608}
        if message is not None:
            payload["message"] = message
        return payload

    @staticmethod
    def command_data(command: str, /, **options: Any) -> dict:
        return {"id": snowflake(), "name": command, "type": 1,
                "options": [{"name": k, "type": 3, "value": v} for k, v in options.items() if v is not None]}

    @staticmethod
    def autocomplete_data(command: str, focused: str, value: str, /, **others: Any) -> dict:
        opts = [{"name": k, "type": 3, "value": v} for k, v in others.items()]
        opts.append({"name": focused, "type": 3, "value": value, "focused": True})
        return {"id": snowflake(), "name": command, "type": 1, "options": opts}

    async def send_interaction(self, payload: dict) -> str:
        s = self.session_for_guild(int(payload["guild_id"]))
        await self._dispatch(s, "INTERACTION_CREATE", payload)
        return payload["id"]

    async def send_message(self, content: str, *, author_id: int = 400000000000000001, bot: bool = False,
                           mentions_bot: bool = True, guild_id: int | None = None, reply_to: str | None = None) -> dict:
        gid = guild_id or self.guild_ids[0]
        msg = {"id": snowflake(), "channel_id": str(self.channel_of[gid]), "guild_id": str(gid),
               "author": user(author_id, "fan" if not bot else "otherbot", bot),
               "member": {k: v for k, v in self.member(author_id).items() if k != "user"},
               "content": content, "timestamp": "2026-11-26T00:00:00+00:00", "edited_timestamp": None,
               "tts": False, "mention_everyone": False, "mentions": [BOT_USER] if mentions_bot else [],
               "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0, "flags": 0,
               "components": []}
        if reply_to is not None:  # a reply, as Discord sends it: the reference and the message it resolves to
            msg["type"] = 19
            msg["message_reference"] = {"message_id": reply_to, "channel_id": msg["channel_id"], "guild_id": str(gid)}
            msg["referenced_message"] = self.messages[reply_to]
        await self._dispatch(self.session_for_guild(gid), "MESSAGE_CREATE", msg)
        return msg
