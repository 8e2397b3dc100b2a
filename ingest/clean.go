package ingest

import (
	"bytes"
	"strings"

	"parley"
)

// meta is what is known about a document besides its text: from HTML meta
// tags, a feed item, a JSONL record, or the text's own header lines.
type meta struct {
	Title     string
	Source    string
	Published parley.Time
	Dateline  string
}

// headerSpan is how many opening paragraphs may hold metadata lines
// (bylines, dates, outlet names, a repeated headline).
const headerSpan = 8

// clean splits text into paragraphs and drops boilerplate, filling m with
// the metadata the text itself gives. When findTitle is true and m has no
// title, an opening line that reads as a headline becomes the title. The
// returned paragraphs exclude the title.
func clean(text string, m *meta, findTitle bool) []string {
	paras := paragraphs(normalize(text))
	if len(paras) == 0 {
		return nil
	}
	cutDateFields(paras, m)
	drop := make([]bool, len(paras))
	for i, p := range paras {
		if p == "" || isNavigation(p) {
			drop[i] = true
			if m.Source == "" && hasCopyright(p) {
				m.Source = copyrightHolder(p)
			}
		}
	}
	dropLinkLists(paras, drop)
	dropDuplicates(paras, drop)
	for i := 0; i < len(paras) && i < headerSpan; i++ {
		if drop[i] {
			continue
		}
		// A lone word above the headline is a menu entry or section name.
		if !dropMetaLine(paras[i], m) && (words(paras[i]) > 1 || endsSentence(paras[i])) {
			break
		}
		drop[i] = true
	}
	if m.Title != "" {
		for i := 0; i < len(paras) && i < headerSpan; i++ {
			if sameText(paras[i], m.Title) {
				drop[i] = true
			}
		}
	} else if findTitle {
		if t := findHeadline(paras, drop); t >= 0 {
			m.Title = paras[t]
			drop[t] = true
		}
	}
	body := firstBody(paras, drop)
	if body >= 0 {
		readDateline(paras[body], m)
	}
	end := body
	if end < 0 {
		end = min(len(paras), headerSpan)
	}
	for i := 0; i < end; i++ {
		if !drop[i] {
			drop[i] = dropMetaLine(paras[i], m) || words(paras[i]) <= 5 && isNameLike(paras[i])
		}
	}
	if m.Title != "" {
		for i, p := range paras {
			if !drop[i] && sameText(p, m.Title) {
				drop[i] = true
			}
		}
	}
	dropTail(paras, drop, m)
	out := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// cutDateFields cuts a leading metadata field such as "date 2023-12-20"
// from the opening paragraphs, keeping its date.
func cutDateFields(paras []string, m *meta) {
	for i := 0; i < len(paras) && i < 3; i++ {
		if !mayStartWithDateField(paras[i]) {
			continue
		}
		if loc := datePrefixRE.FindStringSubmatchIndex(paras[i]); loc != nil {
			if t, _, _, ok := findDate(paras[i][loc[2]:loc[3]]); ok && m.Published.IsZero() {
				m.Published = t
			}
			paras[i] = paras[i][loc[1]:]
		}
	}
}

// readDateline fills what m lacks from the dateline opening paragraph p,
// which itself stays as it is.
func readDateline(p string, m *meta) {
	d, ok := parseDateline(p)
	if !ok {
		return
	}
	if m.Dateline == "" {
		m.Dateline = d.Place
	}
	if m.Source == "" {
		m.Source = d.Source
	}
	if m.Published.IsZero() {
		m.Published = d.Published
	}
}

// dropLinkLists drops the headlines listed under a "Related articles" or
// "Most read" heading: short lines without final punctuation, up to the
// next paragraph of prose.
func dropLinkLists(paras []string, drop []bool) {
	for i := 0; i < len(paras); i++ {
		if words(paras[i]) > 5 || !listHeadRE.MatchString(paras[i]) {
			continue
		}
		drop[i] = true
		for i+1 < len(paras) && words(paras[i+1]) <= 15 && !endsSentence(paras[i+1]) {
			i++
			drop[i] = true
		}
	}
}

// dropDuplicates drops, among the opening paragraphs, a later exact repeat
// of an earlier one (a headline printed twice) and a long paragraph at the
// top whose text reappears inside one of the next few (a lead sentence
// copied above the article it opens).
func dropDuplicates(paras []string, drop []bool) {
	n := min(len(paras), headerSpan)
	// The folded paragraphs share one scratch buffer: span[i] is where
	// paragraph i's folded form lies in it, once folded.
	p := getFoldBuf()
	buf := *p
	var span [headerSpan]struct{ start, end int }
	var done [headerSpan]bool
	get := func(i int) []byte {
		if !done[i] {
			start := len(buf)
			buf = foldAppend(buf, paras[i], false)
			span[i].start, span[i].end, done[i] = start, len(buf), true
		}
		return buf[span[i].start:span[i].end]
	}
	defer func() { putFoldBuf(p, buf) }()
	for i := range n {
		if drop[i] {
			continue
		}
		lead := i < 3 && words(paras[i]) >= 15
		for j := i + 1; j < n; j++ {
			if drop[j] {
				continue
			}
			switch {
			case similarLength(paras[i], paras[j]) && bytes.Equal(get(i), get(j)):
				drop[j] = true
			case lead && j <= i+3 && len(paras[j]) >= len(paras[i]) && bytes.Contains(get(j), get(i)):
				drop[i] = true
			}
		}
	}
}

// findHeadline returns the index of the opening paragraph when it reads as
// a headline: a short line that does not end with a full stop and is not a
// metadata line, followed by more text. Otherwise it returns -1.
func findHeadline(paras []string, drop []bool) int {
	first := -1
	for i := range paras {
		if !drop[i] {
			first = i
			break
		}
	}
	if first < 0 || first == len(paras)-1 {
		return -1
	}
	p := paras[first]
	w := words(p)
	if w < 2 || w > 25 || len(p) > 250 || strings.HasSuffix(p, ":") {
		return -1
	}
	// A headline may ask or exclaim ("Will the talks resume?"), but one
	// that ends with a full stop is the lead sentence.
	if endsSentence(p) && (w > 15 || !strings.HasSuffix(strings.TrimRight(p, "\"”’'"), "?") &&
		!strings.HasSuffix(strings.TrimRight(p, "\"”’'"), "!")) {
		return -1
	}
	if _, _, ok := isDateLine(p); ok || bylineRE.MatchString(p) || isOutletLine(p, "") {
		return -1
	}
	if _, ok := parseDateline(p + " "); ok && strings.ContainsAny(p, "–—-(") {
		return -1
	}
	return first
}

// firstBody returns the index of the first kept paragraph that reads as
// article prose, or -1.
func firstBody(paras []string, drop []bool) int {
	for i, p := range paras {
		if drop[i] {
			continue
		}
		w := words(p)
		if w >= 25 || w >= 8 && endsSentence(p) {
			return i
		}
	}
	return -1
}

// dropMetaLine reports whether a header paragraph is a metadata line: a
// date line (with the place, in "Beijing, 15 May 2024"), a byline, a press
// release label or the outlet's name. It records what the line says.
func dropMetaLine(p string, m *meta) bool {
	if start, end, ok := isDateLine(p); ok {
		if t, _, _, _ := findDate(p); m.Published.IsZero() {
			m.Published = t
		}
		place := strings.TrimSpace(p[:start])
		if m.Dateline == "" && end == len(p) && strings.HasSuffix(place, ",") {
			place = strings.TrimSpace(strings.TrimSuffix(place, ","))
			if words(place) <= 3 && isNameLike(place) {
				m.Dateline = titleCase(place)
			}
		}
		return true
	}
	if words(p) <= 8 && (bylineRE.MatchString(p) || releaseRE.MatchString(p)) {
		return true
	}
	if isOutletLine(p, m.Source) {
		if m.Source == "" {
			m.Source = p
		}
		return true
	}
	return false
}

// dropTail drops the page furniture after the article: outlet names, logo
// lines, taglines and dates that follow the last paragraph of prose.
func dropTail(paras []string, drop []bool, m *meta) {
	for i := len(paras) - 1; i > 0; i-- {
		if drop[i] {
			continue
		}
		p := paras[i]
		_, _, date := isDateLine(p)
		switch {
		case isOutletLine(p, m.Source):
			if m.Source == "" {
				m.Source = p
			}
		case isPromo(p), date, words(p) <= 4 && isNameLike(p):
		default:
			return
		}
		drop[i] = true
	}
}
