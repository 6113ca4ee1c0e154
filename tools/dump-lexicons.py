#!/usr/bin/env python3
"""One-off dump of the word lists held in C# (issue 13) into lexicon data files.

Reads the C# string literals of PerpetratorCues.cs, PlaceCues.cs, ArmedGroups.cs,
Reports/NonClaimLexicon.cs and Reports/Segmenter.cs as they were before the move (give the
repository root of such a checkout, e.g. `git worktree add /tmp/old <commit-before>`), and writes
the data files under src/HostageReports/Lexicons/Data/ of the target root (run once on
62d10fc, main before the move: the output is byte for byte the files committed), in the
LexiconFile format (tab-separated columns; a cell that is exactly '-' or holds '|', '\\' or starts
with '#' is escaped with a backslash). Words keep their order; a set's repeated word is kept once.

usage: tools/dump-lexicons.py OLD_ROOT [TARGET_ROOT]
"""
import os
import re
import sys

LIT = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i + 1]
            if n == 'u':
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            out.append({'"': '"', '\\': '\\', 'n': '\n', 't': '\t', "'": "'"}[n])
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def strip_comments(src):
    return '\n'.join(l for l in src.split('\n') if not l.strip().startswith('///') and not l.strip().startswith('//'))


def block(src, start, end):
    """The text from the first occurrence of start to the next occurrence of end after it."""
    i = src.index(start)
    j = src.index(end, i + len(start))
    return src[i + len(start):j]


def literals(text):
    return [unescape(m) for m in LIT.findall(text)]


def cell(w):
    if w == '-' or w.startswith('#') or '|' in w or '\\' in w or '\t' in w or w != w.strip() or w == '':
        return ''.join('\\' + c if c in '|\\#-' and (c != '-' or w == '-') else c for c in w) if w.strip() == w and w else fail(w)
    return w


def fail(w):
    raise SystemExit('cannot write %r' % w)


def once(words):
    seen, out = set(), []
    for w in words:
        if w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out


def write(root, name, header, rows):
    path = os.path.join(root, 'src/HostageReports/Lexicons/Data', name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write('# ' + h + '\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print('%-28s %5d rows' % (name, len(rows)))


def classed(src, kind):
    """(class, words) of every `Classed(Kind.X, new[] {...})` / `Classed(Kind.X, [...])` list, in source order."""
    out = []
    for m in re.finditer(r'Classed\(%s\.(\w+),\s*' % kind, src):
        rest = src[m.end():]
        if rest.startswith('new[]'):
            body = rest[:rest.index('})')]
        elif rest.startswith('['):
            body = rest[:rest.index(']);')]
        else:
            body = None
        out.append((m.group(1), body))
    return out


def main():
    old = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else '.'
    lex = os.path.join(old, 'src/HostageReports/Lexicons')
    perp = strip_comments(open(os.path.join(lex, 'PerpetratorCues.cs'), encoding='utf-8').read())
    place = strip_comments(open(os.path.join(lex, 'PlaceCues.cs'), encoding='utf-8').read())
    groups = strip_comments(open(os.path.join(lex, 'ArmedGroups.cs'), encoding='utf-8').read())
    nonclaim = strip_comments(open(os.path.join(old, 'src/HostageReports/Reports/NonClaimLexicon.cs'), encoding='utf-8').read())
    seg = strip_comments(open(os.path.join(old, 'src/HostageReports/Reports/Segmenter.cs'), encoding='utf-8').read())

    # Cue phrases before and after a name.
    rows = []
    for side, start in (('Before', 'public static readonly (string Phrase, PersonCue Cue)[] Before ='),
                        ('After', 'public static readonly (string Phrase, PersonCue Cue)[] After =')):
        body = block(perp, start, '];')
        for part in re.split(r'\.\. Many\(', body)[1:]:
            cue = re.match(r'PersonCue\.(\w+),', part).group(1)
            rows += [[side, cue, cell(p)] for p in literals(part)]
    write(root, 'perpetrator-cues.tsv',
          ['Phrases next to a name and what they say of the person it names (PerpetratorCues.Before/After).',
           'columns: side (Before: the phrase ends just before the name; After: it starts just after it), cue (PersonCue), phrase',
           'Lower case, words separated by single spaces, punctuation as its own word; order matters (the first cue of a phrase is tried first).'],
          rows)

    body = block(perp, 'AppositionNouns = new Dictionary<string, PersonCue>', '}.ToFrozenDictionary')
    pairs = re.findall(r'\["((?:[^"\\]|\\.)*)"\]\s*=\s*PersonCue\.(\w+)', body)
    write(root, 'perpetrator-appositions.tsv',
          ['Nouns of an apposition (", a former commander of ...") and what they make of the person (PerpetratorCues.AppositionNouns).',
           'columns: noun, cue (PersonCue)'],
          [[cell(unescape(w)), c] for w, c in pairs])

    split = perp.index('internal static class GroupCues')
    for name, part, owner in (('perpetrator-words.tsv', perp[:split], 'PerpetratorCues'), ('group-words.tsv', perp[split:], 'GroupCues')):
        rows = []
        for cls, body in classed(part, 'WordClass'):
            rows += [[cls, cell(w)] for w in once(literals(body))]
        write(root, name,
              ['The word lists of %s: a word\'s WordClass bits are the classes of its rows here and in the other file of WordClass.' % owner,
               'columns: class (a WordClass name), word',
               'A word may be in several classes, once in each.'],
              rows)

    body = block(perp, 'EverydayWords = new(new[]', '});')
    write(root, 'perpetrator-everyday.tsv',
          ['Everyday words of reports: a cue phrase is looked for by one of its other, rarer, words (PerpetratorCues.EverydayWords).',
           'columns: word'],
          [[cell(w)] for w in once(literals(body))])

    rows = []
    for name in ('Naming', 'AffiliationBefore', 'AffiliationSuffixes', 'Doubts'):
        body = block(perp, 'public static readonly string[] %s =' % name, '];')
        rows += [[name, cell(p)] for p in literals(body)]
    write(root, 'group-phrases.tsv',
          ['Phrase lists for naming armed groups (GroupCues): naming cues, affiliation cues and suffixes, doubts.',
           'columns: list (Naming, AffiliationBefore, AffiliationSuffixes, Doubts), phrase; order matters'],
          rows)

    rows = []
    for name, start in (('Of', 'OfNouns = new Dictionary<string, LocationKind>'), ('After', 'AfterNouns = new Dictionary<string, LocationKind>')):
        body = block(place, start, '}.ToFrozenDictionary')
        rows += [[name, cell(unescape(w)), k] for w, k in re.findall(r'\["((?:[^"\\]|\\.)*)"\]\s*=\s*LocationKind\.(\w+)', body)]
    write(root, 'place-nouns.tsv',
          ['Nouns that give a place its rank: "the town of X" (Of), "Anbar province" (After) (PlaceCues.OfNouns, AfterNouns).',
           'columns: list (Of, After), noun, kind (LocationKind)'],
          rows)

    prep = literals(block(place, 'PrepositionWords =', ';'))
    of_nouns = [r[1] for r in rows if r[0] == 'Of']
    after_nouns = [r[1] for r in rows if r[0] == 'After']
    rows = []
    for cls, body in classed(place, 'PlaceWord'):
        if cls == 'Preposition':
            words = prep
        elif cls == 'LowerCaseCue':
            words = prep + ['on', 'of'] + of_nouns
        else:
            words = literals(body)
        rows += [[cls, cell(w)] for w in once(words)]
    rows += [['OfNoun', w] for w in of_nouns] + [['AfterNoun', w] for w in after_nouns]
    tail = block(place, '(PlaceWord.AfterNoun, [.. AfterNouns.Dictionary.Keys]),', '(PlaceWord.GeographyStart')
    for cls, body in re.findall(r'\(PlaceWord\.(\w+), \[([^\]]*)\]\)', tail):
        rows += [[cls, cell(w)] for w in once(literals(body))]
    write(root, 'place-words.tsv',
          ['The location rule\'s word lists (PlaceCues): a word\'s PlaceWord bits are the classes of its rows.',
           'columns: class (a PlaceWord name; GeographyStart is read from countries.tsv and us-states.tsv, not listed), word',
           'A word may be in several classes, once in each.'],
          rows)

    rows = [['ContextBefore', cell(p)] for p in literals(block(place, 'public static readonly string[] ContextBefore =', '];'))]
    rows += [['NotDateline', cell(w)] for w in once(literals(block(place, 'NotDatelineWords = new(new[]', '});')))]
    rows += [['LeadingParticle', cell(w)] for w in once(literals(block(place, 'LeadingParticles = new(new[]', '});')))]
    write(root, 'place-lists.tsv',
          ['The location rule\'s other lists (PlaceCues): words before a place that make it context (ContextBefore), all-capital words that',
           'are no dateline (NotDateline), leading particles a spelling may drop (LeadingParticle).',
           'columns: list, entry; order matters'],
          rows)
    abbr = literals(block(place, 'NameAbbreviations =', ';'))
    rows = []
    for a, f in zip(abbr[0::2], abbr[1::2]):
        assert a.endswith(' ') and f.endswith(' ')
        rows.append([cell(a.rstrip()), cell(f.rstrip())])
    write(root, 'place-abbreviations.tsv',
          ['Abbreviated first words of place names and their full forms: "St. Louis" is "Saint Louis" (PlaceCues.NameAbbreviations).',
           'columns: abbreviation, full form (each read as followed by a space)'],
          rows)

    table = literals(block(groups, 'private static readonly string[] Table =', '];'))
    write(root, 'armed-groups.tsv',
          ['Well known armed groups (ArmedGroups): the canonical name, then the spellings and acronyms reports use.',
           'columns: names (canonical first, then its variants, separated by |)'],
          [['|'.join(cell(v) for v in row.split('|'))] for row in table])

    rows = [['Opening', cell(p)] for p in literals(block(nonclaim, 'public static readonly string[] Openings =', '];'))]
    rows += [['Anywhere', cell(p)] for p in literals(block(nonclaim, 'public static readonly string[] Anywhere =', '];'))]
    write(root, 'non-claims.tsv',
          ['Phrases that mark a paragraph as page furniture (NonClaimLexicon), matched ignoring case: a paragraph that opens with an',
           'Opening (then a non-letter), or a short one that holds an Anywhere phrase, is not a claim.',
           'columns: where (Opening, Anywhere), phrase'],
          rows)

    rows = []
    for name in ('Abbreviations', 'NumberAbbreviations', 'TimeWords'):
        body = block(seg, 'private static readonly FrozenSet<string> %s = new[]' % name, '.ToFrozenSet')
        rows += [[name, cell(w)] for w in once(literals(body))]
    write(root, 'segmenter.tsv',
          ['Words of sentence splitting (Segmenter): Abbreviations end in a stop before a name or a number without ending a sentence;',
           'NumberAbbreviations only before a number; TimeWords (days, months, zones) follow "a.m." and "p.m." inside a sentence.',
           'columns: list, word (without its stop)'],
          rows)


main()
