package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// navRE matches the short navigation, sharing and widget lines that
	// page templates put around an article.
	navRE = regexp.MustCompile(`(?i)^(?:back to top(?: button)?|share (?:this|the)(?: post| article| story| page)?|share(?: on| via)? (?:facebook|twitter|x|whatsapp|linkedin|telegram|email|reddit)|share|tweet|print(?: this)?(?: article| page)?|email(?: this)?(?: article)?|follow us(?: on .*)?|subscribe(?: now| to .*)?|sign up(?: for .*)?|advertisement|sponsored(?: content)?|click here.*|skip to (?:main )?content|(?:main )?menu|search|home|loading\.*|comments?|\d+ comments?|leave a (?:reply|comment)|related(?: articles| posts| news| stories| content)?|more (?:stories|news) from .*|most (?:read|popular|viewed)|trending(?: now)?|you may also like|recommended(?: for you)?|tags?:.*|filed under:?.*|posted in:?.*|previous (?:post|article)|next (?:post|article)|continue reading|whatsapp channel.*|join our .* channel.*)$`)
	// creditRE matches a wire story's credit line and end marks.
	creditRE = regexp.MustCompile(`(?i)^(?:\(?(?:reporting|writing|editing|additional reporting|compiled|translated|photo|image)(?: by|:)\b.*|-+\s*ends?\s*-+|#{3,}|-30-|ends)$`)
	// listHeadRE matches the heading of a list of links to other articles.
	listHeadRE = regexp.MustCompile(`(?i)^(?:related(?: articles| posts| news| stories| content)?|more (?:stories|news)(?: from .*)?|most (?:read|popular|viewed)|you may also like|recommended(?: for you)?|trending(?: now)?|latest(?: news| stories)?|read (?:more|next)|also read)\s*:?$`)
	// readMoreRE matches a pointer to another article: "Read more: <headline>".
	readMoreRE = regexp.MustCompile(`(?i)^(?:read more|read also|also read|see also|related|more on this|must read|don'?t miss|recommended)\s*(?::|–|-|>>|»|\.\.\.)`)
	// copyrightRE matches copyright and rights-reserved notices.
	copyrightRE = regexp.MustCompile(`(?i)(?:©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved)`)
	// logoRE matches image and logo file names left behind by a scraper.
	logoRE = regexp.MustCompile(`(?i)(?:\blogo\b|\blogo[-_]|\.(?:png|jpe?g|gif|svg|webp)\b|\bicon\b|\bthumbnail\b|\bfeatured image\b)`)
	// bylineRE matches an author line.
	bylineRE = regexp.MustCompile(`^(?:By|BY|Written by|Reported by|Edited by)\s+\p{Lu}`)
	// outletRE matches words that name a news outlet.
	outletRE = regexp.MustCompile(`(?i)\b(?:news|times|tribune|herald|dawn|daily|weekly|express|gazette|journal|telegraph|guardian|chronicle|observer|press|agency|wire|media|tv|television|radio|network|ledger|monitor|dispatch|courier|bulletin|standard|independent)\b`)
	// institutionRE matches the name of a government body issuing a
	// statement ("Ministry of Foreign Affairs").
	institutionRE = regexp.MustCompile(`(?i)^(?:The\s+)?(?:Ministry|Department|Office|Embassy|High Commission|Consulate|Permanent Mission|Secretariat|Government|Presidency|Prime Minister's Office|Prime Minister’s Office|State House|White House)\b`)
	// releaseRE matches the label line of a press release.
	releaseRE = regexp.MustCompile(`(?i)^(?:press release|news release|press statement|media release|for immediate release|statement|communiqu[eé]|readout)\b[\w\s./:#-]*$`)
	// promoRE and promoTopicRE together match an outlet's tagline about
	// itself ("We strive to bring you the most comprehensive news …").
	promoRE      = regexp.MustCompile(`(?i)^(?:we|our)\b|\b(?:we strive|our team|our mission|our journalists|we are committed|we bring you|we aim to)\b`)
	promoTopicRE = regexp.MustCompile(`(?i)\b(?:news|journalis\w*|readers|subscrib\w*|newsletter|coverage|reporting|up-to-date|unbiased|integrity)\b`)
)

// isNavigation reports whether a paragraph is a navigation, sharing,
// copyright or logo line, or a pointer to another article: boilerplate
// wherever it stands.
func isNavigation(p string) bool {
	w := words(p)
	if w > 40 {
		return false
	}
	first := firstWord(p)
	if pointerWords[first] && readMoreRE.MatchString(p) {
		return true
	}
	if (w <= 12 || w <= 25 && !endsSentence(p)) && hasCopyright(p) {
		return true
	}
	if w <= 30 && (creditWords[first] || p[0] == '-' || p[0] == '#') && creditRE.MatchString(p) {
		return true
	}
	if w > 15 || endsSentence(p) {
		return false
	}
	if isNavLine(strings.TrimRight(p, " :|>»")) {
		return true
	}
	if strings.Count(p, " | ")+strings.Count(p, " · ")+strings.Count(p, " • ") >= 2 {
		return true
	}
	return w <= 8 && isLogoLine(p)
}

// pointerWords and creditWords are the first words of the lines readMoreRE
// and creditRE match; checking them first spares the regexps on prose.
var (
	pointerWords = map[string]bool{"read": true, "also": true, "see": true, "related": true, "more": true,
		"must": true, "don": true, "dont": true, "recommended": true}
	creditWords = map[string]bool{"reporting": true, "writing": true, "editing": true, "additional": true,
		"compiled": true, "translated": true, "photo": true, "image": true, "ends": true}
)

// firstWord returns the first run of ASCII letters in p, lower-cased,
// skipping leading punctuation.
func firstWord(p string) string {
	i := 0
	for i < len(p) && !isASCIILetter(p[i]) {
		if i > 3 {
			return ""
		}
		i++
	}
	j := i
	for j < len(p) && isASCIILetter(p[j]) {
		j++
	}
	return strings.ToLower(p[i:j])
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// hasCopyright reports whether p holds a copyright notice; the cheap
// substring checks spare the regexp on ordinary prose.
func hasCopyright(p string) bool {
	if !strings.Contains(p, "©") && !strings.Contains(p, "(c)") && !strings.Contains(p, "(C)") &&
		!containsFold(p, "copyright") && !containsFold(p, "rights reserved") {
		return false
	}
	return copyrightRE.MatchString(p)
}

// copyrightHolder returns the outlet named in a copyright notice such as
// "News Guru, 2024 © All Rights Reserved" or "© 2024 The Daily Post".
func copyrightHolder(p string) string {
	s := copyrightRE.ReplaceAllString(p, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) || r == ',' || r == '.' || r == '|' || r == '-' || r == '–' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || words(s) > 5 || !isNameLike(s) {
		return ""
	}
	return s
}

// isNameLike reports whether every word of s starts with a capital letter
// or a digit (short function words such as "of" and "the" aside) and s
// holds no sentence punctuation: a name, not a sentence.
func isNameLike(s string) bool {
	if s == "" || strings.ContainsAny(s, ",;:!?\"()") || hasCurlyQuote(s) || endsSentence(s) {
		return false
	}
	caps := 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case r == '&' || r == '-' || r == '–' || r == '/' || r == '|' || r == '·':
		case functionWords[w]:
		default:
			return false
		}
	}
	return caps > 0
}

// functionWords are the lower-case words that may stand inside a name.
var functionWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "at": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "al": true, "el": true,
	"von": true, "van": true, "der": true, "y": true, "e": true, "da": true, "di": true,
}

// isOutletLine reports whether p is nothing but the name of a news outlet
// ("Dunya News"), given the source already known, if any.
func isOutletLine(p, source string) bool {
	if words(p) > 8 || !isNameLike(p) {
		return false
	}
	if source != "" && (strings.EqualFold(p, source) || strings.Contains(strings.ToLower(source), strings.ToLower(p))) {
		return true
	}
	return words(p) <= 5 && outletRE.MatchString(p) || isInstitution(p)
}

// isInstitution reports whether a name-like line names a government body
// ("Ministry of Foreign Affairs", "Office of the Spokesperson",
// "Prime Minister's Office") rather than being a headline in title case.
func isInstitution(p string) bool {
	if !institutionRE.MatchString(p) {
		return false
	}
	l := strings.ToLower(p)
	return strings.Contains(l, " of ") || strings.HasSuffix(l, "office") || strings.HasSuffix(l, "house") ||
		strings.HasSuffix(l, "department") || strings.HasSuffix(l, "presidency")
}

// isPromo reports whether p is an outlet's tagline about itself.
func isPromo(p string) bool {
	if words(p) > 80 || strings.IndexByte(p, '"') >= 0 || hasCurlyQuote(p) || !containsFold(p, "we ") && !containsFold(p, "our ") {
		return false
	}
	return promoRE.MatchString(p) && promoTopicRE.MatchString(p)
}

// isDateLine reports whether p is a metadata line built around a full date
// ("Web Desk December 28, 2023", "Published: 5 March 2024"), returning the
// date's span.
func isDateLine(p string) (start, end int, ok bool) {
	if words(p) > 12 || endsSentence(p) && !strings.HasSuffix(p, ".") {
		return 0, 0, false
	}
	_, start, end, ok = findDate(p)
	if !ok {
		return 0, 0, false
	}
	rest := strings.TrimSpace(p[:start] + " " + p[end:])
	if words(rest) > 6 || endsSentence(rest) {
		return 0, 0, false
	}
	return start, end, true
}
