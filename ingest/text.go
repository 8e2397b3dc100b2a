package ingest

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns s in NFC with Unix line ends, every Unicode space
// turned into a plain space, invisible format characters and control
// characters dropped, runs of spaces collapsed and each line trimmed.
func normalize(s string) string {
	if isNormalized(s) {
		return s // most text is: no need to copy it
	}
	return renormalize(s)
}

// renormalize is normalize for text that isNormalized cannot vouch for.
func renormalize(s string) string {
	if !isNFC(s) {
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

// words counts the space-separated words in s: the bytes that are not a
// space and follow a space or the start of s. The rules ask for the word
// count of every paragraph several times, so it reads eight bytes at a
// time: per byte, bit 7 of nz is set when the byte is not a space and bit
// 7 of sp when it is; a word starts where nz meets sp shifted one byte up,
// the carry from the previous eight bytes filling the lowest byte.
func words(s string) int {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	n, prev := 0, uint64(1)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		x := (uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56) ^ 0x2020202020202020
		nz := ((x & lo7) + lo7 | x) & hi
		sp := ^nz & hi
		n += bits.OnesCount64(nz & (sp<<8 | prev<<7))
		prev = sp >> 63
	}
	for ; i < len(s); i++ {
		if s[i] != ' ' {
			n += int(prev)
			prev = 0
		} else {
			prev = 1
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
