package actor

import (
	"sort"
	"unicode"

	"parley"
)

// emit writes the resolved candidates to doc.Mentions and the actors they
// name to doc.Actors, dropping actors no mention kept.
func (st *state) emit() {
	doc := st.doc
	used := make([]int, len(st.actors))
	for i := range used {
		used[i] = -1
	}
	var ms []parley.Mention
	order := make([]int, len(st.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return st.cands[order[a]].start < st.cands[order[b]].start })
	for _, i := range order {
		c := &st.cands[i]
		if len(c.actors) == 0 {
			continue
		}
		m := parley.Mention{Text: doc.Text[c.start:c.end], Start: c.start, End: c.end, Sentence: c.sent, How: c.how}
		m.TokenStart, m.TokenEnd, m.Head = tokenSpan(doc.Sentences[c.sent], c.start, c.end)
		for _, a := range c.actors {
			if used[a] < 0 {
				used[a] = len(doc.Actors)
				doc.Actors = append(doc.Actors, st.actors[a])
			}
			if !containsInt(m.Actors, used[a]) {
				m.Actors = append(m.Actors, used[a])
			}
		}
		ms = append(ms, m)
	}
	for _, m := range ms {
		for _, a := range m.Actors {
			doc.Actors[a].Mentions = append(doc.Actors[a].Mentions, parley.MentionRef{Text: m.Text, Start: m.Start, End: m.End, How: m.How})
		}
	}
	doc.Mentions = ms
}

// tokenSpan maps a byte span to the sentence's tokens: the first and one
// past the last token it overlaps, and its head — the token whose parse
// head lies outside the span when the sentence is parsed, else the last.
func tokenSpan(s parley.Sentence, start, end int) (int, int, int) {
	toks := s.Tokens
	t0 := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	t1 := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	if t0 >= t1 {
		return 0, 0, -1
	}
	head := t1 - 1
	parsed := false
	for _, t := range s.Tokens[t0:t1] {
		if t.Deprel != "" {
			parsed = true
			break
		}
	}
	if parsed {
		for i := t0; i < t1; i++ {
			if h := s.Tokens[i].Head; h < t0 || h >= t1 {
				head = i
				break
			}
		}
	}
	return t0, t1, head
}

// fallbackSentences splits text at line breaks and at ". ", "! ", "? "
// before a capital letter, with one token per word. Resolve uses it only
// when the document comes without sentences.
func fallbackSentences(text string) []parley.Sentence {
	var out []parley.Sentence
	flush := func(a, b int) {
		for a < b && unicode.IsSpace(rune(text[a])) {
			a++
		}
		for b > a && unicode.IsSpace(rune(text[b-1])) {
			b--
		}
		if a >= b {
			return
		}
		s := parley.Sentence{Start: a, End: b}
		for _, w := range scanWords(text[a:b], a) {
			s.Tokens = append(s.Tokens, parley.Token{Text: text[w.start:w.end], Start: w.start, End: w.end, Head: -1})
		}
		out = append(out, s)
	}
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			flush(start, i)
			start = i + 1
		case '.', '!', '?':
			if i+2 < len(text) && text[i+1] == ' ' && unicode.IsUpper(rune(text[i+2])) && !shortWordBefore(text, i) {
				flush(start, i+1)
				start = i + 1
			}
		}
	}
	flush(start, len(text))
	return out
}

// shortWordBefore reports whether the word ending at i is one or two
// letters long ("Dr.", "U.S."), so a period there ends no sentence.
func shortWordBefore(text string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && text[j] != ' ' && text[j] != '\n'; j-- {
		n++
	}
	return n <= 2
}
