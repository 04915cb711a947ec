"""The toll of each mention of a sentence: the casualty phrase its frame owns, a death verb above it, or the
named people killed with it ('killed X along with four of his guards')."""
from __future__ import annotations

import re

from pipeline.extract.mention import TALK, EventMention, SentenceState, span_head
from pipeline.extract.numbers import Casualties, casualties, word_to_int
from pipeline.resources import Knowledge


def _runs_text(r: SentenceState, toks: list[int]) -> str:
    """The text of some tokens of the sentence: each unbroken run verbatim, runs joined by ' ; '."""
    runs, start = [], toks[0]
    for a, b in zip(toks, toks[1:] + [None]):
        if b is None or b != a + 1:
            runs.append(r.sent.text[r.m.toks[start].start - r.sent.start:r.m.toks[a].end - r.sent.start])
            start = b
    return " ; ".join(runs)


def _death_verb_over(r: SentenceState, k: int) -> int | None:
    """The verb of dying whose 'in', 'by' or 'during' phrase token k heads ('died in the strikes')."""
    tree = r.tree
    prep = tree.heads[k] if tree.parsed else -1
    if prep < 0 or tree.deps[k] != "pobj" or r.norm[prep] not in r.W["death_cause_preps"]:
        return None
    verb = tree.heads[prep]
    return verb if verb >= 0 and tree.is_verb(verb) and r.norm[verb] in r.kb.cue_words["kill"] else None


def _clause_of(r: SentenceState, k: int) -> int:
    """The token whose subtree is frame token k's clause: k itself, or the conjoined noun a trigger misparsed as its
    modifier heads ('..., and in August a drone targeted vehicles near al-Qaim, martyring one commander')."""
    tree = r.tree
    h = tree.heads[k] if tree.parsed else -1
    return h if h >= 0 and tree.deps[k] == "amod" and tree.deps[h] == "conj" and not tree.is_verb(h) else k


def _death_clause_beside(r: SentenceState, k: int) -> int | None:
    """The verb of dying of the clause a semicolon joins to the one token k heads ('a drone hit a team preparing to
    launch a drone near Kirkuk; five fighters died': the parse makes the strike's clause a part of the dying one)."""
    tree = r.tree
    verb = tree.heads[k] if tree.parsed else -1
    if verb < 0 or tree.deps[k] not in ("ccomp", "parataxis", "conj") or not tree.is_verb(verb) or \
            r.norm[verb] not in r.kb.cue_words["kill"] or not k < verb:
        return None
    between = r.sent.text[r.m.toks[k].end - r.sent.start:r.m.toks[verb].start - r.sent.start]
    return verb if ";" in between else None


def assign_tolls(r: SentenceState, mentions: list[EventMention], frames: list[set[int]]) -> None:
    """Casualties in each mention's own part of the sentence; a named person killed counts one."""
    text = r.sent.text
    if len(mentions) == 1:
        regions = [text]
    else:
        others = [set().union(*(r.tree.subtree(_clause_of(r, k)) for k in fr)) for fr in frames]
        for n, mm in enumerate(mentions):
            died = _death_verb_over(r, mm.root)  # '16 people died in the strikes': the strikes' toll
            if died is None and mm.event_type not in TALK:
                died = _death_clause_beside(r, mm.root)
            if died is not None and not any(died in fr for fr in frames):
                others[n] |= set(r.tree.subtree(died))
        regions = []
        for n, fr in enumerate(frames):
            own = set(others[n])
            for x, o in enumerate(others):
                if x != n and not own <= o:
                    own -= o
            own |= fr
            if not own:
                regions.append("")
                continue
            regions.append(_runs_text(r, sorted(own)))
    for mm, region in zip(mentions, regions):
        if mm.event_type in TALK:
            continue
        c = casualties(region)
        own = _own_clause(r, mm, region)
        if own is not None and c.fatalities is not None:
            mine = casualties(own)  # '16 were killed around al-Qaim; a monitor put the toll in Syria at 23': the
            if mine.fatalities is not None:  # toll in the mention's own clause, when that clause gives one
                c = mine
        if c.fatalities is None and any(t.trigger.event_type in ("kill", "assassination") for t in mm.triggers):
            n = _victims(r, mm)
            if n:
                n += _companions(region, r.kb)
                c = Casualties(n, n, n, c.injuries)
        elif c.fatalities and c.low == c.high and any(t.trigger.event_type in ("kill", "assassination")
                                                      for t in mm.triggers):
            n = _victims(r, mm) if any(a.actor.actor_type == "person" for a in r.m.actors) else 0
            if n > c.fatalities:  # 'X, Y and eight of their companions were killed': ten, not eight
                c = Casualties(n, n, n, c.injuries)
        if c.fatalities and any(t.trigger.event_type == "kill" for t in mm.triggers):
            mm.summary = ""  # 'two guards were killed after repeated attacks': a toll is one event
        mm.casualties = c


def _own_clause(r: SentenceState, mm: EventMention, region: str) -> str | None:
    """The part of the sentence between the semicolons around the mention's trigger, if a semicolon splits it."""
    text, base = r.sent.text, r.sent.start
    if ";" not in region or region != text:
        return None
    at = r.m.toks[mm.triggers[0].i].start - base
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start:end if end >= 0 else len(text)]


def _victims(r: SentenceState, mm: EventMention) -> int:
    """'killed their commander', 'X, the leader killed alongside Y', 'the killing of X': one per person."""
    persons = r.kb.cue_words["person_noun"]
    tree = r.tree
    if not tree.parsed:
        return 0
    who = {span_head(tree, a.i, a.j): a.actor.name for a in r.m.actors if a.actor.actor_type == "person"}
    person_heads = set(who)
    named_spans = {k for a in r.m.actors for k in range(a.i, a.j)} | {k for p in r.m.places for k in range(p.i, p.j)}
    # a proper name the lexicon does not know, killed: a person ('killing Abu Baqir al-Saadi')
    person_heads |= {k for k, tag in enumerate(tree.tags) if tag == "NNP" and k not in named_spans
                     and k not in r.date_toks and tree.deps[k] in ("dobj", "nsubjpass", "conj", "appos")
                     and r.m.chunk_of[k] not in r.m.asides}  # '(Abu Taqwa)': a bracketed name is the same man
    n = 0
    for t in mm.triggers:
        if t.trigger.event_type not in ("kill", "assassination"):
            continue
        k = span_head(tree, t.i, t.j)
        victims = [c for c in tree.kids[k] if tree.deps[c] in ("dobj", "nsubjpass")]
        preps = [c for c in tree.kids[k] if tree.deps[c] == "prep"]
        preps += [g for c in preps if r.norm[c] == "along" for g in tree.kids[c] if tree.deps[g] == "prep"]  # 'along with'
        victims += [g for c in preps if r.norm[c] in r.W["target_preps"] | {"alongside", "with"}
                    for g in tree.kids[c] if tree.deps[g] == "pobj"]
        if tree.deps[k] in ("acl", "relcl") and tree.heads[k] >= 0 and tree.passive(k) or tree.deps[k] == "acl":
            victims.append(tree.heads[k])  # 'the leader killed in ...'
        victims += [c for c in tree.kids[k] if tree.deps[c] == "conj" and tree.tags[c].startswith("NN") and any(
            tree.deps[x] == "nummod" for x in tree.kids[c]) and any(r.norm[x] in r.W["additive_words"]
                                                                for x in tree.kids[c])]
        # ('X was killed along with Y, ..., and eight other people': the list's last item hung on the verb)
        more = []
        for v in victims:
            if tree.deps[v] == "appos" and tree.heads[v] >= 0:
                more.append(tree.heads[v])
        todo = list(victims)
        while todo:  # 'X, Y and eight others': a list is a chain of conjuncts
            v = todo.pop()
            counted = any(tree.deps[c] == "nummod" for c in tree.kids[v])  # 'three personnel - a Briton and two
            # Americans -': the apposition breaks the count down, it adds nobody
            kids = [c for c in tree.kids[v] if (tree.deps[c] == "conj" or tree.deps[c] == "appos" and not counted)
                    and c not in more]
            more += kids
            todo += kids
        seen = set()
        for v in victims + more:
            if v in seen or v in r.date_toks:  # 'killed ... on January 3, 2020': a date is no victim
                continue
            seen.add(v)
            counts = [c for c in tree.kids[v] if tree.deps[c] == "nummod" and c not in r.date_toks
                      and c not in named_spans]  # not the 22 of 'Tower 22'
            if counts:  # '... and eight others': a number casualties() did not read as a toll
                n += sum(word_to_int(r.norm[c], r.kb) or 0 for c in counts)
                continue
            if v in person_heads and tree.deps[v] == "appos" and tree.heads[v] in person_heads and not (
                    who.get(v) and who.get(tree.heads[v]) and who[v] != who[tree.heads[v]]):
                continue  # 'Mushtaq al-Saidi (Abu Taqwa)': a name and the name he goes by are one man (but
                # 'Soleimani, al-Muhandis and ...' misread as one name for the other are two known men)
            if v in person_heads or (r.norm[v] in persons and tree.tags[v] == "NN") or (
                    tree.deps[v] == "nsubjpass" and r.norm[v] in r.W["person_pronouns"]):
                n += 1  # ('he was killed in a drone strike': one man)
            elif tree.tags[v] == "CD" and any(
                    tree.deps[c] == "prep" and r.norm[c] == "of" for c in tree.kids[v]):
                n += word_to_int(r.norm[v], r.kb) or 0  # '... and two of his companions'
        # 'X, the brigade commander killed ...': a name and its title are one person
        named = [v for v in seen if v in person_heads]
        titles = [v for v in seen if v not in person_heads and r.norm[v] in persons
                  and not any(tree.deps[c] == "poss" and tree.tags[c] == "PRP$" for c in tree.kids[v])]  # 'X, his driver' are two
        if named and titles:
            n -= min(len(named), len(titles))
    return n


_WITH = re.compile(r"\b(?:along with|together with|with|and)\s+([\w-]+)\s+(?:of\s+(?:his|her|their)\s+|other\s+)?([a-z]+)", re.I)


def _companions(text: str, kb: Knowledge) -> int:
    """'the killing of X, with two guards': the people killed beside a named victim."""
    persons = kb.cue_words["person_noun"]
    total = 0
    hurt = next((m.start() for m in re.finditer(r"[\w-]+", text) if m.group(0).lower() in kb.cue_words["injure"]),
                len(text))
    for m in _WITH.finditer(text[:hurt]):  # 'killing X, and wounding four soldiers and two policemen': not killed
        n = word_to_int(m.group(1))
        noun = m.group(2).lower()
        if n and (noun in persons or noun.rstrip("s") in persons):
            total += n
    return total
