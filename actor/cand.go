package actor

// ckind is what a candidate mention is.
type ckind uint8

const (
	cPerson   ckind = iota // a name, with or without a title
	cTitle                 // a title without a name: "the foreign minister"
	cGroup                 // a plural title or an agent noun: "Israeli forces"
	cCountry               // "Pakistan"
	cDemonym               // "Pakistani" (not before an agent noun)
	cPlural                // "Palestinians"
	cCapital               // "Islamabad" used for the government
	cOrg                   // "OIC", "Hamas", "Middle East"
	cPronoun               // "he", "she", "him", "her"
	cPair                  // "the two leaders", "they"
	cPeer                  // "his Palestinian counterpart"
	cListItem              // "Bahrain" in "ambassadors representing Bahrain, ..."
	cList                  // the noun that heads such a list
	cGroupRef              // "the group", "the militant group": a group named before
)

// cand is a candidate mention found in one sentence, before resolution.
type cand struct {
	kind       ckind
	sent       int
	start, end int  // byte offsets into the document text
	first      bool // starts its sentence (after an opening quote)

	persons  []*person // dictionary people the written name matched
	nameKeys []string  // the written name's words, lower case
	name     string    // the written name
	weak     bool      // a bare capitalised name: resolved only by coreference

	title   *agent     // the title written with the name
	sector  string     // the sector of an agent noun before the name ("army spokesman X")
	role    *agent     // that agent noun
	former  bool       // "former", "ex-"
	indef   bool       // "a minister": someone, not the one named before
	foreign bool       // "its government", "governments": not the dateline's
	poss    bool       // "his government": the country of the person "his" is
	its     bool       // "its troops": the country of the institution before it in the sentence
	def     bool       // "the military": the one named before with its country, if any
	cues    []*country // country cues: "Palestinian", "of Iran", "Pakistan's"
	cueOrg  *org       // "UN Secretary-General"
	country *country   // cCountry, cDemonym, cPlural, cCapital, cListItem
	org     *org
	agent   *agent // cGroup, cPeer
	object  bool   // cPronoun read from "him" or an object "her"
	they    bool   // cPair read from "they"
	states  bool   // cPair read from "the two countries", "both sides"
	igo     bool   // cGroupRef that may name an intergovernmental body ("the organisation")
	two     bool   // cPair that says two: "both", "the two"
	between bool   // cPair after "between": "talks between the two sides" are not its own clause's pair
	items   []int  // cList: its items; cGroup: the leader it is named for (indexes into the candidates)

	actors []int
	how    string
}

// cue returns the first country cue, or nil.
func (c *cand) cue() *country {
	if len(c.cues) == 0 {
		return nil
	}
	return c.cues[0]
}

// stopCaps are capitalised words that start sentences or name days and
// months and so never belong to a person's name.
var stopCaps = setOf(`the a an in on at of for to from by with during after before since until
but and or as he she they it we i you his her their its our my your this that these those there
here earlier later meanwhile however separately also moreover furthermore additionally then now
today yesterday tomorrow when while where what which who how why if although though yet so
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
read share back more news said says according both all some many several no not under over
speaking addressing calling referring reiterating underscoring regarding amid despite following
sources official officials statement office ministry minister president government`)

// particles are lower-case words inside names ("Anwaar-ul-Haq", "bin Salman").
var particles = setOf(`ul ur ud al el bin bint ibn abu de da di del der van von la le e i`)

// determiners open a title or group phrase.
var determiners = setOf(`the his her their its a an our`)

// locatives are words after which a capital is a place, not a government.
var locatives = setOf(`in from to into near outside inside across around via visit visited visits
visiting arrived arrive arrives reached reach returned return based of towards toward through within
landed left leave`)

// datelineEnd are punctuation marks that end a dateline ("ISLAMABAD, ...").
var datelineEnd = setOf(`, ( – — : - |`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range splitFields(s) {
		m[w] = true
	}
	return m
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
