package ingest

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The folded form of a text is the text lower-cased with only letters and
// digits kept and single spaces between words: the form used to compare
// paragraphs and to hash documents.

// Entries of foldASCII that are not a folded byte.
const (
	foldSpace = 0 // a separator: a space goes before the next kept byte
	foldSkip  = 1 // an apostrophe: "Pakistan's" folds like "Pakistans"
)

// foldASCII maps each ASCII byte to its folded byte (letters lower-cased,
// digits as they are) or to foldSpace or foldSkip.
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	t['\''] = foldSkip
	return t
}()

// appendFold appends the folded form of s to dst, after a space when dst
// is not empty and s starts with a separator.
func appendFold(dst []byte, s string) []byte {
	return foldAppend(dst, s, len(dst) > 0)
}

// foldAppend appends the folded form of s to dst; started says whether a
// word went before, so that a leading separator yields a space.
func foldAppend(dst []byte, s string, started bool) []byte {
	space, slow := false, 0
	for i := 0; i < len(s); {
		// After a letter or digit, eight bytes of ASCII letters and digits
		// with single spaces between them fold by lower-casing.
		if i >= slow && !space && started && i+8 <= len(s) {
			t := s[i : i+8]
			f, fit := foldWords(uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56)
			if fit == 8 {
				dst = binary.LittleEndian.AppendUint64(dst, f)
				if t[7] == ' ' {
					dst = dst[:len(dst)-1] // the space goes out before the next word
					space = true
				}
				i += 8
				continue
			}
			slow = i + fit + 1 // one byte at a time past the first that does not fit
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch f := foldASCII[c]; f {
			case foldSpace:
				space = true
			case foldSkip:
			default:
				if space && started {
					dst = append(dst, ' ')
				}
				space, started = false, true
				dst = append(dst, f)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && started {
				dst = append(dst, ' ')
			}
			space, started = false, true
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			space = true
		}
	}
	return dst
}

// foldWords folds the eight bytes packed in x (first byte lowest) when
// they are ASCII letters, digits and single spaces, returning 8; otherwise
// it returns the index of the first byte that is not, or is a space after
// a space. Each test works on the low seven bits of every byte, so that no
// byte carries into the next, and sets bit 7 of the bytes it holds for.
func foldWords(x uint64) (uint64, int) {
	const ones, hi = 0x0101010101010101, 0x8080808080808080
	atLeast := func(k uint64) uint64 { return (x&^hi + (0x80-k)*ones) & hi }
	upper := atLeast('A') &^ atLeast('Z'+1)
	lower := atLeast('a') &^ atLeast('z'+1)
	digit := atLeast('0') &^ atLeast('9'+1)
	y := x ^ (' ' * ones)
	space := ^((y &^ hi) + (0x7f * ones) | y) & hi
	good := (upper | lower | digit | space) &^ (x & hi) &^ (space & (space << 8))
	if good == hi {
		return x | upper>>2, 8 // bit 7 moved to bit 5 adds 'a'-'A'
	}
	return 0, bits.TrailingZeros64(^good&hi) / 8
}

// foldBufs holds scratch buffers for folded text, so that hashing and
// comparing paragraphs does not allocate a copy of the text each time.
var foldBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

func getFoldBuf() *[]byte { return foldBufs.Get().(*[]byte) }

// putFoldBuf returns a scratch buffer to the pool, now holding b (which
// may have outgrown it); huge buffers are left to the collector.
func putFoldBuf(p *[]byte, b []byte) {
	if cap(b) <= 1<<20 {
		*p = b[:0]
		foldBufs.Put(p)
	}
}

// sameText reports whether a and b fold to the same text, skipping the
// work when their lengths make that impossible.
func sameText(a, b string) bool {
	if !similarLength(a, b) {
		return false
	}
	p := getFoldBuf()
	fa := foldAppend((*p)[:0], a, false)
	fb := foldAppend(fa[len(fa):], b, false)
	same := bytes.Equal(fa, fb)
	putFoldBuf(p, fa)
	return same
}

// similarLength reports whether a and b are close enough in length to fold
// to the same text.
func similarLength(a, b string) bool {
	return len(a) <= len(b)+len(b)/4+8 && len(b) <= len(a)+len(a)/4+8
}
