"""How fans write, put as the question engine reads it: "wat" is what, "b4 it blew" is before retiring, "make it
home" is finish, a "lambo" is a Lamborghini.

Kept outside ``data/ask``: the engine's own phrases are its vocabulary (``data.ask.vocabulary``), and words that
only appear here to be rewritten ("transmission" in "before the transmission failed", "corvette" as a
nickname's make) must not become words Pitwall believes it understands wherever else they are asked.
"""
from __future__ import annotations

import re
from collections.abc import Callable

MAKE_NICKNAMES = {"lambo": "lamborghini", "vette": "corvette", "merc": "mercedes", "beemer": "bmw", "bimmer": "bmw",
                  "porker": "porsche", "chevy": "chevrolet", "vw": "volkswagen",
                  "jag": "jaguar", "alfa": "alfa romeo"}
# what fans call drivers, put as their names are printed (only names no one else is called)
DRIVER_NICKNAMES = {"emmo": "emerson fittipaldi", "fisi": "giancarlo fisichella", "jpm": "juan pablo montoya",
                    "schumi": "michael schumacher", "dovi": "andrea dovizioso", "vale": "valentino rossi",
                    "jv": "jacques villeneuve", "jacq": "jacques villeneuve", "the doctor": "valentino rossi",
                    "black jack": "jack brabham"}
# a nickname said before the surname is the name already ("vale rossi"): the surname is not said twice
_SURNAMES = "|".join(sorted({n.split()[-1] for n in DRIVER_NICKNAMES.values()}))
_DRIVER_NICKNAME = re.compile(rf"(?i)\b({'|'.join(DRIVER_NICKNAMES)})\b(?:\s+(?:{_SURNAMES})\b)?")
_DIVISION = re.compile(r"(?i)\bdiv\.?\s*(\d)\b")  # "div 2 winner": division 2
# the nickname, unless the name it stands for goes on as written ("alfa romeo" stays as it is)
_NICKNAME = re.compile(rf"(?i)\b({'|'.join(MAKE_NICKNAMES)})(s?)\b(?!\s+(?:{'|'.join(v.split(maxsplit=1)[1] for v in MAKE_NICKNAMES.values() if ' ' in v)}))")
_WHAT = re.compile(r"(?i)\b(?:wat|wut|wht)\b")
_WHATS = re.compile(r"(?i)\b(?:wats|wuts|whts)\b")  # "wats the average speed": what's
# "petit lm 2003", "lm 67": Le Mans said short (a year or "petit" beside it, never a class's "LM")
_LM = re.compile(r"(?i)(?<=\bpetit )lm\b|\blm(?= ?'?(?:\d{2}|\d{4})\b(?! ?(?:laps?|cars?)\b))")
_QUALI = re.compile(r"(?i)\bquali\b")  # "montoya's quali lap": qualifying
# "who was 2nd to biaggi": 2nd, behind him
_PLACE_TO = re.compile(r"(?i)\b(2nd|second|runner[- ]?up|p2) to\b(?!\s*(?:the\s+)?last\b)")
# "the quarter litre race at mugello 96": the class by its size
_LITRE_CLASS = re.compile(r"(?i)\b(quarter|half|eighth)[- ]lit(?:re|er)\b")
_LITRE_SIZES = {"quarter": "250cc", "half": "500cc", "eighth": "125cc"}
_LAPTIME = re.compile(r"(?i)\blap(times?)\b")  # "what laptime did ginther qualify with": a lap time
_PTS = re.compile(r"(?i)\bpts\b")  # "how many pts did pedrosa end the season on": points
_POS = re.compile(r"(?i)\b(what|which|his|her|their|finishing) pos\b")  # "what pos": what position
# what fans call nationalities: "kiwis" are New Zealanders, "aussies" Australians, "yanks" Americans
_NATION_NICKNAMES = {"kiwi": "new zealander", "kiwis": "new zealanders", "aussie": "australian",
                     "aussies": "australians", "yank": "american", "yanks": "americans", "dutchies": "dutch drivers",
                     "dutchie": "dutch driver", "brits": "british drivers", "pommies": "british drivers",
                     "frenchies": "french drivers"}
_NATION_NICKNAME = re.compile(rf"(?i)\b({'|'.join(_NATION_NICKNAMES)})\b")
_CLEAR_OF = re.compile(r"(?i)\bclear of\b")  # "8 laps clear of 2nd": ahead of
# "hamilton went out on lap 19, why?": where a car stopped, said as the lap it covered (not a running order asked)
# the verbs of a car's stop as fans state it ("went out", "dnf'd"), shared with the engine's check of the laps said
STOPPED_VERBS = r"went out|retired|stopped|crashed out|dnf[' ’]?d|broke down|pulled out|parked up"
_OUT_ON_LAP = re.compile(rf"(?i)\b({STOPPED_VERBS}) on lap (\d+)\b")
# "how much time did button get on barrichello": the gap between them
_TIME_ON = re.compile(r"(?i)\bhow much (?:time )?(?:did|had) (?P<x>[^?]{2,40}?) (?:get|gain|gained|have|put|pull|pulled) "
                      r"(?:out )?on (?P<y>(?!(?:his|her|their|its|the) (?:last|first|final|opening)\b)(?![^?]*\b(?:lap|laps|"
                      r"start|restart|stop)\b)[^?]{2,40}?)(?=\s+(?:in|at|during)\b|\s*[?.!]*\s*$)")
# "what was the problem for hill", "what was hill's issue": why he stopped
_PROBLEM_FOR = re.compile(r"(?i)\bwhat(?:'s| was| is| were)? (?:the )?(?:problem|issue|trouble|fault|failure) (?:for|with) "
                          r"(?P<x>[^?]{2,40}?)(?=\s+(?:in|at|during)\b|\s*[?.!]*\s*$)|"
                          r"\bwhat (?:was|were) (?P<y>(?!(?:the|a|his|her|their) )[^?]{2,40}?)['’]s (?:problem|issue|trouble)\b")
# "did they lap the 2nd place car?": how many laps it was behind them
_LAPPED = re.compile(r"(?i)\bdid (?P<x>[^?]{1,40}?) (?:lap|lapped|put a lap on) (?P<y>(?:the |#)(?!(?:whole |entire )?"
                     r"(?:field|rest|others|lot)\b)[^?]{1,40}?)"
                     r"(?=\s*[?.!]*\s*$|\s+(?:at|in)\b)")
# "it was round what?": which round
_ROUND_WHAT = re.compile(r"(?i)\b(?:it was |was it |that was )?round (?:what|which|number what)(?=\s*[?.!]*\s*$)")
# "gaps to the winner both times": the gap, asked of each
_GAPS_TO = re.compile(r"(?i)\bgaps (?=(?:to|behind|from|back to|on)\b[^?]*\b(?:both times|each time|each|in both)\b)")
# "how many cars finished on 127 laps": with that many laps
_ON_N_LAPS = re.compile(r"(?i)\b(finished|ended|ended up|came home|were|was|classified) on (\d+) laps\b")
# "noob q: what does NC mean", "quick q -": the fan's label for the question
_QUESTION_LABEL = re.compile(r"(?i)^\s*(?:noob|newbie|dumb|stupid|quick|random|silly|serious|genuine|trivia|stats?)\s+"
                             r"(?:q|qn|question|one)\s*[:,;.!-]*\s*")
# "what does NC mean": the rule a car needed to meet to be classified, which the article states
_NC_MEANS = re.compile(r"(?i)\b(?:what (?:does|do|did|is|was)|whats|what['’]s) (?:an? |the )?(?:nc|n\.c\.|not classified)\s+"
                       r"(?:mean|means|stand for|signify)\b(?: in the results)?(?:\s*[,;–—-]\s*(?![^?]*\b(?:who|what|which|"
                       r"where|when|how|why)\b)[^?]*)?")  # ("…, the pilbeam #99 has it": which car set it, no question)
# "pretty sure pescarolo won spa 03, right?": a win put to be confirmed, asked as "did pescarolo win spa 03?"
_WON_RIGHT = re.compile(r"(?i)^\s*(?:(?:pretty sure|i think|i thought|so|ok|and|settling a bet|settle a bet)[\s:,-]+)*"
                        r"(?P<x>(?!(?:who|what|which|where|when|how|why|did|does|was|were|is)\b)"
                        r"(?![^?,]*\b(?:who|what|which|where|when|how|why|that)\b)[^?,]{2,60}?)\s+"
                        r"(?P<verb>won|finished|retired|started|beat|made|got|took)\s+"
                        # one claim: no second one ("… and webber retired"), no other race ("…, what about …")
                        r"(?P<y>(?![^?]*(?:,(?!\s*(?:right|yeah|yes|correct|innit|no|yh|ya)\s*\?)|\bwhat about\b|"
                        r"\band \w+ (?:won|finished|retired|started|crashed|took)\b))"
                        r"[^?]*?)[\s,]+(?:right|yeah|yes|"
                        r"correct|innit|no|isn'?t it|didn'?t (?:he|she|they|it)|yh|ya)\s*\?+\s*$")
_VERB_BASE = {"won": "win", "finished": "finish", "retired": "retire", "started": "start", "beat": "beat", "made": "make",
              "got": "get", "took": "take"}


def _won_right(m: re.Match[str]) -> str:
    return f"did {m['x']} {_VERB_BASE[m['verb'].lower()]} {m['y']}?"
# "diff race: who won the 2008 malaysian motogp": a change of subject announced, asking nothing itself
_NEW_TOPIC = re.compile(r"(?i)^\s*(?:ok(?:ay)?\s+|now\s+|right\s+|and\s+)?(?:diff|different|new|changing|switching)\s+"
                        r"(?:race|question|topic|subject|races|topics)\s*[:;-]+\s*")
# "who was closest to them": who finished right behind them
_CLOSEST_TO = re.compile(r"(?i)\b(who|which car|which team|what car)\s+(?:was|were|finished|came|got|ended up)\s+(?:the )?"
                         r"(?:closest|nearest|next closest) (?:to|behind)(?= (?:the )?(?:winners?|leaders?|race winners?)\b)")
_SPACED_SLASH = re.compile(r"(?i)(?<=[a-z])\s+/\s+(?=[a-z])")  # "the moss / walker d-type": a crew, as "moss/walker"
_WISE = re.compile(r"(?i)\b(laps?|time|points?|results?|position|grid)[- ]wise\b")  # "what happened … lap-wise"
def _out_on_lap(m: re.Match[str]) -> str:
    """A stop stated ("hamilton went out on lap 19, why?"), not asked ("who retired on lap 21?": the lap not finished may
    or may not be counted, so that question is left to be read as it is)."""
    if re.match(r"(?i)\s*(?:and\s+)?(?:who|which|how many|what|whose)\b", m.string):
        return m.group(0)
    return f"{m[1]} after {m[2]} laps"


# "what was under the hood of the winning audi": its engine
_UNDER_THE_HOOD = re.compile(r"(?i)\b(?:what (?:was|is|were) |what['’]s |whats )?under the (?:hood|bonnet) (?:of|on|in) (?:the )?")
# "how big was the field", "the field size": how many cars were entered
_FIELD_SIZE = re.compile(r"(?i)\bhow (?:big|large) (?:was|is) the (?:field|grid|entry(?: list)?)(?: (?:in total|overall))?\b|"
                         r"\bwhat was the (?:field|grid) size\b|\bsize of the (?:field|grid)\b")
# "which retirement went the longest before stopping": the most laps of them
_WENT_LONGEST = re.compile(r"(?i)\b(?:went|lasted|ran|got|kept going|survived)(?: the)? (?:longest|furthest|farthest)"
                           r"(?: before (?:stopping|retiring|it stopped|they stopped|going out|dropping out|it retired|"
                           r"they retired))?\b")
# "can someone break down how many cars per class": the question itself
_CAN_SOMEONE = re.compile(r"(?i)\b(?:can|could) (?:someone|somebody|anyone|anybody|you|u) (?:pls |please )?(?:break down|"
                          r"breakdown|tell me|give me|show me)\s+(?=(?:how|what|which|who|the)\b)")
# "how did the brawns go, both podium?": whether both of them were on the podium (finished, scored)
_BOTH_DID = re.compile(r"(?i),\s*(?:and\s+)?both (podium|on the podium|finish|finished|score|scored|retire|retired)\s*\??\s*$")
_BOTH_FORMS = {"podium": "were both of them on the podium", "on the podium": "were both of them on the podium",
               "finish": "did both of them finish", "finished": "did both of them finish",
               "score": "did both of them score points", "scored": "did both of them score points",
               "retire": "did both of them retire", "retired": "did both of them retire"}
# "was it close?", "how close was it" (of the race talked about): the winning margin
_WAS_IT_CLOSE = re.compile(r"(?i)^\s*(?:(?:and|so|ok)\s+)?(?:was (?:it|that|the finish|the race) (?:close|tight|a close one|"
                           r"a close finish)|how (?:close|tight) was (?:it|that|the finish|the race))(?=\s*(?:[?.!]|$))")
_AT_THAT_POINT = re.compile(r"(?i)\b(?:at|by|from) (?:that|this|the) point(?: in time)?\b")  # "how old was he at that point": then
# "did the pescarolo finish? i think it broke": a remark after the question, not part of what it asks
_AFTERTHOUGHT = re.compile(r"(?i)(?:\?|,|\s[-–—])\s*(?:[\w'.-]+\s+)?(?:i think|think|i thought|i guess|i reckon|i believe|"
                           r"i remember|i assume|i bet|i suppose|i know|pretty sure|iirc|i heard|heard|apparently|lol|haha+|lmao|"
                           r"i (?:kinda |kind of |sort of |just )?(?:assumed|figured|guessed)|feel like|i feel like|"
                           r"cheers|thanks|thx|ty|(?:roughly|about|around|like) \d+(?: or so)?)\b[^?]*\??$")
# "who won spa 03? the 1000km one not the f1 race", "(the porsche class not GTS)": what is not meant, said aside
_NOT_THAT_ONE = re.compile(r"(?i)[,;]?\s*\bnot the [\w' -]{1,30}? (?:race|one|gp|grand prix|event|round)\b"
                           r"|\s*\([^()]*\bnot\b[^()]*\)")
# "gt cup winner? settling a bet w/ a mate who says it was a morgan": what someone else claims, after the question
_CLAIMED_AFTER = re.compile(r"(?i)(?<=\?)\s*(?![^?]*\b(?:who|what|which|where|when|how)\b\s+(?!says|said|reckons|"
                            r"claims|swears|insists|thinks)\w)[^?]*\b(?:says|said|reckons|claims|swears|insists|thinks|"
                            r"told me)\b[^?]*$")
# "where did he start? had that engine penalty", "...? seems weird": a statement after the question, a remark
_REMARK_AFTER = re.compile(r"(?i)(?<=\?)\s*(?:(?:had|has) (?:that|a|an|some|the)|seems|seemed|looks|looked|sounds|like the|"
                           r"that was|this was|what a|such a|crazy|wild|mad|insane|unreal|classic)\b[^?]*$")
# "best brit? overall i mean": a remark closing the message, never the average ("mean")
# "how did that go for him lol": a laugh or an aside closing the message
_LAUGH_LAST = re.compile(r"(?i)(?<=\w)[\s,]+(?:lol+|lmao+|lmfao|rofl|haha+|hehe+|xd|tbh|ngl|smh|fr)(?=[\s!?.]*$)")
_I_MEAN_LAST = re.compile(r"(?i)[\s,]*\bi mean[\s?!.]*$")
_STATUS_VERB = re.compile(r"(?i)\b(dnq|dnf|dns|dnpq|dsq)(?:['’]?d|ed)\b")  # "who dnq'd?": who was DNQ
# "wait did michael caine actually race??", "hold on, who won?": a word of surprise before the question
_SURPRISE = re.compile(r"(?i)^\s*(?:wait|hold on|hang on|hmm+|huh|oh|ooh|whoa|wow)\b[\s,.!]*(?=\w)")
# "what happend to him": slips one letter from two of the engine's words ("happen", "happened"), which
# data.ask.vocabulary.spelled_as leaves alone as ambiguous; the others it puts right itself
_SLIPS = {"happend": "happened", "finsh": "finish", "retird": "retired", "qualifed": "qualified", "whre": "where",
          "wher": "where", "whos": "who's", "wich": "which", "waht": "what", "ther": "there",
          "thier": "their", "hes": "he's", "shes": "she's", "teh": "the", "hte": "the", "mnay": "many", "hwo": "how", "thru": "through"}
_SLIP = re.compile(rf"(?i)\b({'|'.join(_SLIPS)})\b")
# what fans call a few circuits ("dega 07"): the name the articles print
_PLACE_NICKNAMES = {"dega": "talladega", "the glen": "watkins glen", "the ring": "nurburgring"}
_PLACE_NICKNAME = re.compile(rf"(?i)\b({'|'.join(_PLACE_NICKNAMES)})\b")
_BEFORE = re.compile(r"(?i)\bb4\b")
# "how many laps did he do before the engine went": said one way, "before retiring" (a premise the engine checks)
_BEFORE_IT_STOPPED = re.compile(
    r"(?i)\s*\bbefore (?:(?:the |his |her |its |their )(?:[^\W\d_]+ )??)?(?:engine|gearbox|transmission|car|bike|it|he|she|"
    r"they)?\s*"
    r"(?:went|went pop|went bang|went boom|blew|blew up|failed|died|broke|broke down|retired|retiring|expired|gave up|"
    r"gave out|let go|packed up|"
    r"quit|dropping out|dropped out|crashed|crashing|binned it|stuffed it|crashed out|put it in the wall)\b")
# "how far did wallace and shimoda get": the laps they completed (not "how far behind")
_HOW_FAR_GOT = re.compile(r"(?i)\bhow far did (.{1,60}?) (?:get|go|make it|run)\b(?=\s*[?.!]*\s*$|\s+(?:at|before|b4)\b|"
                          r"\s+in\s+(?:the\s+)?(?:19|20|\d{2}\b))")  # never "up the order", "in the championship"
# "did they make it home / to the flag": finish
_MADE_IT = re.compile(r"(?i)\b(make|made|makes|making) (?:it (?:home|to the (?:flag|chequered flag|checkered flag|end|"
                      r"finish|line))|the (?:finish|flag|chequered flag|checkered flag))\b")
_FINISH_FORMS = {"make": "finish", "made": "finished", "makes": "finishes", "making": "finishing"}
# "by how much did zanardi beat andretti at toronto": the gap between the two
_BEAT_BY = re.compile(r"(?i)\bby how (?:much|far) did (?!the\b)([^\W\d_]+(?: [^\W\d_]+)?) beat (?!the\b)"
                      r"([^\W\d_]+(?: [^\W\d_]+)?)(?=\s+(?:at|in|there)\b|\s*[?.!]|$)")  # two people named
# "how much did zanardi beat andretti by", "zanardi beat andretti by how much": asked the usual way
_BEAT_BY_AFTER = re.compile(r"(?i)\bhow (much|far|many (?:laps|seconds|secs|points|places|positions)) did (.{1,40}?) "
                            r"beat (.{1,40}?) by\b(?!\s+(?:\d|one|two|a\b))")
_BEAT_BY_HOW = re.compile(r"(?i)^(?P<lead>.{0,60}?\b)?(?P<x>[^\W\d_]+(?: [^\W\d_]+)?) beat (?P<y>.{1,40}?) ?"
                          r"by(?:\s+how (?P<how>much|far)\b|\s+how little\b|\s+what\b|\s+how many (?:seconds|secs|s)\b|"
                          r"(?=\s*\?+\s*$))")  # "pasini beat bautista by??", "… by how little", "… by what": how much
# "how many laps short of the winner was he": behind ("Short" is a driver's name, not this word)
_SHORT_OF = re.compile(r"(?i)\b(laps?) short of\b")
# "who retired after just 2 laps": retired with that many laps done
_OUT_AFTER = re.compile(r"(?i)\b(retired|retire|dnf'?d|crashed out|dropped out|went out|stopped|out) after (?:just |only )?"
                        r"(\d+|one|two|three) (laps?)\b")


# "who got the W": who won; "ok nvm.": a word that asks nothing
_GOT_THE_W = re.compile(r"(?i)\b(?:got|get|gets|took|take|takes|grabbed) the w\b")
_NEVER_MIND = re.compile(r"(?i)^\s*(?:ok(?:ay)?\s*,?\s*)?(?:nvm|never ?mind)\b[\s,.!:;-]*")
# "at san jose a few weeks later": when, said of a race the question names anyway
_WEEKS_LATER = re.compile(r"(?i)\s*\b(?:a (?:few|couple of|couple) |(?:two|three|four|\d+) )?(?:weeks?|days?|months?) "
                          r"(?:later|after|before|earlier)\b")
# "y did the renauer car retire": why
_Y_FOR_WHY = re.compile(r"(?i)^(\s*)y(?= (?:did|was|were|is|are|do|does|didn ?t|wasn ?t)\b)")
# "where was that overall": the place, never where the race was held
_WHERE_OVERALL = re.compile(r"(?i)\bwhere (was|were|did) (.{1,40}?) (?:(finish|end up|come) )?overall\b")
# "did jarier win from pole? if not who won": a No names the winner anyway
_IF_NOT_WHO = re.compile(r"(?i)\?\s*(?:and\s+)?if not,?\s+who (?:won|did|was it|took it)\s*\??\s*$")
# "who topped gto?": who won it (topping a session or the standings is no race result)
_TOPPED = re.compile(r"(?i)\bwho topped\b(?!\s+(?:qualifying|quali|practice|the (?:time ?sheets|standings|points|"
                     r"championship|qualifying|session)))")
# "both of em", "how did em do": them
_EM = re.compile(r"(?i)\b(of|for|to|did|do|beat|both|all) em\b")
# "who won div 3.. actually no scratch that, div 2": only what comes after the retraction is asked
_SCRATCH_THAT = re.compile(r"(?i)^.*?\b(?:actually\s+)?(?:no\s+)?(?:scratch that|never ?mind that|ignore that|"
                           r"forget that|nah wait|no wait|wait no|oops i mean)\b[\s,.:;!-]*(?=\S)")
# "dick johnson dnf'd right?", "he won it didnt he?": a statement asked to be confirmed, asked as the statement
_TAG_QUESTION = re.compile(r"(?i)\b((?:[^\s?]+\s+){2,}[^\s?,]+)\s*,?\s+(?:right|correct|innit|yeah|"
                           r"didn[' ’]?t (?:he|she|they|it)|wasn[' ’]?t (?:he|she|it)|weren[' ’]?t they|"
                           r"isn[' ’]?t (?:it|he|she))\s*(?=\?+\s*\w|,\s*(?:how|what|who|where|which|when|did|was)\b)")
# "the 98 pepsi 400, the one that got moved to october": a description of the race named, not part of the question
_THE_ONE_THAT = re.compile(r"(?i),\s*the one (?:that|which|where|with|they)\b[^?,]*")
# "which car got disqualified and for what": why; "...but got a point?? how": how that came about (never a count)
_FOR_WHAT = re.compile(r"(?i)\b(?:and )?for what(?: reason)?(?=\s*\??\s*$)")
_HOW_ALONE = re.compile(r"(?i)\?+\s*(?:how|how come|how so|how does that work|how did that work|how is that possible|"
                        r"how was that possible)\s*\??\s*$")
# "the 250s", "the 125 race": a motorcycle class by its engine size
_CC_CLASS = re.compile(r"(?i)\b(50|80|125|250|350|500)(?:s\b|(?= (?:race|class|category|riders?|bikes?)\b))")
# "who was shimoda paired with": who shared his car ("paired" is no slip of a driver's name)
_PAIRED_WITH = re.compile(r"(?i)\b(?:paired|partnered|teamed(?: up)?|driving alongside|alongside) with\b")
# "at phillip island in both 03 and 08": each year said as a year of its own
_BOTH_YEARS = re.compile(r"(?i)\b(?:in )?both (\d{2}|(?:19|20)\d{2}) and (\d{2}|(?:19|20)\d{2})\b")
# "the opening round of the 2002 fia sportscar championship", "the season opener": its first round
_OPENING = re.compile(r"(?i)\b(?:opening|season[- ]opening) (round|race)(?= of\b)")
# "what actually made him retire", "who really won": a word of emphasis, no part of what is asked
_EMPHASIS = re.compile(r"(?i)\b(?:actually|really|honestly|literally|basically) (?=\w)")
# "what was his grid slot", "who took that one", "a young valentino rossi": as the engine says them
_GRID_SLOT = re.compile(r"(?i)\b(?:grid|what) (?:slot|spot)\b")
_TOOK_CLASS = re.compile(r"(?i)\bwho (?:took|take|takes|grabbed|claimed|bagged|nabbed)(?: the)? ((?:[\w-]+ ){1,2}?)(?:class|category)"
                         r"(?: (?:win|victory|honou?rs))?\b")  # "who took gto class": who won it
_TOOK_THAT = re.compile(r"(?i)\bwho took (?:that|it|this)(?: one)?\b")
_YOUNG = re.compile(r"(?i)\ba (?:young|teenage|youthful) (?=\w)")
# "how many laps did they get through": completed; "and at dijon, same q": the same question again
_GOT_THROUGH = re.compile(r"(?i)\bhow many laps did (.{1,60}?) get through\b")
# "same q for dijon that year - who won", "same for 67: who won": the question that follows, of the race put first;
# "same question for monza": the last question, of that race
_SAME_Q_FOR = re.compile(r"(?i)^\s*(?:(?:ok(?:ay)?|and|so)\b[\s,]*)?same(?: (?:q|qs|question|thing|again))? (?:for|at|in|with) "
                         r"(?P<what>[^,:;?]+?)\s*(?:[,:;?]|\s[-–—]+)\s*(?P<q>\S.*)$")
_SAME_Q_FOR_ALONE = re.compile(r"(?i)^\s*(?:(?:ok(?:ay)?|and|so)\b[\s,]*)?same(?: (?:q|qs|question|thing|again))? (?:for|at|in|with) "
                               r"(?P<what>[^,:;?]+?)[\s?.!]*$")
_SAME_Q = re.compile(r"(?i)[,;-]?\s*\b(?:same q|same question|same again|same thing)\b\s*[?.!]*\s*$")
# "where did kimi finish, didn't he start way back": a question put in the negative, asked as the plain one
_NEGATIVE_ASK = re.compile(r"(?i)(^|[,;?!.]\s*|\band\s+)(didn[' ’]?t|wasn[' ’]?t|weren[' ’]?t)\s+(?=(?:he|she|they|it)\b)")
_NEGATIVE_VERBS = {"didn": "did ", "wasn": "was ", "weren": "were "}
# "did he start way back", "did she qualify near the back": where they started, the grid place as printed
_START_BACK = re.compile(r"(?i)\bdid ((?:(?!\bdid\b)[^,;?.!]){1,40}?) (?:start|qualify|line up) (?:way|well|near|towards|toward|"
                         r"down)(?: (?:at|from|near|towards|toward|in|to))?(?: the)? back(?: of the grid| of the field)?\b")
# "what ended his race", "what ended it", "what stopped montoya": why the car stopped
_WHAT_ENDED = re.compile(r"(?i)\bwhat (?:ended|killed|finished off|stopped|cut short) (?:(it|that)\b|(his|her|their|its) "
                         r"(?:race|day|run)\b|(?:the )?(.{2,40}?)['’]?s? (?:race|day|run)\b)")
_WHAT_ENDED_WHO = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "what broke", "what failed on it": what went wrong, which the retirement reason answers
_WHAT_BROKE = re.compile(r"(?i)\bwhat (?:broke|failed|blew|gave (?:up|out))\b(?:\s+on\b)?")
# "how close was andretti over moore", "how far ahead was X over Y": the one ahead of the other
_GAP_OVER = re.compile(r"(?i)\b(how (?:close|far(?: ahead)?|much|many (?:seconds|laps))\b[^?,]{0,40}?)\s+over\s+(?=[a-z#])")
# "... - lorenzo win it?", "the audi finish?": a yes-or-no question with its "did" left out
_DID_LEFT_OUT = re.compile(r"(?i)(^\s*|[-–—,;:.]\s+)(?!(?:who|whos|what|whats|which|where|when|how|why|did|does|do|was|"
                           r"were|is|are|and|so|ok|or|but|can|could|would|will)\b)([a-z#][\w'’.-]*(?: [a-z#][\w'’.-]*){0,2}) "
                           r"(win|finish|dnf|retire|crash out)((?: it| that| there| the race)?\s*\?+\s*)$")
# "who led the most then?": the "then" of talk, asking nothing
_THEN_AT_END = re.compile(r"(?i)^(\s*(?:(?:and|so|ok)\s+)?(?:who|whos|which|what|whats|how|where)\b.*?)\s+then(?=\s*[?.!]*\s*$)")
# "shane lynch the boyzone guy", "not the actor surely": who someone is outside racing, which asks nothing ("is he
# the actual actor" asks it, and is declined)
_WHO_THEY_ARE = re.compile(r"(?i)(?:\s*,\s*|\s+)(?:(?P<lead>yes|yeah|not|no|is that|thats?) )?the (?:(?!(?:actual|real|same|famous|very)\b)(?P<what>[a-z]+) )?(?:guy|bloke|fella|"
                           r"dude|lad|chap|singer|actor|actress|footballer|musician|pop ?star|presenter|comedian|celebrity)"
                           r"\b(?:\s+(?:surely|right|lol|i think|innit|yeah))*")
# "where did he come", "paula cook corvette how far up": where a car finished
_WHERE_CAME = re.compile(r"(?i)\bwhere did (.{1,40}?) come(?: in| home)?\b(?! (?:from|out)\b)")
_HOW_FAR_UP = re.compile(r"(?i)\bhow far up(?: the order| did (?:it|he|she|they) (?:finish|come))?\b")
# "did TK win again, mr le mans himself": a nickname said as an aside
_NICKNAME_ASIDE = re.compile(r"(?i),?\s*\b(?:mr|mister|the king of|the master of) [a-z][a-z ]{1,20}? (?:himself|herself)\b")
# "how many laps down on the audi was that": laps behind it
_LAPS_DOWN_ON = re.compile(r"(?i)\blaps? down on\b")
# "how much did gordon bank for winning": earn
_BANKED = re.compile(r"(?i)\b(?:bank|banked|bag|bagged|rake in|raked in)\b(?= for\b)")
# "what was his deficit at the flag": how far behind the winner he finished
_DEFICIT = re.compile(r"(?i)\b(?:what was|whats|what's) (his|her|their|[a-z#][\w'’-]*(?: [a-z][\w'’-]*)?['’]s) deficit"
                      r"(?: to (?:the )?(?:winner|leader))?(?: at the (?:flag|finish|end|line))?")
# "whos the top gto car", "the top audi": the best placed one (not "the top 3", "top speed")
_TOP_ONE = re.compile(r"(?i)\bthe top (?!(?:speed|three|five|ten|half|step|spot|of)\b)([a-z][\w-]*)(?= (?:car|entry|finisher|"
                      r"runner|bike|rider|driver|team)\b|\s*[?.!]*\s*$)")
# "the winner and the 21st placed car": places, said as the engine reads them between two cars
_BETWEEN_WINNER = re.compile(r"(?i)\bbetween the winner and (?:the )?(\d{1,2}(?:st|nd|rd|th))(?: placed| place)?(?: car| finisher)?\b")
# "whats the avg speed they quote", "what does wiki say the gap was": who says it is no part of what is asked
_THEY_QUOTE = re.compile(r"(?i)\s+(?:they|wiki|wikipedia|the article|the page|the table)\s+(?:quote|quotes|give|gives|list|lists|"
                         r"print|prints|have|has|show|shows)(?=\s+(?:for|in|at)\b|\s*[?.!]*\s*$)")
# "how'd the morgan aero 8s go, both of em", "how did they both end up", "scraped in as classified or nah"
_BOTH_OF_EM = re.compile(r"(?i),?\s*\bboth of (?:em|them)\b(?=\s*[?.!]*\s*$)|(?<=\bthey) both\b")
_SCRAPED_IN = re.compile(r"(?i)\s+(?:scraped|sneaked|snuck|squeaked) in(?: as)?\b|,?\s+or (?:nah|not|no)\b(?=\s*[?.!]*)")
# "... n how many laps — 3 qs sorry lol": an apology after the questions
_SORRY_AFTER = re.compile(r"(?i)\s*[-–—,(]\s*(?:\d+\s+)?(?:qs|questions|q's)?\s*(?:sorry|soz|my bad)\b[^?]*$")
# "how many cars in total, finishers + non finishers": every car
_EVERY_OUTCOME = re.compile(r"(?i),?\s*(?:both |incl(?:uding|\.)? )?(?:finishers?|classified)\s*(?:\+|and|&|plus|or)\s*"
                            r"(?:non[- ]?finishers?|non[- ]?classified|retirements|dnfs?|retirees)\b")
# "was there a safety car at any point": at any time (no points asked)
_ANY_POINT = re.compile(r"(?i)\bat any point\b")
# "how many did hildebrand lead": laps led
_HOW_MANY_LED = re.compile(r"(?i)\bhow many did (.{1,40}?) lead\b")
# "vettel came from where to where": where he started and where he finished
_FROM_WHERE_TO_WHERE = re.compile(r"(?i)^(.{2,40}?) (?:came|went|climbed|moved|got) from where to where\b")
# "who was calling the notes for him": his co-driver (a rally's navigator)
_NOTES_FOR = re.compile(r"(?i)\bwho (?:was|were) (?:calling|reading) (?:the )?(?:pace ?)?notes for\b|\bwho navigated for\b")
# "the irish lads": the drivers
_LADS = re.compile(r"(?i)(?<=[a-z] )(?:lads|blokes|fellas|chaps)\b")
# "which cars had chevy power": Chevrolet engines
_MAKE_POWER = re.compile(r"(?i)\b(had|with|ran|running|using|used|have|has) ([a-z][\w-]*) power(?:ed)?\b")
_WHAT_PUT_OUT = re.compile(r"(?i)\bwhat (?:actually |really )?(?:put|took|knocked) (.{2,40}?) out\b|"
                           r"\bwhat (?:actually |really )?(?:stopped|ended|finished off|sidelined|retired|killed|broke on|"
                           r"went wrong with|(?:put|took|knocked) out) "
                           r"(?!the race\b)(.{2,40}?)(?=\s+(?:in|at|during)\b|\s*[?]|$)")
# "(both dnfs)", "(yes the boyzone guy)": a remark in brackets, about what the results already say or who someone is
_ASIDE_IN_BRACKETS = re.compile(r"(?i)\s*\((?:(?:both|all|each|they|he|she|it)(?: (?:were|was|got))? )?(?:dnfs?|dnf[' ’]?d|"
                                r"retired|retirements|finished|classified|nc)\)|\s*\((?:yes|yeah|yep|aka|i think|the)\b"
                                r"[^()]{0,40}\b(?:guy|bloke|fella|dude|lad|chap|singer|actor|footballer)\)|"
                                # "(the guy who hit the wall on the last turn)": who the fan means, said again
                                r"\s*\((?:the (?:guy|bloke|fella|dude|lad|chap|man|kid)|the one (?:where|who|that)|who)\b"
                                r"[^()]{0,80}\)")
# "lmao michael caine raced spa??": a laugh opening the message; a fact said in surprise, asked as a question
_LAUGH_FIRST = re.compile(r"(?i)^\s*(?:lol+|lmao+|lmfao|rofl|haha+|hehe+|omg|wtf)\b[\s,!.]*(?=\w)")
_SURPRISED_RACED = re.compile(r"(?i)^(\s*)((?!(?:who|what|which|where|when|how|did|was|were|is)\b)[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){0,2}) "
                              r"(?:raced|drove|competed|ran|rode)(?: in| at)? ([^?]{2,40}?)\?{2,}")
# "jarier stuck it on pole": he was on pole
_STUCK_ON_POLE = re.compile(r"(?i)\b(?:stuck|put|planted|slapped|popped|parked)\s+(?:it|the car|the bike|his car|her car)\s+"
                            r"on pole\b")
# "audi r8 engine spec?": its engine; "brunswick endurance lotus how far": the laps it completed
_SPEC = re.compile(r"(?i)\b(engine|chassis|car|bike|tyre|tire)\s+(?:spec|specs|specification|details|info)\b")
_HOW_FAR_LAST = re.compile(r"(?i)^\s*(?!how\b|what\b|who\b|which\b|where\b|did\b|was\b)([^?,.]{3,60}?)(?<!\band)(?<!&)"
                           r"[\s,:-]+how far\s*\??\s*$")
# "audi r8 engine?": what engine it had
_TOPIC_ASPECT = re.compile(r"(?i)^\s*(?!(?:who|what|which|where|when|how|did|was|were|is|and)\b)(?:the\s+)?([^?,.]{2,40}?)\s+"
                           r"(engine|chassis|tyres|tires)\s*\?*\s*$")
# "who came second behind the audi, was it the pescarolo?": a guess after the question, which its answer settles
_GUESS_AFTER = re.compile(r"(?i)(\b(?:who|which)\b[^?]{3,120}?)[,;]\s*(?:was it|is it|was that|wasn ?t it)\s+(?:the|a|an|one of the)\s+"
                          r"[^?]{2,40}\?")
# "renauer tampolli dnf at brno 02, what happened to it", "table just says dnf, what actually happened": the status is
# known to the fan, what is asked is why
_STATUS_SAID = r"(?:dnf|dnf[' ’]?d|dnfed|retired|crashed out|broke down|didn[' ’]?t finish|did not finish|says ret|just says)"
_HAPPENED_ASKED = re.compile(rf"(?i)^(?=.*\b{_STATUS_SAID}\b)(.*?)\bwhat (?:actually |really |exactly )?happened"
                             r"(?: to ([^,?;]{1,50}?))?(?=\W*$|\s+(?:at|in)\b|\s*[,?;])")
# "whats the gap between pescarolo and rn at estoril? both did 68 laps": a statement after the question is the fan's
# own remark, not part of what is asked
_STATEMENT_AFTER = re.compile(r"(?i)^([^?]*\b(?:who|whats|what|which|where|when|why|how)\b[^?]*\?+)\s+"
                              r"(?!(?:and|&|also|plus|or|but|so|then|what|whats|who|which|where|when|why|how|did|does|do|"
                              r"was|were|is|are|can|could|any|list)\b)"
                              r"(?=[^?]*\b(?:did|had|was|were|ran|got|finished|completed|went|came)\b)[^?]+$")
# "the ford guys?", "what about the pir cars": how those cars did
_THOSE_CARS = re.compile(r"(?i)^\s*(?:and\s+|what about\s+|how about\s+|ok\s+)?the ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?) (?:guys|ones|lot|boys|"
                         r"lads|crews|cars|drivers|riders|bikes)\s*\?*\s*$")
# "how much $$ did johnson win for 2nd": the money he won (the place is the fan's own aside)
_DOLLARS = re.compile(r"(?<![\w$])\$+(?![\d\w])")
_WON_FOR_PLACE = re.compile(r"(?i)^(?=.*\b(?:money|winnings|prize|cash|paid)\b)(.*?)\b(win|won|earn|earned|get|got|take home|"
                            r"took home|pocket|pocketed) for (?:finishing |coming )?(?:\d+(?:st|nd|rd|th)|p\d+)\b")
# "chevy lumps": Chevrolet engines; "what flag": what nationality; "lambo vs vette, both on 120 i think?": the fan's
# own guess at what both did, which the answer shows anyway
_LUMPS = re.compile(r"(?i)\blumps?\b")
_WHAT_FLAG = re.compile(r"(?i)\bwhat flag\b")
_BOTH_ON = re.compile(r"(?i),?\s*\bboth (?:on|did|with|had|at|were on|ran|completed|managed)?\s*\d+(?: laps?)?(?:\s+(?:i think|"
                      r"iirc|right|i reckon|i believe))?\s*(?=\?|\s*[-–—,]\s*\w)")
# "how many laps did the overall winner put on the sr2 winner": how far behind the one was the other
_PUT_ON = re.compile(r"(?i)\bhow many laps did (.{3,50}?) put on (.{3,50}?)(?=\s*[?.!]*$|\s+(?:at|in)\b)")
# "what was powering the taurus lola", "what powered it": its engine
_POWERING = re.compile(r"(?i)\bwhat (?:was )?(?:powering|powered|propelled|drove|was driving) (?!(?:him|her)\b)(the [^?,]{2,40}|it|that)\b")
# "first car out?", "first one out? like fewest laps of anyone": who retired first
_FIRST_OUT = re.compile(r"(?i)\b(?:who was (?:the )?)?(?:the )?first (?:car|one|driver|guy|rider|man|person|bike|team|to go|to drop)?\s*"
                        r"out\b(?!\s+of\b)")
# "who were the rets": the retirements
_RETS = re.compile(r"(?i)\brets\b")
# "their sister car?": the team's other car
_SISTER_CAR = re.compile(r"(?i)\b(?:their|his|her|its|the) sister (?:car|entry|ship|bike|machine)\b")
# "lammers n bosch": "n" between two words is "and"; "trulli v ralf": "v" is versus
_N_FOR_AND = re.compile(r"(?i)(?<=[a-z]) n (?=[a-z])")
_V_FOR_VS = re.compile(r"(?i)(?<=[a-z]) v\.? (?=[a-z])")


def _asks_who(m: re.Match[str]) -> bool:
    """Whether "the … guy" is what is asked ("who was the guy in 2nd", "the fastest guy"), not who someone is."""
    before = m.string[:m.start()].split()
    if re.match(r"(?i)\s*(?:is|was|are|were|isn ?t|wasn ?t)\b", m.string) and not m.string[m.end():].strip(" ?!."):
        return True  # "is the michael caine who raced at spa the actor?": who he is, asked
    return not m.group("lead") and (not before or before[-1].lower() in _ASKING_BEFORE or (m.group("what") or "").lower()
                                    in _RANKING_WORDS)


_ASKING_BEFORE = frozenset("was is were are be who which what whats of for the a with and or about".split())
_RANKING_WORDS = frozenset("fastest quickest slowest best worst top last first other same winning lead leading "
                           "oldest youngest only lucky unlucky".split())


def _grid_slot(m: re.Match[str]) -> str:
    return "what grid position" if m.group(0).lower().startswith("what") else "grid position"


# each rewrite in the order it is made: a later one reads what the earlier ones wrote
_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_WHAT, "what"), (_WHATS, "whats"), (_PLACE_TO, r"\1 behind"), (_LITRE_CLASS, lambda m: _LITRE_SIZES[m.group(1).lower()]), (_LM, lambda m: "le mans " if m.string[m.end():m.end() + 1].isdigit() else "le mans"), (_QUALI, "qualifying"), (_LAPTIME, r"lap \1"), (_PTS, "points"),
    (_NEGATIVE_ASK, lambda m: m.group(1) + _NEGATIVE_VERBS[re.sub(r"\W.*|t$", "", m.group(2).lower())]),
    (_START_BACK, r"where did \1 start"),
    (_STATEMENT_AFTER, r"\1"), (_SISTER_CAR, "the other one"), (_FIRST_OUT, "who retired first"), (_PUT_ON, r"how many laps was \2 behind \1"),
    (_POWERING, r"what engine did \1 have"), (_LUMPS, lambda m: "engines" if m[0].lower() == "lumps" else "engine"),
    (_WHAT_FLAG, "what nationality"), (_BOTH_ON, ""), (_DOLLARS, "money"), (_WON_FOR_PLACE, r"\1\2"), (_THOSE_CARS, r"how did the \1 cars do?"), (_RETS, "retirements"), (_ASIDE_IN_BRACKETS, ""), (_WHO_THEY_ARE, lambda m: m.group(0) if _asks_who(m) else ""), (_GUESS_AFTER, r"\1?"), (_SPEC, r"\1"),
    (_TOPIC_ASPECT, r"what \2 did the \1 have"), (_HOW_FAR_LAST, r"how many laps did \1 complete"),
    (_STUCK_ON_POLE, "was on pole"), (_LAUGH_FIRST, ""), (_SURPRISED_RACED, r"\1did \2 race at \3?"),
    (_HAPPENED_ASKED, lambda m: f"{m[1]}why did {m[2] or 'it'} retire"),
    (_WHAT_ENDED, lambda m: f"why did {m[1] or _WHAT_ENDED_WHO.get((m[2] or '').lower()) or m[3]} retire"),
    (_WHAT_PUT_OUT, lambda m: f"why did {m.group(1) or m.group(2)} retire"),
    (_WHAT_BROKE, "what went wrong with"), (_WHERE_CAME, r"where did \1 finish"), (_HOW_FAR_UP, "what position"),
    (_MAKE_POWER, r"\1 \2 engines"), (_LADS, "drivers"), (_BETWEEN_WINNER, r"between 1st and \1"),
    (_THEY_QUOTE, ""), (_BOTH_OF_EM, ""), (_SCRAPED_IN, ""), (_SORRY_AFTER, ""), (_EVERY_OUTCOME, ""),
    (_ANY_POINT, "at any stage"), (_HOW_MANY_LED, r"how many laps did \1 lead"),
    (_FROM_WHERE_TO_WHERE, r"where did \1 start and where did \1 finish"), (_NOTES_FOR, "who was the co-driver of"),
    (_TOP_ONE, r"the best placed \1"), (_NICKNAME_ASIDE, ""), (_LAPS_DOWN_ON, "laps behind"), (_BANKED, "earn"),
    (_DEFICIT, lambda m: "how far behind the winner was " + _WHAT_ENDED_WHO.get(m[1].lower(), re.sub(r"['’]s$", "", m[1]))),
    (_THEN_AT_END, r"\1"), (_DID_LEFT_OUT, r"\1did \2 \3\4"), (_GAP_OVER, r"\1 ahead of "),
    (_N_FOR_AND, " and "), (_V_FOR_VS, " vs "), (_POS, r"\1 position"),
    (_EM, r"\1 them"),
    (_SCRATCH_THAT, ""), (_THE_ONE_THAT, ""), (_TAG_QUESTION, r"\1"),
    (_FOR_WHAT, "and why"), (_HOW_ALONE, " how come?"),
    (_CC_CLASS, r"\1cc"), (_PAIRED_WITH, "sharing with"),
    (_YOUNG, ""), (_EMPHASIS, ""),
    (_GOT_THROUGH, r"how many laps did \1 complete"),
    (_SAME_Q_FOR, lambda m: f"{m['q'].rstrip(' ?.!')} in {m['what']}?"), (_SAME_Q_FOR_ALONE, r"what about \g<what>?"),
    (_SAME_Q, "?"),
    (_GRID_SLOT, _grid_slot), (_TOOK_THAT, "who won that one"), (_TOOK_CLASS, r"who won \1class"),
    (_OPENING, r"first \1"),
    (_BOTH_YEARS, r"in \1 and in \2, both"),  # "both" kept: every one of them is asked
    (_IF_NOT_WHO, "?"), (_TOPPED, "who won"),
    (_WHERE_OVERALL, lambda m: f"what position {m[1] if m[1] != 'did' else 'was'} {m[2]} overall"),
    (_Y_FOR_WHY, r"\1why"), (_GOT_THE_W, "won"), (_NEVER_MIND, ""), (_WEEKS_LATER, ""),
    (_CLEAR_OF, "ahead of"), (_AT_THAT_POINT, "then"), (_ON_N_LAPS, r"\1 with \2 laps"), (_GAPS_TO, "gap "),
    (_ROUND_WHAT, "which round was it"), (_WAS_IT_CLOSE, "what was the winning margin"),
    (_UNDER_THE_HOOD, "what engine was in the "), (_BOTH_DID, lambda m: f"? {_BOTH_FORMS[m.group(1).lower()]}?"), (_FIELD_SIZE, "how many cars were entered"),
    (_WENT_LONGEST, "did the most laps"), (_CAN_SOMEONE, ""), (_LAPPED, r"how many laps was \g<y> behind \g<x>"),
    (_PROBLEM_FOR, lambda m: f"why did {m['x'] or m['y']} retire"),
    (_TIME_ON, r"what was the gap between \g<x> and \g<y>"), (_NC_MEANS, "what was needed to be classified"),
    # a claim put for confirming is read once its opening ("pretty sure", "settling a bet") is still there to skip;
    # the question's label and a new topic's announcement go after it, the laps of a stop last
    (_WON_RIGHT, _won_right), (_QUESTION_LABEL, ""), (_SPACED_SLASH, "/"),
    (_WISE, lambda m: "" if m[1].lower().startswith("lap") else m[1]),  # "lap-wise": every answer gives the laps
    (_CLOSEST_TO, r"\1 finished right behind"), (_NEW_TOPIC, ""), (_OUT_ON_LAP, _out_on_lap),
    (_NOT_THAT_ONE, ""), (_I_MEAN_LAST, ""), (_LAUGH_LAST, ""), (_REMARK_AFTER, ""), (_AFTERTHOUGHT, "?"), (_CLAIMED_AFTER, ""),
    (_STATUS_VERB, lambda m: f"were {m.group(1).upper()}"),
    (_SURPRISE, ""), (_SLIP, lambda m: _SLIPS[m.group(1).lower()]),
    (_PLACE_NICKNAME, lambda m: _PLACE_NICKNAMES[m.group(1).lower()]),
    (_BEFORE, "before"), (_BEFORE_IT_STOPPED, " before retiring"),
    (_HOW_FAR_GOT, r"how many laps did \1 complete"),
    (_MADE_IT, lambda m: _FINISH_FORMS[m.group(1).lower()]),
    (_BEAT_BY_AFTER, r"by how \1 did \2 beat \3"),
    (_BEAT_BY_HOW, lambda m: f"{m['lead'] or ''}by how {m['how'] or 'much'} did {m['x']} beat {m['y']}"),
    (_BEAT_BY, r"what was the gap between \1 and \2"),
    (_SHORT_OF, r"\1 behind"), (_OUT_AFTER, r"\1 with \2 \3"),
    (_DIVISION, r"division \1"),
    (_NATION_NICKNAME, lambda m: _NATION_NICKNAMES[m.group(1).lower()]),
    (_DRIVER_NICKNAME, lambda m: DRIVER_NICKNAMES[m.group(1).lower()]),
    (_NICKNAME, lambda m: MAKE_NICKNAMES[m.group(1).lower()] + m.group(2)),
)


def as_the_engine_reads(q: str) -> str:
    """The question with fans' spellings and phrases put in the words the engine reads."""
    for pattern, replacement in _REWRITES:
        q = pattern.sub(replacement, q)
    return q
