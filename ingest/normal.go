package ingest

import "unicode/utf8"

// isNormalized reports whether normalize would return s unchanged: s is
// sure to be in NFC, holds no character normalize drops or replaces, and
// each of its spaces stands alone between two characters of a line.
func isNormalized(s string) bool {
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
			lineStart = false
			i++
		case c == '\n':
			lineStart = true
			i++
		case c == ' ':
			if lineStart || i+1 == len(s) {
				return false
			}
			if next := s[i+1]; next <= ' ' || next == 0x7f {
				return false
			} else if next >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(s[i+1:]); !keptRune(r) {
					return false
				}
			}
			i++
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !keptRune(r) {
				return false
			}
			lineStart = false
			i += n
		default:
			return false
		}
	}
	return true
}

// keptRune reports whether normalize copies the non-ASCII rune r as it
// is, whatever surrounds it: r is an NFC starter and not one of the
// spaces, line separators, control or format characters normalize
// replaces or drops.
func keptRune(r rune) bool {
	return nfcStarter(r) && r > 0xa0 && r != 0xad && !(0x2002 <= r && r <= 0x200f) &&
		!(0x2028 <= r && r <= 0x202f) && r != 0x205f && r != 0x2060
}

// isNFC reports whether s is sure to be in NFC already, so that the
// costlier check of norm.NFC can be skipped: s holds only ASCII and runes
// of the Latin-1, Latin Extended-A and B, spacing modifier, general
// punctuation and currency blocks that are their own NFC and start a
// segment (no rune before them can combine with them). That is the text
// of most news in Latin script; other text is left to norm.NFC.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		// Skip eight ASCII bytes at a time.
		if i+8 <= len(s) {
			t := s[i : i+8]
			if (uint64(t[0])|uint64(t[1])<<8|uint64(t[2])<<16|uint64(t[3])<<24|
				uint64(t[4])<<32|uint64(t[5])<<40|uint64(t[6])<<48|uint64(t[7])<<56)&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcStarter(r) {
			return false
		}
		i += n
	}
	return true
}

// nfcStarter reports whether r is in the ranges isNFC accepts; a test
// checks every rune in them against norm.NFC.
func nfcStarter(r rune) bool {
	return 0x80 <= r && r <= 0x2ff || 0x2002 <= r && r <= 0x206f || 0x20a0 <= r && r <= 0x20cf
}
