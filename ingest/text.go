package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns s in NFC with Unix line ends, every Unicode space
// turned into a plain space, invisible format characters and control
// characters dropped, runs of spaces collapsed and each line trimmed.
func normalize(s string) string {
	if !isPlainASCII(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space, lineStart := false, true
	for i := 0; i < len(s); {
		// Copy a run of visible ASCII in one go: most text is just that.
		j := i
		for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
			j++
		}
		if j > i {
			if space {
				b.WriteByte(' ')
				space = false
			}
			lineStart = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		c := s[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '\n' || r == '\r':
			if r == '\r' && i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
			space, lineStart = false, true
		case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u3000' || r == '\u202f' || r == '\u205f' ||
			(r >= '\u2000' && r <= '\u200a'):
			space = !lineStart
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			space, lineStart = false, true
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u00ad' || r == '\ufeff' ||
			(r >= '\u200b' && r <= '\u200f') || r == '\u2060' || (r >= '\u202a' && r <= '\u202e'):
			// control or invisible format character: drop
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			lineStart = false
			if n == 1 {
				b.WriteByte(c)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '\r' {
			return false
		}
	}
	return true
}

// paragraphs splits normalised text into paragraphs. Blank lines separate
// paragraphs; inside a block, a line that ends a sentence or is short
// (a heading, a byline) ends its paragraph, and a long line without final
// punctuation is taken as hard-wrapped and joined to the next. Text without
// any blank line is read one paragraph per line.
func paragraphs(s string) []string {
	// normalize trims every line, so a blank line is an empty one.
	blank := strings.Contains(s, "\n\n") || strings.HasPrefix(s, "\n")
	out := make([]string, 0, strings.Count(s, "\n")/2+1)
	var cur []string
	flush := func() {
		switch len(cur) {
		case 0:
		case 1:
			out = append(out, cur[0])
		default:
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if !blank || endsParagraph(l) {
			flush()
		}
	}
	flush()
	return out
}

// endsParagraph reports whether line l, inside a block of lines, closes its
// paragraph rather than being wrapped onto the next line.
func endsParagraph(l string) bool {
	if len(l) < 50 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:;\"”’)]»", r)
}

// words counts the space-separated words in s. Cleaned paragraphs have
// single spaces and no space at either end, so the count is usually the
// number of spaces plus one, which strings.Count finds far faster than a
// byte loop; the rules call words on every paragraph several times.
func words(s string) int {
	if s == "" {
		return 0
	}
	if s[0] != ' ' && s[len(s)-1] != ' ' && !strings.Contains(s, "  ") {
		return strings.Count(s, " ") + 1
	}
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("\"”’')]»", r) || unicode.IsSpace(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
