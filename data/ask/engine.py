"""Free-text questions -> the same typed ``Answer`` the commands give.

No model and no network: ``data.ask.linking`` fills the question's frame with the entities it
names; the intent registry (``data.ask.intents``) picks the first intent the frame fits, and that
intent answers, reusing the command answers where they fit. A long message is reduced to the clause
that asks. Names that do not resolve are never replaced by somebody else: they give
``not_found`` or ``ambiguous``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re
from contextvars import ContextVar

from data.answers import AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, EntryView, ordinal
from data.fan_words import STOPPED_VERBS, as_the_engine_reads
from data.countries import country_words
from data.folding import fold
from data.ask.frame import Frame
from data.ask.linking import ORDINAL_WORDS, crew_by_slashes, names_a_race, parse_question, spelling_put_right, without_races
from data.ask.parts import ASKS, question_parts

from data.ask.helpers import (COUNT_WORDS, HELP, NO_DATA, ROLE_OF_WINNER, answer_lead, classifies_every_car, entry_who, finished,
                              first_sentence, has_make, rank_key, role_cars, yes_no)
from data.ask.status import has_status, status_filter
from data.ask.coverage import content_left
from data.ask.heeded import WHY_ASKED, heeded
from data.ask.intents import plan
from data.ask.subjects import entries_for_subjects
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

MAX_QUESTION = 500


_SENTENCE = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=\S)|(?<=[?!])\s+"
                       r"|\s+[-–—]+\s+(?=(?:who|what|which|how|when|where|why|did|was|were|is|does)\b)", re.I)


def question_clause(question: str) -> str:
    """In a long message, the question: the last sentence with a question mark (else with a question
    word); the story around it is context, never names (a race it names is kept: "at Spa")."""
    if len(question) < 100:
        return question  # a short message is the question itself ("did S.C.I. ever win their class?")
    sentences = [x.strip() for x in _SENTENCE.split(question.strip()) if x.strip()]
    if len(sentences) < 2:
        return question
    asked = [x for x in sentences if x.endswith("?")] or [
        x for x in sentences if re.match(r"(?i)^(?:who|what|which|how|when|where|why|did|was|were|is|does)\b", x)]
    return asked[-1] if asked else question


_PERSON_SAID = re.compile(r"(?i)\b(?:he|him|his|she|her|they|them|their)\b")


_THAT_YEAR = re.compile(r"(?i)\b(?:that|the same|that same|the very same|same) year\b")
_YEAR_SAID = re.compile(r"(?i)\b((?:19|20)\d\d)\b|(?:\bin |')(\d\d)\b(?! ?(?:laps?|cars?|points|pts|%))")


def _that_year_put(question: str) -> str:
    """ "gurney won le mans in 67, what happened to him at the british gp that year": "that year" is the one year the
    message said before it."""
    said = _THAT_YEAR.search(question)
    if said is None:
        return question
    years = {m.group(1) or ("19" if int(m.group(2)) >= 30 else "20") + m.group(2)
             for m in _YEAR_SAID.finditer(question[:said.start()])}
    if len(years) != 1:
        return question
    return f"{question[:said.start()]}{years.pop()}{question[said.end():]}"


# "2008 canadian gp, kubica won — who was 2nd?", "gurney won le mans in 67, what happened to him at the british gp":
# a win stated, then the question
_WON_STATED = re.compile(rf"(?i)^(?P<said>[^?]*\b(?P<verb>won|took the win|got p\d+|had pole|was on pole|got pole|"
                         rf"didn'?t start|did not start)\b[^?]*?)\s*(?:,|;|\.{{1,3}}|\s[-–—]+)\s*"
                         rf"(?:so |and |but |then )?(?P<asked>(?:{ASKS}|what about|how about)[^;]*)$")
# "emmo won argentina in 75, what about the 1975 swiss gp?": the one the statement names, in the race named next
_WHAT_ABOUT_RACE = re.compile(r"(?i)^(?:what|how) about (?P<race>[^,?]+?)\s*(?:[,?]+\s*(?P<q>\S.*?))?\s*\??\s*$")
_HIM = re.compile(r"(?i)\b(?:he|him|she|her)\b")
_HIS = re.compile(r"(?i)\b(?:his|her)\b")
_THEY = re.compile(r"(?i)\b(?:they|them)\b")
_THEIR = re.compile(r"(?i)\btheir\b")


def _pronouns_named(text: str, name: str, *, they: bool = False) -> str:
    """The question with "he", "his" (and "they", "their" where a crew may be meant) said as the driver's name."""
    if they:
        text = _THEIR.sub(f"{name}'s", _THEY.sub(name, text))
    return _HIS.sub(f"{name}'s", _HIM.sub(name, text))


def _car_said_for(question: str, said: re.Match[str], number: str) -> str:
    """The question with the words that described a car ("that came 2nd", "that finished") said as its number."""
    return " ".join(f"{question[:said.start()]} (#{number}) {question[said.end():]}".split())


def _win_stated(pw: Pitwall, question: str) -> str | Answer:
    """The question asked after a win the message states: of the race the statement names where the question names
    none, "him" the winner named; a decline where the results give that race another winner."""
    m = _WON_STATED.match(question.strip())
    if m is None or re.search(rf"(?i)\b{ASKS}", m["said"]):
        return question
    said = parse_question(pw, m["said"])
    if not isinstance(said, Frame) or said.race is None or not said.race_named or said.race_candidates[1:] or \
            said.other_races or len(said.drivers) != 1 or said.teams or said.cars or said.classes:
        return question  # ("bourdais won monterrey and mexico city - which win had the bigger margin": both asked of)
    entries = entries_for_subjects(pw, said, said.race)[0][1]
    name = said.drivers[0].name
    if m["verb"].lower() in ("won", "took the win") and entries and not any(e.position == 1 for e in entries):
        e = min(entries, key=rank_key)
        return Answer(UNSUPPORTED, f"{name} did not win the {said.race.title}: {e.place}. The question takes a win the "
                      "results do not show, so I won't answer it as asked.", races=[said.race], entries=[e])
    if not entries or not _claim_held(m["verb"], entries):
        return question  # a place, pole or non-start the results do not show (or cannot): read as it was written
    about = _WHAT_ABOUT_RACE.match(m["asked"])
    if about and names_a_race(pw, about["race"]):
        asked = f"{about['q'].rstrip(' ?')} ({name}) at {about['race']}?" if about["q"] else \
            f"how did {name} do at {about['race']}?"
        return _pronouns_named(asked, name)
    asked = m["asked"] if said.drivers[0].name.lower() in m["asked"] else _pronouns_named(m["asked"], name)
    if not names_a_race(pw, asked):
        asked = f"{asked.rstrip(' ?.!')} at the {said.race.title}?"
    return asked


def _claim_held(verb: str, entries: list[EntryView]) -> bool:
    """Whether the results show what a statement says of its driver: a win (checked before), "got p2", pole (grid 1),
    "didn't start" (DNS)."""
    verb = verb.lower()
    place = re.fullmatch(r"got p(\d+)", verb)
    if place:
        return any(e.position == int(place[1]) for e in entries)
    if "pole" in verb:
        return any(e.grid == 1 for e in entries)
    if "start" in verb:
        return any((e.status or "").upper() == "DNS" or (e.position_text or "").upper() == "DNS" for e in entries)
    return True


# "pole time? on my phone cant find it", "number of dnfs? me and my mate disagree", "how many in gto, stats nerd here":
# the question, then words of the fan's own after a question mark or a comma
_REMARK_SPLIT = re.compile(r"\?+\s*|,\s+|\s+(?=or (?:am i|is it just me|was i|did i|have i|is my memory)\b)")
# a remark is the fan's own: about themselves, their mates or the chat
_ABOUT_THEMSELVES = re.compile(r"\b(?:i|im|ive|id|me|my|mine|we|were|our|us|you|u|ur|mate|mates|bro|lads|lol|haha|lmao|"
                               r"pls|plz|thanks|thx|cheers|nerd|here|phone|reckon|guess|bet|argument|someone|somebody|"
                               r"chat|felt|feels|seemed)\b")


_HEDGE = re.compile(r"\b(?:i think|i thought|i reckon|i guess|iirc|i believe|pretty sure|im sure|i m sure|wasnt it|"
                    r"was it not|didnt he|didnt they|or something)\b")
_ASKED_WORD = re.compile(r"\b(?:who|what|which|where|when|why|how|whats|whos)\b")


def _remark_set_aside(pw: Pitwall, question: str) -> str:
    """The question without what the fan adds after it: a remark about themselves that names nothing stored ("pole
    time? on my phone"), a hedged guess ("podium at monterrey 06? sebastien won i think") or a bare name guessed after
    the question mark ("fastest lap holder? kimi?"); the answer says who it was either way. A name, class, make, nation,
    place or race said in a remark of another kind may be part of what is asked, so the message stays whole."""
    if len(question) > 300:
        return question
    marks = list(_REMARK_SPLIT.finditer(question))
    asked = [m for m in marks if m.group(0).startswith("?")][:1]  # "pole time? on my phone…": after the question mark
    for cut in [*asked, *marks[-1:]]:
        head, tail = question[:cut.start()], question[cut.end():]
        after_mark = cut.group(0).startswith("?")
        if not tail.strip(" ?!.") or len(head.split()) < 2 or not (after_mark or re.search(rf"(?i)\b{ASKS}", head)):
            continue
        folded = fold(tail)
        said = parse_question(pw, tail)
        if _HEDGE.search(folded) and not _ASKED_WORD.search(folded) and isinstance(said, Frame) and not (
                said.classes or said.race_named or said.positions or said.countries or status_filter(said)):
            return f"{head.rstrip(' ,?')}?"  # "sebastien won i think": the asker's guess, which the answer settles
        if not isinstance(said, Frame) or re.search(rf"(?i)\b{ASKS}", tail):
            continue
        if after_mark and len(tail.split()) <= 4 and (said.subjects or said.makes) and not re.match(
                r"\s*(?:and|n|&|\+|plus|what about|how about|also|or|vs|versus)\b", folded) and not (
                said.classes or said.positions or said.race_named or said.countries or content_left(said)):
            return f"{head.rstrip(' ,?')}?"  # "fastest lap holder + time? kimi raikonen?": a name guessed
        if len(tail.split()) < 2 or not _ABOUT_THEMSELVES.search(folded) or re.search(r"\d{4}|'\d\d", tail) or \
                said.subjects or said.classes or said.makes or said.countries or said.positions or said.race_named or \
                said.tyres or said.statuses_left_out or said.cars_left_out or status_filter(said) or re.search(
                    r"\b(?:not|no|only|but|except|and the|or the|than|overall|class|laps?|points?|time|gap|before|after|"
                    r"first|last|too|also|either|both)\b", folded):
            continue
        log.debug("remark set aside: %r", tail)
        return f"{head.rstrip(' ,?')}?"
    return question


# "busch series 07 - the race jason leffler won, who was 2nd": a race named by who won it
_RACE_WON_BY = re.compile(r"(?i)\bthe (?:race|round|one|event) (?:that |which )?(?P<who>[a-z][\w .'’-]{2,40}?) won\b")


def _race_won_by(pw: Pitwall, question: str) -> str:
    """The question with a race said by its winner named by its title, where the winner won one race of those the
    rest of the question fits; as asked otherwise."""
    m = _RACE_WON_BY.search(question)
    if m is None:
        return question
    who = parse_question(pw, m["who"])
    if not isinstance(who, Frame) or len(who.drivers) != 1 or who.teams or who.cars or content_left(who):
        return question
    rest = parse_question(pw, f"{question[:m.start()]} {question[m.end():]}")
    fits = {r.id for r in (rest.race_candidates or [rest.race])} if isinstance(rest, Frame) and rest.race_named and \
        rest.race is not None else None
    won = {e.race.id: e.race for e in pw.results.driver_entries(int(who.drivers[0].id)) if e.position == 1 and (
        fits is None or e.race.id in fits)}
    if len(won) != 1:
        return question
    race = next(iter(won.values()))
    rest_text = f"{question[:m.start()]} {question[m.end():]}"
    if fits:  # the words that named the races ("busch series 07") said once, by the race's title
        rest_text = without_races(rest_text, list(rest.race_candidates or [rest.race]))
    return f"{rest_text.strip(' ,-–—?')} at the {race.title}?"


# "montoya at spa 05, he was p2 and got taken out late right? where was he classified": something the fan believes,
# put to be confirmed, then the question
_BELIEF_THEN_ASKED = re.compile(rf"(?i)^(?P<said>[^?]{{8,}}?(?:\b(?:right|yeah|innit|(?:was|is|did|does|were|wasn'?t|isn'?t|"
                                rf"didn'?t|doesn'?t) (?:it|he|she|they)))?\s*\?+)\s*(?P<asked>{ASKS}[^?]*\??)\s*$")
_STATED = re.compile(r"(?i)\b(?:was|were|had|got|did|won|went|finished|raced|drove|took|started|is|are|ran)\b")


def _belief_set_aside(pw: Pitwall, question: str) -> str | Answer:
    """The question asked after a belief put to be confirmed, of the race (or races) and the one driver the belief
    names: the belief sets the scene, and the answer shows whether it holds."""
    m = _BELIEF_THEN_ASKED.match(question.strip())
    if m is None or re.search(rf"(?i)(?:^|[:,;.!–—-]\s*){ASKS}|\b(?:who|what|which|where|when|why|how)\b", m["said"]) or \
            not _STATED.search(m["said"]) or re.match(r"(?i)\s*(?:was|is) (?:it|that)\b", m["asked"]) or \
            len(question_parts(m["asked"])) > 1 or names_a_race(pw, m["asked"]):
        return question  # ("who won? where did he start": two questions; "…? was it the audi": a guess; the parts
        # of a question, or a question naming its own race, read as they are)
    said = parse_question(pw, m["said"])
    if not isinstance(said, Frame) or said.race is None or not said.race_named or said.race_candidates[1:] or \
            said.race_by_year_only or len(said.other_races) > 2 or len(said.drivers) > 1 or said.teams or \
            len(said.cars) > 1 or said.cars and said.drivers:
        return question
    if said.drivers and not pw.results.driver_entries(int(said.drivers[0].id), said.race.id) or \
            _answer_question(pw, m["said"]).status == NOT_FOUND:
        return question  # "kristensen won le mans 2003 right?": not the race the words found; read whole, declined
    if re.search(r"(?i)\b(?:won|took the win)\b", m["said"]):  # "lagorce won spa 03 right? ...": the win checked
        stated = _win_stated(pw, f"{m['said'].rstrip(' ?')}, {m['asked']}")
        if isinstance(stated, Answer):
            return stated  # the win the results do not show, said
    asked = m["asked"]
    if said.cars and re.search(r"(?i)\bit\b", asked):
        asked = re.sub(r"(?i)\bit\b", f"#{said.cars[0]}", asked, count=1)  # "the 99 … got NC'd right? how many laps did it…"
    elif said.drivers and (_HIM.search(asked) or _THEY.search(asked) or _THEIR.search(asked)):
        # ("peter cook raced at spa 03 right? how many laps did they do")
        asked = _pronouns_named(asked, said.drivers[0].name, they=True)
    elif said.drivers and not re.search(r"(?i)\b(?:it|they|them|their)\b", asked):
        return question
    asked = re.sub(r"(?i)\bwas it held\b", "was the race held", asked)
    if not names_a_race(pw, asked):
        races = [said.race, *said.other_races]
        asked = f"{asked.rstrip(' ?.!')} at " + " and ".join(f"the {r.title}" for r in races) + "?"
    return asked


# "and gt cup? who took that one" with nothing said before: the question, of what was put in front of it
_PUT_FIRST = re.compile(r"(?i)^\s*(?:(?:ok|okay|so|right)\b[\s,]*)?(?:and|what about|how about)\s+(?:(?P<prep>in|at|for)\s+)?"
                        r"(?P<frag>[^,?]{2,40}?)\s*[,?]+\s*(?P<q>(?:who|what|which|how|did|was|were|where|whats)\b[^?]*)\??\s*$")


def answer_question(pw: Pitwall, question: str) -> Answer:
    """Answer one free-text question about the stored results."""
    put_first = _PUT_FIRST.match(question)
    if put_first:
        question = f"{put_first['q'].rstrip(' ?')} {put_first['prep'] or 'in'} {put_first['frag']}?"
    believed = _belief_set_aside(pw, question)
    if isinstance(believed, Answer):
        return believed
    question = believed
    question = _race_won_by(pw, _remark_set_aside(pw, _that_year_put(question)))
    stated = _win_stated(pw, question)
    if isinstance(stated, Answer):
        return stated
    question = stated
    # "winer and gap?" is two questions; fans' words first ("quali" is qualifying, never a slip to put right)
    parts = question_parts(spelling_put_right(pw, as_the_engine_reads(question)), lambda t: names_a_race(pw, t))
    if len(parts) > 1:
        from data.ask.conversation import answer_parts  # a conversation builds on this module's answers
        return answer_parts(pw, parts)
    question = parts[0]  # "did either Morgan finish? where": the first asks it all
    clause = question_clause(question)
    if clause != question:
        clause = _story_subject_put(pw, question, clause)
        answer = answer_question(pw, clause)
        if answer.status != ANSWERED and _PERSON_SAID.search(clause):
            told = parse_question(pw, question.replace(clause, " "))
            if isinstance(told, Frame) and len(told.drivers) == 1 and not told.cars and \
                    told.race_named and told.race is not None and not told.race_candidates[1:]:
                # "carroll shelby drove an aston at le mans 54 and at the 59 dutch gp - how many laps did he get in
                # each": him, in the races the story names
                races = " and the ".join(r.title for r in (told.race, *told.other_races))
                named = answer_question(pw, f"{_pronouns_named(clause, told.drivers[0].name).rstrip(' ?.!')} at the "
                                            f"{races}?")
                if named.status == ANSWERED:
                    return named
            # "yuki takahashi won the 250 at ... - what bikes was he on?": "he" is the one the sentence before names
            whole = _answer_question(pw, question)
            return whole if whole.status == ANSWERED and not _declines_in_words(whole, question) else answer
        story = parse_question(pw, question)
        if answer.status != ANSWERED or isinstance(story, Answer) or story is None or not story.race_named:
            return answer
        asked = parse_question(pw, clause)
        if isinstance(asked, Answer) or asked is None or asked.race_named:
            return answer
        # the question names no race but the story does ("we were at Road Atlanta ... what was #4's ..."):
        return answer_question(pw, f"{clause.rstrip(' ?.!')} at the {story.race.title}?")
    answer = _answer_question(pw, question)
    named = _given_names_said(question, answer)
    if named is not None:
        answer = _answer_question(pw, named)
    if _declines_in_words(answer, question):
        answer.status = UNSUPPORTED  # "The article gives no fastest lap": a decline says so in its status
    elif answer.status == ANSWERED and _OUT_THEN_WHAT.search(fold(question)) and answer.focus and \
            not any(e.reason for e in answer.focus):
        # "#3 went out on 188 laps, what happened": why it went out, which the results do not say
        answer = Answer(UNSUPPORTED, "The results give no reason why it stopped, only that it did: "
                        + answer.summary, races=answer.races, entries=answer.entries, focus=answer.focus)
    return answer


# a stop stated, then "what happened": why it stopped is asked, not that it did
_OUT_THEN_WHAT = re.compile(r"\b(?:went out|retired|dnf\w*|broke down|stopped|pulled out|out on|out after|didnt finish|"
                            r"did not finish|crashed out|not classified)\b[^?]*\bwhat happened\b|"
                            r"\bwhat happened\b.*\b(?:down as|listed as|shown as|marked as|given as) (?:a )?(?:ret|dnf|retired|"
                            r"nc|not classified)\b")


def _story_subject_put(pw: Pitwall, question: str, clause: str) -> str:
    """ "my uncle saw the little lotus elises at spa in 03 ... did they even finish??": "they" are the cars of the one make
    the story named, so the clause is asked of them; otherwise it stays as asked (a person the story names is read
    with the whole message)."""
    said = re.search(r"(?i)\b(they|them)\b", clause)
    if said is None:
        return clause
    story = parse_question(pw, question.replace(clause, " "))
    if not isinstance(story, Frame):
        return clause
    if len(story.makes) != 1 or story.subjects:
        return clause
    return f"{clause[:said.start()]}the {story.makes[0][0]} cars{clause[said.end():]}"


def _given_names_said(question: str, answer: Answer) -> str | None:
    """ "which cook finished higher, paula or peter?": a surname two drivers share, their given names said beside it;
    the question with each given name made the full name (None when the question gives no such names)."""
    if answer.status != AMBIGUOUS or not answer.choices or any(c.kind != "driver" for c in answer.choices):
        return None
    names = [c.label.split(" — ")[0].split(" (")[0] for c in answer.choices]
    words = fold(question).split()
    said = [n for n in names if len(n.split()) >= 2 and fold(n).split()[0] in words]
    surnames = {fold(n).split()[-1] for n in said}
    if len(said) < 2 or len({fold(n).split()[0] for n in said}) < len(said) or len(surnames) != 1:
        return None  # two people of one surname, each by a given name of their own ("paula or peter")
    surname = fold(said[0]).split()[-1]
    text = fold(question)
    for n in said:
        text = re.sub(rf"\b{re.escape(fold(n).split()[0])}\b(?!\s+{re.escape(surname)})", n.lower(), text, count=1)
    # the surname said alone ("which cook") names no one more once both are named in full
    given = {fold(n).split()[0] for n in said}
    words = text.split()
    alone = next((i for i, w in enumerate(words) if w == surname and (i == 0 or words[i - 1] not in given)), None)
    return " ".join(w for i, w in enumerate(words) if i != alone)


def _declines_in_words(answer: Answer, question: str) -> bool:
    """Whether an answer that says it found nothing ("gives no", "none given") was marked answered."""
    # "Dan Gurney and A. J. Foyt:" heads each one's answer: the first of those says what was found
    said = answer.lines[0] if answer.summary.endswith(":") and answer.lines else answer.summary
    first = first_sentence(said)
    no_reason = "give no reason" in said.split("\n")[0] and WHY_ASKED.search(fold(question))  # "what put X out?"
    # "...got NC, what went wrong with the pilbeam?": its laps first, then that the results give no reason
    no_reason = no_reason or "the results give no reason" in answer.summary and re.search(
        r"\bwhat went wrong\b", fold(question)) is not None
    return answer.status == ANSWERED and bool(NO_DATA.search(first) or no_reason) and not re.match(r"^(?:Yes|No)\b",
                                                                                                 first)


# "which two drivers retired with a collision?": the count said is a check on the answer, not a condition
_COUNT_SAID = re.compile(r"(?i)\b(which|what|name|list|who were)\s+(?:the\s+)?(two|three|four|2|3|4)\s+"
                         r"(drivers|riders|racers|cars|bikes|teams|entries|constructors|manufacturers)\b")
# "which two drove the winning gulf mirage": the drivers, their number said as a check
_COUNT_DROVE = re.compile(r"(?i)\b(which|who were the)\s+(two|three|four|2|3|4)\s+(?=drove|raced|shared|were in)")
_PEOPLE_NOUNS = ("drivers", "riders", "racers")


# "indy 500 2011 - how many laps did wheldon lead?": the race said first, then the question
_RACE_FIRST = re.compile(rf"(?i)^(?P<race>[^?!.]{{3,60}}?)\s*(?:\s[-–—]|:|,)\s+(?P<asked>{ASKS}.*)$")


def _race_put_last(pw: Pitwall, question: str) -> str:
    """The question with a race said before it moved to its end, where questions name races; as it was when
    the words before it name anything but a race."""
    m = _RACE_FIRST.match(question.strip())
    if m is None or re.search(rf"(?i)\b{ASKS}", m["race"]):
        return question
    lead = parse_question(pw, m["race"])
    if not isinstance(lead, Frame) or not lead.race_named or lead.subjects or lead.classes or lead.makes or \
            content_left(lead) or lead.race_by_year_only:
        return question
    if lead.race_candidates[1:]:  # "mugello 96, who won the 250 race?": the words said, for the question to choose
        return f"{m['asked'].rstrip(' ?!.')} at {m['race'].strip()}?"
    return f"{m['asked'].rstrip(' ?!.')} at the {lead.race.title}?"


def _answer_question(pw: Pitwall, question: str) -> Answer:
    question = _COUNT_DROVE.sub(r"\1 \2 drivers ", _race_put_last(pw, question))
    said = _COUNT_SAID.search(question)
    if said is not None:
        answer = _answer_question(pw, _COUNT_SAID.sub(r"\1 \3", question, count=1))
        n = COUNT_WORDS.get(said.group(2).lower()) or int(said.group(2))
        people = said.group(3).lower() in _PEOPLE_NOUNS
        rows = answer.focus or answer.entries  # a winner's answer names its car in the focus
        found = len({d for e in rows for d in e.drivers}) if people else len(rows)
        if answer.status != ANSWERED or found == n or not found:
            return answer
        answer.summary = f"The results list {found}, not {n}: {answer.summary}"  # another number than the question said
        return answer
    grid_said = _GRID_PREMISE.search(question)
    if grid_said and re.search(rf"(?i)\b{ASKS}", question[grid_said.end():]):
        # "alonso started 2nd in china 09, where did he finish": the start checked, then the question asked
        held = _grid_premise_held(pw, question, grid_said)
        if isinstance(held, Answer):
            return held
        question, confirmed = held
        if confirmed:
            answer = answer_question(pw, question)
            if answer.status == ANSWERED:
                answer.summary = f"{confirmed} {answer.summary}"
            return answer
    laps_said = _LAPS_OUT_SAID.search(question)
    if laps_said and re.search(rf"(?i)\b{ASKS}", question[laps_said.end():]):
        held = _laps_out_held(pw, question, laps_said)
        if held is not None:  # "hamilton and kimi both went out on lap 19, what's the reason": the laps checked
            rest, note = held
            answer = _answer_question(pw, rest)
            if note and answer.status == ANSWERED:
                answer.summary = f"{note} {answer.summary}"
            return answer
    question = _car_by_how_it_ended(pw, question)
    place_said = _PLACE_CLAUSE.search(question)
    if place_said:
        # "how many laps did the pescarolo that came 2nd do": that car, its place checked
        held = _stated_place_held(pw, question, place_said, grid=False)
        if isinstance(held, Answer):
            return held
        question = held[0]
    question = _class_roles_as_cars(pw, question)
    if ROLE_OF_WINNER.search(question):
        # "how many laps was the 25 ahead of the sr2 winner?": that winner as the car it was, so two cars are compared
        named = parse_question(pw, question)
        if isinstance(named, Frame) and named.race is not None and not named.race_candidates[1:] and \
                (named.subjects == 1 or not named.subjects and bool(named.makes)):
            question = role_cars(pw, question, named.race)
    retiring = _BEFORE_RETIRING.search(question) or _WHEN_OUT.search(question)
    parsed = parse_question(pw, _BEFORE_RETIRING.sub("", question))
    if parsed is None:
        return Answer(UNSUPPORTED, "Ask me about the race results. " + HELP)
    if isinstance(parsed, Answer):
        return parsed
    premise = _retirement_not_held(pw, parsed) if retiring else _win_premise_not_held(pw, parsed)
    if premise is not None:
        return premise
    answer = heeded(parsed, plan(pw, parsed))  # never an answer that ignored part of the question
    answer = _class_of_the_subject(pw, parsed, answer)
    if answer.status == UNSUPPORTED and parsed.other_races and not _ASKING_EACH_RACE.get() and (
            (parsed.subjects == 1 or _one_car_named(pw, parsed)) and (
                _ONE_RACE_ONLY in answer.summary or _EACH_SAID.search(parsed.text) or re.search(r"\bpoints\b", parsed.text))
            or not parsed.subjects and _races_each_named(parsed)):
        # "zanardi's points at miami 98 and toronto 98": asked of each race, answered only where each one answers
        token = _ASKING_EACH_RACE.set(True)  # each race's own question is never split again (per thread, per task)
        try:
            answer = _in_each_race(pw, parsed, question) or answer
        finally:
            _ASKING_EACH_RACE.reset(token)
    _note_frame(pw, parsed, answer)
    _lead_with_yes_or_no(pw, parsed, answer)
    _yes_or_no_unsaid(p=parsed, answer=answer)
    if (answer.status == ANSWERED and not parsed.race_named and parsed.race is not None and answer.races
            and {r.id for r in answer.races} == {parsed.race.id} and pw.results.race_count() > 1):
        # "who won sr2?" with many races stored: the latest race that fits, and the reply says so
        answer.summary += f"\n(No race named: this is the latest stored race that fits, the {parsed.race.title}.)"
    return answer


_ONE_RACE_ONLY = "it answers for one race but not for"
_ASKING_EACH_RACE: ContextVar[bool] = ContextVar("asking_each_race", default=False)
# "in each race", "both times", "the two superbike races": the question asked of every race it names
_EACH_SAID = re.compile(r"\b(?:each|both) (?:time|times|race|races)\b|\bin each\b|\bboth\b(?: \w+){0,2} races\b|"
                        r"\bhow (?:did|d) both (?:go|went|turn out|end up|pan out)\b|"
                        r"\b(?:the|his|her|their|both) (?:two|2|three)\b(?: \w+){0,2} races\b")
_TOTAL_SAID = re.compile(r"\b(?:total|totals|put together|combined|altogether|in all|sum|added up|between them)\b|\+")


def _class_of_the_subject(pw: Pitwall, p: Frame, answer: Answer) -> Answer:
    """ "where did #9 end up in SR2" where #9 ran in SR1: the class asked is not the subject's, so the answer about the
    car (its own class) answers a different question; said so."""
    if answer.status != ANSWERED or not p.classes or p.subjects != 1 or p.positions or p.race is None or \
            p.race_candidates[1:] or p.other_races or p.intent == "a car against any car of a class":
        return answer  # ("was #122 ahead of any gt cup car": the other class is what it is measured against)
    name, entries = entries_for_subjects(pw, p, p.race)[0]
    entries = [e for e in entries if e.race.id == p.race.id]
    if not entries or any(e.class_name in p.classes for e in entries):
        return answer
    return Answer(UNSUPPORTED, f"{name} ran in {entries[0].class_name} in the {p.race.title}, not in "
                  f"{'/'.join(p.classes)}: the question takes a class the results do not give it.", races=[p.race],
                  entries=entries)


def _one_car_named(pw: Pitwall, p: Frame) -> bool:
    """ "team jota (hignett/stack) at brno 02 and dijon 02": a team and its crew, who are one car in each race named."""
    if p.subjects < 2:
        return False
    for race in (p.race, *p.other_races):
        cars = set()
        for _name, entries in entries_for_subjects(pw, p, race):
            here = [e.id for e in entries if e.race.id == race.id]
            if len(here) != 1:
                return False
            cars.add(here[0])
        if len(cars) != 1:
            return False
    return True


def _races_each_named(p: Frame) -> bool:
    """ "top 3 at the 98 french gp and the 05 british gp", "who retired at brno 02 and dijon 02": a few races, each
    named by its own words (not a place several races share), so a question about the field is asked of each."""
    named = {r.id for r in (p.race, *p.other_races) if r is not None}
    return p.race_named and not p.race_by_year_only and {r.id for r in p.race_candidates} <= named and \
        len(p.other_races) <= 3


def _in_each_race(pw: Pitwall, p: Frame, question: str) -> Answer | None:
    """ "what did jeff gordon start in the 98 pepsi 400 and the 07 aaron's 499?", "zanardi's total points from miami 98
    + toronto 98": the question asked of each race named, answered only when every race answers it; a total of
    points where one was asked for."""
    races = sorted([p.race, *p.other_races], key=lambda r: (r.date or "", r.id))  # in time order, as a fan reads
    # (a crew said "hignett/stack" is two names before the race words and punctuation go)
    asked = without_races(_TOTAL_SAID.sub(" ", crew_by_slashes(pw, question)), races)
    asked = re.sub(r"\b(?:in|at|from|for) (?:each|both)(?: of them| races?| times?)?\b|\bboth times\b|\beach time\b|"
                   r"\b(?:in|at|from|for|of) (?:the )?(?:two |2 |three |both |all )?(?:races|rounds|heats|legs)\b|"
                   r"\b(?:the|his|her|their|both) (?:two|2|three)\b(?: \w+){0,2}? races\b(?: (?:you|u) (?:have|got|ve got))?|"
                   r"\bthe (?:two|2)\b|\bboth\b(?= (?:go|went|turn out|end up|pan out)\b)", " ", asked)
    nations = country_words()  # "(canada 08, china 09)": the races' own countries, named by the races already
    theirs = {nations[w] for r in races for w in fold(f"{r.title} {r.location or ''}").split() if w in nations}
    words = asked.split()  # (a nation said of people, "british drivers", stays: it is a condition)
    asked = " ".join(w for k, w in enumerate(words) if nations.get(fold(w)) not in theirs or (
        k + 1 < len(words) and fold(words[k + 1]) in ("drivers", "driver", "riders", "rider", "racers")))
    answers = [pw.ask(f"{' '.join(asked.split())} at the {r.title}?") for r in races]
    if any(a.status != ANSWERED for a in answers):
        return None
    lines = [f"{r.title}: {answer_lead(a)}" for r, a in zip(races, answers)]
    lead = ""
    focus = [a.focus[0] for a in answers if len(a.focus) == 1]
    if (_TOTAL_SAID.search(question) or re.search(r"\bhow many points\b", question)) and re.search(
            r"\bpoints?\b", question) and len(focus) == len(races) and all(
            e.points is not None for e in focus):
        total = sum(e.points or 0 for e in focus)
        lead = f"{entry_who(focus[0])}: {total:g} points in all over the {len(races)} races (race points as printed).\n"
    return Answer(ANSWERED, lead + "\n".join(lines), races=races, entries=focus, focus=focus[-1:] if focus else [])


# a question that takes it as given that the one it names won: "X's winning margin", "when he won", "how did X
# manage to win"
_WIN_PREMISE = re.compile(r"\bwhen (?:he|she|they|it) won\b|\b(?:his|her|their|its) (?:win|victory)\b|"
                          r"\b(?:his|her|their|its) (?:winning margin|margin of victory)\b|\bmanaged? to win\b|"
                          r"\bafter (?:he|she|they) won\b|\b(?:his|her|their) winning (?:car|drive|run|time)\b|"
                          r"\b(?:turn|turned|convert|converted)\b.{0,30}\binto (?:the |a )?(?:win|victory)\b|"
                          # "how did X win", "why did X win", "how many laps did X win by", "by how much did X win",
                          # "points for winning", "who did X beat to win"
                          r"\b(?:how|why) did\b(?!.*\bnot\b)(?:\s+\S+){1,5}\s+win\b|\bwin\b(?:\s+\S+){0,6}\s+by\s*\??$|"
                          r"\bby how (?:much|many \w+|far)\b[^?]*\bwin\b|\bfor winning\b|\bbeat\b[^?]*\bto win\b")
_PODIUM_PREMISE = re.compile(r"\b(?:his|her|their|its) podium\b|\bfor (?:the |a |\w+ ){1,3}podium\b|\bwhen (?:he|she|"
                             r"they|it) (?:got on|made|took|reached|was on) the podium\b")
_PLACE_PREMISE = re.compile(r"\b(?:when|after) (?:he|she|they|it) (?:came|finished|was|placed|took|got|ended)\b")
_OWN_MARGIN = re.compile(r"\b(?:winning margin|margin of victory)\b")


def _premise_said(p: Frame) -> bool:
    """Whether the question takes a win (or a place: "when he came 2nd") of the one it names as given."""
    return _win_said(p) or _PODIUM_PREMISE.search(p.text) is not None or (
        _PLACE_PREMISE.search(p.text) is not None and len(p.positions) == 1)


def _win_said(p: Frame) -> bool:
    """Whether the question takes the win of the one it names as given: a phrase above, or the name right before
    "winning margin" ("Button's winning margin"; the possessive is cleaned away), never "the margin over Button"."""
    if _WIN_PREMISE.search(p.text):
        return True
    for _start, end in p.named_at.values():
        # "kimi won silverstone 2005 from 12th…", "rossi 125cc win at mugello", "troy bayliss winning time": the one
        # named, then his win said as a fact
        after = p.words[end + 1:end + 3]
        if after[:1] in (["won"], ["winning"]) or "win" in after and not re.search(r"\b(?:did|does|can|could|will)\b",
                                                                                    " ".join(p.words[:end + 1])):
            return True
    m = _OWN_MARGIN.search(p.text)
    if m is None or not p.named_at:
        return False
    before = len(p.text[:m.start()].split()) - 1  # the index of the word right before the phrase
    after = len(p.text[:m.end()].split()) + 1  # "the winning margin of X" ("by how much did X win", rewritten)
    return any(end == before or (start == after and p.words[after - 1:after] == ["of"])
               for start, end in p.named_at.values())


_GRID_PREMISE = re.compile(r"(?i)(?:\b(?:started|lined up)\s+(?:from\s+|in\s+|on\s+)?(?:p|grid\s+|position\s+)?"
                           r"(\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                           r"(?:st|nd|rd|th)?(?:\s+on\s+the\s+grid)?|\b(?:had|took|got|was on|started on|sat on) "
                           r"(?:the )?(?:(?P<part>[\w-]+) )?pole(?: position)?)\b(?=[^?]*[,;-]|\s+(?:at|in)\b)")  # "had 250cc pole"


# "the pescarolo that came 2nd", "the jag which finished 4th in class": a car described by the place it took
_PLACE_CLAUSE = re.compile(r"(?i)(?<=[a-z0-9] )(?<!\band )(?<!\bor )(?<!\bso )(?<!\bbut )(?:that|which)\s+(?:came|finished|placed|ended up|ended|was|got|took)\s+(?:in\s+|home\s+)?"
                           r"(?:p\s?)?(\d{1,2}(?=st|nd|rd|th)|(?<=p)\d{1,2}|(?<=p )\d{1,2}|first|second|third|fourth|fifth|"
                           r"sixth|seventh|eighth|ninth|tenth)"
                           r"(?:st|nd|rd|th)?(?:\s+(?:place|position))?(\s+overall|\s+in (?:the |its |their |his )?class)?\b")


# "the dewalt tvr that finished, how many laps": of a team's or make's cars, the one that ended the race so
_ENDED_CLAUSE = re.compile(r"(?i)(?<=[a-z0-9] )(?<!\band )(?<!\bor )(?:that|which)\s+(?P<how>finished|was classified|made it"
                           r"(?: to the (?:end|flag|finish))?|saw the flag|retired|dnf'?d|dnfed|crashed out|didn'?t finish|"
                           r"did not finish|was not classified|wasn'?t classified)\b")


_ROLE_SAID = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+){1,3}?(?:winner|winning car|runner[- ]?up|car|finisher|entry|team)\b")


def _class_roles_as_cars(pw: Pitwall, question: str) -> str:
    """ "who was ahead, the gto winner or the second placed sr2 car?": each car named by its class and place said by
    its number, so that two classes' places are never read as every place of both classes."""
    if len(_ROLE_SAID.findall(question)) < 2:
        return question  # (two cars said so, or nothing to do: no second reading of every question)
    p = parse_question(pw, question)
    if not isinstance(p, Frame) or p.race is None or p.race_candidates[1:] or len(p.classes) < 2:
        return question
    ordinals = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    field = pw.results.race_entries(p.race.id)
    asked = question
    for name in p.classes:
        role = re.compile(rf"(?i)\bthe\s+(?:(?P<pos>{ordinals}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:placed\s+|place\s+)?)?"
                          rf"{re.escape(name)}\s+(?P<role>winner|winning car|runner[- ]?up|car|finisher|entry|team)\b")

        def car(m: re.Match[str], name: str = name) -> str:
            said = (m["pos"] or "").lower()
            n = 1 if m["role"].lower().startswith("win") else 2 if m["role"].lower().startswith("runner") else (
                ORDINAL_WORDS.get(said) or (int(re.sub(r"\D", "", said)) if said else None))
            if n is None or m["role"].lower().startswith(("win", "runner")) and said:
                return m.group(0)
            placed = [e for e in field if e.class_name == name and e.class_position == n and e.car_number]
            return f"#{placed[0].car_number}" if len(placed) == 1 else m.group(0)
        question = role.sub(car, question)
    # both sides said by class and place ("the gto winner or the 2nd sr2 car"); one alone is read as it was, and two
    # winners too ("did the gto winner beat the sr2 winner": the winners' own comparison says ahead or behind)
    placed = re.search(rf"(?i)\b(?:{ordinals}|\d{{1,2}}(?:st|nd|rd|th)|runner[- ]?up)\b", asked) or re.search(
        r"(?i)\bby how (?:many|much|far)\b|\bhow many laps (?:ahead|behind|down|up)\b", asked)  # a margin between two
    return question if placed and len(re.findall(r"#\d+", question)) - len(re.findall(r"#\d+", asked)) >= 2 else asked


# "went out with 19 laps" (fans' "on lap 19" reads so): the laps a stop came after, stated before the question
_LAPS_OUT_SAID = re.compile(rf"(?i)\b(?P<verb>{STOPPED_VERBS}|(?:was|were) out)\s+(?:with|after)\s+(?P<n>\d+)\s+laps\b")


def _laps_out_held(pw: Pitwall, question: str, said: re.Match[str]) -> tuple[str, str] | None:
    """The question without the laps its statement gives, and what the results say where they give other laps
    ("on lap 19" may count the lap not finished: 18 laps covered holds too); None where it names no one."""
    rest = f"{question[:said.start()]}{said['verb']}{question[said.end():]}"
    p = parse_question(pw, rest)
    if not isinstance(p, Frame) or p.race is None or p.race_candidates[1:] or not p.subjects:
        return None
    n = int(said["n"])
    other = [(name, e) for name, entries in entries_for_subjects(pw, p, p.race) for e in entries
             if e.race.id == p.race.id and e.laps is not None and e.laps not in (n, n - 1)]
    note = "; ".join(f"the results give {name} {e.laps_text}, not {n}" for name, e in other)
    return rest, (note[0].upper() + note[1:] + ".") if note else ""


def _car_by_how_it_ended(pw: Pitwall, question: str) -> str:
    """The question with the one car it describes by how its race ended said by its number as well; as asked where
    the words do not pick one car."""
    said = _ENDED_CLAUSE.search(question)
    if said is None:
        return question
    rest = f"{question[:said.start()]} {question[said.end():]}"
    p = parse_question(pw, rest)
    if not isinstance(p, Frame) or p.race is None or p.race_candidates[1:] or p.cars or \
            not (p.subjects == 1 or not p.subjects and len(p.makes) == 1):
        return question
    entries = entries_for_subjects(pw, p, p.race)[0][1] if p.subjects else pw.results.race_entries(p.race.id)
    entries = [e for e in entries if all(has_make(e, m, r) for m, r in p.makes)]
    how = said["how"].lower()
    ended = [e for e in entries if e.classified == (not re.search(r"retired|dnf|crashed|n'?t|not", how))]
    if len(ended) != 1 or len(entries) < 2 or not ended[0].car_number:
        return question
    return _car_said_for(question, said, ended[0].car_number)


def _grid_premise_held(pw: Pitwall, question: str, said: re.Match[str]) -> tuple[str, str] | Answer:
    """The question without a start it states ("started 2nd") when that start is the one subject's grid place;
    a decline saying the grid place when it is not; the question as it was when the start cannot be checked."""
    return _stated_place_held(pw, question, said, grid=True)


def _stated_place_held(pw: Pitwall, question: str, said: re.Match[str], *, grid: bool) -> tuple[str, str] | Answer:
    """The question without a place it states of its one subject ("started 2nd", "the pescarolo that came 2nd") when
    the results give that place; a decline saying the place taken when they give another; the question as it was
    when the place cannot be checked."""
    n = 1 if said.group(1) is None else int(said.group(1)) if said.group(1).isdigit() else \
        ORDINAL_WORDS[said.group(1).lower()]  # "had pole": grid 1
    in_class = not grid and bool(said.group(2)) and "class" in said.group(2).lower()
    rest = f"{question[:said.start()]} {said.groupdict().get('part') or ''} {question[said.end():]}"  # its race kept
    p = parse_question(pw, rest)
    if not isinstance(p, Frame) or p.subjects != 1 and not (not grid and len(p.makes) == 1 and not p.subjects) or \
            p.race is None or grid and not p.race_named or p.race_candidates[1:]:
        return question, ""
    entries = entries_for_subjects(pw, p, p.race)[0][1] if p.subjects else [
        e for e in pw.results.race_entries(p.race.id) if has_make(e, *p.makes[0])]
    if not grid:  # "the pescarolo that came 2nd": of the make's cars, the one placed so
        placed = [e for e in entries if (e.class_position if in_class else e.position) == n]
        entries = placed or entries
    if len(entries) != 1:
        return question, ""
    e = entries[0]
    took = e.grid if grid else e.class_position if in_class else e.position
    if took is None:
        return question, ""
    where = "on the grid of" if grid else f"{'in class ' if in_class else ''}in"
    if took != n:
        return Answer(UNSUPPORTED, f"{entry_who(e)} {'started' if grid else 'finished'} {ordinal(took)} {where} the "
                      f"{p.race.title}, not {ordinal(n)}: the question takes a {'start' if grid else 'place'} the "
                      "results do not show, so I won't answer it as asked.", races=[p.race], entries=[e])
    if not grid:  # the car, by its number: the place described it and is said again in the answer
        return _car_said_for(question, said, e.car_number) if e.car_number else " ".join(rest.split()), ""
    start = "from pole (grid 1)" if n == 1 else f"{ordinal(n)} (grid {n})"
    return " ".join(rest.split()), f"{entry_who(e)} did start {start}."


def _win_premise_not_held(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how big was Button's winning margin in China 2009?" (he was third), "when Dixon won Indy 2011...", "how far
    behind was loeb when he came 2nd?", "points for his podium": a win or place the results contradict is said,
    never answered around."""
    if not _premise_said(p) or yes_no(p) or p.race is None or not p.race_named or len(p.race_candidates) > 1:
        return None
    if p.subjects == 1:
        name, entries = entries_for_subjects(pw, p, p.race)[0]
    elif len(p.cars) == 1 and not p.drivers:  # "the #1 racing for holland dome": the car, its team describing it
        name, entries = f"#{p.cars[0]}", pw.results.car_entries(p.race.id, p.cars[0])
    else:
        return None
    if _PODIUM_PREMISE.search(p.text):
        places, taken = {1, 2, 3}, "finish on the podium in"
    elif _PLACE_PREMISE.search(p.text) and len(p.positions) == 1:
        places, taken = set(p.positions), f"finish {ordinal(p.positions[0])} in"
    else:
        places, taken = {1}, "win"
    in_class = bool(p.classes) and taken != "win"
    if not entries or any((e.class_position if in_class else e.position) in places or (
            taken == "win" and p.classes and e.class_position == 1) for e in entries):
        return None
    e = min(entries, key=rank_key)
    what = "win" if taken == "win" else "place"
    return Answer(UNSUPPORTED, f"{name} did not {taken} the {p.race.title}: {e.place}. The question takes a {what} "
                  "the results do not show, so I won't answer it as asked.", races=[p.race], entries=[e],
                  asked={"intent": "premise not held", "race": p.race.id})


# "what lap did doornbos drop out at san jose?": a retirement taken as given, checked like "before retiring"
_WHEN_OUT = re.compile(r"(?i)\b(?:what|which) lap did\b.*\b(?:retire|drop out|crash|crash out|go out|stop|dnf|pull out)\b")
_BEFORE_RETIRING = re.compile(r"(?i)\s*\bbefore (?:retiring|he retired|she retired|they retired|it retired)\b")


def _retirement_not_held(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how many laps did lammers do before the engine blew?": his laps, when he did retire; one who did not is said,
    and anything but the laps (a running place, a gap "before he crashed") is not in a result."""
    if p.race is None or len(p.race_candidates) > 1:
        return None
    asked = {"intent": "premise not held", "race": p.race.id}
    field = pw.results.race_entries(p.race.id)
    if p.subjects == 1:
        name, entries = entries_for_subjects(pw, p, p.race)[0]
        entries = [e for e in entries if e.race.id == p.race.id]
    elif not p.subjects and p.makes:  # "the yamahas before they crashed": every car of the make
        name = " ".join(m for m, _r in p.makes) + " cars"
        entries = [e for e in field if all(has_make(e, m, r) for m, r in p.makes)]
    else:
        return None  # "the sci lucchini": the car's own answer says how it ended
    if not entries:
        return None
    out = [e for e in entries if not finished(e, classify_all=classifies_every_car(field)) or e.reason]
    if len(out) < len(entries):
        still = [e for e in entries if e not in out]
        who = f"{name} did not retire from" if p.subjects else f"Not every one of the {name} retired in"
        return Answer(UNSUPPORTED, f"{who} the {p.race.title}: {'; '.join(f'{entry_who(e)} {e.place}' for e in still)}. "
                      "The question takes a retirement the results do not show.", races=[p.race], entries=still,
                      asked=asked)
    if not p.has("laps", "lap"):
        return Answer(UNSUPPORTED, f"Results give only where {name} stopped ({out[0].place}, {out[0].laps_text}), "
                      "not how the race stood before it.", races=[p.race], entries=out[:1], asked=asked)
    return None


_FINISH_ASKED = re.compile(r"\b(?:finish|finished|make the finish|made the finish|make it to the (?:end|finish)|"
                           r"see the (?:flag|chequered flag|checkered flag)|classified)\b")
_STARTED_ASKED = re.compile(r"\b(?:make|made) the (?:race|start|grid|field)\b|\b(?:even )?start(?:ed)? the race\b|"
                            r"\beven start\b|\btake the start\b|\bqualif(?:y|ied) for the race\b")
_DROVE_ASKED = re.compile(r"\b(?:driv(?:e|ing)|drove|driven|rid(?:e|ing)|rode|in an?|run|running|ran|use|used|using)\b")
_POINTS_ASKED = re.compile(r"\b(?:score|scored|get|got|earn|earned|take|took|pick up|picked up)\b.*\bpoints?\b")


def _lead_with_yes_or_no(pw: Pitwall, p: Frame, answer: Answer) -> None:
    """ "did he finish?", "did moss get any points?": an answer about one car that says how it did, led by the
    Yes or No the question asked for."""
    if answer.status != ANSWERED or not yes_no(p) or re.match(r"(?:Yes|No)\b", answer.summary) or \
            len({e.id for e in answer.focus}) != 1 or p.has("teammate", "teammates", "team mate", "team mates"):
        return
    e = answer.focus[0]
    if (_POINTS_ASKED.search(p.text) or p.has("score", "scored") and not p.has(
            "podium", "win", "victory", "pole", "top", "fastest", "goal")) and e.points is not None:
        yes = e.points > 0
    elif _STARTED_ASKED.search(p.text):
        yes = has_status(e, "started")
    elif p.makes and _DROVE_ASKED.search(p.text) and not p.positions:
        yes = any(has_make(e, make, role) for make, role in p.makes)
    elif p.cars and p.drivers and _DROVE_ASKED.search(p.text) and not p.positions:
        yes = e.car_number in p.cars  # "was lynch in the #169?"
    elif _DROVE_ASKED.search(p.text) and not (p.positions or p.cars or p.classes) and p.drivers:
        yes = True  # "was shane lynch actually in a car at spa 2003?": his result is the Yes
    elif _FINISH_ASKED.search(p.text) and not p.positions and not p.has("top", "podium", "points", "ahead", "behind",
                                                                         "before", "higher", "lower", "than"):
        field = pw.results.race_entries(e.race.id)
        yes = finished(e, classify_all=classifies_every_car(field))
    else:
        return
    answer.summary = f"{'Yes' if yes else 'No'}. {answer.summary}"


_ANY_ASKED = re.compile(r"\b(?:any|anyone|anybody|anything)\b|\b(?:was|were|is|are) there\b")
_CHOICE = re.compile(r"\bor\b")


def _yes_or_no_unsaid(p: Frame, answer: Answer) -> None:
    """A yes-or-no question gets a Yes or No first. "any Irish drivers?" is answered by the list of them; any
    other answer that cannot say which ("was the pole sitter also fl?" answered with both times) answers a nearby
    question, so it is declined, with what was found."""
    if answer.status != ANSWERED or not yes_no(p) or re.match(r"(?:Yes|No)\b", answer.summary) or \
            _CHOICE.search(p.text):
        return
    counted = re.match(r"(\d+) ", answer.summary)  # "2 teams entered 2 cars …": the count leads
    none = re.match(r"(?:No|None|Nobody|Every)\b", answer.summary) is not None or bool(counted and counted[1] == "0")
    if re.search(r"\bsame\b", p.text) and re.search(r"\bhad the same (?:laps|\w+) as\b", answer.summary) and not re.match(
            r"(?:no|nobody|none|neither)\b", answer.summary, re.I):
        answer.summary = f"Yes: {answer.summary}"  # "did #80 have the same laps as the GTS winner?": they had
        return
    if re.search(r"\b(?:was|were|is|are) there\b", p.text) and p.drivers and not (p.positions or p.classes or p.makes) \
            and all(d.name in answer.text() for d in p.drivers):
        answer.summary = f"Yes: {answer.summary}"  # "were there 2 cooks racing at spa 03": the two, found
        return
    if _ANY_ASKED.search(p.text) and answer.kind in ("list", "count") and (
            none or counted or answer.focus or answer.entries):
        # the cars listed say Yes, a reply that none did says No; a list that carries no cars says neither
        answer.summary = f"{'No' if none else 'Yes'}: {answer.summary}"
        return
    answer.status = UNSUPPORTED
    answer.summary = "I can't tell yes or no from the results as asked; what I found: " + answer.summary


def _note_frame(pw: Pitwall, p: Frame, answer: Answer) -> None:
    """What the question named and which cars the answer was about, for a follow-up to build on."""
    race_id = answer.race.id if answer.race is not None else p.race.id if p.race and p.race_named else None
    answer.asked = {"intent": p.intent, "race": race_id,
                    "drivers": [r.name for r in p.drivers], "teams": [r.name for r in p.teams], "cars": list(p.cars),
                    "classes": list(p.classes), "positions": list(p.positions)}
    if answer.focus or answer.status != ANSWERED:
        answer.focus = list({e.id: e for e in answer.focus}.values())  # two drivers of one car: that car, once
        return
    if answer.entries:
        answer.focus = list(answer.entries)
    elif p.subjects and answer.race is not None:
        cars = list({e.id: e for _n, es in entries_for_subjects(pw, p, answer.race) for e in es
                     if e.race.id == answer.race.id}.values())
        # "one of the racing for holland domes dnf'd, which one?": the car the answer names, of the team's two
        shown = [e for e in cars if e.car_number and re.search(rf"#{re.escape(e.car_number)}\b", answer.summary)]
        answer.focus = shown or cars
    elif answer.kind == "winner" and answer.race is not None:
        w = pw.results.entry_at(answer.race.id, 1)
        answer.focus = [w] if w else []
    elif p.positions and answer.race is not None:
        # "who finished 4th in GT Cup?": the car(s) at that place
        answer.focus = [e for e in pw.results.race_entries(answer.race.id)
                        if (not p.classes or e.class_name in p.classes)
                        and (e.class_position if p.classes else e.position) in p.positions]


