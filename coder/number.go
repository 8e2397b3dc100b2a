package coder

import (
	"slices"
	"strconv"
	"strings"
)

// numberWords are the exact counts written as words.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// multipliers scale a preceding number ("1.2 million", "two dozen"). Only
// the singular counts: "dozens", "hundreds" and "thousands" are vague.
var multipliers = map[string]float64{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}

// shortScales are the abbreviated multipliers written onto a number:
// "1.5m people", "2bn".
var shortScales = map[string]float64{"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}

// qualifiers map the words before a count to a claim's qualifier, longest
// first so that "no fewer than" wins over "fewer than".
var qualifiers = []struct{ words, qualifier string }{
	{"no fewer than", "at least"}, {"no less than", "at least"}, {"not less than", "at least"},
	{"more than", "more than"}, {"upwards of", "more than"}, {"in excess of", "more than"},
	{"at least", "at least"}, {"up to", "up to"}, {"as many as", "up to"}, {"at most", "up to"},
	{"less than", "less than"}, {"fewer than", "less than"}, {"close to", "nearly"},
	{"over", "more than"}, {"above", "more than"}, {"past", "more than"}, {"exceeding", "more than"},
	{"nearly", "nearly"}, {"almost", "nearly"}, {"about", "about"}, {"around", "about"},
	{"approximately", "about"}, {"roughly", "about"}, {"some", "about"}, {"estimated", "about"},
	{"approx.", "about"}, {"under", "less than"},
	{"pass", "more than"}, {"passes", "more than"}, {"passed", "more than"}, {"surpass", "more than"},
	{"surpassed", "more than"}, {"top", "more than"}, {"topped", "more than"}, {"exceed", "more than"},
	{"exceeded", "more than"},
}

// qualifierWords are the words qualifiers are made of; they may stand
// between a trigger and its count.
var qualifierWords = func() []string {
	var out []string
	for _, q := range qualifiers {
		for _, w := range strings.Fields(q.words) {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return append(out, "an", "a", "just", "well", "only", "total", "of")
}()

// rangeQualifier returns "up to" for the upper bound of a range ("between
// 20 and 30", "20 to 30", "20-30 people"), "" otherwise.
func rangeQualifier(s *sent, num int) string {
	if num < 2 {
		return ""
	}
	if l := s.lemmas[num-1]; l != "and" && l != "to" && l != "-" {
		return ""
	}
	if _, _, ok := countEndingAt(s, num-2); ok {
		return "up to"
	}
	return ""
}

// parseCount reads an exact count starting at token t: digits ("11,000",
// "1.2 million"), number words ("twenty-five"), or dozens ("a dozen", "two
// dozen", "half a dozen"). It returns the count and the token after it.
// Vague amounts ("dozens", "hundreds of", "scores") are not counts.
func parseCount(s *sent, t int) (count, end int, ok bool) {
	if t < 0 || t >= len(s.toks) {
		return 0, t, false
	}
	text := strings.ToLower(s.toks[t].Text)
	next := func(i int) string {
		if i < len(s.toks) {
			return strings.ToLower(s.toks[i].Text)
		}
		return ""
	}
	var v float64
	end = t + 1
	switch {
	case text == "a" || text == "an":
		m, isMul := multipliers[next(t+1)]
		if !isMul || m > 1000 {
			return 0, t, false
		}
		v, end = m, t+2
	case text == "half" && next(t+1) == "a" && next(t+2) == "dozen":
		return 6, t + 3, true
	case text == "dozen":
		v = 12
	default:
		digits := strings.ReplaceAll(text, ",", "")
		scale := 1.0
		for suf, m := range shortScales {
			if strings.HasSuffix(digits, suf) && len(digits) > len(suf) {
				digits, scale = strings.TrimSuffix(digits, suf), m
				break
			}
		}
		if f, err := strconv.ParseFloat(digits, 64); err == nil && digits[0] >= '0' && digits[0] <= '9' {
			v = f * scale
		} else if n, found := wordNumber(text); found {
			v = float64(n)
		} else {
			return 0, t, false
		}
	}
	if m, isMul := multipliers[next(end)]; isMul {
		v *= m
		end++
	}
	if v < 1 || v > 1e8 || v != float64(int(v)) {
		return 0, t, false
	}
	return int(v), end, true
}

// wordNumber reads "twelve" or "twenty-five".
func wordNumber(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	tens, ones, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	a, ok1 := numberWords[tens]
	b, ok2 := numberWords[ones]
	if !ok1 || !ok2 || a < 20 || a%10 != 0 || b > 9 {
		return 0, false
	}
	return a + b, true
}

// qualifierBefore returns the qualifier written just before token t and
// the token where it starts.
func qualifierBefore(s *sent, t int) (string, int) {
	for _, q := range qualifiers {
		ws := strings.Fields(q.words)
		start := t - len(ws)
		if start < 0 {
			continue
		}
		match := true
		for i, w := range ws {
			if s.lemmas[start+i] != w && strings.ToLower(s.toks[start+i].Text) != w {
				match = false
				break
			}
		}
		if match {
			return q.qualifier, start
		}
	}
	return "", t
}
