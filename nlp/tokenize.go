// Package nlp is parley's linguistic core: a rule-based tokenizer and
// sentence splitter for news English, an averaged-perceptron part-of-speech
// tagger, a lexicon-and-suffix-rule lemmatizer and a greedy arc-hybrid
// dependency parser producing Universal Dependencies relations. The trained
// models are embedded in the binary, so parsing needs no outside files.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley"
)

// span is a token's byte range in the text being tokenized.
type span struct{ start, end int }

// Tokenize splits text into sentences and tokens. Every token keeps its byte
// offsets into text; no setup is needed. A blank line always ends a
// sentence, so a headline without a final stop stands alone; inside a
// paragraph, the embedded sentence-boundary classifier (see sentmodel.go)
// decides, reading the rules' decision among its features.
func Tokenize(text string) []parley.Sentence {
	return defaultSplitter().Tokenize(text)
}

// makeSentence turns token spans into a parley.Sentence with no analysis.
func makeSentence(text string, spans []span) parley.Sentence {
	toks := make([]parley.Token, len(spans))
	for i, sp := range spans {
		toks[i] = parley.Token{
			Text:       text[sp.start:sp.end],
			Start:      sp.start,
			End:        sp.end,
			Head:       -1,
			SpaceAfter: sp.end >= len(text) || isSpaceByte(text, sp.end),
		}
	}
	return parley.Sentence{Start: spans[0].start, End: spans[len(spans)-1].end, Tokens: toks}
}

func isSpaceByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

// paragraphs returns the byte ranges of text separated by blank lines.
func paragraphs(text string) []span {
	var out []span
	start, i := 0, 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// Look past horizontal space for a second newline.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			out = append(out, span{start, i})
			for j < len(text) && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			start, i = j, j
			continue
		}
		i++
	}
	return append(out, span{start, len(text)})
}

// chunks returns the maximal runs of non-space characters in text[start:end].
func chunks(text string, start, end int) []span {
	var out []span
	in := -1
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		sp := unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
		if sp && in >= 0 {
			out = append(out, span{in, i})
			in = -1
		} else if !sp && in < 0 {
			in = i
		}
		i += n
	}
	if in >= 0 {
		out = append(out, span{in, end})
	}
	return out
}

// Punctuation that splits off the front or the back of a chunk.
const (
	leadPunct  = "\"'“”‘’«»‹›([{<$£€¥#*"
	trailPunct = "\"'“”‘’«»‹›)]}>,;:!?%*"
	dashes     = "–—―‒"
)

// splitChunk splits the chunk text[start:end] into tokens and appends them.
func splitChunk(text string, start, end int, out []span) []span {
	// Leading punctuation, one character each.
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if strings.ContainsRune(leadPunct, r) || strings.ContainsRune(dashes, r) {
			if r == '\'' || r == '’' {
				if k := cliticLen(text[start:end]); k > 0 && k == end-start {
					break // a lone clitic such as "'s" after a space
				}
			}
			out = append(out, span{start, start + n})
			start += n
			continue
		}
		if r == '-' && start+n < end && !isDigitByte(text[start+n]) {
			m := start + n
			for m < end && text[m] == '-' {
				m++
			}
			out = append(out, span{start, m})
			start = m
			continue
		}
		break
	}
	// Trailing punctuation, collected in reverse.
	var tail []span
	for start < end {
		s := text[start:end]
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.HasSuffix(s, "...") || r == '…':
			k := end - n
			if r == '.' {
				for k > start && text[k-1] == '.' {
					k--
				}
			}
			tail = append(tail, span{k, end})
			end = k
			continue
		case r == '.':
			if end-1 > start && isAbbrev(text[start:end-1]) {
				goto core
			}
			tail = append(tail, span{end - 1, end})
			end--
			continue
		case strings.ContainsRune(trailPunct, r) || strings.ContainsRune(dashes, r):
			tail = append(tail, span{end - n, end})
			end -= n
			continue
		case r == '-' && end-n > start:
			k := end - n
			for k > start && text[k-1] == '-' {
				k--
			}
			tail = append(tail, span{k, end})
			end = k
			continue
		}
		break
	}
core:
	if start < end {
		out = splitCore(text, start, end, out)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// splitCore splits the inside of a chunk at dashes, double hyphens, slashes
// between words and stray commas, and splits off English clitics.
func splitCore(text string, start, end int, out []span) []span {
	piece := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		cut := 0
		switch {
		case strings.ContainsRune(dashes, r) || r == '…':
			cut = n
		case r == '-' && i+1 < end && text[i+1] == '-':
			cut = 2
			for i+cut < end && text[i+cut] == '-' {
				cut++
			}
		case (r == ',' || r == ';' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”') &&
			!(i > start && i+n < end && isDigitByte(text[i-1]) && isDigitByte(text[i+n])):
			cut = n
		}
		if cut == 0 {
			i += n
			continue
		}
		if piece < i {
			out = splitClitic(text, piece, i, out)
		}
		out = append(out, span{i, i + cut})
		i += cut
		piece = i
	}
	if piece < end {
		out = splitClitic(text, piece, end, out)
	}
	return out
}

// splitClitic appends text[start:end], split before a clitic ending such as
// "'s", "’s", "n't" or "'ll" as in Universal Dependencies English.
func splitClitic(text string, start, end int, out []span) []span {
	w := text[start:end]
	lw := strings.ToLower(w)
	if strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") {
		k := len(w) - len("n't")
		if strings.HasSuffix(lw, "n’t") {
			k = len(w) - len("n’t")
		}
		if k > 0 {
			return append(out, span{start, start + k}, span{start + k, end})
		}
	}
	for i := 1; i < len(w); i++ {
		if w[i] != '\'' && !strings.HasPrefix(w[i:], "’") {
			continue
		}
		if k := cliticLen(w[i:]); k > 0 && i+k == len(w) {
			return append(out, span{start, start + i}, span{start + i, end})
		}
	}
	return append(out, span{start, end})
}

// cliticLen returns the byte length of the clitic at the start of s, or 0.
func cliticLen(s string) int {
	var q int
	switch {
	case strings.HasPrefix(s, "'"):
		q = 1
	case strings.HasPrefix(s, "’"):
		q = len("’")
	default:
		return 0
	}
	rest := strings.ToLower(s[q:])
	for _, c := range []string{"s", "re", "ve", "ll", "d", "m"} {
		if strings.HasPrefix(rest, c) && (len(rest) == len(c) || !isLetterByte(rest[len(c)])) {
			return q + len(c)
		}
	}
	return 0
}

func isDigitByte(b byte) bool  { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
