package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// News adaptation. EWT, the training treebank, is web text: it has few
// titled names of the kind news is full of ("PM Kakar", "FM Qureshi",
// "President Dr Arif Alvi"). Two small rules make such names come out as
// EWT annotates "President Bush": every title a proper noun, and the name
// the head of the phrase with the titles attached to it as nmod:desc.

// titleWords are titles written before a name, lowercase and without a
// final period.
var titleWords = setOf("president", "pm", "fm", "dr", "mr", "mrs", "ms", "prof", "gen", "general",
	"secretary", "minister", "king", "queen", "prince", "princess", "sheikh", "shaikh", "emir",
	"ambassador", "senator", "sen", "rep", "gov", "governor", "chancellor", "mayor", "premier",
	"col", "lt", "maj", "capt", "sgt", "adm", "admiral", "justice", "judge", "pope", "ayatollah",
	"imam", "cardinal", "rev", "sir", "lord", "dame", "commander", "marshal", "brig", "envoy",
	"spokesman", "spokeswoman", "chairman", "speaker", "cm", "coas", "cjcsc", "dg", "ig")

// isTitle reports whether token text is a capitalised title ("PM", "Dr.").
func isTitle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && titleWords[strings.ToLower(strings.TrimSuffix(w, "."))]
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tagTitles retags capitalised titles followed by a capitalised word as
// proper nouns (NNP), as EWT tags "President" in "President Bush".
func (t *tagger) tagTitles(forms []string, tags []int) {
	if t.propn < 0 {
		return
	}
	for i := 0; i+1 < len(forms); i++ {
		if isTitle(forms[i]) && capitalised(forms[i+1]) {
			tags[i] = t.propn
		}
	}
}

// headTitledNames re-heads phrases such as "President Dr Arif Alvi" that
// the parser headed on a title: the first name word becomes the head,
// titles attach to it as nmod:desc, later name words as flat, and every
// other dependent of the phrase moves to the new head.
func (p *parser) headTitledNames(forms []string, heads, labels []int) {
	desc, flat := p.labelIndex("nmod:desc"), p.labelIndex("flat")
	if desc < 0 || flat < 0 {
		return
	}
	for i := 0; i < len(forms); {
		if !isTitle(forms[i]) {
			i++
			continue
		}
		start := i
		for i < len(forms) && isTitle(forms[i]) {
			i++
		}
		name := i
		for i < len(forms) && capitalised(forms[i]) && !isTitle(forms[i]) && isWordLike(forms[i]) {
			i++
		}
		if name == i {
			continue // titles with no name after them
		}
		p.rehead(start, name, i, heads, labels, desc, flat)
	}
}

// rehead makes word name the head of the phrase [start, end), if the
// phrase has a single head outside it and that head is a title.
func (p *parser) rehead(start, name, end int, heads, labels []int, desc, flat int) {
	top := -1
	for k := start; k < end; k++ {
		if heads[k] < start || heads[k] >= end {
			if top >= 0 {
				return // not one subtree
			}
			top = k
		}
	}
	if top < 0 || top >= name {
		return
	}
	heads[name], labels[name] = heads[top], labels[top]
	for k := start; k < end; k++ {
		if k == name {
			continue
		}
		heads[k] = name
		if k < name {
			labels[k] = desc
		} else {
			labels[k] = flat
		}
	}
	for k := range heads {
		if (k < start || k >= end) && heads[k] >= start && heads[k] < name {
			heads[k] = name
		}
	}
}

func isWordLike(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// labelIndex returns the index of label l, or -1.
func (p *parser) labelIndex(l string) int {
	for i, s := range p.labels {
		if s == l {
			return i
		}
	}
	return -1
}
