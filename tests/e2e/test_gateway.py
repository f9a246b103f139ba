"""Mentions, resuming, rate limits and load, all through the real client and the fake Discord."""
from __future__ import annotations

import asyncio
import statistics
import time

from tests.e2e.fake_discord import BOT_ID, FakeDiscord


def replies_to(fake: FakeDiscord, message_id: str) -> list:
    return [r for r in fake.requests if r.method == "POST" and "/channels/" in r.path
            and str((r.body or {}).get("message_reference", {}).get("message_id")) == message_id]


async def test_mention_is_answered_as_a_reply_without_pings(fake, bot):
    msg = await fake.send_message(f"<@{BOT_ID}> how did Sebastien Ugeux do? @everyone")
    rec = await fake.wait_for(lambda r: r.method == "POST" and "/channels/" in r.path)
    assert str(rec.body["message_reference"]["message_id"]) == msg["id"]
    assert rec.body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert "Sébastien Ugeux finished 10th overall" in rec.body["content"]
    assert len(rec.body["content"]) <= 2000


async def test_mention_with_nickname_syntax_and_ambiguity(fake, bot):
    msg = await fake.send_message(f"hey <@!{BOT_ID}> how did Rob do?")
    rec = await fake.wait_for(lambda r: replies_to(fake, msg["id"]))
    rec = replies_to(fake, msg["id"])[0]
    assert "Rob Barff" in rec.body["content"] and "Rob Wells" in rec.body["content"]


async def test_bots_and_unmentioned_messages_are_ignored(fake, bot):
    own = await fake.send_message(f"<@{BOT_ID}> who won?", author_id=BOT_ID, bot=True)
    other_bot = await fake.send_message(f"<@{BOT_ID}> who won?", author_id=500000000000000001, bot=True)
    plain = await fake.send_message("who won?", mentions_bot=False)
    marker = await fake.send_message(f"<@{BOT_ID}> who won?")
    await fake.wait_for(lambda r: replies_to(fake, marker["id"]))
    for ignored in (own, other_bot, plain):
        assert replies_to(fake, ignored["id"]) == []


async def test_resumes_after_a_resumable_close_and_still_answers(fake, bot):
    session_id = next(iter(fake.sessions))
    await fake.drop_connection(code=4000)
    await fake.wait_identified(1)
    assert fake.resumes and fake.resumes[0]["session_id"] == session_id
    assert len(fake.identifies) == 1  # resumed, not re-identified
    iid = await fake.send_interaction(fake.interaction(2, fake.command_data("car", number="25")))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert "Audi Sport Japan Team Goh" in rec.body["data"]["embeds"][0]["title"]


async def test_rate_limited_callback_is_retried_and_nothing_is_lost(fake, bot):
    fake.rate_limit_next["callback"] = 0.3
    started = time.perf_counter()
    iid = await fake.send_interaction(fake.interaction(2, fake.command_data("winner")))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/") and "type" in (r.body or {}))
    waited = time.perf_counter() - started
    attempts = fake.callbacks_for(iid)
    assert [bool(a.body.get("rate_limited")) for a in attempts] == [True, False]
    assert waited >= 0.3 and "Tom Kristensen" in rec.body["data"]["embeds"][0]["description"]


async def test_load_300_interactions_each_answered_once_without_blocking_the_loop(fake, bot, capsys):
    lags: list[float] = []
    stop = asyncio.Event()

    async def monitor() -> None:
        while not stop.is_set():
            t0 = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - t0 - 0.005)

    watcher = asyncio.create_task(monitor())
    questions = [("driver", {"name": "kristenson"}), ("class", {"name": "GTO"}), ("winner", {}),
                 ("team", {"name": "pescarolo"}), ("car", {"number": "121"}), ("ask", {"question": "who won GT Cup?"})]
    payloads = [fake.interaction(2, fake.command_data(cmd, **opts), user_id=400000000000000001 + i)
                for i, (cmd, opts) in enumerate(questions * 50)]
    sent_at: dict[str, float] = {}
    for p in payloads:
        sent_at[p["id"]] = time.perf_counter()
        await fake.send_interaction(p)
    ids = set(sent_at)
    done_at: dict[str, float] = {}
    deadline = time.perf_counter() + 30
    while len(done_at) < len(ids) and time.perf_counter() < deadline:
        for r in fake.requests:
            parts = r.path.split("/")
            if len(parts) > 4 and parts[3] == "interactions" and parts[4] in ids and parts[4] not in done_at:
                done_at[parts[4]] = r.at
        await asyncio.sleep(0.02)
    stop.set()
    await watcher
    per_id = {i: len(fake.callbacks_for(i)) for i in ids}
    assert set(per_id.values()) == {1}, "every interaction answered exactly once"
    latencies = sorted((done_at[i] - sent_at[i]) * 1000 for i in ids)
    worst_lag = max(lags) * 1000
    with capsys.disabled():
        print(f"\n[bench] 300 interactions: dispatch->callback p50 {statistics.median(latencies):.1f} ms, "
              f"p99 {latencies[int(0.99 * len(latencies)) - 1]:.1f} ms; worst event-loop lag {worst_lag:.1f} ms")
    # the figure above is the benchmark; only real blocking (a data call on the loop) fails the test:
    # a busy machine has stalled the loop for 100-180 ms without any blocking call
    assert worst_lag < 1000


async def _reply_body(fake: FakeDiscord, msg: dict) -> dict:
    await fake.wait_for(lambda r: replies_to(fake, msg["id"]))
    return replies_to(fake, msg["id"])[0].body


def _answer_message_id(fake: FakeDiscord, body: dict) -> str:
    """The id the fake gave the bot's reply (the message a user would reply to)."""
    return next(mid for mid, m in fake.messages.items() if m.get("content") == body["content"])


async def test_a_reply_to_pitwall_s_answer_gets_a_follow_up_answer(fake, bot):
    first = await fake.send_message(f"<@{BOT_ID}> who won GTO?")
    answer = await _reply_body(fake, first)
    assert "Martin Short" in answer["content"]
    # a Discord reply to the answer, with its ping (so the content comes without the privileged intent)
    follow = await fake.send_message("what car were they in?", reply_to=_answer_message_id(fake, answer))
    body = await _reply_body(fake, follow)
    assert "Mosler MT900R" in body["content"] and body["allowed_mentions"]["parse"] == []
    # and a reply to that answer goes on: a fragment asks the same about another class
    more = await fake.send_message("and GT Cup?", reply_to=_answer_message_id(fake, body))
    assert "Liz Halliday" in (await _reply_body(fake, more))["content"]


async def test_a_user_s_next_mention_continues_their_conversation_but_not_someone_else_s(fake, bot):
    first = await fake.send_message(f"<@{BOT_ID}> how did Tom Kristensen do?")
    assert "Tom Kristensen" in (await _reply_body(fake, first))["content"]
    mine = await fake.send_message(f"<@{BOT_ID}> who was his co-driver?")
    assert "Seiji Ara" in (await _reply_body(fake, mine))["content"]
    other = await fake.send_message(f"<@{BOT_ID}> who was his co-driver?", author_id=400000000000000777)
    assert "Seiji Ara" not in (await _reply_body(fake, other))["content"]
